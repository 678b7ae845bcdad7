/*
 * The year a programme's written weekdays point to when no year is written. `jeudi 15
 * janvier` is a Thursday in 2015, 2026 and 2032 only (around 2026): rows naming weekdays
 * narrow the year down the way a careful reader checks a calendar.
 *
 * The clue is only trusted when it is strong, because a wrong year moves every session:
 * - two or more mentions with a weekday: the fitting year closest to `near`;
 * - one mention with a weekday: only when exactly one fitting year lies within
 *   `±nearWindow` of `near` (a single weekday fits about one year in seven, so a wider
 *   search would always find several);
 * - a tie (two fitting years equally close to `near`) picks nothing.
 */
import { isoWeekday, isRealDate } from './plain-date.js';

/** A day as written with its weekday, no year: `{ day: 15, month: 1, weekday: 4 }`. */
export interface WeekdayMention {
  day: number;
  month: number;
  /** 1 = Monday ... 7 = Sunday; a mention without one says nothing about the year. */
  weekday?: number;
}

/** What the weekdays say about the year. */
export interface WeekdayFit {
  /** Every year within `±searchYears` of `near` in which each weekday falls on its day, ascending. */
  years: number[];
  /** The year the weekdays point to, when the clue is strong enough (see the file's header). */
  year?: number;
  /** How many mentions had a weekday. */
  weekdayMentions: number;
}

/** How far from `near` years are searched: the weekdays of a calendar repeat every 28 years. */
export const searchYears = 28;

/** How far from `near` a lone weekday may pick a year. */
export const nearWindow = 5;

/**
 * The years in which every written weekday fits its day, and the one to use (closest to
 * `near`, the year of the file's last commit) when the clue is strong enough.
 */
export function yearsWhereWeekdaysFit(mentions: readonly WeekdayMention[], near: number): WeekdayFit {
  const dated = mentions.filter((m): m is Required<WeekdayMention> => m.weekday !== undefined);
  const years: number[] = [];
  if (dated.length === 0) return { years, weekdayMentions: 0 };
  for (let year = near - searchYears; year <= near + searchYears; year++) {
    const fits = dated.every(
      (m) => isRealDate(year, m.month, m.day) && isoWeekday({ year, month: m.month, day: m.day }) === m.weekday,
    );
    if (fits) years.push(year);
  }
  const fit: WeekdayFit = { years, weekdayMentions: dated.length };
  if (dated.length === 1) {
    const close = years.filter((y) => Math.abs(y - near) <= nearWindow);
    if (close.length === 1 && close[0] !== undefined) fit.year = close[0];
    return fit;
  }
  let best: number | undefined;
  let tie = false;
  for (const y of years) {
    const d = Math.abs(y - near);
    const bestD = best === undefined ? Infinity : Math.abs(best - near);
    if (d < bestD) {
      best = y;
      tie = false;
    } else if (d === bestD) {
      tie = true;
    }
  }
  if (best !== undefined && !tie) fit.year = best;
  return fit;
}
