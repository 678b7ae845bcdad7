/*
 * A table whose author left a blank line between its rows (`Date | RSVP | Lieu | Édition`,
 * `---|---|---|---`, `18 décembre | [billetterie](…) | Desjardins Lab | 39`, a blank line,
 * `4 décembre | [billetterie](…) | Desjardins Lab | 38`): GFM ends the table at the blank
 * line and shows each later row as a paragraph of pipes, but a reader reads it as the row it
 * was meant to be. In the reading tree only (reading-tree.ts), each such paragraph right
 * under the table (or under another such row) is read as one more row, its cells cut at
 * its pipes and kept at their place in the file. Only a paragraph of one line that cuts into
 * two cells or more and no more than the header has. Written by hand: no remark plugin
 * joins a table's rows across blank lines.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { SourceText } from './source-text.js';

// The piece of a text node from `from` to `to`, placed in the file when the node's source is its value.
function piece(node: Text, from: number, to: number, source: SourceText): Text {
  const start = node.position?.start.offset;
  const verbatim = start !== undefined && source.text.slice(start, start + node.value.length) === node.value;
  const position = verbatim ? source.span(start + from, start + to) : node.position;
  return { type: 'text', value: node.value.slice(from, to), ...(position ? { position } : {}) };
}

// The paragraph's inline content cut at the pipes of its texts: one list of children per cell.
function cutAtPipes(paragraph: Paragraph, source: SourceText): PhrasingContent[][] {
  const cells: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      cells.at(-1)!.push(child);
      continue;
    }
    let from = 0;
    for (let at = child.value.indexOf('|'); at >= 0; at = child.value.indexOf('|', at + 1)) {
      if (at > from) cells.at(-1)!.push(piece(child, from, at, source));
      cells.push([]);
      from = at + 1;
    }
    if (from < child.value.length) cells.at(-1)!.push(piece(child, from, child.value.length, source));
  }
  const blank = (cell: PhrasingContent[]) => cell.every((part) => part.type === 'text' && part.value.trim() === '');
  // The optional pipes that open and close a row.
  if (cells.length > 1 && blank(cells[0]!)) cells.shift();
  if (cells.length > 1 && blank(cells.at(-1)!)) cells.pop();
  return cells;
}

// The row a paragraph was meant to be under `table`, or undefined when it is not one.
function meantRow(node: RootContent | undefined, table: Table, source: SourceText): TableRow | undefined {
  if (node?.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return undefined;
  const width = table.children[0]?.children.length ?? 0;
  const cells = cutAtPipes(node, source);
  if (cells.length < 2 || cells.length > width) return undefined;
  const children: TableCell[] = cells.map((parts) => {
    const first = parts[0]?.position;
    const last = parts.at(-1)?.position;
    return { type: 'tableCell', children: parts, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
  });
  return { type: 'tableRow', children, ...(node.position ? { position: node.position } : {}) };
}

/** The tree with each table's rows set apart by blank lines read back into it (see above); the tree itself when there are none. */
export function withRowsSetApart(tree: Root, source: SourceText): Root {
  const nodes = tree.children;
  if (!nodes.some((node) => node.type === 'table')) return tree;
  const children: RootContent[] = [];
  let found = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'table') {
      children.push(node);
      continue;
    }
    const rows: TableRow[] = [];
    for (let row = meantRow(nodes[i + 1], node, source); row; row = meantRow(nodes[i + 1], node, source)) {
      rows.push(row);
      i++;
    }
    if (rows.length === 0) {
      children.push(node);
      continue;
    }
    found = true;
    const end = rows.at(-1)!.position?.end;
    children.push({ ...node, children: [...node.children, ...rows], ...(node.position && end ? { position: { start: node.position.start, end } } : {}) });
  }
  return found ? { ...tree, children } : tree;
}
