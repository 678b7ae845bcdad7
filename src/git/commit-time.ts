import { basename, dirname } from 'node:path';
import { runGit } from './run-git.js';

/**
 * The time of the last commit that touched a file, in seconds, from git. Undefined when
 * git is absent, the folder is not a repository, or the file was never committed.
 */
export async function gitCommitTime(path: string): Promise<number | undefined> {
  const value = (await runGit(['log', '-1', '--format=%ct', '--', basename(path)], dirname(path) || '.'))?.trim() ?? '';
  return /^\d+$/.test(value) ? Number(value) : undefined;
}
