/*
 * The cells of an HTML table set at their places in the grid, as a browser sets them: a
 * cell goes to the first column its row has free, after the places taken by the cells
 * above that span down to it (`rowspan`) and by the cells to its left that span across
 * (`colspan`). hast-util-to-mdast fills spanned places too, but only in the order it meets
 * the spans, which puts a cell one column off when a span from two rows up and one from
 * the row above meet in the same row (a timetable's columns are its days, so one column
 * off is another day), and it forgets the spans afterwards, while a timetable's slot ends
 * where its last spanned row ends. Written by hand: no library of the unified ecosystem
 * lays out table cells. Each place another cell covers becomes an empty cell marked as
 * covered, and each spanning cell keeps how many rows it spans (cell-spans.ts).
 */
import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import type { TableCell } from 'mdast';
import type { CellSpanData } from './cell-spans.js';
import { setCellSpan } from './cell-spans.js';

// The property a laid-out cell carries its span in, from the layout to the mdast handler.
const SPAN_PROPERTY = 'dataProgrammeSyncSpan';
// A browser reads at most this many rows or columns of one span; so does this.
const MOST_SPANNED = 1000;

// The element's tag, or undefined for text and comments (a tag test that narrows nothing, so that testing one tag does not rule out the others).
function tagOf(node: HastContent | ElementContent): string | undefined {
  return node.type === 'element' ? node.tagName : undefined;
}

function spanNumber(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(number) && number >= 1 ? Math.min(number, MOST_SPANNED) : 1;
}

/** The rows of a group of rows (`thead`, `tbody`, `tfoot`, or the rows written directly in `table`). */
function layOutGroup(rows: Element[]): Element[] {
  // What stands at each place of the grid: a cell of the source, or a mark that it is covered.
  const grid: Array<Array<Element | CellSpanData['covered']>> = rows.map(() => []);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (grid[rowIndex]![column] !== undefined) column++;
      // rowspan="0" stretches to the end of the group, and no span goes past it.
      const written = cell.properties?.rowSpan;
      const rows = Math.min(written === 0 || written === '0' ? grid.length : spanNumber(written), grid.length - rowIndex);
      const columns = spanNumber(cell.properties?.colSpan);
      const { rowSpan: _rows, colSpan: _columns, ...properties } = cell.properties ?? {};
      grid[rowIndex]![column] = { ...cell, properties: { ...properties, [SPAN_PROPERTY]: JSON.stringify({ ...(rows > 1 ? { rows } : {}), ...(columns > 1 ? { columns } : {}) }) } };
      for (let down = 0; down < rows; down++) {
        for (let across = 0; across < columns; across++) {
          if (down === 0 && across === 0) continue;
          grid[rowIndex + down]![column + across] ??= down === 0 ? 'col' : 'row';
        }
      }
      column += columns;
    }
  });
  return rows.map((row, rowIndex) => {
    const places = grid[rowIndex]!;
    const children: ElementContent[] = [];
    for (let column = 0; column < places.length; column++) {
      const place = places[column];
      if (typeof place === 'object') children.push(place);
      // A hole (a row shorter than a span beyond it) is an empty cell, so that the columns after it stay in place.
      else children.push({ type: 'element', tagName: 'td', properties: place ? { [SPAN_PROPERTY]: JSON.stringify({ covered: place }) } : {}, children: [] });
    }
    return { ...row, children };
  });
}

// Whether a laid-out place is covered by a cell to its left (`colspan`).
function coveredFromLeft(place: Element): boolean {
  return String(place.properties?.[SPAN_PROPERTY] ?? '').includes('"covered":"col"');
}

/** The text of an HTML node and its descendants, tags dropped (a cell, a `<summary>`). */
export function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join(' ') : '';
}

/**
 * A header written on two rows (`<th rowspan="2">Heure</th><th colspan="8">Activité</th>`
 * over `<th>SA 309</th><th>SA 311</th>…`) as the one row a reader reads: each column named
 * by the group above it and its own header (`Activité SA 309`), so that a column's role and
 * its track are both known. A table has one header row in markdown.
 */
function oneHeaderRow(rows: Element[]): Element {
  const width = Math.max(...rows.map((row) => row.children.length));
  const cells: ElementContent[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    let cell: Element | undefined;
    for (const row of rows) {
      // A place covered from the left takes the text of the cell that spans it.
      const places = row.children as Element[];
      let at = column;
      while (at > 0 && places[at] !== undefined && coveredFromLeft(places[at]!)) at--;
      const place = places[at];
      const text = place ? textOf(place).replace(/\s+/g, ' ').trim() : '';
      if (text !== '' && parts.at(-1) !== text) parts.push(text);
      if (place && at === column && text !== '') cell = place;
    }
    const { [SPAN_PROPERTY]: _span, ...properties } = cell?.properties ?? {};
    cells.push({ type: 'element', tagName: 'th', properties, children: [{ type: 'text', value: parts.join(' ') }], ...(cell?.position ? { position: cell.position } : {}) });
  }
  return { ...rows[0]!, children: cells };
}

function layOutTable(table: Element): Element {
  const children: ElementContent[] = [];
  let loose: Element[] = [];
  const flush = () => {
    children.push(...layOutGroup(loose));
    loose = [];
  };
  for (const child of table.children) {
    const tag = tagOf(child);
    if (tag === 'tr') {
      loose.push(child as Element);
      continue;
    }
    flush();
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const group = child as Element;
      const rows = group.children.filter((row): row is Element => tagOf(row) === 'tr');
      const laidOut = layOutGroup(rows);
      children.push({ ...group, children: tag === 'thead' && laidOut.length > 1 ? [oneHeaderRow(laidOut)] : laidOut });
    } else {
      children.push(child);
    }
  }
  flush();
  return { ...table, children };
}

/** The nodes with every table laid out (nested tables too), the rest unchanged. */
export function layOutHtmlTables<T extends HastContent | ElementContent>(nodes: T[]): T[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const inner: Element = { ...node, children: layOutHtmlTables(node.children) };
    return (node.tagName === 'table' ? layOutTable(inner) : inner) as T;
  });
}

/** Gives the mdast cell made from a laid-out HTML cell the span the layout found. */
export function keepCellSpan(element: Element, cell: TableCell): TableCell {
  const written = element.properties?.[SPAN_PROPERTY];
  if (typeof written !== 'string') return cell;
  const span = JSON.parse(written) as CellSpanData;
  if (span.rows !== undefined || span.columns !== undefined || span.covered !== undefined) setCellSpan(cell, span);
  return cell;
}
