/*
 * A week's grid whose rows are its weekdays or half-days (`| Lundi après-midi |`, `| Mardi
 * Matin 1 |`) and whose other columns run side by side (`| | Groupe 1 | Groupe 2 |`, rooms,
 * tracks), its week written above it (week-anchor.ts). A reader reads each filled cell as
 * one group's session on the row's day; a cell that repeats the one above it on the same
 * day (a topic kept from the morning to the afternoon) goes on, it is not a second
 * session. A cell spanning the row (`| Mardi | *Cours* ||`) is one session. Written by
 * hand: it is the layout of a table.
 */
import type { Column } from './model.js';
import type { RowDraft } from './read-rows.js';
import { dayLabel } from './week-anchor.js';

/** The columns side by side in such a grid: every one but the weekdays', the hours' and a place's. */
export function parallelColumnsOf(columns: Column[]): Column[] {
  return columns.filter((column) => column.role === undefined || column.role === 'title' || column.role === 'audience');
}

/**
 * The rows of a grid of parallel columns split into its cells: each filled cell is a
 * session titled by the cell, on the row's day, at the row's hours if it has some. The
 * first session of a row keeps the row's day; the others carry it from the first.
 */
export function splitParallelColumns(rows: RowDraft[], columns: Column[]): RowDraft[] {
  const parallel = parallelColumnsOf(columns);
  const split: RowDraft[] = [];
  // Where each row's first session went, for the rows below that carry its day.
  const firstOf: number[] = [];
  rows.forEach((row, index) => {
    const above = rows[index - 1];
    firstOf.push(split.length);
    const from = row.dayFrom === undefined ? undefined : firstOf[index - row.dayFrom];
    const { dayFrom: _dropped, ...rest } = row;
    const sameDay = above !== undefined && row.rowIndex === above.rowIndex + 1 && row.dayFrom === undefined && weekdayOf(row) !== undefined && weekdayOf(row) === weekdayOf(above);
    const first = split.length;
    for (const column of parallel) {
      const cell = row.cells[column.index];
      if (!cell || cell.text === '') continue;
      // Kept on from the row above on the same day: the same session.
      if (sameDay && above!.cells[column.index]?.text === cell.text) continue;
      const carried = split.length === first ? (from === undefined ? {} : { dayFrom: split.length - from }) : { dayFrom: split.length - first };
      split.push({ ...rest, title: cell, byRole: { ...row.byRole, title: cell }, ...carried });
    }
  });
  return split;
}

function weekdayOf(row: RowDraft): number | undefined {
  const text = row.byRole.dates?.text;
  return text ? dayLabel(text, false)?.weekday : undefined;
}
