import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * A file's path inside its git repository (`docs/programme.md`), for links on GitHub;
 * when git cannot tell (no git, not a repository), the path from the current folder, taken
 * as the repository's root. Argument array, no shell.
 */
export async function pathInRepository(path: string): Promise<string> {
  // git answers with the real path; a temporary folder behind a symbolic link (macOS /var) must compare equal.
  const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  const file = join(folder, basename(path));
  const root = await new Promise<string | undefined>((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', windowsHide: true }, (error, stdout) => {
      done(!error && stdout.trim() ? stdout.trim() : undefined);
    });
  });
  return relative(root ?? process.cwd(), file).split('\\').join('/');
}
