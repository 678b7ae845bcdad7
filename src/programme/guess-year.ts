import type { Position } from 'unist';
import { yearsWhereWeekdaysFit, type WeekdayMention } from '../dates/weekday-years.js';
import { isoWeekday, isRealDate } from '../dates/plain-date.js';
import { inferYears, type YearHints } from '../dates/year-inference.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';

/**
 * When no year is written anywhere, a reader guesses it and so does this, saying so in an
 * info because the coordinator should still write it: the year in which every weekday
 * the rows write falls on its day, the one closest to the file's last commit; else, with
 * no weekdays to go by or weekdays that fit no one year, the year that puts the schedule
 * closest to that commit.
 */
export function guessYear(
  expressions: Array<DateExpression | undefined>,
  referenceDate: () => PlainDate | undefined,
  where: Position | undefined,
  report: DiagnosticCollector,
  groups?: readonly number[],
  blocks: readonly number[] | undefined = groups,
): Pick<YearHints, 'weekdayYear' | 'commitYear' | 'aroundCommitYear'> | undefined {
  const committed = referenceDate();
  if (committed === undefined) return undefined;
  const counted = countedMentions(expressions, groups, blocks);
  const fit = yearsWhereWeekdaysFit(counted, committed.year);
  // A plan committed while its days run (`VENDREDI 28 MARS` … `DIMANCHE 30 MARS`, committed on
  // 30 March 2026) whose weekdays fit only a year before or after: the weekdays are the slip
  // (a plan drafted with another year's calendar open), the days are those of the commit's year.
  if (fit.year !== undefined && fit.year !== committed.year && aroundCommit(counted, committed)) {
    report.addMessage('guessed-year', 'year-around-commit', { year: committed.year, date: commitText(committed), weekdayYear: fit.year, weekdays: fit.weekdayMentions }, where);
    return { aroundCommitYear: committed.year };
  }
  if (fit.year !== undefined) {
    if (fit.misfits === undefined) report.addMessage('guessed-year', 'year-from-weekdays', { year: fit.year, weekdays: fit.weekdayMentions }, where);
    else report.addMessage('guessed-year', 'year-from-most-weekdays', { year: fit.year, weekdays: fit.weekdayMentions, misfits: fit.misfits }, where);
    return { weekdayYear: fit.year };
  }
  if (counted.length === 0) return undefined;
  const year = yearClosestToCommit(counted, committed);
  // Weekdays that fit no one year (`mardi 5/1` then `mardi 7/1`) tell no year: a reader still
  // puts the plan near its commit rather than lose it, and each weekday that does not fit is
  // reported where it is written, as for a plan kept while it runs (around-commit).
  if (fit.weekdayMentions > 0 && fit.years.length === 0) {
    report.addMessage('guessed-year', 'year-from-commit-weekdays-misfit', { year, date: commitText(committed), weekdays: fit.weekdayMentions }, where);
    return { aroundCommitYear: year };
  }
  // `Lundi 2 décembre` in a plan committed on Friday 28 November 2025: the plan of the coming
  // days, whose one weekday fits only years further off (2024 and 2030). The writer had the
  // coming week in mind; the weekday is the slip, reported where it is written.
  if (fit.weekdayMentions > 0 && !weekdaysFit(counted, year) && justAhead(counted, committed, year)) {
    report.addMessage('guessed-year', 'year-ahead-of-commit', { year, date: commitText(committed), weekdays: fit.weekdayMentions }, where);
    return { aroundCommitYear: year };
  }
  report.addMessage('guessed-year', 'year-from-commit', { year, date: commitText(committed) }, where);
  return { commitYear: year };
}

// How many days after its commit a plan's last day may fall, for the plan to be that of the coming days.
const AHEAD_OF_COMMIT_DAYS = 7;

/**
 * Whether every counted day falls, in `year`, after the commit and within a week of it. Not
 * on the commit's own day: a plan touched on the day it names may as well be last year's,
 * edited on its anniversary.
 */
function justAhead(counted: WeekdayMention[], committed: PlainDate, year: number): boolean {
  const commit = Date.UTC(committed.year, committed.month - 1, committed.day);
  const days = counted.map((mention) => Date.UTC(year + (mention.yearOffset ?? 0), mention.month - 1, mention.day));
  return Math.min(...days) > commit && Math.max(...days) <= commit + AHEAD_OF_COMMIT_DAYS * 86_400_000;
}

/** Whether every written weekday falls on its day when the first mention is in `year`. */
function weekdaysFit(counted: WeekdayMention[], year: number): boolean {
  return counted.every((m) => {
    const y = year + (m.yearOffset ?? 0);
    return m.weekday === undefined || (isRealDate(y, m.month, m.day) && isoWeekday({ year: y, month: m.month, day: m.day }) === m.weekday);
  });
}

// How many days before a plan's first day or after its last the commit may fall, for the plan to be the one written then.
const AROUND_COMMIT_DAYS = 3;

/**
 * Whether the commit falls among the counted days, in the commit's year (or a few days
 * before the first or after the last): the plan was written, or kept, while it ran. A page
 * whose days come a week or more after its commit may be last year's, touched again.
 */
