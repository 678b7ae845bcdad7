import type { Position } from 'unist';
import { yearsWhereWeekdaysFit, type WeekdayMention } from '../dates/weekday-years.js';
import { inferYears, type YearHints } from '../dates/year-inference.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';

/**
 * When no year is written anywhere, a reader guesses it and so does this, saying so in an
 * info because the coordinator should still write it: the year in which every weekday
 * the rows write falls on its day, the one closest to the file's last commit; else, with
 * no weekdays to go by, the year that puts the schedule closest to that commit.
 */
export function guessYear(
  expressions: Array<DateExpression | undefined>,
  referenceDate: () => PlainDate | undefined,
  where: Position | undefined,
  report: DiagnosticCollector,
  groups?: readonly number[],
  blocks: readonly number[] | undefined = groups,
): Pick<YearHints, 'weekdayYear' | 'commitYear'> | undefined {
  const committed = referenceDate();
  if (committed === undefined) return undefined;
  const counted = countedMentions(expressions, groups, blocks);
  const fit = yearsWhereWeekdaysFit(counted, committed.year);
  if (fit.year !== undefined) {
    if (fit.misfits === undefined) report.addMessage('guessed-year', 'year-from-weekdays', { year: fit.year, weekdays: fit.weekdayMentions }, where);
    else report.addMessage('guessed-year', 'year-from-most-weekdays', { year: fit.year, weekdays: fit.weekdayMentions, misfits: fit.misfits }, where);
    return { weekdayYear: fit.year };
  }
  // Weekdays that fit no year near the commit are a mistake for weekday-mismatch to find, not a clue.
  if (fit.weekdayMentions > 0 && fit.years.length === 0) return undefined;
  if (counted.length === 0) return undefined;
  const year = yearClosestToCommit(counted, committed);
  report.addMessage('guessed-year', 'year-from-commit', { year, date: `${committed.year}-${String(committed.month).padStart(2, '0')}-${String(committed.day).padStart(2, '0')}` }, where);
  return { commitYear: year };
}

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
