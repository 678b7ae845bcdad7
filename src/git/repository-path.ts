import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { findRepositoryRoot } from './repository-root.js';
import { orUndefined } from '../fs/or-undefined.js';
import { relativePosix } from '../fs/paths.js';

/**
 * A file's path inside its repository (`docs/programme.md`), for links on GitHub: from the
 * git work tree around it, else from the current folder, or from the file's own folder
 * when it lies outside the current folder (the root the link checks take too; without
 * that, a programme outside the current folder got `../../tmp/...` in its links).
 */
export function findRepositoryPath(path: string): string {
  const folder = dirname(resolve(path));
  const real = orUndefined(() => realpathSync.native(folder)) ?? folder;
  const { root } = findRepositoryRoot(real, process.cwd());
  return relativePosix(root, join(real, basename(path)));
}

/**
 * A file's path from the folder that holds its repository, that folder's name included
 * (`syllabus-EDM5240-H2019/calendrier.md`): a clone or an Action's checkout is named after
 * its repository. Undefined outside a git work tree (a temporary or home folder's name
 * says nothing about the programme) or when the file's folder cannot be found. Looks for
 * `.git` upwards only: no git process, no remote read.
 */
export function pathFromRepositoryFolder(path: string): string | undefined {
  const folder = dirname(resolve(path));
  const real = orUndefined(() => realpathSync.native(folder));
  if (real === undefined) return undefined;
  const { root, isGit } = findRepositoryRoot(real, process.cwd());
  return isGit ? relativePosix(dirname(root), join(real, basename(path))) : undefined;
}
