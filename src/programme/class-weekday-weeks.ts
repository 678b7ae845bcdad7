/*
 * A table of weeks named by their first day (`| Semaine du 8 septembre | TP 1 |`) on a page
 * that gives its classes one weekday (`Les cours ont lieu le mardi`): a reader puts each
 * row on that weekday of its week, not on the Monday the cell writes. A plan of numbered
 * weeks is week-plan.ts's.
 */
import type { Table } from 'mdast';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import type { CourseWeekFacts } from './course-week-facts.js';
import type { Column } from './model.js';
import { plainText } from './plain-text.js';
import type { RowDraft } from './read-rows.js';
import { MONDAY, weekdaysInWeek } from './week-anchor.js';

// A dates cell that names a week by its first day (`Semaine du 8 septembre`, `Sem. du 8 au 12 septembre`), folded.
const OPENS_A_WEEK = /^(?:semaine|sem\.?|week)\s+(?:du|de|of)\b/;

/**
 * The weekday a table of weeks named by their first day (`| Semaine du 8 septembre | TP 1 |`)
 * holds its class on, when the page gives its classes one weekday (`Les cours ont lieu le
 * mardi`) and no column names a weekday of its own: most dates cells open a week. Undefined
 * otherwise: each row is then read as the day it writes.
 */
export function classWeekdayOfWeeks(table: Table, columns: Column[], factsOf: () => CourseWeekFacts): number | undefined {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates || columns.some((column) => column.role === 'hours' || column.groupDates)) return undefined;
  const texts = table.children.slice(1).map((row) => (row.children[dates.index] ? plainText(row.children[dates.index]!) : '')).filter((text) => text !== '');
  const opening = texts.filter((text) => OPENS_A_WEEK.test(normaliseText(text))).length;
  if (opening === 0 || opening * 2 <= texts.length) return undefined;
  if (columns.some((column) => foldedWords(normaliseText(column.header)).some((word) => WEEKDAY_NAMES.includes(word)))) return undefined;
  const weekdays = new Set(factsOf().days.filter((day) => day.classes).map((day) => day.weekday));
  return weekdays.size === 1 ? [...weekdays][0] : undefined;
}

/** A row's dates cell that opens a week, read as the class's weekday in that week (`Semaine du 8 septembre` on Tuesdays: `mardi 9 septembre`). */
export function onClassWeekday(rows: RowDraft[], weekday: number): RowDraft[] {
  return rows.map((row) => {
    const dates = row.byRole.dates;
    if (!dates || !OPENS_A_WEEK.test(normaliseText(dates.text))) return row;
    const day = weekdaysInWeek(dates.text, [{ weekday, header: WEEKDAY_NAMES[weekday - 1]! }], MONDAY)?.[0];
    return day ? { ...row, byRole: { ...row.byRole, dates: { ...dates, text: day, value: day } } } : row;
  });
}
