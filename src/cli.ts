import { runCli } from './run-cli.js';
import { writeOutput } from './fs/write-output.js';

// The entry point only runs; everything testable lives in run-cli.ts. No top-level await:
// the bundle is CommonJS (see scripts/build.mjs).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 16)) {
  // process.getBuiltinModule (20.16) is what lets the calendar load node:crypto late.
  writeOutput(2, `programme-sync: needs Node.js 20.16 or later; this is Node.js ${process.versions.node}\n`);
  process.exitCode = 2;
} else {
  void runCli(process.argv.slice(2)).then((outcome) => {
    if (outcome.stdout) writeOutput(1, outcome.stdout);
    if (outcome.stderr) writeOutput(2, outcome.stderr);
    process.exitCode = outcome.exitCode;
  });
}
