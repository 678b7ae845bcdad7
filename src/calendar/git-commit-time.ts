import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/**
 * The time of the last commit that touched a file, in seconds, from git. Undefined when
 * git is absent, the folder is not a repository, or the file was never committed.
 * git runs with an argument array, never through a shell.
 */
export function gitCommitTime(path: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%ct', '--', basename(path)],
      { cwd: dirname(path) || '.', encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        const value = stdout?.trim() ?? '';
        resolve(!error && /^\d+$/.test(value) ? Number(value) : undefined);
      },
    );
  });
}
