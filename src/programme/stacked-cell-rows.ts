/*
 * A row whose dates cell stacks several days, each on a line of its own with its own hours
 * (`30/11/2022 \ 12h30 - 15h15 <br /> 07/12/2022 \ 09h30 - 12h15 <br /> 14/12/2022 \ 15h30 -
 * 18h15`), the cells beside it often stacked the same way (`GEI-111-A <br /> GEI-109-A <br />
 * GEI-111-A`): a group's three practicals, each on its day, at its hours, in its room. A
 * reader reads one session per line, a line of every stacked cell with it. The engine reads
 * such a row as one row per line, in the reading tree only (reading-tree.ts), every row at
 * the row's line in the file; a cell with another count of lines is the same for each. A
 * cell of days alone, one a line (`30/11/2022 <br /> 07/12/2022`), is read the same way: a
 * session on each, where the dates grammar reads no such cell. Written by hand: no remark
 * plugin splits a table's cells.
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { plainText } from './plain-text.js';

/** Whether a cell's child breaks its line: a hard break or `<br />`. */
function isLineBreak(child: PhrasingContent): boolean {
  return child.type === 'break' || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim()));
}

/** The cell's content cut at its line breaks (`<br />`, a hard break), empty lines left out. */
function cellLines(cell: TableCell): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (isLineBreak(child)) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines.filter((line) => plainText({ type: 'paragraph', children: line }) !== '');
}

/** Whether every line is one day, alone or with its hours after it (`30/11/2022 \ 12h30 - 15h15`): a stack of sessions. */
function stacksDays(lines: PhrasingContent[][]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((line) => {
      const dated = datedTextOf(plainText({ type: 'paragraph', children: line }), false);
      return dated !== undefined && dated.lead === '' && (dated.hours !== undefined || dated.rest === '') && dated.expression.mentions.length === 1;
    })
  );
}

/** The row read as one row per line of its stacked dates cell (see above), or the row alone. */
function unstacked(row: TableRow): TableRow[] {
  // Most rows break no cell: they are left as they are without a look at their text.
  if (!row.children.some((cell) => cell.children.some(isLineBreak))) return [row];
  const split = row.children.map(cellLines);
  const stacked = split.findIndex(stacksDays);
  if (stacked < 0) return [row];
  const count = split[stacked]!.length;
  return Array.from({ length: count }, (_, k) => ({
    ...row,
    children: row.children.map((cell, index) => (split[index]!.length === count ? { ...cell, children: split[index]![k]! } : cell)),
  }));
}

/** `tree` with each top-level table's stacked rows read one per line (see above), or `tree` itself when it has none. */
export function withStackedCellRows(tree: Root): Root {
  let found = false;
  const children = tree.children.map((node): RootContent => {
    if (node.type !== 'table') return node;
    const rows = [node.children[0]!, ...node.children.slice(1).flatMap(unstacked)];
    if (rows.length === node.children.length) return node;
    found = true;
    const table: Table = { ...node, children: rows };
    return table;
  });
  return found ? { ...tree, children } : tree;
}
