import { resolve } from 'node:path';
import { languageOfArguments, parseCommandArgs } from './parse-command-args.js';
import { say } from '../diagnostics/catalogue.js';
import { checkReportLinks } from '../engine/check-report-links.js';
import type { FileReport } from '../report/file-report.js';
import { describeIoError } from '../fs/read-text-file.js';
import { countDiagnostics } from '../report/counts.js';
import { formatJsonReport } from '../report/json-report.js';
import { formatTextReport } from '../report/text-report.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { parseOrganizer } from '../config/organizer.js';
import { isGranularity } from '../config/reading-settings.js';
import type { Language } from '../diagnostics/language.js';
import { calendarLanguageOf } from '../config/engine-settings.js';
import { sessionsLeftOut } from '../calendar/sessions-left-out.js';
import { removeStaleTemporaryFiles } from '../fs/write-file-atomic.js';
import { FileSetWriteError, writeFileSet } from '../fs/write-file-set.js';
import { runLanguage } from '../engine/check-programme-files.js';
import { isRemovalThreshold } from '../config/config-file.js';
import { guardCalendars } from '../engine/calendar-guard.js';
import { buildSteps, runBuildSteps, type BuildOutput, type BuildStep, type BuildStepOptions } from '../engine/build-steps.js';
import { checkCommandFiles, type CommandOutcome } from './check.js';
import { badOption, commonOptionSpec, readCommonOptions, readingOptionsHelp, type CommonOptions } from './common-options.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** Help for `programme-sync build`, in each language. */
const buildHelp: Record<Language, string> = {
  en: `Usage: programme-sync build [FILES...] [options]

Checks each programme like "check", then writes its calendar <name>.ics beside it and
refreshes the link blocks programme-sync manages in it (between its own markers).
With no FILES, builds every markdown file of the current folder that holds a schedule table
or has a calendar <name>.ics beside it.

Options:
  --check              write nothing; exit 1 when a file would change
  --out-dir DIR        write the calendars in DIR instead of beside each programme
  --split audience|none
                       audience: also write one calendar per audience, <name>.<audience>.ics
                       (default: the config file's "split"; feeds per audience already
                       written are refreshed either way)
  --organizer "Name <email>"
                       write this ORGANIZER on every event, and METHOD:PUBLISH (default:
                       the config file's "organizer"; without one, no METHOD line)
  --granularity session|day
                       one event per session (default), or one per day from its first start
                       to its last end, its sessions listed in the description (default: the
                       config file's "granularity")
  --allow-removals     let this build remove events from a calendar although the programme
                       cannot be read any more, or although more than the removal threshold
                       of its events would go at once (otherwise nothing is written for it)
  --removal-threshold N
                       refuse a build that removes more than N% of a calendar's events at
                       once, at least 3 (default: the config file's "removalThreshold", else 50)
  --repo-url URL       the repository's address (https://github.com/OWNER/REPO), to link each
                       event to its detail section (default: from --repo, GITHUB_REPOSITORY or
                       the git remote "origin", when it is on GitHub)
  --format text|json   output format of the diagnostics (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages and of the calendar text (default: the config
                       file's "language"; else the calendar is in French and the messages in
                       the locale's language: LC_ALL, LC_MESSAGES, LANG; else en)
${readingOptionsHelp.en}${linkOptionsHelp.en}  -h, --help           show this help

A row whose date or hours can no longer be read keeps its events in the calendar as
they were, until it is corrected.
SOURCE_DATE_EPOCH, when set, gives the DTSTAMP of new and changed events.
Exit status: 0 done, 1 the programme has errors, a calendar was left as it was rather than
emptied or cut, or (with --check) a file is stale, 2 usage or file problem.
`,
  fr: `Utilisation : programme-sync build [FICHIERS...] [options]

Vérifie chaque programme comme « check », puis écrit son calendrier <nom>.ics à côté et
rafraîchit les blocs de liens que programme-sync y tient (entre ses propres marqueurs).
Sans FICHIERS, traite chaque fichier markdown du dossier courant qui contient un tableau de planning.

Options :
  --check              n’écrit rien ; code 1 quand un fichier changerait
  --out-dir DOSSIER    écrit les calendriers dans DOSSIER au lieu d’à côté de chaque programme
  --split audience|none
                       audience : écrit aussi un calendrier par public, <nom>.<public>.ics
                       (par défaut : le « split » du fichier de réglages ; les calendriers par
                       public déjà écrits sont rafraîchis dans tous les cas)
  --organizer "Nom <adresse>"
                       écrit cet ORGANIZER sur chaque événement, et METHOD:PUBLISH (par défaut :
                       l’« organizer » du fichier de réglages ; sans lui, pas de ligne METHOD)
  --granularity session|day
                       un événement par session (par défaut), ou un par jour, de son premier
                       début à sa dernière fin, ses sessions listées dans la description (par
                       défaut : la « granularity » du fichier de réglages)
  --allow-removals     laisse cette construction retirer des événements d’un calendrier même si
                       le programme ne peut plus être lu, ou si plus que le seuil de retrait de
                       ses événements partiraient d’un coup (sinon rien n’est écrit pour lui)
  --removal-threshold N
                       refuse une construction qui retire plus de N % des événements d’un
                       calendrier d’un coup, au moins 3 (par défaut : le « removalThreshold »
                       du fichier de réglages, sinon 50)
  --repo-url URL       l’adresse du dépôt (https://github.com/PROPRIÉTAIRE/DÉPÔT), pour lier chaque
                       événement à sa section détaillée (par défaut : d’après --repo,
                       GITHUB_REPOSITORY ou le remote git « origin », quand il est sur GitHub)
  --format text|json   format de sortie des diagnostics (par défaut : text)
  --year AAAA          année de la première session, quand le document n’en donne pas
  --timezone FUSEAU    fuseau horaire IANA des horaires du programme (par défaut : Europe/Paris)
  --lang en|fr         langue des messages et du texte du calendrier (par défaut : le « language »
                       du fichier de réglages ; sinon le calendrier est en français et les messages
                       dans la langue de la locale : LC_ALL, LC_MESSAGES, LANG ; sinon en)
${readingOptionsHelp.fr}${linkOptionsHelp.fr}  -h, --help           affiche cette aide

Une ligne dont la date ou les horaires ne peuvent plus être lus garde ses événements dans le
calendrier tels quels, jusqu’à ce qu’elle soit corrigée.
SOURCE_DATE_EPOCH, quand elle est définie, donne le DTSTAMP des événements nouveaux ou modifiés.
Code de sortie : 0 fait, 1 le programme a des erreurs, un calendrier a été laissé tel quel plutôt
que vidé ou amputé, ou (avec --check) un fichier n’est pas à jour, 2 problème d’utilisation ou
de fichier.
`,
};

