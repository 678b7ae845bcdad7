// Preloaded (node --require) into one extra, untimed run of `check` on the example: at exit
// it writes to BENCH_PATTERNS_FILE, as JSON, every regular expression the run executed
// (source and flags, once each), in the order first run. V8 compiles a pattern when it first
// runs it, so these are the patterns every start-up of `check` compiles (README, Performance).
// It replaces RegExp.prototype.exec, which String's replace, split, match and search then
// call too; what they return is unchanged.
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_PATTERNS_FILE;
if (target) {
  const seen = new Map();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (text) {
    const key = `${this.flags}/${this.source}`;
    if (!seen.has(key)) seen.set(key, { source: this.source, flags: this.flags });
    return exec.call(this, text);
  };
  process.on('exit', () => writeFileSync(target, JSON.stringify([...seen.values()])));
}
