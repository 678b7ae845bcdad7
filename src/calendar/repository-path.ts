import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runGit } from '../git/run-git.js';

/**
 * A file's path inside its git repository (`docs/programme.md`), for links on GitHub;
 * when git cannot tell (no git, not a repository), the path from the current folder, taken
 * as the repository's root.
 */
export async function pathInRepository(path: string): Promise<string> {
  // git answers with the real path; a temporary folder behind a symbolic link (macOS /var) must compare equal.
  const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  const file = join(folder, basename(path));
  const root = (await runGit(['rev-parse', '--show-toplevel'], folder))?.trim() || undefined;
  return relative(root ?? process.cwd(), file).split('\\').join('/');
}
