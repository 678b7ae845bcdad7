// The benchmark (`npm run bench`): whole processes, medians of several runs, each figure
// beside a yardstick run on the same machine in the same run, and the targets the project
// holds itself to. It prints a table; it never fails a build (timing belongs here, not in
// unit tests).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateProgramme, generateTableProgramme } from './bench/generate-programme.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
// `npm run bench -- --only start-up` (or `scale`, or one shape: `sections`, `table`) times
// one part: the whole takes long.
const { values: options } = parseArgs({ options: { only: { type: 'string' } } });
const part = (name) => options.only === undefined || options.only === name;
// A folder of its own for each part, so two parts can be timed at once.
const work = join(root, '.bench', options.only ?? 'all');
// The command line as built from the source at hand (scripts/build.mjs, into the bench's
// own folder): the figures are those of this source, not of whatever dist/ holds.
const dist = join(work, 'dist');
const cli = join(dist, 'cli.js');
const probe = join(root, 'scripts', 'bench', 'usage-probe.cjs');
const corpus = resolve(root, '..', 'shared', 'corpus', 'eig-link', 'accompagnement-2019');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', dist], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`the build failed: ${built.stderr}`);
const loadBefore = loadavg()[0];
const bundle = (entry, out) =>
  build({ entryPoints: [join(root, 'scripts', 'bench', entry)], outfile: join(work, out), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
await bundle('bare-parse.ts', 'bare-parse.js');
await bundle('corpus-run.ts', 'corpus-run.js');

/*
 * The CPU time (user + system) of the children this process has reaped, in ms, from
 * /proc/self/stat (Linux; counted in ticks of 10 ms). A busy machine stretches wall time
 * by whatever else runs; CPU time moves less. `undefined` where there is no /proc.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime (fields 16, 17)
  } catch {
    return undefined;
  }
}

/** This process's environment with `changes` applied; a change to `null` removes the variable. */
function childEnv(changes) {
  const env = { ...process.env, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === null) delete env[name];
  return env;
}

/** One run of `node ARGS`: wall and CPU ms. Exit status 1 (problems found) is a normal outcome. */
function runOnce(args, { cwd = work, before, env = {} } = {}, preload = []) {
  before?.();
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...preload, ...args], { cwd, env: childEnv(env), encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/*
 * Peak memory (MiB) from one more run with the memory probe preloaded. The timed runs go
 * without the probe: preloading anything slows `node -e 0` by a tenth, which would flatter
 * every start-up ratio.
 */
function peakMemory(args, options) {
  const usageFile = join(work, 'usage.txt');
  rmSync(usageFile, { force: true });
  runOnce(args, { ...options, env: { ...options.env, BENCH_USAGE_FILE: usageFile } }, ['--require', probe]);
  return Number(readFileSync(usageFile, 'utf8').trim()) / 1024;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sum = (values) => values.reduce((total, value) => total + value, 0);

/** What a list of runs of one command comes to: median, min, max wall ms, total CPU ms, peak memory. */
function summary(samples, memory) {
  const walls = samples.map((sample) => sample.wall);
  const cpus = samples.map((sample) => sample.cpu);
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: cpus.includes(undefined) ? undefined : sum(cpus), runs: samples.length, memory };
}

/** Runs a command `count` times after one warm-up (file cache, disk). */
function measure(args, { count = runs, ...options } = {}) {
  const samples = [];
  for (let i = 0; i <= count; i++) {
    const sample = runOnce(args, options);
    if (i > 0) samples.push(sample);
  }
  return summary(samples, peakMemory(args, options));
}

/*
 * Runs a command and its yardstick in turn (A B A B ..., after a warm-up of each), so a
 * change in the machine's load falls on both: the ratio is the median of the pairs' wall
 * ratios, and the CPU ratio that of their total CPU times.
 */
function measurePaired(args, yardstickArgs, { count = runs, ...options } = {}) {
  const a = [];
  const b = [];
  for (let i = 0; i <= count; i++) {
    const sampleA = runOnce(args, options);
    const sampleB = runOnce(yardstickArgs, options);
    if (i === 0) continue;
    a.push(sampleA);
    b.push(sampleB);
  }
  const measured = summary(a, peakMemory(args, options));
  const yardstick = summary(b, peakMemory(yardstickArgs, options));
  return { measured, yardstick, ratio: median(a.map((sample, i) => sample.wall / b[i].wall)) };
}

const rows = [];
/** A row of the table; `ratio` defaults to the median's against the yardstick's, the CPU ratio to their total CPU per run. */
const row = (name, m, yardstick, target, ratio = yardstick ? m.median / yardstick.median : undefined) => {
  const cpuRatio = yardstick && m.cpu !== undefined && yardstick.cpu !== undefined ? m.cpu / m.runs / (yardstick.cpu / yardstick.runs) : undefined;
  // A target is met when both ratios are: the wall ratio is what a user waits, the CPU ratio what a busy machine moves less.
  const ok = target && target.ok(ratio) && (cpuRatio === undefined || target.ok(cpuRatio));
  rows.push({
    name,
    median: m.median.toFixed(0),
    range: `${m.min.toFixed(0)}–${m.max.toFixed(0)}`,
    cpu: m.cpu === undefined ? '' : (m.cpu / m.runs).toFixed(0),
    memory: m.memory.toFixed(0),
    ratio: ratio?.toFixed(2) ?? '',
    cpuRatio: cpuRatio?.toFixed(2) ?? '',
    target: target ? `${target.label} ${ok ? 'met' : 'MISSED'}` : '',
  });
  return m;
};
/** A row that is one figure (a ratio) with its target. */
const figure = (name, value, target) =>
  rows.push({ name, median: '', range: '', cpu: '', memory: '', ratio: value.toFixed(2), cpuRatio: '', target: `${target.label} ${target.ok(value) ? 'met' : 'MISSED'}` });

// The patterns `check` compiles at every start-up (one untimed run on the example with a
// probe preloaded), and what each costs V8 to compile: a new pattern in a reader or a rule
// shows here with its cost, whatever the machine's load does to the ratios above. A
// pattern that most documents cannot match can be kept from compiling with a pre-check
// (src/programme/guarded-pattern.ts); letters with src/dates/letters.ts (README, Performance).
let patternsLine;
const patternsOf = (example) => {
  const file = join(work, 'patterns.json');
  runOnce([cli, 'check', 'programme.md'], { cwd: example, env: { BENCH_PATTERNS_FILE: file } }, ['--require', join(root, 'scripts', 'bench', 'pattern-probe.cjs')]);
  const costs = JSON.parse(spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'pattern-cost.cjs')], { env: childEnv({ BENCH_PATTERNS_FILE: file }), encoding: 'utf8' }).stdout);
  const total = sum(costs.map((cost) => cost.micros)) / 1000;
  const unicode = costs.filter((cost) => cost.flags.includes('u')).length;
  const costliest = costs.slice(0, 5).map((cost) => `${(cost.micros / 1000).toFixed(2)} ms /${cost.source.length > 40 ? `${cost.source.slice(0, 40)}...` : cost.source}/${cost.flags}`);
  return `patterns check compiles on the example: ${costs.length} (${unicode} with /u), about ${total.toFixed(1)} ms of CPU to compile them all once; costliest: ${costliest.join(', ')}`;
};

