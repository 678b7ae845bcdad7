import { languageOfArguments, parseCommandArgs } from './parse-command-args.js';
import type { Language } from '../diagnostics/language.js';
import { checkProgrammeFiles, runLanguage } from '../engine/check-programme-files.js';
import type { FileReport } from '../report/file-report.js';
import { say } from '../diagnostics/catalogue.js';
import { discoverProgrammes, sessionsSetting } from '../engine/discover-programmes.js';
import { toPosix } from '../fs/paths.js';
import { checkReportLinks } from '../engine/check-report-links.js';
import { countDiagnostics } from '../report/counts.js';
import { formatJsonReport } from '../report/json-report.js';
import { formatTextReport } from '../report/text-report.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { commonOptionSpec, readCommonOptions, readingOptionsHelp, type CommonOptions } from './common-options.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** What a command gives back to the CLI: the text to print and the exit status. */
export interface CommandOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

/** Help for `programme-sync check`, in each language (help is the command's own text, kept beside it). */
const checkHelp: Record<Language, string> = {
  en: `Usage: programme-sync check [FILES...] [options]

Reads each programme and reports what is wrong, without writing anything.
With no FILES, checks every markdown file of the current folder that holds a schedule table
or has a calendar <name>.ics beside it.

Options:
  --format text|json   output format (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages (default: the config file's "language", else
                       the locale: LC_ALL, LC_MESSAGES, LANG; else en)
${readingOptionsHelp.en}${linkOptionsHelp.en}  -h, --help           show this help

Settings not given as options are read from .programme-sync.json at the
repository root (see README); options win over the file.

Exit status: 0 no error, 1 the programme has errors, 2 usage or file problem.
`,
  fr: `Utilisation : programme-sync check [FICHIERS...] [options]

Lit chaque programme et signale ce qui ne va pas, sans rien écrire.
Sans FICHIERS, vérifie chaque fichier markdown du dossier courant qui contient un tableau de planning.

Options :
  --format text|json   format de sortie (par défaut : text)
  --year AAAA          année de la première session, quand le document n’en donne pas
  --timezone FUSEAU    fuseau horaire IANA des horaires du programme (par défaut : Europe/Paris)
  --lang en|fr         langue des messages (par défaut : le « language » du fichier de réglages,
                       sinon la locale : LC_ALL, LC_MESSAGES, LANG ; sinon en)
${readingOptionsHelp.fr}${linkOptionsHelp.fr}  -h, --help           affiche cette aide

Les réglages non donnés en options sont lus dans .programme-sync.json à la racine
du dépôt (voir le README) ; les options l’emportent sur le fichier.

Code de sortie : 0 aucune erreur, 1 le programme a des erreurs, 2 problème d’utilisation ou de fichier.
`,
};

/**
 * Checks the files a command works on: those given, or the programmes found under the
 * current folder. With no FILES, finding no programme is a usage error: none was found, or
 * none of the files whose `sessions` setting names a shape gave a session of it.
 */
export function checkCommandFiles(positionals: string[], options: CommonOptions): FileReport[] {
  if (positionals.length > 0) return checkProgrammeFiles(positionals.map(toPosix), options);
  const found = discoverProgrammes(process.cwd(), sessionsSetting(options));
  const reports = found.length === 0 ? [] : checkProgrammeFiles(found, options);
  if (reports.length === 0) throw new UsageError(say(options.language, 'no-programme-found', { folder: toPosix(process.cwd()) }));
  return reports;
}

/** `programme-sync check`: read only; exit 1 when a programme has errors. */
export async function runCheck(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseCommandArgs('check', argv, { ...commonOptionSpec, ...linkOptionSpec });
  if (values.help) return { stdout: checkHelp[languageOfArguments(argv)], stderr: '', exitCode: 0 };
  const options = readCommonOptions(values);
  const links = readLinkOptions(values);
  const read = checkCommandFiles(positionals, options);
  const language = runLanguage(read, options);
  // Link diagnostics come after the engine's; the same settings and ignore comments apply to them.
  const reports = await checkReportLinks(read, links, language);
  const stdout = options.format === 'json' ? formatJsonReport(reports) : formatTextReport(reports, language);
  return { stdout, stderr: '', exitCode: countDiagnostics(reports).errors > 0 ? 1 : 0 };
}
