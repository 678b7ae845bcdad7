import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText, type DecodedText } from '../fs/decode-text.js';
import { listFolderFiles } from '../fs/folder-files.js';
import { orUndefined } from '../fs/or-undefined.js';
import { toPosix } from '../fs/paths.js';
import { configForFile, type ConfigCache } from '../config/config-for-file.js';
import type { EngineOverrides } from '../config/engine-settings.js';
import type { Language } from '../diagnostics/language.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { findScheduleTable } from '../programme/find-schedule-table.js';
import { parseMarkdown } from '../programme/parse-markdown.js';
import { readProgramme, type SessionShape } from '../programme/read-programme.js';
import { findRule } from '../rules/index.js';

/** A programme found under a folder: its path as reports name it, and what was read of it. */
export interface FoundProgramme {
  /** Relative to the current folder, with forward slashes. */
  path: string;
  decoded: DecodedText;
  /** The tree it was parsed into to find its table; absent when it was too deeply nested to parse. */
  tree?: Root;
}

/** The `sessions` setting of a file found under the folder (its path as reports name it). */
export type SessionsSetting = (path: string) => SessionShape | undefined;

/**
 * The `sessions` setting each file will be checked with: the flag or input, else the
 * file's `.programme-sync.json`. Read once per config file, as checking reads them.
 */
export function sessionsSetting(settings: { language: Language; overrides: EngineOverrides }): SessionsSetting {
  const configs: ConfigCache = new Map();
  return (path) => settings.overrides.sessions ?? configForFile(path, process.cwd(), settings.language, configs).sessions;
}

// A coordinator who said the sessions are in the headings or lists (`"sessions": "headings"`)
// has no schedule table: the file is a programme when that shape gives it a session.
function readsSessions(text: string, tree: Root, shape: 'headings' | 'lists'): boolean {
  const scratch = new DiagnosticCollector('en', findRule);
  return readProgramme(text, { sessions: shape }, scratch, tree).programme.sessions.length > 0;
}

/**
 * Finds the markdown files under a folder that hold a schedule table, or that have a
 * calendar beside them (`<name>.ics`: a programme that had one, whatever state it is in
 * now, so that a build can say why it cannot be read rather than pass it by), or, when
 * their `sessions` setting is `headings` or `lists`, that give a session of that shape;
 * in path order, with their text and tree so that checking them does not read and parse
 * them again. With `auto`, a page of dated headings is not taken for a programme: a
 * repository holds many (changelogs, notes); nor is a page whose dated table is written in
 * HTML, which exports of listings often are (a blog's `Date | Titre | Auteur | Lien` table):
 * named as a FILE, such a page is read. Symbolic links are not followed, so the
 * search never leaves the folder.
 */
export function discoverProgrammes(root: string, sessionsOf?: SessionsSetting): FoundProgramme[] {
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
    const setting = decoded.binary ? undefined : sessionsOf?.(path);
    const outside = setting === 'headings' || setting === 'lists' ? setting : undefined;
    // Cheap test first: a schedule table needs a pipe and the word "date".
    if (!hadCalendar && !outside && (decoded.binary || !decoded.text.includes('|') || !/date/i.test(decoded.text))) continue;
    let tree: Root;
    try {
      tree = parseMarkdown(decoded.text);
    } catch (error) {
      // Nesting deep enough to overflow the parser: checking it will say so.
      if (!(error instanceof RangeError)) throw error;
      programmes.push({ path, decoded });
      continue;
    }
    if (hadCalendar || (outside ? readsSessions(decoded.text, tree, outside) : findScheduleTable(tree))) programmes.push({ path, decoded, tree });
  }
  return programmes;
}
