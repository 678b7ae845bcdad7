// Preloaded (node --require) into one extra run of each measured command: at exit it
// appends the process's peak resident memory to the file named by BENCH_USAGE_FILE, since
// spawnSync cannot report a child's resource usage. CommonJS, so that it does not start
// the ESM loader in a process that would not otherwise use it.
const { appendFileSync } = require('node:fs');

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
