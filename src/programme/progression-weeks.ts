import type { Table, TableRow } from 'mdast';
import type { Column } from './model.js';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from './plain-text.js';
import { namesDayOff } from './no-class-row.js';
import type { RowDraft } from './read-rows.js';

// A header that counts weeks and nothing else (folded): `Sem`, `Sem.`, `Semaines`, `Nb semaines`, `Nombre de semaines`.
const WEEKS_HEADER = /^(?:nb |nombre de )?(?:sem|semaines?)$/;
// A count of weeks, one to nine, halves too (`2`, `2.5`, `1,5`): how long one chapter of a year's progression may take.
const WEEKS_COUNT = /^[1-9](?:[.,]5)?$/;

/**
 * The column that says how many weeks each row takes (`Sem` over `2`, `2`, `4`, `1`, then
 * `2` again), in a table whose dates column dates only the periods' starts: a teacher's
 * year progression. Not a column of week numbers (`Sem` over `1`, `2`, `3`…, each week's
 * number higher than the last): at least one count is no higher than the one above it, and
 * at least one row leaves its date empty. Only with what only a progression writes besides:
 * a period's length in the dates column (`_7 semaines_`) or a dated break between periods
 * (`| **Samedi 19 octobre** | **Vacances de Toussaint** |`); week numbers that repeat or
 * start again (`1, 1, 2, 2`), or a semester's (`Sem.`), write neither. Undefined when the
 * table has none.
 */
export function weeksSpentColumn(table: Table, columns: Column[]): Column | undefined {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates) return undefined;
  const body = table.children.slice(1);
  const dateText = (row: TableRow) => (row.children[dates.index] ? plainText(row.children[dates.index]!).trim() : '');
  if (!body.some((row) => dateText(row) === '')) return undefined;
  const breakRow = (row: TableRow) => {
    const others = row.children.filter((_cell, index) => index !== dates.index).map((cell) => plainText(cell).trim()).filter((text) => text !== '');
    return dateText(row) !== '' && others.length > 0 && others.every(namesABreakWord);
  };
  if (!body.some((row) => givesLengthOnly(dateText(row)) || breakRow(row))) return undefined;
  return columns.find((column) => {
    if (column === dates || column.role !== undefined || !WEEKS_HEADER.test(normaliseText(column.header).replace(/[^a-z ]+/g, '').trim())) return false;
    const counts = body.map((row) => (row.children[column.index] ? plainText(row.children[column.index]!).trim() : '')).filter((text) => text !== '');
    if (counts.length < 2 || !counts.every((text) => WEEKS_COUNT.test(text))) return false;
    const weeks = counts.map((text) => Number(text.replace(',', '.')));
    return weeks.some((count, index) => index > 0 && count <= weeks[index - 1]!);
  });
}

// A dates cell that gives a period's length, not a day (folded): `7 semaines`, `_6 semaines_`, `3 sem.`.
const LENGTH_ONLY = /^\d{1,2} (?:semaines?|sem)$/;

/** Whether a dates cell of a progression gives its period's length (`_7 semaines_`) rather than a day. */
export function givesLengthOnly(text: string): boolean {
  return LENGTH_ONLY.test(normaliseText(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim());
}

// The school holidays a progression names by their season alone (folded): `Hiver`, `Printemps`, `Grandes Vacances`.
const SEASON_BREAK = new Set(['hiver', 'printemps', 'ete', 'automne', 'grandes vacances']);

/**
 * Whether a dated row of a progression is the break between two periods: every cell it
 * fills besides its dates names holidays or the feast or season they are named by
 * (`**Vacances de Toussaint**`, `**Noël**`, `**Hiver**`, `**Grandes Vacances**`). A
 * progression lists no lessons then; a row that names anything else (`Stages période 1`)
 * is an activity of the class.
 */
export function namesABreak(row: RowDraft): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '' && cell !== row.byRole.dates);
  return filled.length > 0 && filled.every((cell) => namesABreakWord(cell.text));
}

// Whether a cell names holidays, or the feast or season they are named by, and nothing else.
function namesABreakWord(text: string): boolean {
  const folded = normaliseText(text).replace(/[^a-z]+/g, ' ').trim();
  return namesDayOff(folded) !== undefined || SEASON_BREAK.has(folded);
}
