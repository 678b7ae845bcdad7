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

/** `tree` with each folded table at its top level read as its two halves (see above), or `tree` itself when it has none. */
export function withFoldedTables(tree: Root): Root {
  let found = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'table') return [node];
    const middle = foldAt(node);
    if (middle === undefined || !halvesWriteDays(node, middle)) return [node];
    found = true;
    const width = node.children[0]!.children.length;
    return [half(node, 0, middle), half(node, middle + 1, width)];
  });
  return found ? { ...tree, children } : tree;
}
