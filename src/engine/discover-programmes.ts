import type { Root } from 'mdast';
// Synchronous node:fs: loading its promise API would cost every command's start-up (see scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText, type DecodedText } from '../fs/decode-text.js';
import { listFolderFiles } from '../fs/folder-files.js';
import { orUndefined } from '../fs/or-undefined.js';
import { findScheduleTable } from '../programme/find-schedule-table.js';
import { parseMarkdown } from '../programme/parse-markdown.js';

/** A programme found under a folder: its path as reports name it, and what was read of it. */
export interface FoundProgramme {
  /** Relative to the current folder, with forward slashes. */
  path: string;
  decoded: DecodedText;
  /** The tree it was parsed into to find its table; absent when it was too deeply nested to parse. */
  tree?: Root;
}

/**
 * Finds the markdown files under a folder that hold a schedule table, in path order, with
 * their text and tree so that checking them does not read and parse them again.
 * Symbolic links are not followed, so the search never leaves the folder.
 */
export async function discoverProgrammes(root: string): Promise<FoundProgramme[]> {
  const candidates = (await listFolderFiles(root)).filter((path) => /\.(md|markdown)$/i.test(path)).map((path) => join(root, path));
  const programmes: FoundProgramme[] = [];
  for (const file of candidates) {
    const bytes = orUndefined(() => readFileSync(file));
    if (bytes === undefined) continue;
    const decoded = decodeText(bytes);
    // Cheap test first: a schedule table needs a pipe and the word "date".
    if (decoded.binary || !decoded.text.includes('|') || !/date/i.test(decoded.text)) continue;
    const path = toDisplayPath(relative(process.cwd(), file));
    let tree: Root;
    try {
      tree = parseMarkdown(decoded.text);
    } catch (error) {
      // Nesting deep enough to overflow the parser: checking it will say so.
      if (!(error instanceof RangeError)) throw error;
      programmes.push({ path, decoded });
      continue;
    }
    if (findScheduleTable(tree)) programmes.push({ path, decoded, tree });
  }
  return programmes;
}

/** A path as users read it in reports: relative, with forward slashes on every system. */
export function toDisplayPath(path: string): string {
  return path.split(sep).join('/');
}
