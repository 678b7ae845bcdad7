/*
 * Tables a reader reads that markdown does not make into one:
 * - a plain-text table in a code block (```` ``` ```` with no language, or `text`): pipe
 *   rows between `+-----+` borders and `-----` separators, as a coordinator types the class
 *   calendar in a README (`|   1   | Mercredi 27 novembre | Wednesday |`);
 * - a pipe table whose delimiter row has more or fewer cells than its header row
 *   (`|   | Groupe 1 | ... | Groupe 6 |` over `|---|:---:|...` with two cells too many): the
 *   GFM spec makes such lines a paragraph, while pandoc, Quarto and a reader see the grid;
 * - pipe rows with no delimiter row at all, each line opening with `|` and writing as many
 *   cells (`|ÉQUIPE 1|POINTS|ÉQUIPE 2|DATE` over `|ROQUES O.C| - |TAC XV|24/09/2017`): kramdown,
 *   which Jekyll sites use, makes them a table, and a reader sees one.
 * The last two are kept marked (`delimiterMismatchOf`), so that the rule
 * table-delimiter-width tells the coordinator that GitHub shows plain text there and what
 * line to write: read silently, a table whose delimiter row was lost would hide the loss.
 * Each becomes the table it shows, in the reading tree only (reading-tree.ts), its rows and
 * cells at their lines and columns in the file, so that it is read as any schedule table:
 * whether it is a programme is still decided by its header and its cells
 * (find-schedule-table.ts). The rows are parsed by the same markdown parser, once the lines
 * that are not rows are set aside and a delimiter row of the header's width is put under
 * the header. Written by hand: no library reads plain-text tables into mdast.
 */
import type { Nodes, Root, RootContent, Table } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from './parse-markdown.js';
import { leadingHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';

// The languages of a code block that shows plain text, not code.
const TEXT_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'ascii', 'table', 'none']);

// How few body rows make a table worth reading: one row is a line, not a calendar.
const FEWEST_ROWS = 2;

/** A line of the file: its number, the offset where it starts, and its text. */
interface SourceLine {
  line: number;
  offset: number;
  text: string;
  /** Characters put before the line's text that the file does not have (a bar opening a tab-separated line). */
  added?: number;
}

/**
 * `tree` with its plain-text tables in code blocks, and its pipe tables whose delimiter
 * row does not fit their header, replaced by the tables they show; `tree` itself when it
 * has none.
 */
export function withTextTables(tree: Root, source: SourceText): Root {
  let changed = false;
  const children = tree.children.map((node, index): RootContent => {
    const table =
      node.type === 'code'
        ? showsOutput(tree.children, index)
          ? undefined
          : codeBlockTable(node, source)
        : node.type === 'paragraph'
          ? (misalignedTable(node, source) ?? headerlessTable(node, source) ?? undelimitedTable(node, source) ?? tabbedTable(node, source))
          : undefined;
    if (!table) return node;
    changed = true;
    return table;
  });
  return changed ? { ...tree, children } : tree;
}

// How many blocks may stand between a piece of code and the block that shows its output (a `**Résultat :**` line).
const OUTPUT_GAP = 2;

/**
 * Whether the code block at `index` shows what the code right above it prints: a block in a
 * programming language (`sql`, `python`, `bash`) then, a line or two below, a plain block
 * (`**Résultat :**` over the rows a query returns). A reader reads those rows as the query's
 * output, not as the page's schedule, however dated they are.
 */
function showsOutput(nodes: RootContent[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 1 - OUTPUT_GAP; k--) {
    const above = nodes[k]!;
    if (above.type === 'code') return !TEXT_LANGUAGES.has((above.lang ?? '').toLowerCase());
    if (above.type !== 'paragraph') return false;
  }
  return false;
}

function linesOf(node: RootContent, source: SourceText): SourceLine[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return undefined;
  // From the start of the node's first line, so that columns count from the margin.
  const from = start.offset - (start.column - 1);
  const lines: SourceLine[] = [];
  let offset = from;
  for (const [index, text] of source.text.slice(from, end).split('\n').entries()) {
    lines.push({ line: start.line + index, offset, text: text.replace(/\r$/, '') });
    offset += text.length + 1;
  }
  return lines;
}

