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
import { parseMarkdown } from '../programme/parse-markdown.js';
import { datedTablesOf, type SessionShape } from '../programme/read-programme.js';
import { readingTreeOf } from '../programme/reading-tree.js';
import { SourceText } from '../programme/source-text.js';

/** A programme found under a folder: its path as reports name it, and what was read of it. */
export interface FoundProgramme {
  /** Relative to the current folder, with forward slashes. */
  path: string;
  decoded: DecodedText;
  /** The tree it was parsed into to find its table; absent when it was too deeply nested to parse. */
  tree?: Root;
  /**
   * Set when only reading it tells whether it is a programme: its `sessions` setting is
   * `headings` or `lists`, and it is one when that shape gives it a session. Checking it
   * decides (checkProgrammeFiles leaves it out when it gives none), so it is read once.
   */
  ifItGivesSessions?: true;
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

// What any schedule table needs, a cheap test before a parse: a table (a pipe, as every
// markdown table row has, or an HTML cell) and a digit (every date writes its day's number).
// A header word is no test: a dates column may be named `Jour`, `Quand` or nothing, and
// known by its cells.
function couldHoldScheduleTable(text: string): boolean {
  return (text.includes('|') || /<t[dh]\b/i.test(text)) && /\d/.test(text);
}

// Whether a page holds a schedule table, as reading it would tell: on its reading tree,
// whose HTML tables are tables, which checking the page then reads again without converting.
function isProgramme(tree: Root, text: string): boolean {
  const source = new SourceText(text);
  return datedTablesOf(readingTreeOf(tree, source), source).some((table) => !table.notAProgramme);
}

/**
 * Finds the markdown files under a folder that hold a schedule table, or that have a
 * calendar beside them (`<name>.ics`: a programme that had one, whatever state it is in
 * now, so that a build can say why it cannot be read rather than pass it by), or, when
 * their `sessions` setting is `headings` or `lists`, that may give a session of that shape
 * (checking them decides: see ifItGivesSessions); in path order, with their text and tree
 * so that checking them does not read and parse them again. A schedule table is told by
 * the test the reading makes (datedTablesOf), on the tree it reads, whose raw
 * HTML tables are tables: a page whose HTML table has a title, hours or a place beside its
 * dates is a programme, and one whose dated table is a listing (a blog export's `Date |
 * Titre | Auteur | Lien`, a press review, a changelog) is not, and raises nothing. With
 * `auto`, a page of dated headings is not taken for a programme: a repository holds many
 * (changelogs, notes). Symbolic links are not followed, so the search never leaves the
 * folder.
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
    const outside = setting === 'headings' || setting === 'lists';
    if (!hadCalendar && !outside && (decoded.binary || !couldHoldScheduleTable(decoded.text))) continue;
    let tree: Root;
    try {
      tree = parseMarkdown(decoded.text);
    } catch (error) {
      // Nesting deep enough to overflow the parser: checking it will say so.
      if (!(error instanceof RangeError)) throw error;
      programmes.push({ path, decoded });
      continue;
    }
    if (hadCalendar) programmes.push({ path, decoded, tree });
    else if (outside) programmes.push({ path, decoded, tree, ifItGivesSessions: true });
    else if (isProgramme(tree, decoded.text)) programmes.push({ path, decoded, tree });
  }
  return programmes;
}
