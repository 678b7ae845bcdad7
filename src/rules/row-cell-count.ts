import { defineRule } from './define-rule.js';
import { tableAt } from './table-at.js';
import { parseFrenchDate } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { Column } from '../programme/model.js';
import { plainText } from '../programme/plain-text.js';

/**
 * A row with more cells than the header (the extra ones are not shown), or with fewer
 * cells where one was left out in the middle, so that values sit under the wrong column.
 * Short rows are common and harmless when it is the last cells that are left out (they
 * show as empty), so a short row is reported only when a value under the dates or hours
 * column does not read as one: the sign that the cells after a gap moved left. A line with
 * no `|` right under the table is one more row to GitHub: reported too, as the line it was meant to be.
 */
export const rule = defineRule({
  id: 'row-cell-count',
  severity: 'warning',
  description: 'A table row with more cells than the header, or with a cell left out so that values sit under the wrong column.',
  check(context) {
    context.programme.tables.forEach((found, tableIndex) => {
      const table = tableAt(context, found.position.start.offset);
      const [header, ...rows] = table?.children ?? [];
      if (!header) return;
      const width = header.children.length;
      const columns = found.columns;
      // Only a table written with pipes: an HTML table's rows (`<tr>`) have none.
      const piped = context.source.text.slice(header.position!.start.offset, header.position!.end.offset).includes('|');
      const joined = new Set<number>();
      // Each session is a body row the reader kept (rows of empty cells and conflict markers
      // are skipped there too), with its cells' text already read: no cell is read twice.
      for (const session of context.programme.sessions) {
        if (session.tableIndex !== tableIndex || session.tableRow === undefined) continue;
        const row = rows[session.tableRow];
        if (!row) continue;
        const cells = row.children;
        const where = () => context.say('row-label', { title: session.title.text, line: row.position!.start.line });
        if (piped && width > 1 && joinedLine(context.source.text.slice(row.position!.start.offset, row.position!.end.offset))) {
          if (joined.has(session.tableRow)) continue;
          joined.add(session.tableRow);
          context.report('row-cell-count-joined', { line: row.position!.start.line, text: plainText(row) }, row.position, { actual: plainText(row) });
        } else if (cells.length > width) {
          const extra = cells.slice(width).filter((cell) => !hidesNothing(plainText(cell)));
          if (extra.length === 0) continue;
          const position = { start: extra[0]!.position!.start, end: extra.at(-1)!.position!.end };
          const text = extra.map((cell) => plainText(cell)).join(' | ');
          context.report('row-cell-count-extra', { where: where(), cells: cells.length, header: width, extra: text }, position, { actual: text });
        } else if (cells.length < width && looksShifted(session.cells.map((cell) => cell.text), columns, session.dates.value !== undefined)) {
          const missing = columns.slice(cells.length);
          const names = missing.map((column) => column.header).join(', ');
          context.report('row-cell-count-missing', { where: where(), cells: cells.length, header: width, columns: names }, row.position);
        }
      }
    });
  },
});

// What a line under a table may be besides a row, which a page's builder reads (a kramdown
// attribute `{: .table }`, a Pandoc caption `: Phase générale`, a Hugo shortcode, an HTML comment's end).
const NOT_A_ROW = /^\s*(?:\{:|:\s|\{\{|-->|\{%)/;

/**
 * Whether a row's source is a line with no `|` at all: a line written right under the
 * table, without an empty line between (`[voir les événements passés](/events/old.md)`),
 * which GitHub shows as one more row of the table.
 */
function joinedLine(text: string): boolean {
  return !text.includes('|') && text.trim() !== '' && !NOT_A_ROW.test(text);
}

// A cell of dashes (`---`, `:---:`): a delimiter row pasted at the end of a row (`| Notions
// de base| |-----|-----|`). Hidden, it takes nothing from the reader, so it is no loss to report.
const DELIMITER_CELL = /^:?-+:?$/;

// Whether an extra cell, not shown, hides nothing a reader would miss: empty, or dashes only.
function hidesNothing(text: string): boolean {
  return text === '' || DELIMITER_CELL.test(text.trim());
}


// `dayRead`: the row's day was read (a weekday label in a named week, `| Mardi Matin 1 |`): its dates cell is in place.
function looksShifted(texts: string[], columns: Column[], dayRead: boolean): boolean {
  return columns.some((column) => {
    const text = texts[column.index];
    if (!text) return false;
    if (column.role === 'dates') {
      if (dayRead) return false;
      const parsed = parseFrenchDate(text);
      return !parsed.ok && parsed.reason === 'unreadable';
    }
    if (column.role === 'hours') return !parseFrenchHours(text).ok;
    return false;
  });
}
