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
