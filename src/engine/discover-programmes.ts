import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText, type DecodedText } from '../fs/decode-text.js';
import { listFolderFiles } from '../fs/folder-files.js';
import { orUndefined } from '../fs/or-undefined.js';
import { toPosix } from '../fs/paths.js';
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
 * Finds the markdown files under a folder that hold a schedule table, or that have a
 * calendar beside them (`<name>.ics`: a programme that had one, whatever state it is in
 * now, so that a build can say why it cannot be read rather than pass it by), in path
 * order, with their text and tree so that checking them does not read and parse them again.
 * Symbolic links are not followed, so the search never leaves the folder.
 */
export function discoverProgrammes(root: string): FoundProgramme[] {
  const files = listFolderFiles(root);
  const calendars = new Set(files.filter((path) => /\.ics$/i.test(path)));
  const candidates = files.filter((path) => /\.(md|markdown)$/i.test(path));
  const programmes: FoundProgramme[] = [];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    const hadCalendar = calendars.has(candidate.replace(/\.(md|markdown)$/i, '.ics'));
    const bytes = orUndefined(() => readFileSync(file));
    if (bytes === undefined) continue;
    const decoded = decodeText(bytes);
    const path = toPosix(relative(process.cwd(), file));
    if (hadCalendar && decoded.binary) {
      programmes.push({ path, decoded });
      continue;
    }
    // Cheap test first: a schedule table needs a pipe and the word "date".
    if (!hadCalendar && (decoded.binary || !decoded.text.includes('|') || !/date/i.test(decoded.text))) continue;
    let tree: Root;
    try {
      tree = parseMarkdown(decoded.text);
    } catch (error) {
      // Nesting deep enough to overflow the parser: checking it will say so.
      if (!(error instanceof RangeError)) throw error;
      programmes.push({ path, decoded });
      continue;
    }
    if (hadCalendar || findScheduleTable(tree)) programmes.push({ path, decoded, tree });
  }
  return programmes;
}
