// Synchronous node:fs: loading its promise API would cost every command's start-up (see scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCalendars, type CalendarOptions } from '../calendar/build-calendars.js';
import { sourceDateEpochOf } from '../calendar/dtstamp.js';
import { gitCommitTime } from '../calendar/git-commit-time.js';
import { pathInRepository } from '../calendar/repository-path.js';
import { say } from '../diagnostics/catalogue.js';
import { checkReportLinks } from '../links/check-report-links.js';
import { refreshLinkBlocks } from '../links/refresh-link-blocks.js';
import type { LinkSettings, RepositoryContext } from '../links/repository-context.js';
import { findRepositoryIdentity } from '../links/repository-identity.js';
import type { FileReport } from '../engine/pipeline.js';
import { toDisplayPath } from '../engine/discover-programmes.js';
import { describeIoError } from '../fs/read-text-file.js';
import { countDiagnostics } from '../report/counts.js';
import { formatJsonReport } from '../report/json-report.js';
import { formatTextReport } from '../report/text-report.js';
import { UsageError } from '../usage-error.js';
import { organizerForm, parseOrganizer } from '../config/organizer.js';
import type { Language } from '../diagnostics/language.js';
import { removeStaleTemporaryFiles } from '../fs/write-file-atomic.js';
import { FileSetWriteError, writeFileSet } from '../fs/write-file-set.js';
import { DEFAULT_TIMEZONE } from '../config/engine-settings.js';
import { checkProgrammeFiles } from '../engine/check-programme-files.js';
import { resolveFiles, runLanguage, type CommandOutcome } from './check.js';
import { commonOptionSpec, readCommonOptions, type CommonOptions } from './common-options.js';
import { linkOptionSpec, linkOptionsHelp, readLinkOptions } from './link-options.js';

/** Help for `programme-sync build`. */
export const buildHelp = `Usage: programme-sync build [FILES...] [options]

Checks each programme like "check", then writes its calendar <name>.ics beside it and
refreshes the link blocks programme-sync manages in it (between its own markers).
With no FILES, builds every markdown file of the current folder that holds a schedule table.

Options:
  --check              write nothing; exit 1 when a file would change
  --out-dir DIR        write the calendars in DIR instead of beside each programme
  --split audience     also write one calendar per audience: <name>.<audience>.ics
  --organizer "Name <email>"
                       write this ORGANIZER on every event, and METHOD:PUBLISH (default:
                       the config file's "organizer"; without one, no METHOD line)
  --repo-url URL       the repository's address (https://github.com/OWNER/REPO), to link each
                       event to its detail section (default: from --repo, GITHUB_REPOSITORY or
                       the git remote "origin", when it is on GitHub)
  --format text|json   output format of the diagnostics (default: text)
  --year YYYY          year of the first session, when the document gives none
  --timezone TZ        IANA time zone of the programme's hours (default: Europe/Paris)
  --lang en|fr         language of the messages and of the calendar text (default: en)
  --rule RULE=SEVERITY set a rule to error, warning, info or off (repeatable)
${linkOptionsHelp}  -h, --help           show this help

SOURCE_DATE_EPOCH, when set, gives the DTSTAMP of new and changed events.
Exit status: 0 done, 1 the programme has errors or (with --check) a file is stale,
2 usage or file problem.
`;

const buildOptionSpec = {
  ...commonOptionSpec,
  ...linkOptionSpec,
  check: { type: 'boolean', default: false },
  'out-dir': { type: 'string' },
  split: { type: 'string' },
  'repo-url': { type: 'string' },
  organizer: { type: 'string' },
} as const;

/** The options of `build`, validated. */
export interface BuildOptions extends CommonOptions {
  check: boolean;
  outDir?: string;
  split?: 'audience';
  /** `--repo-url`; when absent, the repository named by the link settings, if on GitHub. */
  repoUrl?: string;
  /** The options about links, archives and the repository, shared with `check`. */
  links: LinkSettings;
}

/** A file a build step wants on disk: what it should hold, and what it holds now (undefined: absent). */
export interface BuildOutput {
  path: string;
  newContent: string;
  oldContent: string | undefined;
  /** Diagnostics of the programme at `path` that writing this output settles (a stale block). */
  settles?: readonly string[];
}

