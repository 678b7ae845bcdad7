import { runCli } from './run-cli.js';

// The entry point only runs; everything testable lives in run-cli.ts.
const outcome = await runCli(process.argv.slice(2));
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
