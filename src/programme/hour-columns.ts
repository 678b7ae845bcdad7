/*
 * A timetable written with its days as rows and its hours as columns: `| Jour | 8h-10h |
 * 10h15-12h15 | 14h-16h |`, each row a day (`| Lundi 11 mars | Algorithmique | Réseaux |
 * |`). A header that is only clock hours names no slot of one session (`Cours (13:15 -
 * 14:45)` does, and gives every row its labelled slots): it is a column of the grid, and
 * each filled cell under it is a session of its own, at those hours. A reader reads the
 * grid cell by cell; so does this. Written by hand: it is the layout of a table.
 */
import { LATIN_LETTER } from '../dates/letters.js';
import type { Column } from './model.js';
import type { RowDraft } from './read-rows.js';

// Words: two letters in a row.
const WORD = new RegExp(`[${LATIN_LETTER}]{2}`);
// A grid has two columns of hours at least: one is the slot of every row's session.
const FEWEST_HOUR_COLUMNS = 2;

/** The columns whose header is clock hours and nothing else (`8h-10h`, `14:00 - 16:00`), when there are two or more. */
export function hourColumnsOf(columns: Column[]): Column[] | undefined {
  // A table that names its sessions in a column of their own writes its slots for them.
  if (columns.some((column) => column.role === 'title' || column.role === 'theme')) return undefined;
  const hours = columns.filter((column) => column.slot && column.slot.label === undefined && column.role === undefined);
  return hours.length >= FEWEST_HOUR_COLUMNS ? hours : undefined;
}

/**
 * The rows of a day-per-row grid split into its cells: each filled cell under a column of
 * hours is a session titled by the cell, at the header's hours, on the row's day. The
 * first session of a row keeps the row's day (carried down, when the row carries it); the
 * others carry it from the first (its weekday is checked once). A row with nothing under
 * the hours stays as it was read, or, when it says nothing at all, is no session.
 */
export function splitHourColumns(rows: RowDraft[], hourColumns: Column[]): RowDraft[] {
  if (hourColumns.length === 0) return rows;
  const split: RowDraft[] = [];
  // Where each row's first session went, for the rows below that carry its day.
  const firstOf: number[] = [];
  rows.forEach((row, index) => {
    firstOf.push(split.length);
    const from = row.dayFrom === undefined ? undefined : firstOf[index - row.dayFrom];
    const carried = from === undefined ? {} : { dayFrom: split.length - from };
    const { dayFrom: _dropped, hoursFrom: _slot, ...rest } = row;
    // A tick or an icon under an hour says the slot is taken, not what happens in it.
    const filled = hourColumns.filter((column) => WORD.test(row.cells[column.index]?.text ?? ''));
    if (filled.length === 0) {
      // A day of the grid with nothing in its slots is no session, unless a row below takes its day.
      const carriedDown = rows.some((below, at) => at > index && below.dayFrom !== undefined && at - below.dayFrom === index);
      if (row.title.text !== '' || carriedDown) split.push({ ...rest, ...carried });
      return;
    }
    const first = split.length;
    filled.forEach((column, k) => {
      const cell = row.cells[column.index]!;
      split.push({
        ...rest,
        title: cell,
        byRole: { ...row.byRole, title: cell, hours: { text: column.header, value: column.header, position: column.position } },
        ...(k === 0 ? carried : { dayFrom: split.length - first }),
      });
    });
  });
  return split;
}