// Start-up: the example programme against an empty node process.
if (part('start-up')) {
  const example = join(work, 'example');
  mkdirSync(example);
  cpSync(join(root, 'examples', 'programme.md'), join(example, 'programme.md'));
  // A start-up run is short and the machine's noise is not: four times the runs, each paired
  // with a run of `node -e 0`.
  const startUp = { cwd: example, count: runs * 4 };
  const nodeArgs = ['-e', '0'];
  row('node -e 0', measure(nodeArgs, startUp));
  const againstNode = (name, args, target, env = {}) => {
    const { measured, yardstick, ratio } = measurePaired(args, nodeArgs, { ...startUp, env });
    row(name, measured, yardstick, target, ratio);
  };
  const underTwice = { label: '≤ 2x node', ok: (r) => r <= 2 };
  againstNode('bare remark-gfm parse, example', [join(work, 'bare-parse.js'), join(example, 'programme.md')]);
  againstNode('check example', [cli, 'check', 'programme.md'], underTwice);
  againstNode('build example (unchanged)', [cli, 'build', 'programme.md'], underTwice);
  // What a first run after an install or an upgrade costs: without the code cache (src/load-bundle.ts).
  const noCache = { NODE_DISABLE_COMPILE_CACHE: '1' };
  againstNode('check example, no code cache', [cli, 'check', 'programme.md'], undefined, noCache);
  againstNode('build example (unchanged), no code cache', [cli, 'build', 'programme.md'], undefined, noCache);
  // NODE_EXTRA_CA_CERTS makes every Node.js process read and parse those certificates when it
  // starts, `node -e 0` included: a whole system bundle costs tens of milliseconds, which
  // flatters every ratio above. programme-sync opens no connection; a user's machine or a
  // GitHub runner usually has no such variable. So where it is set, the same rows without it.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const noCertificates = { NODE_EXTRA_CA_CERTS: null };
    row('node -e 0, no NODE_EXTRA_CA_CERTS', measure(nodeArgs, { ...startUp, env: noCertificates }));
    againstNode('check example, no NODE_EXTRA_CA_CERTS', [cli, 'check', 'programme.md'], underTwice, noCertificates);
    againstNode('build example (unchanged), no NODE_EXTRA_CA_CERTS', [cli, 'build', 'programme.md'], underTwice, noCertificates);
  }
  patternsLine = patternsOf(example);
}

