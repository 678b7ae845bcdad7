import { isAbsolute, relative, sep } from 'node:path';

/** A path with forward slashes on every system, as reports, links and git name files. */
export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The path from a folder to a file or folder, with forward slashes (`''` for the folder itself). */
export function relativePosix(folder: string, path: string): string {
  return toPosix(relative(folder, path));
}

/** Whether a path is the folder itself or inside it (both absolute; resolve symbolic links first where they matter). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}
