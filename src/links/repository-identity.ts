import { originUrl } from '../git/origin-url.js';

/** A GitHub repository's owner and name (`entrepreneur-interet-general/eig-link`). */
export interface RepositoryIdentity {
  owner: string;
  name: string;
}

/** Where the identity may come from, first given wins. */
export interface IdentitySources {
  /** The `--repo OWNER/REPO` option. */
  option?: string;
  /** `GITHUB_REPOSITORY`, set on GitHub runners. */
  environment?: string;
  /** A folder inside the git repository whose `origin` remote is read. */
  gitFolder?: string;
}

/** Reads `OWNER/REPO`; undefined when the text is not of that form. */
export function parseOwnerRepo(text: string): RepositoryIdentity | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!match) return undefined;
  return { owner: match[1]!, name: match[2]!.replace(/\.git$/, '') };
}

/**
 * Reads a GitHub remote URL in any of the forms git accepts (`https://github.com/o/r.git`,
 * `git@github.com:o/r.git`, `ssh://git@github.com/o/r`); undefined for other hosts.
 */
export function parseGitHubRemote(url: string): RepositoryIdentity | undefined {
  const text = url.trim();
  // The scp-like form is not a URL; the others are, and URL parsing beats one big regex
  // (which would nest quantifiers and risk backtracking).
  const scp = /^[^@/\s]+@github\.com:([^\s]+)$/i.exec(text);
  if (scp) return parseOwnerRepo(scp[1]!.replace(/\/$/, ''));
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'ssh:', 'git:'].includes(parsed.protocol) || parsed.hostname.toLowerCase() !== 'github.com') return undefined;
  return parseOwnerRepo(parsed.pathname.replace(/^\//, '').replace(/\/$/, ''));
}

/** Finds which GitHub repository the programme lives in: option, else environment, else `origin`. */
export async function findRepositoryIdentity(sources: IdentitySources): Promise<RepositoryIdentity | undefined> {
  if (sources.option) return parseOwnerRepo(sources.option);
  if (sources.environment) {
    const fromEnvironment = parseOwnerRepo(sources.environment);
    if (fromEnvironment) return fromEnvironment;
  }
  if (!sources.gitFolder) return undefined;
  const remote = await originUrl(sources.gitFolder);
  return remote === undefined ? undefined : parseGitHubRemote(remote);
}

/** Whether two identities name the same repository (GitHub ignores case in owner and name). */
export function sameRepository(a: RepositoryIdentity, b: RepositoryIdentity): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}
