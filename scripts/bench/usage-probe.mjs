// Preloaded into each measured process (node --import): at exit it appends the process's
// peak resident memory to the file named by BENCH_USAGE_FILE, since spawnSync cannot
// report a child's resource usage.
import { appendFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
