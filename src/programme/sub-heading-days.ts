import type { LeadingDay } from '../dates/french-dates.js';
import { isRealDate } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';

/** A sub-heading's day with its month and year, or the impossible day it names, or nothing when no year can be known. */
export type SubHeadingDate =
  | { ok: true; date: PlainDate }
  | { ok: false; impossible: PlainDate }
  | undefined;

/**
 * Gives a sub-heading's day the month and year it leaves out, from its section's days:
 * `#### Vendredi 6` under `5 & 6 septembre 2019` is 6 September 2019. A day number that
 * matches one of the section's days takes that day's month (`Mardi 1` under `30 septembre
 * au 2 octobre` is in October); any other takes the section's first month, so a drifted
 * day is still read and can be reported. A month the section does not have takes the
 * year that puts it nearest the section (`lundi 30 décembre` under `2 janvier 2020` is in 2019).
 */
export function subHeadingDate(leading: LeadingDay, sectionDays: readonly PlainDate[]): SubHeadingDate {
  const first = sectionDays[0];
  let month = leading.month;
  let year = leading.year;
  if (month === undefined) {
    const same = sectionDays.find((d) => d.day === leading.day) ?? first;
    if (!same) return undefined;
    month = same.month;
    year ??= same.year;
  }
  if (year === undefined) {
    const writtenMonth = month;
    const same = sectionDays.find((d) => d.month === writtenMonth);
    if (same) year = same.year;
    else if (first) year = nearestYear(month, first);
    else return undefined;
  }
  const date = { year, month, day: leading.day };
  if (!isRealDate(year, month, leading.day)) return { ok: false, impossible: date };
  return { ok: true, date };
}

function nearestYear(month: number, near: PlainDate): number {
  const distance = (year: number) => Math.abs(year * 12 + month - (near.year * 12 + near.month));
  return [near.year - 1, near.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), near.year);
}
