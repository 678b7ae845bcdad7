import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { orUndefined } from '../fs/or-undefined.js';
import { isInside } from '../fs/paths.js';

/**
 * Finds the repository that holds a folder, symbolic links resolved: the git work tree
 * around it, else `fallbackRoot` (the current folder when it contains the folder, else the
 * folder itself). The links, the calendar's detail links and the origin remote all take
 * their root from here, so they agree on what "the repository" is.
 */
export function findRepositoryRoot(folder: string, fallbackRoot: string): { root: string; isGit: boolean } {
  // Looking for `.git` upwards is what git itself does first, without starting a process
  // (each git process costs more than the rest of a small `check`).
  const real = realpathSync.native(folder);
  for (let current = real; ; current = dirname(current)) {
    if (orUndefined(() => lstatSync(join(current, '.git'))) !== undefined) return { root: current, isGit: true };
    if (dirname(current) === current) break;
  }
  const fallback = orUndefined(() => realpathSync.native(fallbackRoot)) ?? fallbackRoot;
  return { root: isInside(fallback, real) ? fallback : real, isGit: false };
}
