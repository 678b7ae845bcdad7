/*
 * The days of a timetable whose header names only weekdays (`| | Lundi | Mardi | Mercredi
 * |`), when the week is written elsewhere: in the table's corner cell (`| Semaine du 14
 * mars | Lundi | ...`) or in the heading above it (`## Semaine du 14 au 18 mars 2022`,
 * `#### Semaine 21 (18/05/2026-22/05/2026)`). A reader puts each weekday in that week;
 * so does this, writing each header as the day it stands for (`Lundi 14 mars 2022`). A
 * timetable with no week written anywhere is a weekly pattern, not a programme: no day.
 */
import { extractDateFromHeading } from '../dates/french-dates.js';
import { MONTH_NAMES, weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { addDays, isoWeekday } from '../dates/plain-date.js';
import type { DayMention } from '../dates/types.js';

/** The weekday a header names and nothing else (`Lundi`, `MARDI`, `mer.`), 1 = Monday, or undefined. */
export function bareWeekday(header: string): number | undefined {
  const word = normaliseText(header).replace(/\.$/, '').trim();
  return /^[a-z]+$/.test(word) ? weekdayFromWord(word) : undefined;
}

// A week, once its first day is known, holds its weekdays within this many days.
const WEEK_DAYS = 7;

/**
 * The day each weekday falls on in the week a text writes (`Semaine du 14 au 18 mars
 * 2022`), as a header a reader would write (`Lundi 14 mars 2022`), in the order of
 * `weekdays`; undefined when the text writes no day, or a weekday would fall outside a
 * written range. The week's first written day is on `startsOn` (by default the grid's first
 * weekday; `Semaine du 8 septembre` in a table of weeks is a Monday) unless its weekday is
 * written or its year tells it. Without a year, a week that crosses the end of
 * February is not placed (its days depend on the year).
 */
export function weekdaysInWeek(text: string, weekdays: Array<{ weekday: number; header: string }>, startsOn = weekdays[0]?.weekday): string[] | undefined {
  const found = extractDateFromHeading(text);
  const first = found?.expression.mentions[0];
  if (!found || !first || weekdays.length === 0 || startsOn === undefined) return undefined;
  const last = found.expression.kind === 'range' ? found.expression.mentions[1] : undefined;
  const year = first.year ?? last?.year;
  // A year to count in: the written one, else one that is not leap (checked below).
  const anchor = { year: year ?? 2001, month: first.month, day: first.day };
  const anchorWeekday = first.weekday ?? (year !== undefined ? isoWeekday(anchor) : startsOn);
  const span = last ? dayCount(first, last, anchor.year) : WEEK_DAYS - 1;
  const days: string[] = [];
  for (const { weekday, header } of weekdays) {
    const offset = (weekday - anchorWeekday + WEEK_DAYS) % WEEK_DAYS;
    if (offset > span) return undefined;
    const day = addDays(anchor, offset);
    if (year === undefined && first.month === 2 && day.month !== 2) return undefined;
    days.push(`${header.trim()} ${day.day} ${MONTH_NAMES[day.month - 1]}${year === undefined ? '' : ` ${day.year}`}`);
  }
  return days;
}

function dayCount(first: DayMention, last: DayMention, year: number): number {
  const from = Date.UTC(year, first.month - 1, first.day);
  const to = Date.UTC(last.year ?? year, last.month - 1, last.day);
  return Math.round((to - from) / 86_400_000);
}
