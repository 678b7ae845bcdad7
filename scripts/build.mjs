// Bundles the Action (dist/index.js) and the command line (dist/cli.js) with esbuild.
// One self-contained ESM file each, so the Action runs without node_modules and the
// CLI starts fast (start-up is what a user feels).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

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

await build({ ...common, entryPoints: { index: 'src/action/main.ts' }, outdir: 'dist' });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