const buildOptionSpec = {
  ...commonOptionSpec,
  ...linkOptionSpec,
  check: { type: 'boolean', default: false },
  'out-dir': { type: 'string' },
  split: { type: 'string' },
  'repo-url': { type: 'string' },
  organizer: { type: 'string' },
  granularity: { type: 'string' },
  'allow-removals': { type: 'boolean', default: false },
  'removal-threshold': { type: 'string' },
} as const;

/** The options of `build`, validated. */
export interface BuildOptions extends CommonOptions, BuildStepOptions {
  check: boolean;
}


/** `programme-sync build`: check, then write what is stale (or, with --check, only say so). */
export async function runBuild(argv: string[], steps: readonly BuildStep[] = buildSteps): Promise<CommandOutcome> {
  const { values, positionals } = parseCommandArgs('build', argv, buildOptionSpec);
  if (values.help) return { stdout: buildHelp[languageOfArguments(argv)], stderr: '', exitCode: 0 };
  const options = readBuildOptions(values);
  const read = checkCommandFiles(positionals, options);
  const language = runLanguage(read, options);
  // Link diagnostics come after the engine's; the same settings and ignore comments apply to them.
  const reports = await checkReportLinks(read, options.links, language);

  const built = await runBuildSteps(reports, options, steps);
  // A calendar changes only because its programme did, never because it could not be read.
  const guarded = guardCalendars(reports, built, options.allowRemovals === true);
  const outputs = guarded.outputs;
  const stale = outputs.filter((output) => output.newContent !== output.oldContent);
  const refused = guarded.reports.flatMap((report) => report.refused ?? []);
  const refusedPaths = new Set(refused.map((refusal) => refusal.calendar));

  const messages: string[] = refused.map((refusal) => refusal.message);
  if (options.check) {
    const builtInOtherLanguage = stale.length === 0 ? new Set<string>() : await pathsBuiltInOtherLanguage(reports, options, steps, stale);
    for (const output of stale) {
      const report = reports.find((r) => r.path === output.programme);
      const asked = report ? calendarLanguageOf(report.engine) : undefined;
      if (asked && builtInOtherLanguage.has(output.path)) {
        messages.push(say(language, 'build-stale-language', { path: output.path, built: otherLanguage(asked), asked }));
      } else {
        messages.push(say(language, 'build-stale', { path: output.path }));
      }
    }
    if (stale.length === 0) messages.push(say(language, 'build-all-fresh', { files: outputs.length }));
  } else {
    for (const output of outputs) {
      for (const path of removeStaleTemporaryFiles(output.path)) messages.push(say(language, 'build-removed-temporary', { path }));
    }
    writeOutputs(stale, language);
    for (const output of stale) messages.push(say(language, 'build-wrote', { path: output.path }));
    for (const output of outputs) {
      if (!stale.includes(output) && !refusedPaths.has(output.path)) messages.push(say(language, 'build-up-to-date', { path: output.path }));
    }
    for (const report of reports) {
      const left = sessionsLeftOut(report);
      if (left.length > 0) messages.push(say(language, 'build-left-out', { path: report.path, sessions: left }));
    }
  }

  // What build just fixed is not a problem left to report (with --check nothing was fixed).
  const settled = options.check ? guarded.reports : guarded.reports.map((report) => settle(report, stale));
  const hasErrors = countDiagnostics(settled).errors > 0;
  const exitCode = hasErrors || refused.length > 0 || (options.check && stale.length > 0) ? 1 : 0;
  const buildText = messages.map((line) => `${line}\n`).join('');
  // JSON output stays one object on stdout; what the build did then goes to stderr.
  if (options.format === 'json') return { stdout: formatJsonReport(settled), stderr: buildText, exitCode };
  return { stdout: `${formatTextReport(settled, language)}${buildText}`, stderr: '', exitCode };
}


