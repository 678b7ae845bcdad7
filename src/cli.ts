import { runCli } from './run-cli.js';
import { writeOutput } from './fs/write-output.js';
import { localeLanguage } from './diagnostics/locale.js';
import { forgoCodeCache } from './load-bundle.js';

// The entry point only runs; everything testable lives in run-cli.ts. No top-level await:
// the bundle is CommonJS (see scripts/build.mjs).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 16)) {
  // process.getBuiltinModule (20.16) is what lets the calendar load node:crypto late.
  // Said before any option is read, so only the locale can choose its language.
  const version = process.versions.node;
  writeOutput(
    2,
    localeLanguage(process.env) === 'fr'
      ? `programme-sync : il faut Node.js 20.16 ou plus récent ; celui-ci est Node.js ${version}\n`
      : `programme-sync: needs Node.js 20.16 or later; this is Node.js ${version}\n`,
  );
  process.exitCode = 2;
} else {
  const argv = process.argv.slice(2);
  void runCli(argv).then((outcome) => {
    if (outcome.exitCode === 2 || argv.includes('--help') || argv.includes('-h')) forgoCodeCache();
    if (outcome.stdout) writeOutput(1, outcome.stdout);
    if (outcome.stderr) writeOutput(2, outcome.stderr);
    process.exitCode = outcome.exitCode;
  });
}
