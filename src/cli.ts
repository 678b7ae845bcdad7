import { runCli } from './run-cli.js';
import { writeOutput } from './write-output.js';

// The entry point only runs; everything testable lives in run-cli.ts. No top-level await:
// the bundle is CommonJS (see scripts/build.mjs).
void runCli(process.argv.slice(2)).then((outcome) => {
  if (outcome.stdout) writeOutput(1, outcome.stdout);
  if (outcome.stderr) writeOutput(2, outcome.stderr);
  process.exitCode = outcome.exitCode;
});
