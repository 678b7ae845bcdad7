#!/usr/bin/env node
import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunks/chunk-4CNZGLYD.js";
import "./chunks/chunk-6TJNHUQQ.js";

// src/run-cli.ts
var mainHelp = `Usage: programme-sync <command> [FILES...] [options]

Commands:
  check    report what is wrong in each programme (writes nothing)
  build    check, then write each programme's calendar (.ics); --check only tells what is stale
  archive  copy this year's programme into archives/YYYY/ and link it (the yearly rollover)

Run "programme-sync <command> --help" for a command's options.
`;
var commands = {
  check: async () => (await import("./chunks/check-PQOEBCWA.js")).runCheck,
  build: async () => (await import("./chunks/build-7DITIDJD.js")).runBuild,
  archive: async () => (await import("./chunks/archive-WFEEXSXT.js")).runArchive
};
async function runCli(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    return { stdout: mainHelp, stderr: "", exitCode: name === void 0 ? 2 : 0 };
  }
  const load = commands[name];
  if (!load) return usage(`unknown command "${name}"; run "programme-sync --help" for the list`);
  const command = await load();
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error.code?.startsWith("ERR_PARSE_ARGS")) return usage(error.message);
    throw error;
  }
}
function usage(message) {
  return { stdout: "", stderr: `programme-sync: ${message}
`, exitCode: 2 };
}

// src/cli.ts
var outcome = await runCli(process.argv.slice(2));
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
