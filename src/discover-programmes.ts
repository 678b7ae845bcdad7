import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { listFolderFiles } from './folder-files.js';
import { findScheduleTable } from './programme/find-schedule-table.js';
import { parseMarkdown } from './programme/parse-markdown.js';

/**
 * Finds the markdown files under a folder that hold a schedule table, in path order.
 * Symbolic links are not followed, so the search never leaves the folder.
 */
export async function discoverProgrammes(root: string): Promise<string[]> {
  const candidates = (await listFolderFiles(root)).filter((path) => /\.(md|markdown)$/i.test(path)).map((path) => join(root, path));
  const programmes: string[] = [];
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => '');
    // Cheap test first: a schedule table needs a pipe and the word "date".
    if (!text.includes('|') || !/date/i.test(text)) continue;
    if (findScheduleTable(parseMarkdown(text))) programmes.push(toDisplayPath(relative(process.cwd(), path)));
  }
  return programmes;
}

/** A path as users read it in reports: relative, with forward slashes on every system. */
export function toDisplayPath(path: string): string {
  return path.split(sep).join('/');
}