function aroundCommit(counted: WeekdayMention[], committed: PlainDate): boolean {
  if (counted.length === 0) return false;
  const commit = Date.UTC(committed.year, committed.month - 1, committed.day);
  const days = counted.map((mention) => Date.UTC(committed.year + (mention.yearOffset ?? 0), mention.month - 1, mention.day));
  const margin = AROUND_COMMIT_DAYS * 86_400_000;
  return commit >= Math.min(...days) - margin && commit <= Math.max(...days) + margin;
}

const commitText = (committed: PlainDate) => `${committed.year}-${String(committed.month).padStart(2, '0')}-${String(committed.day).padStart(2, '0')}`;

/**
 * The first session's year that puts the schedule closest to the commit: the commit inside
 * the schedule's span counts as no distance. A school year's list committed in April
 * (`04/09` ... `15/04`) is the one that ends that April, not the one that starts in the
 * September after, though that September is nearer the commit than the one before.
 */
function yearClosestToCommit(counted: WeekdayMention[], committed: PlainDate): number {
  const at = (year: number, mention: WeekdayMention) => Date.UTC(year + (mention.yearOffset ?? 0), mention.month - 1, mention.day);
  const commit = Date.UTC(committed.year, committed.month - 1, committed.day);
  const distance = (year: number) => {
    const days = counted.map((mention) => at(year, mention));
    const start = Math.min(...days);
    const end = Math.max(...days);
    return commit < start ? start - commit : commit > end ? commit - end : 0;
  };
  return [committed.year - 1, committed.year, committed.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

// Any year serves to count from; a leap year keeps a written 29 February a real day.
const COUNTED_FROM = 2000;

/**
 * The mentions that write no year, each with the years it falls after the first, counted
 * by inferYears as the rows are (the month going backwards is a new year: a
 * September-to-June list; a parallel table starts again).
 */
function countedMentions(expressions: Array<DateExpression | undefined>, groups?: readonly number[], blocks: readonly number[] | undefined = groups): WeekdayMention[] {
  const years = inferYears(expressions, { optionYear: COUNTED_FROM }, groups, blocks);
  const counted: WeekdayMention[] = [];
  let first: number | undefined;
  expressions.forEach((expression, i) => {
    expression?.mentions.forEach((m, k) => {
      const year = years[i]?.years[k];
      if (m.year !== undefined || year === undefined) return;
      first ??= year;
      counted.push({ day: m.day, month: m.month, yearOffset: year - first, ...(m.weekday === undefined ? {} : { weekday: m.weekday }) });
    });
  });
  return counted;
}

// How many weekdays, at least, must fit a year the page writes: one fits about one year in seven.
const FEWEST_WRITTEN_WEEKDAYS = 2;

/**
 * The year a page writes somewhere (`8 séances, du 26 septembre au 21 octobre 2026` in its
 * header, a copyright, a school year) that its rows' weekdays confirm, when the rows write
 * none and no commit date is known to guess by: a reader who sees `sam. 26 sept.` and
 * `mer. 30 sept.` under a page that says 2026 checks a calendar of 2026 and reads them
 * there. Only when two weekdays or more are written, every one fits, and exactly one year
 * the page writes is among the years the list runs over (a September-to-June list writes
 * its second year as well as its first); said in an info on the schedule.
 */
export function yearFromWrittenYears(
  expressions: Array<DateExpression | undefined>,
  written: readonly number[],
  where: Position | undefined,
  report: DiagnosticCollector,
  groups?: readonly number[],
  blocks: readonly number[] | undefined = groups,
): Pick<YearHints, 'weekdayYear'> | undefined {
  if (written.length === 0) return undefined;
  const counted = countedMentions(expressions, groups, blocks);
  const span = Math.max(0, ...counted.map((mention) => mention.yearOffset ?? 0));
  const dated = counted.filter((mention) => mention.weekday !== undefined);
  if (dated.length < FEWEST_WRITTEN_WEEKDAYS) return undefined;
  const fits = (first: number) =>
    dated.every((m) => {
      const year = first + (m.yearOffset ?? 0);
      return isRealDate(year, m.month, m.day) && isoWeekday({ year, month: m.month, day: m.day }) === m.weekday;
    });
  const years = new Set<number>();
  for (const year of new Set(written)) {
    // The list's first year, when this written year is its first or one it runs into.
    for (let first = year - span; first <= year; first++) if (fits(first)) years.add(first);
  }
  if (years.size !== 1) return undefined;
  const [year] = [...years] as [number];
  report.addMessage('guessed-year', 'year-from-written-weekdays', { year, weekdays: dated.length }, where);
  return { weekdayYear: year };
}

// A run of digits: a year is one of four, from 1900 to 2099 (not a part of `12345`).
const DIGITS = /[0-9]+/g;

/** The years a page's text writes, each once, in the order first written. */
export function yearsWritten(text: string): number[] {
  const years = [...text.matchAll(DIGITS)].filter((match) => match[0].length === 4).map((match) => Number(match[0]));
  return [...new Set(years.filter((year) => year >= 1900 && year <= 2099))];
}
