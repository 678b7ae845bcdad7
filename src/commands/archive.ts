import { parseCommandArgs } from './parse-command-args.js';
import { say } from '../diagnostics/catalogue.js';
import { configForFile } from '../config/config-for-file.js';
import { calendarLanguageOf, engineOptionsFor } from '../config/engine-settings.js';
import { badOption, readLanguageOption } from './common-options.js';
import { toPosix } from '../fs/paths.js';
import { archiveYear } from '../links/archive-year.js';
import { UsageError } from '../diagnostics/usage-error.js';
import type { CommandOutcome } from './check.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** Help for `programme-sync archive`. */
const archiveHelp = `Usage: programme-sync archive FILE --year YYYY [options]

The yearly rollover. Copies the programme to archives/YYYY/<name>_YYYY.md beside it (and its
calendar <name>.ics to archives/YYYY/<name>_YYYY.ics when there is one), adjusts the copy's
relative links to its new folder, and adds the copy to the programme's archives block.
Review the result as an ordinary diff before committing. Refuses when the archive exists.

Options:
  --year YYYY          the year being archived (required)
  --lang en|fr         language of the messages and of the generated block (default: en)
${linkOptionsHelp}  -h, --help           show this help

Exit status: 0 archived, 2 usage or file problem (nothing is written then).
`;

const archiveOptionSpec = {
  year: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  ...linkOptionSpec,
} as const;

/** `programme-sync archive FILE --year YYYY`: copy this year's programme into the archives. */
export async function runArchive(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseCommandArgs('archive', argv, archiveOptionSpec);
  if (values.help) return { stdout: archiveHelp, stderr: '', exitCode: 0 };
  const flagLanguage = readLanguageOption(values);
  if (positionals.length !== 1) throw new UsageError(say(flagLanguage, 'archive-one-file', {}));
  const programme = toPosix(positionals[0]!);
  // The programme's config file says the language when --lang does not, as for build.
  const config = configForFile(programme, process.cwd(), flagLanguage, new Map());
  const { language, calendarLanguage } = engineOptionsFor(config, values.lang === undefined ? {} : { language: flagLanguage }, flagLanguage);
  const period = readArchivePeriod(values.year);
  if (period === undefined) throw badOption(language, 'archive-year', values.year);
  const outcome = await archiveYear(programme, period, readLinkOptions(values, process.env, language), { messages: language, blocks: calendarLanguageOf({ calendarLanguage }) });
  return { stdout: outcome.notes.join('\n') + '\n', stderr: '', exitCode: 0 };
}

/**
 * The period `--year` names: `2025`, or a school year `2025-2026` (the second year the one
 * after the first). Undefined when it is neither.
 */
export function readArchivePeriod(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4})(?:[-–/](\d{4}))?$/.exec(text.trim());
  if (!match) return undefined;
  if (match[2] !== undefined && Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return match[2] === undefined ? match[1] : `${match[1]}-${match[2]}`;
}
