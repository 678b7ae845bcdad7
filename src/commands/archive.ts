import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../diagnostics/language.js';
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
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h', default: false },
  ...linkOptionSpec,
} as const;

/** `programme-sync archive FILE --year YYYY`: copy this year's programme into the archives. */
export async function runArchive(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseArgs({ args: argv, options: archiveOptionSpec, allowPositionals: true, strict: true });
  if (values.help) return { stdout: archiveHelp, stderr: '', exitCode: 0 };
  if (!isLanguage(values.lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(values.lang)}"`);
  const language: Language = values.lang;
  if (positionals.length !== 1) throw new UsageError('archive takes exactly one programme file, e.g. "programme-sync archive accompagnement.md --year 2019"');
  const year = values.year;
  if (year === undefined || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be given as a four-digit year such as 2019${year === undefined ? '' : `, not "${year}"`}`);
  const outcome = await archiveYear(toPosix(positionals[0]!), Number(year), readLinkOptions(values), language);
  return { stdout: outcome.notes.join('\n') + '\n', stderr: '', exitCode: 0 };
}