function isRow(text: string): boolean {
  return cellCount(text) >= 2 && !isRuleLine(text);
}

// Each rule is checked by splitting the line rather than by one pattern with a repeated
// group: such a pattern backtracks without end on a long line of dashes and spaces.
const DASH_CELL = /^:?-+:?$/;

/**
 * A line of pipes only between cells of dashes, colons and spaces (`|---|:---:|`), a border
 * of an ASCII table (`+-------+------+`), or a separator of dashes or equals signs.
 */
function isRuleLine(text: string): boolean {
  const line = text.trim();
  if (line === '' || !/^[|+\-=:\s]+$/.test(line)) return false;
  const dashes = line.split(/[|+\s]/).filter((token) => token !== '');
  if (dashes.length > 0 && dashes.every((token) => /^:?[-=]{3,}:?$/.test(token))) return true;
  if (!line.includes('|') || line.includes('=')) return false;
  const cells = line.replace(/^[|+]/, '').split('|').map((cell) => cell.trim());
  const last = cells.pop()!;
  return cells.length > 0 && cells.every((cell) => DASH_CELL.test(cell)) && /^:?-*:?$/.test(last);
}

/** A markdown delimiter row of two cells or more (`|---|:---:|`, `--- | ---`). */
function isDelimiterRow(text: string): boolean {
  const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
  return cells.length >= 2 && cells.every((cell) => DASH_CELL.test(cell));
}

// The cells a pipe row writes (`| a | b |` and `a | b` are two).
function cellCount(text: string): number {
  const inner = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return text.includes('|') ? inner.split('|').length : 0;
}

/** The table a code block of plain text shows, when every line of it is a row, a rule or blank. */
function codeBlockTable(node: RootContent & { type: 'code' }, source: SourceText): Table | undefined {
  if (!TEXT_LANGUAGES.has((node.lang ?? '').toLowerCase())) return undefined;
  const lines = linesOf(node, source);
  if (!lines) return undefined;
  // A fenced block's first and last lines are its fences; an indented block has none.
  const fenced = /^\s*(?:```|~~~)/.test(lines[0]?.text ?? '');
  const inside = fenced ? lines.slice(1, /^\s*(?:```|~~~)/.test(lines.at(-1)?.text ?? '') ? -1 : undefined) : lines;
  const rows: SourceLine[] = [];
  let headed = false;
  for (const [index, line] of inside.entries()) {
    if (line.text.trim() === '') continue;
    if (isRuleLine(line.text)) {
      // A rule right under the first row makes that row the header.
      if (rows.length === 1 && !inside.slice(0, index).some((above) => above.text.trim() !== '' && !isRuleLine(above.text) && above !== rows[0])) headed = true;
      continue;
    }
    if (!isRow(line.text)) return undefined;
    rows.push(line);
  }
  if (rows.length - (headed ? 1 : 0) < FEWEST_ROWS) return undefined;
  return tableOf(rows, headed, node.position!.start);
}

/** The table a paragraph shows whose second line is a delimiter row of another width than its first. */
function misalignedTable(node: RootContent & { type: 'paragraph' }, source: SourceText): Table | undefined {
  const lines = linesOf(node, source);
  if (!lines || lines.length < 2 + FEWEST_ROWS) return undefined;
  const [header, delimiter, ...body] = lines as [SourceLine, SourceLine, ...SourceLine[]];
  if (!isDelimiterRow(delimiter.text) || cellCount(delimiter.text) === cellCount(header.text)) return undefined;
  if (!body.every((line) => line.text.includes('|'))) return undefined;
  // A header of one cell over a wider delimiter row is a title over the grid (`|SAMEDI
  // 20/04 |` over `|---|:---:|---:|`, as kramdown shows it): the grid is as wide as its rows,
  // up to the delimiter row, and the header's missing cells are empty.
  const wide = Math.min(cellCount(delimiter.text), Math.max(...body.map((line) => cellCount(line.text))));
  const titled = cellCount(header.text) === 1 && header.text.trimStart().startsWith('|') && wide >= 2;
  if (!titled && !isRow(header.text)) return undefined;
  const head = titled ? { ...header, text: `${header.text.trimEnd().replace(/\|$/, '')}|${' |'.repeat(wide - 1)}` } : header;
  const table = tableOf([head, ...body], true, node.position!.start);
  // Kept on the table so that the rule table-delimiter-width can tell the coordinator
  // that what is read here is not what GitHub shows.
  if (table) {
    const mismatch: DelimiterMismatch = { line: delimiter.line, length: delimiter.text.length, cells: cellCount(delimiter.text), header: cellCount(header.text), ...(titled ? { widened: `| ${header.text.trim().replace(/^\|/, '').replace(/\|$/, '').trim()} |${' |'.repeat(wide - 1)}` } : {}) };
    table.data = { ...table.data, delimiterMismatch: mismatch } as Table['data'];
  }
  return table;
}

