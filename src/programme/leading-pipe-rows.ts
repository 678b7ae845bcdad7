/*
 * A table whose header opens without a pipe (` Semaine| Cours | Date`) and a body row that
 * opens with one (`|2|2025-01-22|…`): GFM takes that pipe for the row's optional leading pipe,
 * so the first cell its author left empty is lost and every cell after it moves one column to
 * the left (GitHub shows the day under `Cours`). The rows around it (`1|1|2025-01-20|…`) show
 * what was meant, and a reader reads the row so; the info leading-pipe-row tells the
 * coordinator how to make the page show it so. Written by hand: no markdown library keeps
 * what an author meant by a pipe.
 */
import type { Table, TableCell, TableRow } from 'mdast';
import { parseFrenchDate } from '../dates/french-dates.js';
import { plainText } from './plain-text.js';

/** The first character of a line from `offset` on, spaces and tabs aside. */
function opening(text: string, offset: number | undefined): string {
  if (offset === undefined) return '';
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] ?? '';
}

/**
 * Whether a body row of `table` opens with a pipe its header does not open with, is short of
 * cells, fills the first it has, and writes its day one column left of the dates column
 * (`datesIndex`): its author's empty first cell, lost (see above). `text`: the page's source.
 */
export function lostLeadingCell(table: Table, row: TableRow, text: string, datesIndex: number | undefined): boolean {
  const header = table.children[0];
  if (!header || row === header || row.children.length >= header.children.length) return false;
  // `||2|2025-01-22|…`: the author wrote the empty cell after the pipe; nothing is lost.
  if ((row.children[0]?.children.length ?? 0) === 0) return false;
  if (opening(text, header.position?.start.offset) === '|' || opening(text, row.position?.start.offset) !== '|') return false;
  // Only a row whose day sits one column left of the dates, and not under them, moved: `| 2 |
  // 2025-01-27 | TP |` under `Semaine | Date | Sujet | Salle` left its last cell out, no first.
  if (datesIndex === undefined || datesIndex < 1) return false;
  const readsAsDate = (index: number) => {
    const cell = row.children[index];
    return cell !== undefined && parseFrenchDate(plainText(cell)).ok;
  };
  return readsAsDate(datesIndex - 1) && !readsAsDate(datesIndex);
}

/** The body rows of `table` as their author meant them: a row that lost its empty first cell gets it back. `datesIndex`: the column of dates. */
export function rowsAsMeant(table: Table, text: string, datesIndex: number | undefined): TableRow[] {
  const [, ...body] = table.children;
  return body.map((row) => {
    if (!lostLeadingCell(table, row, text, datesIndex)) return row;
    const at = row.position!.start;
    const empty: TableCell = { type: 'tableCell', children: [], position: { start: at, end: at } };
    return { ...row, children: [empty, ...row.children] };
  });
}
