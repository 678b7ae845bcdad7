/*
 * A table whose dates column writes only weekdays and day numbers (`Ven 22`, `Sam 23`,
 * `Dim 24`) on a page that names no month: a race guide, a weekend's plan, written for
 * people who know when it is. A reader finds the month as a calendar does: in the year the
 * title writes, the one month whose days fall on those weekdays; with no year written, the
 * month nearest the day the page was last written in which they do, as for days written
 * so in headings (month-heading-days.ts).
 */
import { normaliseText } from '../dates/normalise-text.js';
import { weekdayFromWord } from '../dates/french-months.js';
import type { PlainDate } from '../dates/types.js';
import { daysFitMonth, nearestMonthTheDaysFit, type WeekdayAndDay } from './month-heading-days.js';

// `Ven 22`, `vendredi 22`, `Sam. 23`, `lundi 1er` (folded): a weekday, its day, nothing else.
const WEEKDAY_AND_DAY = /^([a-z]{3,8})\.? (\d{1,2})(?:er)?$/;

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The month (1 = janvier) in which every cell (`Ven 22`, `Sam 23`) falls on its weekday,
 * when the cells write nothing but a weekday and a day: the only one of `year`, the page's,
 * or, when the page writes none, the nearest the day `written` gives. Undefined when a cell
 * writes more, or when no month fits (or several of the year written).
 */
export function monthOfWeekdayDays(cells: readonly string[], year: number | undefined, written: () => PlainDate | undefined): number | undefined {
  const days: WeekdayAndDay[] = [];
  for (const cell of cells) {
    const match = WEEKDAY_AND_DAY.exec(normaliseText(cell).trim().replace(/\s+/g, ' '));
    const weekday = match ? weekdayFromWord(match[1]!) : undefined;
    if (!match || weekday === undefined) return undefined;
    days.push({ weekday, day: Number(match[2]) });
  }
  // Two days at least: one alone fits a month or two of any year by chance.
  if (new Set(days.map((entry) => entry.day)).size < 2) return undefined;
  if (year !== undefined) {
    const fitting = MONTHS.filter((month) => daysFitMonth(days, year, month));
    return fitting.length === 1 ? fitting[0] : undefined;
  }
  const when = written();
  return when ? nearestMonthTheDaysFit(days, when)?.month : undefined;
}