/** One step of a build: from the programmes' reports to the files it owns. Steps run in order. */
export type BuildStep = (reports: FileReport[], options: BuildOptions) => Promise<BuildOutput[]>;

/** The calendar step: each programme's .ics (and one per audience with --split audience). */
export const calendarStep: BuildStep = async (reports, options) => {
  const outputs: BuildOutput[] = [];
  const sourceDateEpoch = sourceDateEpochOf(process.env);
  for (const report of reports) {
    const repositoryUrl = options.repoUrl ?? (await githubUrlOf(report.path, options.links));
    const calendars = await buildCalendars(report, {
      language: report.engine?.language ?? options.language,
      timezone: report.engine?.timezone ?? options.overrides.timezone ?? DEFAULT_TIMEZONE,
      ...outDirFor(report, options),
      ...(options.split ? { split: options.split } : {}),
      ...organizerFor(report, options),
      ...(repositoryUrl ? { repository: { url: repositoryUrl, branch: options.links.branch, path: await pathInRepository(report.path) } } : {}),
      ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
      readPrevious: readIfPresent,
      commitTime: gitCommitTime,
    });
    for (const calendar of calendars) outputs.push({ path: calendar.path, newContent: calendar.content, oldContent: calendar.previous });
  }
  return outputs;
};

/**
 * The link-block step: each programme with its managed blocks (archives, calendar links)
 * brought up to date. A programme without markers, or already up to date, comes back as it is.
 */
export const linkBlocksStep: BuildStep = async (reports, options) => {
  const outputs: BuildOutput[] = [];
  const cache = new Map<string, RepositoryContext>();
  for (const report of reports) {
    const parsed = { text: report.read.source.text, tree: report.read.tree };
    const calendarDir = options.outDir !== undefined ? resolve(options.outDir) : report.engine?.calendarDir;
    const refreshed = await refreshLinkBlocks(report.path, {
      language: report.engine?.language ?? options.language,
      settings: options.links,
      cache,
      parsed,
      ...(calendarDir === undefined ? {} : { calendarDir }),
    });
    // A programme without markers is not a file this step owns: nothing to say about it.
    if (refreshed.blocks.length === 0) continue;
    // Once written, the blocks are fresh, and an archives block lists every archive.
    const settles = ['managed-block-stale', ...(refreshed.blocks.some((block) => block.kind === 'archives') ? ['archive-not-linked'] : [])];
    outputs.push({ path: refreshed.path, newContent: refreshed.content, oldContent: refreshed.original, settles });
  }
  return outputs;
};

/** The steps `build` runs, in order: calendars first, so the calendar links point at files that exist. */
export const buildSteps: BuildStep[] = [calendarStep, linkBlocksStep];

/** `programme-sync build`: check, then write what is stale (or, with --check, only say so). */
export async function runBuild(argv: string[], steps: readonly BuildStep[] = buildSteps): Promise<CommandOutcome> {
  const { values, positionals } = parseArgs({ args: argv, options: buildOptionSpec, allowPositionals: true, strict: true });
  if (values.help) return { stdout: buildHelp, stderr: '', exitCode: 0 };
  const options = readBuildOptions(values);
  const read = await checkProgrammeFiles(await resolveFiles(positionals, options), options);
  const language = runLanguage(read, options);
  // Link diagnostics come after the engine's; the same settings and ignore comments apply to them.
  const reports = await checkReportLinks(read, options.links, language);

  const outputs: BuildOutput[] = [];
  for (const step of steps) outputs.push(...(await step(reports, options)));
  const stale = outputs.filter((output) => output.newContent !== output.oldContent);

  const messages: string[] = [];
  if (options.check) {
    for (const output of stale) messages.push(say(options.language, 'build-stale', { path: output.path }));
    if (stale.length === 0) messages.push(say(options.language, 'build-all-fresh', { files: outputs.length }));
  } else {
    for (const output of outputs) {
      for (const path of await removeStaleTemporaryFiles(output.path)) messages.push(say(options.language, 'build-removed-temporary', { path }));
    }
    await writeOutputs(stale, options.language);
    for (const output of stale) messages.push(say(options.language, 'build-wrote', { path: output.path }));
    for (const output of outputs) {
      if (!stale.includes(output)) messages.push(say(options.language, 'build-up-to-date', { path: output.path }));
    }
  }

  // What build just fixed is not a problem left to report (with --check nothing was fixed).
  const settled = options.check ? reports : reports.map((report) => settle(report, stale));
  const hasErrors = countDiagnostics(settled).errors > 0;
  const exitCode = hasErrors || (options.check && stale.length > 0) ? 1 : 0;
  const buildText = messages.map((line) => `${line}\n`).join('');
  // JSON output stays one object on stdout; what the build did then goes to stderr.
  if (options.format === 'json') return { stdout: formatJsonReport(settled), stderr: buildText, exitCode };
  return { stdout: `${formatTextReport(settled, options.language)}${buildText}`, stderr: '', exitCode };
}

