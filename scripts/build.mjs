// Bundles the Action (dist/index.js) and the command line (dist/cli.js) with esbuild.
// One self-contained ESM file each, so the Action runs without node_modules and the
// CLI starts fast (start-up is what a user feels).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// --outdir lets tests bundle the working tree elsewhere, never depending on a stale dist/.
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = values.outdir ?? fileURLToPath(new URL('../dist', import.meta.url));
await rm(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies call require(); ESM output needs one to exist.
  banner: {
    js: "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { index: 'src/action/main.ts' }, outdir });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
