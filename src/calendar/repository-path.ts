// Synchronous node:fs: loading its promise API would cost every command's start-up (see scripts/build.mjs).
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { findRepositoryRoot } from '../git/repository-root.js';
import { orUndefined } from '../fs/or-undefined.js';

/**
 * A file's path inside its repository (`docs/programme.md`), for links on GitHub: from the
 * git work tree around it, else from the current folder, or from the file's own folder
 * when it lies outside the current folder (the root the link checks take too; without
 * that, a programme outside the current folder got `../../tmp/...` in its links).
 */
export async function pathInRepository(path: string): Promise<string> {
  const folder = dirname(resolve(path));
  const real = orUndefined(() => realpathSync.native(folder)) ?? folder;
  const { root } = await findRepositoryRoot(real, process.cwd());
  return relative(root, join(real, basename(path))).split('\\').join('/');
}
