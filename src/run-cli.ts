import type { CommandOutcome } from './commands/check.js';
import { isUsageError } from './diagnostics/usage-error.js';

// Each command is loaded only when it runs: start-up is what a user of `check` feels, and
// `check` needs neither the calendar writer nor the archiver.
const commands: Record<string, () => Promise<(argv: string[]) => Promise<CommandOutcome>>> = {
  check: async () => (await import('./commands/check.js')).runCheck,
  build: async () => (await import('./commands/build.js')).runBuild,
  archive: async () => (await import('./commands/archive.js')).runArchive,
};

/**
 * Runs the command line and returns what to print and the exit status, so tests call it
 * in-process. Usage and file problems become one line on stderr with status 2.
 */
export async function runCli(argv: string[]): Promise<CommandOutcome> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const { mainHelpText } = await import('./commands/help.js');
    return { stdout: mainHelpText(rest), stderr: '', exitCode: name === undefined ? 2 : 0 };
  }
  const load = commands[name];
  if (!load) return usage((await import('./commands/help.js')).unknownCommandText(name, rest));
  const command = await load();
  try {
    return await command(rest);
  } catch (error) {
    if (isUsageError(error)) return usage(error.message);
    // parseArgs reports unknown or malformed options as TypeErrors with a code.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return usage((error as Error).message);
    throw error;
  }
}

function usage(message: string): CommandOutcome {
  return { stdout: '', stderr: `programme-sync: ${message}\n`, exitCode: 2 };
}