/**
 * The table a paragraph of pipe rows with no delimiter row shows: every line opens with `|`
 * and writes the same number of cells, two or more, and the first row is a header: it
 * holds no two digits in a row, as a date or an hour does (`|ÉQUIPE 1|POINTS|DATE` is
 * one: a header names columns, a row holds a date). Marked with a delimiter row of no
 * cells, under the header's line, for table-delimiter-width to report.
 */
function undelimitedTable(node: RootContent & { type: 'paragraph' }, source: SourceText): Table | undefined {
  const lines = linesOf(node, source);
  if (!lines || lines.length < 1 + FEWEST_ROWS) return undefined;
  const width = cellCount(lines[0]!.text);
  if (width < 2 || !lines.every((line) => line.text.trimStart().startsWith('|') && cellCount(line.text) === width && !isRuleLine(line.text))) return undefined;
  // Without a header as well, the rows are as often a list written with bars; unless they
  // are a day's agenda, each slot's hours opening its row (`|17 h| Ouverture du marché|`
  // over `|19 h 30|Concert|`): kramdown shows that grid, and a reader reads its slots.
  if (/\d{2}/.test(lines[0]!.text)) return opensWithHours(lines) ? tableOf(lines, false, node.position!.start) : undefined;
  const table = tableOf(lines, true, node.position!.start);
  if (table) {
    const header = lines[0]!;
    const mismatch: DelimiterMismatch = { line: header.line, length: header.text.length, cells: 0, header: width, missing: true };
    table.data = { ...table.data, delimiterMismatch: mismatch } as Table['data'];
  }
  return table;
}

// How few tabs a line of a pasted sheet holds: three columns or more make a grid, two may be a label and its value.
const FEWEST_TABS = 2;

/**
 * The table a paragraph of tab-separated lines shows: a sheet's range pasted as text
 * (`id_formation⇥titre⇥…⇥date_debut⇥date_fin⇥horaire` over one line per row), every line
 * holding as many tabs, two or more, and no bar. A reader sees the sheet's grid; markdown
 * sees a paragraph. Each tab becomes a bar, one character for one, so that every cell keeps
 * its column in the file (the bar put before the line is counted off); the first line is the
 * header, as a sheet's first row names its columns.
 */
function tabbedTable(node: RootContent & { type: 'paragraph' }, source: SourceText): Table | undefined {
  const lines = linesOf(node, source);
  if (!lines || lines.length < 1 + FEWEST_ROWS) return undefined;
  const tabs = (text: string): number => text.split('\t').length - 1;
  const width = tabs(lines[0]!.text);
  if (width < FEWEST_TABS || !lines.every((line) => tabs(line.text) === width && !line.text.includes('|'))) return undefined;
  // Bars around each line keep an empty first or last cell (`⇥Évaluation⇥…`), which a bar at
  // the line's edge would close; the opening bar is one character more than the file has.
  return tableOf(lines.map((line) => ({ ...line, text: `|${line.text.replaceAll('\t', '|')}|`, added: 1 })), true, node.position!.start);
}

// The columns of a record: a label and its value.
const RECORD_WIDTH = 2;

// A kramdown line that closes a table's body: bars, spaces and at least one `=` (`|=====|=====|`).
const isBodyCloser = (text: string): boolean => /^[|=\s]+$/.test(text) && text.includes('=');

