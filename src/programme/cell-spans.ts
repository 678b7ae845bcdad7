/*
 * How a cell of a table stretches over the grid, as an HTML table writes it (`rowspan`,
 * `colspan`) and as the reading tree keeps it: markdown tables have no spans, so a cell
 * read from markdown spans one row and one column. The HTML reading (html-table-layout.ts)
 * lays the cells out as a browser does and writes what it found in each cell's `data`;
 * this module is the only one that reads it, so that the readers of tables need not load
 * the HTML libraries to ask.
 */
import type { Table, TableCell } from 'mdast';

/**
 * What a cell of an HTML table says of its place in the grid: `rows` for a cell that
 * spans several rows (`rowspan="3"`), `covered` for a place of the grid that another cell
 * spans (`col` when that cell is to its left in the same row, `row` when it is above).
 */
export interface CellSpanData {
  rows?: number;
  /** For a cell that spans several columns (`colspan="7"`): how many. */
  columns?: number;
  covered?: 'row' | 'col';
}

// The key in a cell's `data` under which the span is kept.
const KEY = 'gridSpan';

/** Writes the span of a cell (html-table-layout.ts, when the HTML is read). */
export function setCellSpan(cell: TableCell, span: CellSpanData): void {
  const data = (cell.data ?? (cell.data = {})) as Record<string, unknown>;
  data[KEY] = span;
}

function spanOf(cell: TableCell | undefined): CellSpanData | undefined {
  return (cell?.data as Record<string, unknown> | undefined)?.[KEY] as CellSpanData | undefined;
}

/** How many rows a cell spans: one, unless HTML stretched it (`rowspan`). */
export function rowSpanOf(cell: TableCell | undefined): number {
  return spanOf(cell)?.rows ?? 1;
}

/** How many columns a cell spans: one, unless HTML stretched it (`colspan`). */
export function columnSpanOf(cell: TableCell | undefined): number {
  return spanOf(cell)?.columns ?? 1;
}

/**
 * Whether a place of the grid is taken by another cell: `col` by the cell to its left in
 * the same row (`colspan`), `row` by a cell above (`rowspan`); undefined for a cell of its own.
 */
export function coveredBy(cell: TableCell | undefined): CellSpanData['covered'] {
  return spanOf(cell)?.covered;
}

// The key in a table's `data` that says it was written in HTML.
const HTML_KEY = 'writtenInHtml';

/** Marks a table read from HTML (html-to-mdast.ts), whose cells each stand where the page writes them. */
export function markWrittenInHtml(table: Table): void {
  const data = (table.data ?? (table.data = {})) as Record<string, unknown>;
  data[HTML_KEY] = true;
}

/** Whether a table was written in HTML rather than as a markdown table. */
export function writtenInHtml(table: Table): boolean {
  return (table.data as Record<string, unknown> | undefined)?.[HTML_KEY] === true;
}
