import { basename, dirname } from 'node:path';

/**
 * The year of the last commit that touched a file, from git, or undefined when git is
 * absent, the folder is not a repository or the file was never committed. Synchronous,
 * because the reader asks for it in the middle of reading and only in the rare case that
 * nothing but weekdays tells a programme's year; child_process is loaded then, not at
 * start-up. The commit's own date is used, never the clock, so the answer is the same on
 * every machine.
 */
export function commitYear(path: string): number | undefined {
  try {
    const out = process
      .getBuiltinModule('node:child_process')
      .execFileSync('git', ['log', '-1', '--format=%cd', '--date=format:%Y', '--', basename(path)], {
        cwd: dirname(path) || '.',
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
      })
      .trim();
    return /^\d{4}$/.test(out) ? Number(out) : undefined;
  } catch {
    return undefined;
  }
}
