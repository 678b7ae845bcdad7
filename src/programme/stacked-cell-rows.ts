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
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';
import { dateAfterLabel } from './labelled-date-cell.js';
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

// A mark or word that joins a line to the next or the one before (`03/03/2025 - <br> 28/03/2025`,
// `Samedi 24 mai 2025, <br> dimanche 25 mai 2025`, `07/04/2025 <br> au 25/04/2025`): the
// lines are one date written over two, not two sessions.
const JOINED_BEFORE = /^(?:[-\u2013\u2014,;&/]|(?:et|au|ou|a|jusqu)\b)/;
const JOINED_AFTER = /(?:[-\u2013\u2014,;&/]|\b(?:et|au|ou|a|du))$/;

/**
 * How a cell's lines stack days: `'timed'` when every line is one day with its hours after
 * it (`30/11/2022 \ 12h30 - 15h15`), `'days'` when every line is one day alone, each a line
 * of its own with nothing joining it to the next; undefined when the lines are one date
 * written over several, or a day struck out over the one that replaces it (`~~13 mars~~ <br>
 * 20 mars`: a move, read as the dates grammar reads it).
 */
function stackOf(lines: PhrasingContent[][]): 'timed' | 'days' | undefined {
  if (lines.length < 2 || lines.some((line) => line.some((child) => child.type === 'delete'))) return undefined;
  let timed = 0;
  for (const line of lines) {
    const text = plainText({ type: 'paragraph', children: line });
    const folded = normaliseText(text).trim();
    if (JOINED_BEFORE.test(folded) || JOINED_AFTER.test(folded)) return undefined;
    const dated = datedTextOf(text, false);
    if (dated === undefined || dated.lead !== '' || dated.expression.mentions.length !== 1) {
      // `Info 1 : Lundi 27 avril 2026 (13 - 16h)`: each line names its part before its day.
      const labelled = dateAfterLabel(text);
      if (labelled?.ok !== true || labelled.value.mentions.length !== 1) return undefined;
      if (labelled.hours !== undefined) timed++;
      continue;
    }
    if (dated.hours !== undefined) timed++;
    else if (dated.rest !== '') return undefined;
  }
  return timed === lines.length ? 'timed' : timed === 0 ? 'days' : undefined;
}

/** The row read as one row per line of its stacked dates cell (see above), or the row alone. */
function unstacked(row: TableRow): TableRow[] {
  // Most rows break no cell: they are left as they are without a look at their text.
  if (!row.children.some((cell) => cell.children.some(isLineBreak))) return [row];
  const split = row.children.map(cellLines);
  const stacks = split.map(stackOf);
  const stacked = stacks.findIndex((stack) => stack !== undefined);
  if (stacked < 0) return [row];
  const count = split[stacked]!.length;
  // The cells beside the stack with as many lines are stacked with it: a room, a title per day
  // (`GEI-111-A <br /> GEI-109-A`, `Poterie <br> Peinture`).
  const alongside = (index: number) => split[index]!.length === count;
  return Array.from({ length: count }, (_, k) => ({
    ...row,
    children: row.children.map((cell, index) => (alongside(index) ? { ...cell, children: split[index]![k]! } : cell)),
    // Each day after the first is in the order of the row's first day (out-of-order.ts).
    ...(k > 0 ? { data: { ...row.data, stackedDay: true } } : {}),
  }));
}

/** Whether a row was read from a later line of a stacked dates cell (see above): it is in order by the row's first day. */
export function isStackedDay(row: TableRow): boolean {
  return (row.data as { stackedDay?: boolean } | undefined)?.stackedDay === true;
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
