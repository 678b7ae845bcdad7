// Bundles the Action (dist/index.js) and the command line (dist/cli.js) with esbuild, as
// CommonJS (dist/package.json says so). Start-up is what a user of the command line
// feels, and it decides the layout (measured in instructions with callgrind, node 20):
// - each command is one self-contained bundle in dist/lazy/, loaded only when it runs,
//   so `check` never parses the calendar writer, and loaded with a V8 code cache kept
//   between runs (src/load-bundle.ts: about 30% fewer instructions for the example);
// - the calendar's heavy parts (`ics`, and luxon for time zones) are bundles of their
//   own, required only when an event must be formatted;
// - CommonJS rather than ESM: a command loaded as one CommonJS file costs about 5% less
//   of a small `check` than the same code as ESM split into shared chunks (module
//   linking), and `import()` of a CommonJS file would scan it for exports first.
// The Action is one bundle: a runner's start-up dwarfs its load time.
// The output is deterministic, so CI can compare dist/ with a fresh build. `--outdir DIR`
// builds elsewhere (the tests use it).
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(values.outdir ?? join(root, 'dist'));

// What the source loads with `import()`, and the bundle in dist/lazy/ that stands for it.
const lazyParts = {
  './commands/check.js': 'check',
  './commands/build.js': 'build',
  './commands/archive.js': 'archive',
  './commands/help.js': 'help',
  './wall-clock.js': 'wall-clock',
  ics: 'ics',
};
const lazyEntries = {
  check: 'src/commands/check.ts',
  build: 'src/commands/build.ts',
  archive: 'src/commands/archive.ts',
  help: 'src/commands/help.ts',
  'wall-clock': 'src/calendar/wall-clock.ts',
  ics: 'ics',
  html: 'src/programme/html-to-mdast.ts',
};

/** Leaves each `import()` of a lazy part to a `require()` of its own bundle, found from `folder`. */
const requireLazyParts = (folder) => ({
  name: 'require-lazy-parts',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => {
      const part = args.kind === 'dynamic-import' ? lazyParts[args.path] : undefined;
      return part === undefined ? undefined : { path: `${folder}${part}.js`, external: true };
    });
  },
});

/**
 * The command line's `import()` of a command becomes src/load-bundle.ts loading that
 * command's bundle from dist/lazy/ with a V8 code cache kept between runs (that file says
 * why and what it measured).
 */
const loadCommandsWithCodeCache = {
  name: 'load-commands-with-code-cache',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => {
      const part = args.kind === 'dynamic-import' ? lazyParts[args.path] : undefined;
      return part === undefined ? undefined : { path: part, namespace: 'lazy-bundle' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({
      contents: `const { loadBundle } = require(${JSON.stringify(join(root, 'src', 'load-bundle.ts'))});
module.exports = loadBundle(require('node:path').join(__dirname, 'lazy', ${JSON.stringify(`${args.path}.js`)}));`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * The HTML reader (src/programme/html-to-mdast.ts: parse5 and the hast utilities, about a
 * third of a command's bundle) is dist/lazy/html.js, required on the first call of its one
 * function: most programmes have no HTML to read, and their runs neither load nor evaluate
 * it. The source imports it statically, since reading is synchronous; this stands in for it.
 */
const loadHtmlReaderOnUse = {
  name: 'load-html-reader-on-use',
  setup(builder) {
    builder.onResolve({ filter: /\/html-to-mdast\.js$/ }, (args) => (args.kind === 'import-statement' ? { path: 'html-to-mdast', namespace: 'html-on-use' } : undefined));
    builder.onResolve({ filter: /^\.\/html\.js$/ }, (args) => (args.namespace === 'html-on-use' ? { path: './html.js', external: true } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'html-on-use' }, () => ({
      contents: `let loaded;\nexport function htmlToMdast(html) {\n  loaded ??= require('./html.js');\n  return loaded.htmlToMdast(html);\n}\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // `import()` becomes `require()`: synchronous, and no export scan of the file.
  supported: { 'dynamic-import': false },
  // White space and syntax minified (each command parses about a quarter less source at
  // start-up); names are kept, so a stack trace from a user still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
// Every .js file under dist/ is CommonJS, whatever the project's own package.json says.
await writeFile(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir, plugins: [loadCommandsWithCodeCache] });
await build({ ...common, entryPoints: lazyEntries, outdir: join(outdir, 'lazy'), plugins: [requireLazyParts('./'), loadHtmlReaderOnUse] });
await build({ ...common, entryPoints: { index: 'src/action/main.ts' }, outdir });

// A bundle with one character beyond ASCII is read into a two-byte string, twice the memory,
// and decoding it costs the command about 2% of its instructions (callgrind, `check` on
// the example). esbuild escapes such characters in strings but leaves them in regular
// expressions, so the source writes them there as \u escapes; this says where one slipped in.
for (const name of ['cli.js', 'lazy/check.js', 'lazy/build.js', 'lazy/archive.js', 'lazy/help.js']) {
  const text = await readFile(join(outdir, name), 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) console.warn(`build: dist/${name} is not ASCII (slower to load): ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}; write that character as a \\u escape in the source`);
}

// The command line is run directly (`bin`), so it needs an interpreter line, first.
const cli = join(outdir, 'cli.js');
await writeFile(cli, '#!/usr/bin/env node\n' + (await readFile(cli, 'utf8')));
