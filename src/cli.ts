import { runCli } from './run-cli.js';

// The entry point only runs; everything testable lives in run-cli.ts. No top-level await:
// the bundle is CommonJS (see scripts/build.mjs).
void runCli(process.argv.slice(2)).then((outcome) => {
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
});
