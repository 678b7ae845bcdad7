/*
 * A table folded in two to save room: its rows run down the left half, then on down the
 * right half, an empty column between them (`| S0 | sam. 15 août | 2 h 30 | | S5 | mer. 2
 * sept. | 3 h |`). A reader reads the left half, then the right; the engine reads each half
 * as a table of its own, in that order, in the reading tree only (reading-tree.ts), every
 * row and cell kept at its line and column in the file. A half is told apart by the empty
 * column alone, and only when both halves write days in the same place on most rows, so
 * that a table with an unused column is left as it is. Written by hand: no remark plugin
 * unfolds a table.
 */
import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from './plain-text.js';
import { writesADay } from './schedule-cells.js';

/** The index of a column that is empty in every row, header included, splitting the table into two halves of one width; or undefined. */
function foldAt(table: Table): number | undefined {
  const width = table.children[0]?.children.length ?? 0;
  if (width < 5 || width % 2 === 0) return undefined;
  const middle = (width - 1) / 2;
  const empty = table.children.every((row) => plainText(row.children[middle] ?? { type: 'tableCell', children: [] }).trim() === '');
  return empty ? middle : undefined;
}

/** Whether the two halves of a table write a day at the same place on most of their filled rows. */
function halvesWriteDays(table: Table, middle: number): boolean {
  const body = table.children.slice(1);
  for (let column = 0; column < middle; column++) {
    const left = body.filter((row) => writesADay(plainText(row.children[column] ?? { type: 'tableCell', children: [] }), 'plainly')).length;
    const right = body.filter((row) => writesADay(plainText(row.children[middle + 1 + column] ?? { type: 'tableCell', children: [] }), 'plainly')).length;
    if (left >= 2 && right >= 2 && left * 2 > body.length) return true;
  }
  return false;
}

/** A table of one half's cells, each row keeping its place; rows with nothing in that half are left out. */
function half(table: Table, from: number, to: number): Table {
  const rows: TableRow[] = [];
  table.children.forEach((row, index) => {
    const cells: TableCell[] = row.children.slice(from, to);
    if (index > 0 && cells.every((cell) => plainText(cell).trim() === '')) return;
    rows.push({ ...row, children: cells });
  });
  return { ...table, align: table.align?.slice(from, to) ?? null, children: rows };
}

// The folded header words of a column of days, opening each part of a calendar laid out in columns.
const DAYS_HEADERS = new Set(['date', 'dates', 'jour', 'jours', 'day', 'semaine', 'quand']);

/**
 * The width of the group of columns a header repeats side by side, twice or more, from a
 * column of days (`|date||date||date||date||`: a term's Mondays laid out in four parts of
 * two columns); undefined for any other header. A calendar laid out so is read part by part
 * as a folded table's halves are.
 */
function repeatedGroup(table: Table): number | undefined {
  const header = (table.children[0]?.children ?? []).map((cell) => normaliseText(plainText(cell)).trim());
  for (let width = 2; width * 2 <= header.length; width++) {
    if (header.length % width !== 0 || !DAYS_HEADERS.has(header[0]!)) continue;
    if (header.every((cell, index) => cell === header[index % width])) return width;
  }
  return undefined;
}

/** Whether the first two parts of a calendar laid out in columns of `width` each write days in their first column on two rows or more. */
function partsWriteDays(table: Table, width: number): boolean {
  const body = table.children.slice(1);
  const days = (column: number) => body.filter((row) => writesADay(plainText(row.children[column] ?? { type: 'tableCell', children: [] }), 'plainly')).length;
  return days(0) >= 2 && days(width) >= 2;
}

// The parts cut from a calendar laid out in columns: a schedule by its layout, whatever its
// columns are named (a press review is never laid out so), for find-schedule-table.ts.
const calendarParts = new WeakSet<Table>();

/** Whether a table is a part of a calendar laid out in columns (see repeatedGroup): a schedule by its layout. */
export function isCalendarPart(table: Table): boolean {
  return calendarParts.has(table);
}

/** `tree` with each folded table at its top level read as its two halves, and each calendar laid out in columns as its parts (see above), or `tree` itself when it has none. */
export function withFoldedTables(tree: Root): Root {
  let found = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'table') return [node];
    const width = node.children[0]!.children.length;
    const group = repeatedGroup(node);
    if (group !== undefined && partsWriteDays(node, group)) {
      found = true;
      const parts = Array.from({ length: width / group }, (_, part) => half(node, part * group, (part + 1) * group));
      for (const part of parts) calendarParts.add(part);
      return parts;
    }
    const middle = foldAt(node);
    if (middle === undefined || !halvesWriteDays(node, middle)) return [node];
    found = true;
    return [half(node, 0, middle), half(node, middle + 1, width)];
  });
  return found ? { ...tree, children } : tree;
}
