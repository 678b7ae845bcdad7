// Bundles the Action (dist/index.js) and the command line (dist/cli.js) with esbuild, as
// ESM with code splitting: each command of the CLI is a chunk loaded only when it runs,
// so `check` starts without parsing the calendar writer (start-up is what a user feels).
// The output is deterministic (content-hashed chunk names), so CI can compare dist/ with
// a fresh build. `--outdir DIR` builds elsewhere (the end-to-end tests use it).
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(values.outdir ?? join(root, 'dist'));

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies call require(); ESM output needs one to exist.
  banner: {
    js: "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// The command line is run directly (`bin`), so it needs an interpreter line, first.
const cli = join(outdir, 'cli.js');
await writeFile(cli, '#!/usr/bin/env node\n' + (await readFile(cli, 'utf8')));
