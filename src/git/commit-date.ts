import { basename, dirname } from 'node:path';
import type { PlainDate } from '../dates/types.js';

/**
 * The day of the last commit that touched a file, from git, or undefined when git is
 * absent, the folder is not a repository or the file was never committed. Synchronous,
 * because the reader asks for it in the middle of reading and only in the rare case that
 * no year is written for a programme; child_process is loaded then, not at
 * start-up. The commit's own date is used, never the clock, so the answer is the same on
 * every machine.
 */
export function commitDate(path: string): PlainDate | undefined {
  try {
    const out = process
      .getBuiltinModule('node:child_process')
      .execFileSync('git', ['log', '-1', '--format=%cd', '--date=format:%Y-%m-%d', '--', basename(path)], {
        cwd: dirname(path) || '.',
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
      })
      .trim();
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out);
    return date ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } : undefined;
  } catch {
    return undefined;
  }
}
