/*
 * A table whose dates column writes only weekdays and day numbers (`Ven 22`, `Sam 23`,
 * `Dim 24`) on a page that names no month: a race guide, a weekend's plan, written for
 * people who know when it is. A reader finds the month as a calendar does: in the year the
 * page is about, the month whose days fall on those weekdays. Taken only when one month
 * of that year fits, or when one that fits comes in the two months from the day the page
 * was last written (a guide is written just before): never a guess among several.
 */
import { normaliseText } from '../dates/normalise-text.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { isoWeekday, isRealDate } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';

// `Ven 22`, `vendredi 22`, `Sam. 23`, `lundi 1er` (folded): a weekday, its day, nothing else.
const WEEKDAY_AND_DAY = /^([a-z]{3,8})\.? (\d{1,2})(?:er)?$/;

// How many months after the day the page was written a guide's month may come.
const MONTHS_AHEAD = 2;

/**
 * The month (1 = janvier) in which every cell (`Ven 22`, `Sam 23`) falls on its weekday,
 * when the cells write nothing but a weekday and a day: in `year`, the page's, or, when the
 * page writes none, in the months after the day `written` gives. Undefined when a cell
 * writes more, or when no month, or several with none near that day, fit.
 */
export function monthOfWeekdayDays(cells: readonly string[], year: number | undefined, written: () => PlainDate | undefined): number | undefined {
  const days: Array<{ weekday: number; day: number }> = [];
  for (const cell of cells) {
    const match = WEEKDAY_AND_DAY.exec(normaliseText(cell).trim().replace(/\s+/g, ' '));
    const weekday = match ? weekdayFromWord(match[1]!) : undefined;
    if (!match || weekday === undefined) return undefined;
    days.push({ weekday, day: Number(match[2]) });
  }
  // Two days at least: one alone fits a month or two of any year by chance.
  if (days.length < 2 || new Set(days.map((entry) => entry.day)).size < 2) return undefined;
  const fits = (y: number, month: number) => days.every(({ weekday, day }) => isRealDate(y, month, day) && isoWeekday({ year: y, month, day }) === weekday);
  if (year !== undefined) {
    const fitting = MONTHS.filter((month) => fits(year, month));
    if (fitting.length === 1) return fitting[0];
  }
  // Several months fit the year, or no year is written: the one that comes soonest after the
  // page was written, within a few months, and only if no other does.
  const when = written();
  if (when === undefined || (year !== undefined && year !== when.year && year !== when.year + 1)) return undefined;
  const near = [];
  for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
    const month = ((when.month - 1 + ahead) % 12) + 1;
    const y = when.year + Math.floor((when.month - 1 + ahead) / 12);
    if ((year === undefined || y === year) && fits(y, month)) near.push(month);
  }
  return near.length === 1 ? near[0] : undefined;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
