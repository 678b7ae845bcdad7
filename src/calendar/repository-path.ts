import { execFile } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';

/**
 * A file's path inside its git repository (`docs/programme.md`), for links on GitHub;
 * the path as given when git cannot tell (no git, not a repository). Argument array, no shell.
 */
export function pathInRepository(path: string): Promise<string> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dirname(resolve(path)), encoding: 'utf8', windowsHide: true }, (error, stdout) => {
      const root = stdout?.trim();
      const inside = !error && root ? relative(root, resolve(path)) : path;
      done(inside.split('\\').join('/'));
    });
  });
}
