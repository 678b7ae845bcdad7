import type { RepositoryIdentity } from './repository-identity.js';

/** A URL that shows or serves a file of a GitHub repository at some branch. */
export interface RepositoryFileUrl {
  repository: RepositoryIdentity;
  /**
   * The percent-decoded path segments after the owner and name (and `blob`/`tree`/`raw`):
   * the branch, then the file path. A branch may itself contain slashes, so where one
   * ends is decided against the file list.
   */
  segments: string[];
}

/**
 * Reads `https://github.com/OWNER/REPO/blob|tree|raw/BRANCH/path` and
 * `https://raw.githubusercontent.com/OWNER/REPO/BRANCH/path`; undefined for any other URL.
 */
export function parseRepositoryFileUrl(url: string): RepositoryFileUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  let parts: string[];
  try {
    parts = parsed.pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const [owner, name, ...rest] = parts;
  if (owner === undefined || name === undefined) return undefined;
  const repository = { owner, name: name.replace(/\.git$/, '') };
  if (host === 'raw.githubusercontent.com') return rest.length >= 2 ? { repository, segments: rest } : undefined;
  if (host !== 'github.com' && host !== 'www.github.com') return undefined;
  const [view, ...segments] = rest;
  if ((view !== 'blob' && view !== 'tree' && view !== 'raw') || segments.length < 2) return undefined;
  return { repository, segments };
}

/**
 * The file path of a repository URL, choosing where the branch name ends so that the path
 * exists; undefined when no split gives an existing file or folder. `refs/heads/` is skipped.
 */
export function pathAfterBranch(segments: string[], exists: (path: string) => boolean): string | undefined {
  for (let branchLength = 1; branchLength < segments.length; branchLength++) {
    const path = segments.slice(branchLength).join('/');
    if (exists(path)) return path;
  }
  return undefined;
}
