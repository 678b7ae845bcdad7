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
 * - a tie (two fitting years equally close to `near`) picks nothing;
 * - when no year fits every weekday (a typo or two in a long list), the year most of them
 *   fit, as a reader who checks a calendar concludes: only with four weekdays or more, three
 *   in four of them fitting, and the same closeness rule; the others are then weekday
 *   mistakes for weekday-mismatch to report.
 *
 * A list from September to June crosses a new year: each mention carries how many years
 * after the first one it falls, as the rows are counted (`yearOffset`), and is checked in
 * that year.
 */
import { isoWeekday, isRealDate } from './plain-date.js';

/** A day as written with its weekday, no year: `{ day: 15, month: 1, weekday: 4 }`. */
export interface WeekdayMention {
  day: number;
  month: number;
  /** 1 = Monday ... 7 = Sunday; a mention without one says nothing about the year. */
  weekday?: number;
  /** Years after the first mention's, as the rows count them (a new year after December). */
  yearOffset?: number;
}

/** What the weekdays say about the year. */
export interface WeekdayFit {
  /** Every year within `±searchYears` of `near` in which each weekday falls on its day, ascending. */
  years: number[];
  /** The year the weekdays point to, when the clue is strong enough (see the file's header). */
  year?: number;
  /** How many mentions had a weekday. */
  weekdayMentions: number;
  /** When `year` is the one most weekdays fit rather than all: how many do not. */
  misfits?: number;
}

/** How far from `near` years are searched: the weekdays of a calendar repeat every 28 years. */
export const searchYears = 28;

/** How far from `near` a lone weekday may pick a year. */
export const nearWindow = 5;

/** How many weekdays a year must fit, at least, to be taken when none fits them all. */
export const majority = { mentions: 4, share: 0.75 };

/** Whether a mention's weekday falls on its day when its list starts in `year`. */
function fitsIn(year: number, m: Required<Pick<WeekdayMention, 'weekday'>> & WeekdayMention): boolean {
  const y = year + (m.yearOffset ?? 0);
  return isRealDate(y, m.month, m.day) && isoWeekday({ year: y, month: m.month, day: m.day }) === m.weekday;
}

/** The one year of `candidates` closest to `near`; a tie picks nothing. */
export function closestYear(candidates: readonly number[], near: number): number | undefined {
  let best: number | undefined;
  let tie = false;
  for (const y of candidates) {
    const d = Math.abs(y - near);
    const bestD = best === undefined ? Infinity : Math.abs(best - near);
    if (d < bestD) {
      best = y;
      tie = false;
    } else if (d === bestD) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/**
 * The years in which every written weekday fits its day, and the one to use (closest to
 * `near`, the year of the file's last commit) when the clue is strong enough.
 */
export function yearsWhereWeekdaysFit(mentions: readonly WeekdayMention[], near: number): WeekdayFit {
  const dated = mentions.filter((m): m is WeekdayMention & { weekday: number } => m.weekday !== undefined);
  const years: number[] = [];
  if (dated.length === 0) return { years, weekdayMentions: 0 };
  const counts = new Map<number, number>();
  for (let year = near - searchYears; year <= near + searchYears; year++) {
    const fitting = dated.filter((m) => fitsIn(year, m)).length;
    counts.set(year, fitting);
    if (fitting === dated.length) years.push(year);
  }
  const fit: WeekdayFit = { years, weekdayMentions: dated.length };
  if (dated.length === 1) {
    const close = years.filter((y) => Math.abs(y - near) <= nearWindow);
    if (close.length === 1 && close[0] !== undefined) fit.year = close[0];
    return fit;
  }
  if (years.length > 0) {
    const best = closestYear(years, near);
    if (best !== undefined) fit.year = best;
    return fit;
  }
  if (dated.length < majority.mentions) return fit;
  const most = Math.max(...counts.values());
  if (most < dated.length * majority.share) return fit;
  const best = closestYear([...counts].filter(([, n]) => n === most).map(([year]) => year), near);
  if (best !== undefined) {
    fit.year = best;
    fit.misfits = dated.length - most;
  }
  return fit;
}
