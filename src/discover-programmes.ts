import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findScheduleTable } from './programme/find-schedule-table.js';
import { parseMarkdown } from './programme/parse-markdown.js';

// Folders that never hold a programme and can be huge.
const skipped = new Set(['node_modules', '.git']);

/**
 * Finds the markdown files under a folder that hold a schedule table, in path order.
 * Symbolic links are not followed, so the search never leaves the folder.
 */
export async function discoverProgrammes(root: string): Promise<string[]> {
  const candidates: string[] = [];
  await walk(root, candidates);
  candidates.sort();
  const programmes: string[] = [];
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => '');
    // Cheap test first: a schedule table needs a pipe and the word "date".
    if (!text.includes('|') || !/date/i.test(text)) continue;
    if (findScheduleTable(parseMarkdown(text))) programmes.push(toDisplayPath(relative(process.cwd(), path)));
  }
  return programmes;
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !skipped.has(entry.name)) await walk(path, found);
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
  }
}

/** A path as users read it in reports: relative, with forward slashes on every system. */
export function toDisplayPath(path: string): string {
  return path.split(sep).join('/');
}
