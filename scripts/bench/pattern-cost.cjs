// What each pattern of BENCH_PATTERNS_FILE costs V8 to compile, in microseconds of CPU
// time: the median of several fresh compilations, each run twice on a line of programme
// text (V8 compiles a pattern to bytecode on its first run and to machine code on its
// second). Each compilation is of a copy with a different empty group in front, which
// matches what the pattern matches, so that V8's cache of compiled patterns does not
// answer. Prints JSON: [{ source, flags, micros }], costliest first.
const { readFileSync } = require('node:fs');

const patterns = JSON.parse(readFileSync(process.env.BENCH_PATTERNS_FILE, 'utf8'));
const line = 'Mardi 18 f\u00e9vrier 2027, 14h30 - 18h : ateliers en bin\u00f4mes (salle B)';
const copies = 9;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const costs = patterns.map(({ source, flags }) => {
  const samples = [];
  for (let copy = 1; copy <= copies; copy++) {
    const start = cpuMicros();
    const pattern = new RegExp('(?:)'.repeat(copy) + source, flags);
    pattern.exec(line);
    pattern.lastIndex = 0;
    pattern.exec(line);
    samples.push(cpuMicros() - start);
  }
  samples.sort((a, b) => a - b);
  return { source, flags, micros: samples[Math.floor(copies / 2)] };
});
costs.sort((a, b) => b.micros - a.micros);
process.stdout.write(JSON.stringify(costs));
