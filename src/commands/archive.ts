import { languageOfArguments, parseCommandArgs } from './parse-command-args.js';
import type { Language } from '../diagnostics/language.js';
import { say } from '../diagnostics/catalogue.js';
import { configForFile } from '../config/config-for-file.js';
import { calendarLanguageOf, engineOptionsFor } from '../config/engine-settings.js';
import { badOption, readLanguageOption } from './common-options.js';
import { toPosix } from '../fs/paths.js';
import { archiveYear } from '../links/archive-year.js';
import { UsageError } from '../diagnostics/usage-error.js';
import type { CommandOutcome } from './check.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** Help for `programme-sync archive`, in each language. */
const archiveHelp: Record<Language, string> = {
  en: `Usage: programme-sync archive FILE --year YYYY [options]

The yearly rollover. Copies the programme to archives/YYYY/<name>_YYYY.md beside it (and its
calendar <name>.ics to archives/YYYY/<name>_YYYY.ics when there is one), adjusts the copy's
relative links to its new folder, points the copy's subscribe links at the archived calendar,
and adds the copy to the programme's archives block.
Review the result as an ordinary diff before committing. Refuses when the archive exists.

Options:
  --year YYYY          the year being archived (required); for a programme from September to
                       June, the school year, such as 2025-2026
  --lang en|fr         language of the messages and of the generated block (default: the config
                       file's "language"; else the block is in French and the messages in the
                       locale's language: LC_ALL, LC_MESSAGES, LANG; else en)
${linkOptionsHelp.en}  -h, --help           show this help

Exit status: 0 archived, 2 usage or file problem (nothing is written then).
`,
  fr: `Utilisation : programme-sync archive FICHIER --year AAAA [options]

Le passage d’une année à l’autre. Copie le programme dans archives/AAAA/<nom>_AAAA.md à côté
de lui (et son calendrier <nom>.ics dans archives/AAAA/<nom>_AAAA.ics s’il en a un), adapte les
liens relatifs de la copie à son nouveau dossier, fait pointer ses liens d’abonnement vers le
calendrier archivé, et ajoute la copie au bloc des archives du programme.
Relisez le résultat comme un diff ordinaire avant de commiter. Refuse quand l’archive existe.

Options :
  --year AAAA          l’année archivée (obligatoire) ; pour un programme de septembre à juin,
                       l’année scolaire, comme 2025-2026
  --lang en|fr         langue des messages et du bloc écrit (par défaut : le « language » du
                       fichier de réglages ; sinon le bloc est en français et les messages dans
                       la langue de la locale : LC_ALL, LC_MESSAGES, LANG ; sinon en)
${linkOptionsHelp.fr}  -h, --help           affiche cette aide

Code de sortie : 0 archivé, 2 problème d’utilisation ou de fichier (rien n’est écrit alors).
`,
};

const archiveOptionSpec = {
  year: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  ...linkOptionSpec,
} as const;

/** `programme-sync archive FILE --year YYYY`: copy this year's programme into the archives. */
export async function runArchive(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseCommandArgs('archive', argv, archiveOptionSpec);
  if (values.help) return { stdout: archiveHelp[languageOfArguments(argv)], stderr: '', exitCode: 0 };
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
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const match = /^(\d{4})[-\u2013/](\d{4})$/.exec(trimmed);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return `${match[1]}-${match[2]}`;
}
