// The benchmark (`npm run bench`): whole processes, medians of several runs, each figure
// beside a yardstick run on the same machine in the same run, and the targets the project
// holds itself to. It prints a table; it never fails a build (timing belongs here, not in
// unit tests).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateProgramme, generateTableProgramme } from './bench/generate-programme.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.bench');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = join(root, 'dist', 'cli.js');
const probe = join(root, 'scripts', 'bench', 'usage-probe.cjs');
const corpus = resolve(root, '..', 'shared', 'corpus', 'eig-link', 'accompagnement-2019');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const bundle = (entry, out) =>
  build({ entryPoints: [join(root, 'scripts', 'bench', entry)], outfile: join(work, out), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
await bundle('bare-parse.ts', 'bare-parse.js');
await bundle('corpus-run.ts', 'corpus-run.js');

/**
 * Runs a command `runs` times after one warm-up; returns median/min/max wall ms, then its
 * peak memory (MiB) from one more run with the memory probe preloaded. The timed runs go
 * without the probe: preloading anything slows `node -e 0` by a tenth, which would flatter
 * every start-up ratio.
 */
function measure(args, { cwd = work, before, count = runs } = {}) {
  const usageFile = join(work, 'usage.txt');
  const run = (preload) => {
    before?.();
    rmSync(usageFile, { force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...preload, ...args], { cwd, env: { ...process.env, BENCH_USAGE_FILE: usageFile }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return ms;
  };
  const times = [];
  for (let i = 0; i <= count; i++) {
    const ms = run([]);
    if (i > 0) times.push(ms); // the first is a warm-up: file cache, disk
  }
  run(['--require', probe]);
  const memory = Number(readFileSync(usageFile, 'utf8').trim()) / 1024;
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), memory };
}

const rows = [];
const row = (name, m, yardstick, target) => {
  const ratio = yardstick ? m.median / yardstick.median : undefined;
  rows.push({ name, median: m.median.toFixed(0), range: `${m.min.toFixed(0)}–${m.max.toFixed(0)}`, memory: m.memory.toFixed(0), ratio: ratio?.toFixed(2) ?? '', target: target ? `${target.label} ${target.ok(ratio, m) ? 'met' : 'MISSED'}` : '' });
  return m;
};

// Start-up: the example programme against an empty node process.
const example = join(work, 'example');
mkdirSync(example);
cpSync(join(root, 'examples', 'programme.md'), join(example, 'programme.md'));
// A start-up run is short and the machine's noise is not: four times the runs.
const startUp = { cwd: example, count: runs * 4 };
const nodeBaseline = row('node -e 0', measure(['-e', '0'], startUp));
row('bare remark-gfm parse, example', measure([join(work, 'bare-parse.js'), join(example, 'programme.md')], startUp), nodeBaseline);
row('check example', measure([cli, 'check', 'programme.md'], startUp), nodeBaseline, { label: '≤ 2x node', ok: (r) => r <= 2 });
const hasBuild = spawnSync(process.execPath, [cli, 'build', '--help'], { encoding: 'utf8' }).status === 0;
if (hasBuild) {
  row('build example (unchanged)', measure([cli, 'build', 'programme.md'], startUp), nodeBaseline, { label: '≤ 2x node', ok: (r) => r <= 2 });
}

// Scale: generated programmes against a bare parse of the same file, in two shapes: detail
// sections under the table (the markdown parse is most of the work), and a table alone, one
// row a day (a light parse: the calendar is most of a build).
const shapes = [
  { label: '', slug: 'sections', generate: generateProgramme },
  { label: ', table only', slug: 'table', generate: generateTableProgramme },
];
for (const shape of shapes) {
  const scale = {};
  for (const count of [1000, 10000]) {
    const folder = join(work, `generated-${shape.slug}-${count}`);
    mkdirSync(folder);
    const file = join(folder, 'programme.md');
    writeFileSync(file, shape.generate(count));
    const calendar = join(folder, 'programme.ics');
    const what = `${count} sessions${shape.label}`;
    const bare = row(`bare parse, ${what}`, measure([join(work, 'bare-parse.js'), file]));
    const checked = row(`check, ${what}`, measure([cli, 'check', 'programme.md'], { cwd: folder }), bare);
    scale[count] = { bare, checked };
    if (hasBuild) {
      const first = row(`first build, ${what}`, measure([cli, 'build', 'programme.md'], { cwd: folder, before: () => rmSync(calendar, { force: true }) }), bare, count === 10000 ? { label: '≤ 2.5x parse', ok: (r) => r <= 2.5 } : undefined);
      const again = row(`unchanged build, ${what}`, measure([cli, 'build', 'programme.md'], { cwd: folder }), bare, count === 10000 ? { label: '≤ 1.3x parse', ok: (r) => r <= 1.3 } : undefined);
      if (count === 10000) {
        const memoryRatio = Math.max(first.memory, again.memory) / bare.memory;
        rows.push({ name: `peak memory of build / bare parse, ${what}`, median: '', range: '', memory: '', ratio: memoryRatio.toFixed(2), target: `≤ 1.5x ${memoryRatio <= 1.5 ? 'met' : 'MISSED'}` });
      }
      scale[count].first = first;
    }
  }
  const growthOf = (key) => scale[10000][key].median / scale[1000][key].median;
  rows.push({ name: `check: time for 10x the sessions${shape.label}`, median: '', range: '', memory: '', ratio: growthOf('checked').toFixed(2), target: `≤ 12x ${growthOf('checked') <= 12 ? 'met' : 'MISSED'}` });
  if (hasBuild) rows.push({ name: `first build: time for 10x the sessions${shape.label}`, median: '', range: '', memory: '', ratio: growthOf('first').toFixed(2), target: `≤ 12x ${growthOf('first') <= 12 ? 'met' : 'MISSED'}` });
}

// Throughput: the whole corpus in one process.
let corpusLine = 'corpus: absent (../shared/corpus), not measured';
if (existsSync(corpus)) {
  const result = JSON.parse(spawnSync(process.execPath, [join(work, 'corpus-run.js'), corpus], { encoding: 'utf8' }).stdout);
  corpusLine = `corpus: ${result.documents} documents, ${result.sessions} sessions in ${result.seconds.toFixed(2)} s, ${(result.documents / result.seconds).toFixed(0)} documents per second (one process)`;
}

const header = ['what', 'median ms', 'min–max ms', 'peak MiB', 'ratio', 'target'];
const table = [header, ...rows.map((r) => [r.name, r.median, r.range, r.memory, r.ratio, r.target])];
const widths = header.map((_, i) => Math.max(...table.map((line) => String(line[i]).length)));
console.log(`programme-sync benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${runs * 4} runs after a warm-up for start-up rows and ${runs} for the others, timed without any preloaded module (ratio: to node -e 0 for start-up rows, to the bare parse of the same file for scale rows)`);
for (const line of table) console.log('| ' + line.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ') + ' |');
console.log(corpusLine);