function settle(report: FileReport, written: readonly BuildOutput[]): FileReport {
  const rules = new Set(written.filter((output) => samePath(output.path, report.path)).flatMap((output) => output.settles ?? []));
  return rules.size === 0 ? report : { ...report, diagnostics: report.diagnostics.filter((d) => !rules.has(d.rule)) };
}

function otherLanguage(language: Language): Language {
  return language === 'fr' ? 'en' : 'fr';
}

/**
 * The stale files that are exactly what a build in the other language would write: the
 * calendar was built with another --lang (or language setting) than this check's. Saying so
 * beats calling the file out of date, and advising `build` would switch the feed's language.
 */
async function pathsBuiltInOtherLanguage(reports: FileReport[], options: BuildStepOptions, steps: readonly BuildStep[], stale: readonly BuildOutput[]): Promise<Set<string>> {
  const flipped = reports.map((report) => ({ ...report, engine: { ...report.engine, calendarLanguage: otherLanguage(calendarLanguageOf(report.engine)) } }));
  const other = await runBuildSteps(flipped, options, steps);
  const found = new Set<string>();
  for (const output of stale) {
    if (other.some((candidate) => candidate.path === output.path && candidate.newContent === output.oldContent)) found.add(output.path);
  }
  return found;
}

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function readBuildOptions(values: Record<string, string | boolean | string[] | undefined>): BuildOptions {
  const options: BuildOptions = {
    ...readCommonOptions(values),
    check: values['check'] === true,
    links: readLinkOptions(values),
    allowRemovals: values['allow-removals'] === true,
  };
  const threshold = values['removal-threshold'];
  if (typeof threshold === 'string') {
    const value = /^\d{1,3}$/.test(threshold) ? Number(threshold) : undefined;
    if (!isRemovalThreshold(value)) throw badOption(options.language, 'removal-threshold', threshold);
    options.overrides.removalThreshold = value;
  }
  const outDir = values['out-dir'];
  if (typeof outDir === 'string') {
    if (outDir === '') throw badOption(options.language, 'out-dir', undefined);
    options.outDir = outDir;
  }
  const split = values['split'];
  if (split !== undefined) {
    if (split !== 'audience' && split !== 'none') throw badOption(options.language, 'split', split);
    options.overrides.split = split;
  }
  const organizer = values['organizer'];
  if (typeof organizer === 'string') {
    const parsed = parseOrganizer(organizer);
    if (!parsed) throw badOption(options.language, 'organizer', organizer);
    options.overrides.organizer = parsed;
  }
  const granularity = values['granularity'];
  if (granularity !== undefined) {
    if (!isGranularity(granularity)) {
      throw badOption(options.language, 'granularity', String(granularity));
    }
    options.overrides.granularity = granularity;
  }
  const repoUrl = values['repo-url'];
  if (typeof repoUrl === 'string') {
    if (!/^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/?$/.test(repoUrl)) {
      throw badOption(options.language, 'repo-url', repoUrl);
    }
    options.repoUrl = repoUrl.replace(/\/$/, '');
  }
  return options;
}



// All the stale files are written together (see write-file-set.ts): a full disk or a
// read-only file found on the last one leaves the first ones as they were, and the one
// line on stderr says what was written and what was not.
function writeOutputs(outputs: BuildOutput[], language: Language): void {
  try {
    writeFileSet(outputs.map((output) => ({ path: output.path, content: output.newContent })));
  } catch (error) {
    if (!(error instanceof FileSetWriteError)) throw error;
    throw new UsageError(
      say(language, 'build-cannot-write', {
        path: error.path,
        reason: describeIoError(error.cause, language),
        written: error.written,
        notWritten: error.notWritten,
      }),
    );
  }
}
