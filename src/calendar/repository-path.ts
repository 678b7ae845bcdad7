import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { runGit } from '../git/run-git.js';

/**
 * A file's path inside its git repository (`docs/programme.md`), for links on GitHub;
 * when git cannot tell (no git, not a repository), the path from the current folder, taken
 * as the repository's root, or from the file's own folder when it lies outside the current
 * folder (the same root the link checks take).
 */
export async function pathInRepository(path: string): Promise<string> {
  // git answers with the real path; a temporary folder behind a symbolic link (macOS /var) must compare equal.
  const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  const file = join(folder, basename(path));
  const root = (await runGit(['rev-parse', '--show-toplevel'], folder))?.trim() || undefined;
  if (root !== undefined) return relative(root, file).split('\\').join('/');
  // Without this, a programme outside the current folder got `../../tmp/...` in its links,
  // a path no repository has (found by the build property test).
  const fromHere = relative(await realpath(process.cwd()).catch(() => process.cwd()), file);
  const outside = fromHere === '..' || fromHere.startsWith('..' + sep) || isAbsolute(fromHere);
  return (outside ? basename(file) : fromHere).split('\\').join('/');
}
