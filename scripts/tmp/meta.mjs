import { build } from 'esbuild';
const r = await build({ absWorkingDir: '/work/main', entryPoints: { index: 'src/action/main.ts', cli: 'src/cli.ts' }, outdir: '/tmp/metaout', bundle: true, splitting: true, chunkNames: 'chunks/[name]-[hash]', platform: 'node', target: 'node20', format: 'esm', metafile: true, write: true, legalComments: 'none', minify: process.argv[2]==='min', banner: { js: "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);" } });
for (const [out, o] of Object.entries(r.metafile.outputs)) {
  if (out.endsWith('index.js')) continue;
  const pk = new Map();
  for (const [inp, v] of Object.entries(o.inputs)) { const m = inp.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : inp.split('/').slice(0,2).join('/'); pk.set(k, (pk.get(k) ?? 0) + v.bytesInOutput); }
  console.log(out, o.bytes, [...pk].sort((a,b)=>b[1]-a[1]).slice(0,12).map(([k,v])=>k+'='+(v/1024).toFixed(0)+'K').join(' '));
}
