import { posix } from 'node:path';

/**
 * A repository path written as a markdown link destination from a document's folder:
 * relative, with forward slashes, and with the characters that would end or break a link
 * destination (space, parentheses, angle brackets, `#`, `?`, `%`) percent-encoded.
 * Accented letters are kept as written, so the generated lines stay readable in a diff.
 */
export function linkFromFolder(folder: string, target: string): string {
  const relative = posix.relative(folder, target) || '.';
  return relative.replace(/[ ()<>#?%\\\t]/g, (character) => '%' + character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The folder of a repository path (`''` for the root). */
export function folderOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}