// --out-dir wins; else the config file's outDir, shown relative to the current folder as paths are.
function outDirFor(report: FileReport, options: BuildOptions): { outDir?: string } {
  if (options.outDir !== undefined) return { outDir: options.outDir };
  const configured = report.engine?.calendarDir;
  return configured === undefined ? {} : { outDir: toDisplayPath(relative(process.cwd(), configured) || '.') };
}

// --organizer wins over the config file's organizer (report.engine has them merged when present).
function organizerFor(report: FileReport, options: BuildOptions): Pick<CalendarOptions, 'organizer'> {
  const organizer = report.engine?.organizer ?? options.overrides.organizer;
  return organizer === undefined ? {} : { organizer };
}

function settle(report: FileReport, written: readonly BuildOutput[]): FileReport {
  const rules = new Set(written.filter((output) => samePath(output.path, report.path)).flatMap((output) => output.settles ?? []));
  return rules.size === 0 ? report : { ...report, diagnostics: report.diagnostics.filter((d) => !rules.has(d.rule)) };
}

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function readBuildOptions(values: Record<string, string | boolean | string[] | undefined>): BuildOptions {
  const options: BuildOptions = { ...readCommonOptions(values), check: values['check'] === true, links: readLinkOptions(values) };
  const outDir = values['out-dir'];
  if (typeof outDir === 'string') {
    if (outDir === '') throw new UsageError('--out-dir needs a folder');
    options.outDir = outDir;
  }
  const split = values['split'];
  if (split !== undefined) {
    if (split !== 'audience') throw new UsageError(`--split must be "audience", not "${String(split)}"`);
    options.split = 'audience';
  }
  const organizer = values['organizer'];
  if (typeof organizer === 'string') {
    const parsed = parseOrganizer(organizer);
    if (!parsed) throw new UsageError(`--organizer must be "${organizerForm}", such as "Équipe EIG <eig@example.org>", not "${organizer}"`);
    options.overrides.organizer = parsed;
  }
  const repoUrl = values['repo-url'];
  if (typeof repoUrl === 'string') {
    if (!/^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/?$/.test(repoUrl)) {
      throw new UsageError(`--repo-url must be a repository address such as "https://github.com/OWNER/REPO", not "${repoUrl}"`);
    }
    options.repoUrl = repoUrl.replace(/\/$/, '');
  }
  return options;
}

// The same repository the link checks and blocks use: --repo, else GITHUB_REPOSITORY, else origin.
async function githubUrlOf(programmePath: string, links: LinkSettings): Promise<string | undefined> {
  const identity = await findRepositoryIdentity({
    ...(links.repo === undefined ? {} : { option: links.repo }),
    ...(links.githubRepository === undefined ? {} : { environment: links.githubRepository }),
    gitFolder: dirname(resolve(programmePath)),
  });
  return identity ? `https://github.com/${identity.owner}/${identity.name}` : undefined;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // ENOTDIR (a part of the path is a file): no calendar can be there yet; writing it will say what is wrong.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`cannot read ${path}: ${describeIoError(error)}`);
  }
}

// All the stale files are written together (see write-file-set.ts): a full disk or a
// read-only file found on the last one leaves the first ones as they were, and the one
// line on stderr says what was written and what was not.
async function writeOutputs(outputs: BuildOutput[], language: Language): Promise<void> {
  try {
    await writeFileSet(outputs.map((output) => ({ path: output.path, content: output.newContent })));
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
