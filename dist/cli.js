#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/usage-error.ts
function isUsageError(error) {
  return error instanceof Error && error.name === "UsageError";
}

// src/run-cli.ts
var mainHelp = `Usage: programme-sync <command> [FILES...] [options]

Commands:
  check    report what is wrong in each programme (writes nothing)
  build    check, then write each programme's calendar (.ics); --check only tells what is stale
  archive  copy this year's programme into archives/YYYY/ and link it (the yearly rollover)

Run "programme-sync <command> --help" for a command's options.
`;
var commands = {
  check: async () => (await Promise.resolve().then(() => __toESM(require("./lazy/check.js"), 1))).runCheck,
  build: async () => (await Promise.resolve().then(() => __toESM(require("./lazy/build.js"), 1))).runBuild,
  archive: async () => (await Promise.resolve().then(() => __toESM(require("./lazy/archive.js"), 1))).runArchive
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
    if (isUsageError(error)) return usage(error.message);
    if (error.code?.startsWith("ERR_PARSE_ARGS")) return usage(error.message);
    throw error;
  }
}
function usage(message) {
  return { stdout: "", stderr: `programme-sync: ${message}
`, exitCode: 2 };
}

// src/write-output.ts
var import_node_fs = require("node:fs");
function writeOutput(fd, text) {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs.writeSync)(fd, bytes, written);
  } catch (error) {
    const code = error.code;
    if (code === "EPIPE") return;
    if (code === "EAGAIN") (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
    else throw error;
  }
}

// src/cli.ts
void runCli(process.argv.slice(2)).then((outcome) => {
  if (outcome.stdout) writeOutput(1, outcome.stdout);
  if (outcome.stderr) writeOutput(2, outcome.stderr);
  process.exitCode = outcome.exitCode;
});
