import { sep } from 'node:path';

/** A path as users read it in reports: relative, with forward slashes on every system. */
export function toDisplayPath(path: string): string {
  return path.split(sep).join('/');
}