/**
 * A kramdown record without a header: its first line is the delimiter row, its rows of a
 * label and a value follow, and a `|===|===|` line may close its body (`|:---|:---|` over
 * `|**Quand:** |28.11.2023 |`, `| |de 11:00 à 12:00 |`, `|**Où:** |en ligne |`, as a
 * Jekyll site's event cards write them). Kramdown shows the record and a reader reads it;
 * GFM shows the lines as text. Only two columns wide: a wider grid under a line of dashes
 * is a schedule whose header line was lost, which is told, not read (last-known-good).
 */
function headerlessTable(node: RootContent & { type: 'paragraph' }, source: SourceText): Table | undefined {
  const lines = linesOf(node, source);
  if (!lines || lines.length < 1 + FEWEST_ROWS || !isDelimiterRow(lines[0]!.text)) return undefined;
  const width = cellCount(lines[0]!.text);
  if (width !== RECORD_WIDTH) return undefined;
  const rows = lines.slice(1).filter((line) => !isBodyCloser(line.text));
  if (rows.length < FEWEST_ROWS || !rows.every((line) => line.text.trimStart().startsWith('|') && cellCount(line.text) === width)) return undefined;
  return tableOf(rows, false, node.position!.start);
}

// Whether most rows open with clock hours in their first cell, and the first row does.
function opensWithHours(rows: SourceLine[]): boolean {
  const first = (row: SourceLine): string => row.text.trimStart().slice(1).split('|')[0] ?? '';
  const timed = rows.filter((row) => leadingHours(first(row).trim()) !== undefined).length;
  return leadingHours(first(rows[0]!).trim()) !== undefined && timed * 2 > rows.length;
}

/**
 * A table's delimiter row of another width than its header: its line, length, cells, and
 * the header's cells. `missing` when there is none at all: `line` and `length` are then
 * the header's, under which it goes.
 */
export interface DelimiterMismatch {
  line: number;
  length: number;
  cells: number;
  header: number;
  missing?: boolean;
  /** For a header of one cell over a wider grid: the header as it should be written, with a cell per column. */
  widened?: string;
}

/** The delimiter row that did not fit the header of `table`, when `table` was rebuilt from such a paragraph. */
export function delimiterMismatchOf(table: Table): DelimiterMismatch | undefined {
  return (table.data as { delimiterMismatch?: DelimiterMismatch } | undefined)?.delimiterMismatch;
}

/**
 * Parses rows as a markdown table under a delimiter row of the header's width (an empty
 * header of the widest row's width when `headed` is false), and moves every node to its
 * place in the file.
 */
function tableOf(rows: SourceLine[], headed: boolean, where: Point): Table | undefined {
  const width = headed ? cellCount(rows[0]!.text) : Math.max(...rows.map((row) => cellCount(row.text)));
  const header = headed ? [rows[0]!] : [];
  const body = headed ? rows.slice(1) : rows;
  const snippet: Array<SourceLine | undefined> = [...(headed ? header : [undefined]), undefined, ...body];
  const text = snippet
    .map((line, index) => {
      if (line) return line.text.trimStart();
      return index === 0 ? `|${' |'.repeat(width)}` : `|${'---|'.repeat(width)}`;
    })
    .join('\n');
  const parsed = parseMarkdown(text).children;
  const table = parsed[0];
  if (parsed.length !== 1 || table?.type !== 'table' || table.children.length !== snippet.length - 1) return undefined;
  // Snippet line k (1-based) is the file's line snippet[k-1]; the delimiter and an empty
  // header stand where the first row does.
  const anchor = rows[0]!;
  const moved = (point: Point): Point => {
    const line = snippet[point.line - 1] ?? anchor;
    const indent = line.text.length - line.text.trimStart().length;
    const column = snippet[point.line - 1] ? Math.max(1, point.column + indent - (line.added ?? 0)) : 1;
    return { line: line.line, column, offset: line.offset + column - 1 };
  };
  const stack: Nodes[] = [table];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) node.position = { start: moved(node.position.start), end: moved(node.position.end) };
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  table.position = { start: { ...where }, end: table.position!.end };
  return table;
}
