import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { orUndefined } from '../fs/or-undefined.js';
import { parseMarkdown } from '../programme/parse-markdown.js';
import { defaultArchivesGlob } from './archives.js';
import type { CalendarPublishing } from './calendar-links.js';
import { headingSlugs } from './heading-slugs.js';
import { isInside, relativePosix } from '../fs/paths.js';
import { findRepositoryRoot } from '../git/repository-root.js';
import { listRepositoryFiles, unlistedRepositoryFiles, type RepositoryFiles } from './repository-files.js';
import { findRepositoryIdentity, type RepositoryIdentity } from './repository-identity.js';

/** What the link checks and managed blocks are told from outside (flags, Action inputs, environment). */
export interface LinkSettings {
  /** `--repo OWNER/REPO`. */
  repo?: string;
  /** `GITHUB_REPOSITORY`, passed in rather than read here so the engine stays testable. */
  githubRepository?: string;
  /** `--branch`: the default branch the calendar is served from. */
  branch: string;
  /** `--calendar-base-url`. */
  calendarBaseUrl?: string;
  /** `--archives`: which files are archived programmes (see `defaultArchivesGlob`). */
  archivesGlob: string;
}

/** The settings used when nothing is configured. */
export const defaultLinkSettings: LinkSettings = { branch: 'main', archivesGlob: defaultArchivesGlob };

/** A repository as the link checks see it: its files, its GitHub identity, how its calendar is published. */
export interface RepositoryContext {
  files: RepositoryFiles;
  identity?: RepositoryIdentity;
  publishing: CalendarPublishing;
  archivesGlob: string;
  /** Anchors of markdown files already read, by real path. */
  anchorCache: Map<string, Set<string>>;
}

/**
 * Opens the repository around a programme, once per root for a whole run: `cache` maps
 * roots to contexts so checking ten programmes lists the files once.
 */
export async function repositoryFor(
  programmePath: string,
  settings: LinkSettings,
  cache: Map<string, RepositoryContext> = new Map(),
  options: { listFiles?: boolean } = {},
): Promise<RepositoryContext> {
  const { root, isGit } = findRepositoryRoot(dirname(resolve(programmePath)), process.cwd());
  const known = cache.get(root);
  if (known) return known;
  // A programme with no relative link, no managed block and no archives folder needs no
  // list of the repository's files; it is not cached, so a later programme still lists them.
  const listFiles = options.listFiles ?? true;
  const identitySources = {
    ...(settings.repo === undefined ? {} : { option: settings.repo }),
    ...(settings.githubRepository === undefined ? {} : { environment: settings.githubRepository }),
    ...(isGit ? { gitFolder: root } : {}),
  };
  // Independent look-ups (git processes): run them together.
  const [identity, files] = await Promise.all([
    findRepositoryIdentity(identitySources),
    listFiles ? listRepositoryFiles(root, isGit) : unlistedRepositoryFiles(root, isGit),
  ]);
  const publishing: CalendarPublishing = {
    branch: settings.branch,
    ...(identity ? { identity } : {}),
    ...(settings.calendarBaseUrl === undefined ? {} : { baseUrl: settings.calendarBaseUrl }),
  };
  const context: RepositoryContext = {
    files,
    publishing,
    archivesGlob: settings.archivesGlob,
    anchorCache: new Map(),
    ...(identity ? { identity } : {}),
  };
  if (listFiles) cache.set(root, context);
  return context;
}

/** A programme's path inside its repository, or undefined when it lies outside (through a symbolic link). */
export function repositoryPathOf(repo: RepositoryContext, programmePath: string): string | undefined {
  const real = orUndefined(() => realpathSync.native(resolve(programmePath)));
  if (real === undefined || !isInside(repo.files.root, real)) return undefined;
  return relativePosix(repo.files.root, real);
}

/**
 * A folder's path inside the repository, whether or not it exists yet (a calendar folder
 * build is about to make); undefined when it lies outside. Symbolic links are resolved on
 * the part that exists, as the repository root is.
 */
export function repositoryFolderOf(repo: RepositoryContext, folder: string): string | undefined {
  let existing = resolve(folder);
  const rest: string[] = [];
  for (;;) {
    const real = orUndefined(() => realpathSync.native(existing));
    if (real !== undefined) {
      const full = resolve(real, ...rest.reverse());
      return isInside(repo.files.root, full) ? relativePosix(repo.files.root, full) || '.' : undefined;
    }
    const parent = dirname(existing);
    if (parent === existing) return undefined;
    rest.push(existing.slice(parent.length).replace(/^[\\/]/, ''));
    existing = parent;
  }
}

/**
 * The anchors of a markdown file of the repository. The caller has checked that the
 * path's real location is inside the repository; it is read once per run.
 */
export function anchorsOf(repo: RepositoryContext, repositoryPath: string): Set<string> | undefined {
  const real = orUndefined(() => realpathSync.native(resolve(repo.files.root, repositoryPath)));
  if (real === undefined || !isInside(repo.files.root, real)) return undefined;
  const known = repo.anchorCache.get(real);
  if (known) return known;
  const text = orUndefined(() => readFileSync(real, 'utf8'));
  if (text === undefined) return undefined;
  const anchors = headingSlugs(parseMarkdown(text));
  repo.anchorCache.set(real, anchors);
  return anchors;
}
