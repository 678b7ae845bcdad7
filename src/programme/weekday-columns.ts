/*
 * A plan of weeks with a column per weekday: each row a week, its dates cell the week's
 * days (`| S1 | 3–9 août | 27 | EF 6 km Z2 — 6,5 | EF 5 km Z1 — 5 | — | … |` under
 * `| Sem. | Dates | Total | Mardi | Mercredi | Jeudi | … |`), and each filled cell under a
 * weekday what is done that day. A reader reads each such cell as one session on that
 * weekday of the row's week; a dash says there is none. A grid of one week whose days the
 * corner or the heading above names is day-columns.ts's. Written by hand: it is the layout
 * of a table.
 */
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import type { Column } from './model.js';
import type { RowDraft } from './read-rows.js';
import { MONDAY, bareWeekday, weekdaysInWeek } from './week-anchor.js';

/** A column named by a weekday alone, and that weekday (ISO). */
export interface WeekdayColumn {
  column: Column;
  weekday: number;
}

// A plan of the week has two weekdays at least.
const FEWEST_WEEKDAYS = 2;

/** The columns of a table named by a weekday alone (`Mardi`, `Dim.`), when it has a dates column and two such columns at least. */
export function weekdayColumnsOf(columns: Column[]): WeekdayColumn[] | undefined {
  if (!columns.some((column) => column.role === 'dates')) return undefined;
  const named = columns.flatMap((column) => {
    const weekday = column.role === 'dates' ? undefined : bareWeekday(column.header);
    return weekday === undefined ? [] : [{ column, weekday }];
  });
  return named.length >= FEWEST_WEEKDAYS ? named : undefined;
}

/**
 * Each row of weeks split into its weekdays' sessions: one per filled cell under a weekday
 * (not a dash alone), titled by the cell, on that weekday of the week its dates cell writes
 * (a week starting on Monday, as `3–9 août` does). A row whose dates cell writes no such
 * week, or whose day is carried from above, stays as it is; a week with nothing under its
 * weekdays holds no session.
 */
export function splitWeekdayColumns(rows: RowDraft[], weekdays: WeekdayColumn[]): RowDraft[] {
  return rows.flatMap((row) => {
    const dates = row.byRole.dates;
    if (!dates?.text || row.dayFrom !== undefined) return [row];
    const days = weekdaysInWeek(dates.text, weekdays.map(({ weekday }) => ({ weekday, header: WEEKDAY_NAMES[weekday - 1]! })), MONDAY);
    if (!days) return [row];
    return weekdays.flatMap(({ column }, index) => {
      const cell = row.cells[column.index];
      if (!cell || !hasLetterOrDigit(cell.text)) return [];
      return [{ ...row, title: cell, byRole: { ...row.byRole, title: cell, dates: { ...dates, text: days[index]!, value: days[index]! } } }];
    });
  });
}
