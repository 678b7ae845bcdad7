/*
 * A column of months beside the dates column (`| Mois | Date | Activité |` over `| Janvier
 * | 25 | Zametoto |`, then `| | 26 | Fête |`): a yearly calendar names each month once, in a
 * cell that spans the month's rows (`<td rowspan="2">Janvier</td>`) or on its first row
 * only, and writes the bare day numbers (`25`, `14 - 20`) in the dates column. A reader
 * reads each day in the month written beside it or above it, as a month heading above a
 * table gives its bare days their month. Written by hand: it is the layout of a table.
 */
import type { Table } from 'mdast';
import { monthFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { Column } from './model.js';
import { plainText } from './plain-text.js';

// A header that names the column of months (`Mois`, `Month`).
const MONTH_HEADER = /^(?:mois|months?)$/;

// The month a cell names and nothing else (`Janvier`, `FÉVRIER`, `Mars 2025`, `sept.`), or undefined.
function monthAlone(text: string): number | undefined {
  // The year after the month (`Mars 2025`) and the abbreviation's full stop (`sept.`) set aside.
  const word = normaliseText(text).trim().replace(/\s+/g, ' ').replace(/ \d{4}$/, '').replace(/\.$/, '');
  return /^[a-z]+$/.test(word) ? monthFromWord(word) : undefined;
}

/**
 * The month of each body row of a table whose column of months stands beside its dates
 * column, carried down over the rows that leave it empty (a spanned or omitted cell), or
 * undefined when the table has no such column. A column of months is one, other than the
 * dates column, whose header is `Mois` and whose filled cells name months, or whose header
 * names no role and whose filled cells, two at least, each name a month alone. A cell that
 * writes something else ends the month above it.
 */
export function monthsOfRows(table: Table, columns: Column[]): Array<number | undefined> | undefined {
  if (!columns.some((column) => column.role === 'dates')) return undefined;
  const body = table.children.slice(1);
  const texts = (index: number) => body.map((row) => (row.children[index] ? plainText(row.children[index]) : ''));
  const column = columns.find((candidate) => {
    if (candidate.role === 'dates') return false;
    const filled = texts(candidate.index).filter((text) => text !== '');
    if (filled.length === 0 || !filled.every((text) => monthAlone(text) !== undefined)) return false;
    return MONTH_HEADER.test(normaliseText(candidate.header).trim()) || (candidate.role === undefined && filled.length >= 2);
  });
  if (!column) return undefined;
  let month: number | undefined;
  return texts(column.index).map((text) => {
    if (text !== '') month = monthAlone(text);
    return month;
  });
}