// Scale: generated programmes against a bare parse of the same file, in two shapes: detail
// sections under the table (the markdown parse is most of the work), and a table alone, one
// row a day (a light parse: the calendar is most of a build).
const shapes = [
  { label: '', slug: 'sections', generate: generateProgramme },
  { label: ', table only', slug: 'table', generate: generateTableProgramme },
];
for (const shape of shapes.filter((shape) => part('scale') || part(shape.slug))) {
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
    const first = row(`first build, ${what}`, measure([cli, 'build', 'programme.md'], { cwd: folder, before: () => rmSync(calendar, { force: true }) }), bare, count === 10000 ? { label: '≤ 2.5x parse', ok: (r) => r <= 2.5 } : undefined);
    const again = row(`unchanged build, ${what}`, measure([cli, 'build', 'programme.md'], { cwd: folder }), bare, count === 10000 ? { label: '≤ 1.3x parse', ok: (r) => r <= 1.3 } : undefined);
    if (count === 10000) figure(`peak memory of build / bare parse, ${what}`, Math.max(first.memory, again.memory) / bare.memory, { label: '≤ 1.5x', ok: (r) => r <= 1.5 });
    scale[count] = { checked, first };
  }
  const growthOf = (key) => scale[10000][key].median / scale[1000][key].median;
  const linear = { label: '≤ 12x', ok: (r) => r <= 12 };
  figure(`check: time for 10x the sessions${shape.label}`, growthOf('checked'), linear);
  figure(`first build: time for 10x the sessions${shape.label}`, growthOf('first'), linear);
}

// Throughput: the whole corpus in one process.
let corpusLine = 'corpus: absent (../shared/corpus), not measured';
if (!part('scale')) corpusLine = 'corpus: not measured (--only)';
else if (existsSync(corpus)) {
  const result = JSON.parse(spawnSync(process.execPath, [join(work, 'corpus-run.js'), corpus], { encoding: 'utf8' }).stdout);
  corpusLine = `corpus: ${result.documents} documents, ${result.sessions} sessions in ${result.seconds.toFixed(2)} s, ${(result.documents / result.seconds).toFixed(0)} documents per second (one process)`;
}

const header = ['what', 'median ms', 'min–max ms', 'CPU ms', 'peak MiB', 'ratio', 'CPU ratio', 'target'];
const table = [header, ...rows.map((r) => [r.name, r.median, r.range, r.cpu, r.memory, r.ratio, r.cpuRatio, r.target])];
const widths = header.map((_, i) => Math.max(...table.map((line) => String(line[i]).length)));
const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
console.log(`programme-sync benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${load}, ${process.env.NODE_EXTRA_CA_CERTS ? 'NODE_EXTRA_CA_CERTS set' : 'no NODE_EXTRA_CA_CERTS'}`);
console.log(`${runs * 4} runs after a warm-up for start-up rows, each paired with a run of node -e 0 (ratio: the median of the pairs'; CPU ratio: of their total CPU time), ${runs} for the others (ratios to the bare parse of the same file); timed without any preloaded module; CPU ms is user + system per run.`);
for (const line of table) console.log('| ' + line.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ') + ' |');
if (patternsLine) console.log(patternsLine);
console.log(corpusLine);
