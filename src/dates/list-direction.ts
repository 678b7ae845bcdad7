/*
 * Which way a dated list runs. Most programmes go forward in time; an events page or a log
 * of past meetings keeps the latest on top. A reader sees it from the steps between rows,
 * each taken the short way round the year: `20 septembre` then `6 septembre` is two weeks
 * back (not fifty weeks on), `25 janvier` then `7 décembre` seven weeks back. A long step
 * says nothing (`16 septembre` then `28 avril` is five months back or seven on: a school
 * year's autumn then spring as well as a log's spring under its autumn). When most steps
 * that say something go back, the list is kept newest first; when most go forward, or as
 * many one way as the other (`10 novembre`, `3 octobre`, `14 novembre`: one row out of
 * place), it runs forward, as most programmes are written. Between two days that write
 * their years, the step goes the way the years say (a yearly event, `12 mars 2019`,
 * `10 mars 2020`, goes forward). Year inference counts the years of a list kept newest first backwards, and
 * out-of-order reports a row that goes up in it; both decide the direction here, from the
 * days as written, list by list.
 */
import { toDayNumber } from './plain-date.js';

/** A day of a list as written: its year only when the text gives it. */
export interface ListDay {
  day: number;
  month: number;
  year?: number;
}

// A year without 29 February: only the place of a day in the year matters here.
const YEAR_DAYS = 365;
// One step back among steps forward may as well be a misplaced row: a list kept newest first goes back at least twice.
const FEWEST_STEPS_BACK = 2;
// A step of more than four months either way (a summer break is three) does not say which way the list runs.
const LONGEST_TELLING_STEP = 122;

function dayOfYear(day: ListDay): number {
  return toDayNumber({ year: 2001, month: day.month, day: day.month === 2 ? Math.min(day.day, 28) : day.day }) - toDayNumber({ year: 2001, month: 1, day: 1 });
}

/** Whether going from one day to the next goes back in time (-1), forward (1), or says neither (0: the same day, or a long step). */
function step(before: ListDay, now: ListDay): -1 | 0 | 1 {
  if (before.year !== undefined && now.year !== undefined) {
    const gap = toDayNumber({ year: now.year, month: now.month, day: now.day }) - toDayNumber({ year: before.year, month: before.month, day: before.day });
    return gap < 0 ? -1 : gap > 0 ? 1 : 0;
  }
  const ahead = (dayOfYear(now) - dayOfYear(before) + YEAR_DAYS) % YEAR_DAYS;
  const back = (YEAR_DAYS - ahead) % YEAR_DAYS;
  const shortest = Math.min(ahead, back);
  if (shortest === 0 || shortest > LONGEST_TELLING_STEP || ahead === back) return 0;
  return back < ahead ? -1 : 1;
}

/**
 * Whether a list of days (each row's first day, in document order) is kept newest first:
 * more of its telling steps go back than forward, at least two of them.
 */
export function keptNewestFirst(days: readonly ListDay[]): boolean {
  const { back, forward } = steps(days);
  return back >= FEWEST_STEPS_BACK && back > forward;
}

/** How many telling steps of a list go back, and how many forward. */
function steps(days: readonly ListDay[]): { back: number; forward: number } {
  let back = 0;
  let forward = 0;
  for (let i = 1; i < days.length; i++) {
    const way = step(days[i - 1]!, days[i]!);
    if (way < 0) back++;
    else if (way > 0) forward++;
  }
  return { back, forward };
}

/**
 * Whether each list of a page is kept newest first. A list says so itself (keptNewestFirst);
 * a list too short to say (two rows, one step back: `Jeudi 04 juin 2026` over `Jeudi 02
 * avril 2026`) is kept the way the page keeps its lists, as a reader sees it: an events
 * page's tables of past years, one per year and each newest first, are all kept so, the
 * short ones too. Only when a list of the page says it is newest first and none says it
 * runs forward (two steps forward or more, more than back); a short list whose one step
 * goes forward runs forward.
 */
export function listsKeptNewestFirst(lists: ReadonlyArray<readonly ListDay[]>): boolean[] {
  const counted = lists.map(steps);
  const own = counted.map(({ back, forward }) => back >= FEWEST_STEPS_BACK && back > forward);
  const pageBack = own.some(Boolean) && !counted.some(({ back, forward }) => forward >= FEWEST_STEPS_BACK && forward > back);
  return counted.map(({ back, forward }, i) => own[i]! || (pageBack && back > 0 && forward === 0));
}
