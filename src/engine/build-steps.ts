import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { calendarLanguageOf } from '../config/engine-settings.js';
import { buildCalendars, type CalendarOutput } from '../calendar/build-calendars.js';
import { sourceDateEpochOf } from '../calendar/dtstamp.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { toPosix } from '../fs/paths.js';
import { describeIoError } from '../fs/read-text-file.js';
import { gitCommitTime } from '../git/commit-time.js';
import { findRepositoryPath } from '../git/repository-path.js';
import { refreshLinkBlocks } from '../links/refresh-link-blocks.js';
import type { LinkSettings, RepositoryContext } from '../links/repository-context.js';
import { findRepositoryIdentity } from '../links/repository-identity.js';
import type { FileReport } from '../report/file-report.js';
import { unreadableFileReason } from './unreadable-file.js';

/**
 * What the build steps need besides each file's own settings (its report's `engine`):
 * the command line's `build` options, or what the Action knows of the repository.
 */
export interface BuildStepOptions {
  /** `--out-dir`: every calendar goes there, over each config file's `outDir`. */
  outDir?: string;
  /** `--repo-url`; when absent, the repository named by the link settings, if on GitHub. */
  repoUrl?: string;
  /** The options about links, archives and the repository, shared with `check`. */
  links: LinkSettings;
  /** `--allow-removals` (the Action: a confirming line in the commit message): let a build empty or cut a calendar. */
  allowRemovals?: boolean;
}

/** A file a build step wants on disk: what it should hold, and what it holds now (undefined: absent). */
export interface BuildOutput {
  path: string;
  newContent: string;
  oldContent: string | undefined;
  /** Diagnostics of the programme at `path` that writing this output settles (a stale block). */
  settles?: readonly string[];
  /** The programme this output is made from, as its report names it. */
  programme?: string;
  /** For a calendar: what it keeps of the previous one and what it drops. */
  calendar?: Pick<CalendarOutput, 'kept' | 'removed' | 'previousCount'>;
}

/** One step of a build: from the programmes' reports to the files it owns. Steps run in order. */
export type BuildStep = (reports: FileReport[], options: BuildStepOptions) => Promise<BuildOutput[]>;

/** The calendar step: each programme's .ics, and one per audience when split so or written so before. */
const calendarStep: BuildStep = async (reports, options) => {
  const outputs: BuildOutput[] = [];
  const sourceDateEpoch = sourceDateEpochOf(process.env);
  for (const report of reports) {
    const repositoryUrl = options.repoUrl ?? (await githubUrlOf(report.path, options.links));
    const calendars = await buildCalendars(report, {
      language: calendarLanguageOf(report.engine),
      timezone: report.engine.timezone,
      ...outDirFor(report, options),
      ...(report.engine.split === undefined ? {} : { split: report.engine.split }),
      exists: existsSync,
      // The organizer of --organizer, the input or the config file, merged in the file's settings.
      ...(report.engine.organizer === undefined ? {} : { organizer: report.engine.organizer }),
      ...(report.engine.granularity === undefined ? {} : { granularity: report.engine.granularity }),
      ...(repositoryUrl ? { repository: { url: repositoryUrl, branch: options.links.branch, path: findRepositoryPath(report.path) } } : {}),
      ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
      readPrevious: (path) => readIfPresent(path, report.engine.language),
      commitTime: gitCommitTime,
    });
    for (const calendar of calendars) {
      const { kept, removed, previousCount } = calendar;
      outputs.push({ path: calendar.path, newContent: calendar.content, oldContent: calendar.previous, programme: report.path, calendar: { kept, removed, previousCount } });
    }
  }
  return outputs;
};

/**
 * The link-block step: each programme with its managed blocks (archives, calendar links)
 * brought up to date. A programme without markers, or already up to date, comes back as it is.
 */
const linkBlocksStep: BuildStep = async (reports, options) => {
  const outputs: BuildOutput[] = [];
  const cache = new Map<string, RepositoryContext>();
  for (const report of reports) {
    // A file the engine could not read (NUL bytes, invalid UTF-8, conflict markers) is not
    // written back: its blocks wait until it can be read again.
    if (unreadableFileReason(report) !== undefined) continue;
    const parsed = { text: report.read.source.text, tree: report.read.tree };
    const calendarDir = options.outDir !== undefined ? resolve(options.outDir) : report.engine.calendarDir;
    const refreshed = await refreshLinkBlocks(report.path, {
      language: calendarLanguageOf(report.engine),
      settings: options.links,
      cache,
      parsed,
      feeds: { sessions: report.programme.sessions, split: report.engine.split },
      ...(calendarDir === undefined ? {} : { calendarDir }),
    });
    // A programme without markers is not a file this step owns: nothing to say about it.
    if (refreshed.blocks.length === 0) continue;
    // Once written, the blocks are fresh, and an archives block lists every archive.
    const settles = ['managed-block-stale', ...(refreshed.blocks.some((block) => block.kind === 'archives') ? ['archive-not-linked'] : [])];
    outputs.push({ path: refreshed.path, newContent: refreshed.content, oldContent: refreshed.original, settles, programme: report.path });
  }
  return outputs;
};

/** The steps `build` runs, in order: calendars first, so the calendar links point at files that exist. */
export const buildSteps: BuildStep[] = [calendarStep, linkBlocksStep];

/**
 * Runs the build steps in order on the checked programmes and gives every file they own,
 * stale or not: `programme-sync build` writes the stale ones, the Action commits them.
 */
export async function runBuildSteps(reports: FileReport[], options: BuildStepOptions, steps: readonly BuildStep[] = buildSteps): Promise<BuildOutput[]> {
  const outputs: BuildOutput[] = [];
  for (const step of steps) outputs.push(...(await step(reports, options)));
  return outputs;
}

// --out-dir wins; else the config file's outDir, shown relative to the current folder as paths are.
function outDirFor(report: FileReport, options: BuildStepOptions): { outDir?: string } {
  if (options.outDir !== undefined) return { outDir: options.outDir };
  const configured = report.engine.calendarDir;
  return configured === undefined ? {} : { outDir: toPosix(relative(process.cwd(), configured) || '.') };
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

function readIfPresent(path: string, language: Language): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // ENOTDIR (a part of the path is a file): no calendar can be there yet; writing it will say what is wrong.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(say(language, 'cannot-read', { path, reason: describeIoError(error, language) }));
  }
}
