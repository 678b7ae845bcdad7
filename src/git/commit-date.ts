import { basename, dirname } from 'node:path';
import type { PlainDate } from '../dates/types.js';
import { runGitSync } from './run-git.js';

/**
 * The day of the last commit that touched a file, from git, or undefined when git is
 * absent, the folder is not a repository or the file was never committed. Synchronous,
 * because the reader asks for it in the middle of reading and only in the rare case that
 * no year is written for a programme (git/run-git.ts loads child_process then, not at
 * start-up). The commit's own date is used, never the clock, so the answer is the same on
 * every machine.
 */
export function commitDate(path: string): PlainDate | undefined {
  const out = runGitSync(['log', '-1', '--format=%cd', '--date=format:%Y-%m-%d', '--', basename(path)], dirname(path) || '.')?.trim() ?? '';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out);
  return date ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } : undefined;
}
