import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFolderFiles } from '../fs/folder-files.js';
import { runGit } from '../git/run-git.js';
import { orUndefined } from '../fs/or-undefined.js';
import { isInside, relativePosix } from '../fs/paths.js';

/** The files of a repository, as lists of repository-relative paths with forward slashes. */
export interface RepositoryFiles {
  /** The repository's root folder, symbolic links resolved. */
  root: string;
  /** Whether the root is a git work tree (else the lists come from the file system). */
  isGit: boolean;
  /** Files of the working tree that git tracks or would add (ignored files left out). */
  working: ReadonlySet<string>;
  /** Folders holding at least one of the working files. */
  folders: ReadonlySet<string>;
  /**
   * Files of the last commit (`git ls-tree HEAD`) and their folders; the working files
   * outside git or before the first commit. Listed on first use: only links to this
   * repository's own GitHub URLs need them, and a git process costs a small `check` dearly.
   */
  head(): Promise<{ files: ReadonlySet<string>; folders: ReadonlySet<string> }>;
}


/** Lists a repository's files, from git when it is a work tree, else by walking the folder. */
export async function listRepositoryFiles(root: string, isGit: boolean): Promise<RepositoryFiles> {
  const working = await listWorkingFiles(root, isGit);
  return { root, isGit, working, folders: foldersOf(working), head: lastCommitFiles(root, isGit, () => Promise.resolve(working)) };
}

/**
 * A repository whose working files are not listed: for a programme that links to none of
 * them (a git process saved). The last commit's files stay available on demand.
 */
export function unlistedRepositoryFiles(root: string, isGit: boolean): Promise<RepositoryFiles> {
  const none = new Set<string>();
  return Promise.resolve({ root, isGit, working: none, folders: none, head: lastCommitFiles(root, isGit, () => listWorkingFiles(root, isGit)) });
}

async function listWorkingFiles(root: string, isGit: boolean): Promise<Set<string>> {
  const working = new Set<string>();
  const listed = isGit ? await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root) : undefined;
  if (isGit && listed !== undefined) {
    const paths = splitNul(listed);
    const present = paths.map((path) => exists(join(root, path)));
    // A file deleted but not yet `git rm`-ed is still in the index: it is gone for the reader.
    paths.forEach((path, index) => {
      if (present[index]) working.add(path);
    });
  } else {
    for (const path of listFolderFiles(root, { symbolicLinks: true })) working.add(path);
  }
  return working;
}

// The last commit's files, listed on first use; outside git (or before the first commit), the working files.
function lastCommitFiles(root: string, isGit: boolean, working: () => Promise<ReadonlySet<string>>): RepositoryFiles['head'] {
  let head: Promise<{ files: ReadonlySet<string>; folders: ReadonlySet<string> }> | undefined;
  const load = async (): Promise<{ files: ReadonlySet<string>; folders: ReadonlySet<string> }> => {
    const headListing = isGit ? await runGit(['ls-tree', '-r', '-z', '--name-only', 'HEAD'], root) : undefined;
    const files = headListing === undefined ? await working() : new Set(splitNul(headListing));
    return { files, folders: foldersOf(files) };
  };
  return () => (head ??= load());
}

/** Where a path lands once resolved against the repository, checked before anything is read there. */
export type Landing =
  | { kind: 'file' | 'folder'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'outside' }
  | { kind: 'through-symlink'; link: string };

/**
 * Resolves an absolute path the way a reader of the repository would meet it, and says
 * whether it is a file or folder of the repository, missing, outside the repository, or
 * reached through a symbolic link that leads outside. Only file metadata is consulted
 * (lstat, realpath); nothing outside the root is ever opened.
 */
export function landOf(files: RepositoryFiles, absolute: string): Landing {
  const lexical = resolve(absolute);
  if (!isInside(files.root, lexical)) return { kind: 'outside' };
  // The deepest part of the path that exists decides whether a symbolic link leads out.
  let existing = lexical;
  while (!exists(existing) && existing !== files.root) existing = dirname(existing);
  const real = orUndefined(() => realpathSync.native(existing));
  if (real === undefined) return { kind: 'missing', path: relativePosix(files.root, lexical) };
  if (!isInside(files.root, real)) return { kind: 'through-symlink', link: escapingLink(files.root, existing) };
  const path = relativePosix(files.root, lexical);
  if (existing !== lexical) return { kind: 'missing', path };
  const realPath = relativePosix(files.root, real);
  if (files.working.has(path) || files.working.has(realPath)) return { kind: 'file', path };
  if (path === '' || files.folders.has(path) || files.folders.has(realPath)) return { kind: 'folder', path };
  return { kind: 'missing', path };
}

// The first symbolic link on the way from the root that leads out, so the message names what to fix.
function escapingLink(root: string, path: string): string {
  const parts = relativePosix(root, path).split('/');
  for (let count = 1; count <= parts.length; count++) {
    const prefix = join(root, ...parts.slice(0, count));
    const stats = orUndefined(() => lstatSync(prefix));
    if (!stats?.isSymbolicLink()) continue;
    const real = orUndefined(() => realpathSync.native(prefix));
    if (real === undefined || !isInside(root, real)) return parts.slice(0, count).join('/');
  }
  return parts.join('/');
}

function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = path.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

function splitNul(listing: string): string[] {
  return listing.split('\0').filter((path) => path !== '');
}

// Any entry, a symbolic link not followed; an error of any kind counts as none.
function exists(path: string): boolean {
  return orUndefined(() => lstatSync(path)) !== undefined;
}

