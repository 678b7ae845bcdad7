import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { orUndefined } from './or-undefined.js';
import { relativePosix } from './paths.js';

// Folders that never hold a programme or a link target, and can be huge.
const skippedFolders = new Set(['.git', 'node_modules']);

/**
 * Every file under a folder, as paths relative to it with forward slashes, in path order.
 * Symbolic links are never followed, so the walk stays inside the folder; with
 * `symbolicLinks`, they are listed as files, as git lists them.
 */
export function listFolderFiles(root: string, options: { symbolicLinks?: boolean } = {}): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    const entries = orUndefined(() => readdirSync(folder, { withFileTypes: true })) ?? [];
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(path);
      } else if (entry.isFile() || (options.symbolicLinks && entry.isSymbolicLink())) {
        found.push(relativePosix(root, path));
      }
    }
  };
  walk(root);
  return found.sort();
}
