import { parseArgs } from 'node:util';
import { say } from '../diagnostics/catalogue.js';
import { discoverProgrammes, toDisplayPath } from '../discover-programmes.js';
import { checkReportLinks } from '../links/check-report-links.js';
import { checkDecoded, type FileReport } from '../pipeline.js';
import { readTextFile } from '../read-text-file.js';
import { countDiagnostics } from '../report/counts.js';
import { formatJsonReport } from '../report/json-report.js';
import { formatTextReport } from '../report/text-report.js';
import { UsageError } from '../usage-error.js';
import { commonOptionSpec, readCommonOptions, type CommonOptions } from './common-options.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** What a command gives back to the CLI: the text to print and the exit status. */
export interface CommandOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

/** Help for `programme-sync check`. */
export const checkHelp = `Usage: programme-sync check [FILES...] [options]

Reads each programme and reports what is wrong, without writing anything.
With no FILES, checks every markdown file of the current folder that holds a schedule table.

Options:
  --format text|json   output format (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages (default: en)
${linkOptionsHelp}  -h, --help           show this help

Exit status: 0 no error, 1 the programme has errors, 2 usage or file problem.
`;

/** Resolves the files a command works on: those given, or the programmes found under the current folder. */
export async function resolveFiles(positionals: string[], options: CommonOptions): Promise<string[]> {
  if (positionals.length > 0) return positionals.map(toDisplayPath);
  const found = await discoverProgrammes(process.cwd());
  if (found.length === 0) throw new UsageError(say(options.language, 'no-programme-found', { folder: toDisplayPath(process.cwd()) }));
  return found;
}

/** Runs the engine on each file; a file that cannot be read stops the run (exit 2). */
export async function checkFiles(paths: string[], options: CommonOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const path of paths) reports.push(checkDecoded(path, await readTextFile(path), options));
  return reports;
}

/** `programme-sync check`: read only; exit 1 when a programme has errors. */
export async function runCheck(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...commonOptionSpec, ...linkOptionSpec }, allowPositionals: true, strict: true });
  if (values.help) return { stdout: checkHelp, stderr: '', exitCode: 0 };
  const options = readCommonOptions(values);
  const links = readLinkOptions(values);
  const reports = await checkReportLinks(await checkFiles(await resolveFiles(positionals, options), options), links, options.language);
  const stdout = options.format === 'json' ? formatJsonReport(reports) : formatTextReport(reports, options.language);
  return { stdout, stderr: '', exitCode: countDiagnostics(reports).errors > 0 ? 1 : 0 };
}
