/*
 * Turning a parsed expression plus its inferred years into actual days. This is where
 * impossible days (`30 février`, `29 février 2019`, `31 avril`) are caught: the grammar
 * keeps them as written so the message can quote the cell, and only here is the year
 * known that decides whether `29 février` exists.
 */
import { compareDates, daysFromTo, isRealDate } from './plain-date.js';
import type { DateExpression, DayMention, PlainDate, ResolvedDates } from './types.js';
import type { InferredYears } from './year-inference.js';

/** The outcome of resolving: the days, or the first impossible day, or a range written backwards, or one longer than a year. */
export type ResolveResult =
  | { ok: true; value: ResolvedDates }
  | {
      ok: false;
      invalid: { mention: DayMention; year: number };
      /**
       * For a run of days whose last day is past its month's end (`11-31 novembre`): the
       * run to the month's last day, which is what a reader understands it to mean.
       */
      toMonthEnd?: ResolvedDates;
    }
  | { ok: false; backwards: { from: DayMention; to: DayMention } }
  | { ok: false; tooLong: { days: number } };

/**
 * The longest range a session may span, in days. A programme covers a year; a longer range
 * is a mistyped year (`4 septembre 2019 au 3 février 2199`, found by the property tests),
 * and expanded it became tens of thousands of events: seconds of work and a calendar of
 * tens of megabytes for a one-line typo.
 */
export const longestRangeDays = 366;

function dayCount(from: PlainDate, to: PlainDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000) + 1;
}

function sortedUnique(days: PlainDate[]): PlainDate[] {
  const sorted = [...days].sort(compareDates);
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return prev === undefined || compareDates(prev, d) !== 0;
  });
}

/** The last day of a month (28 to 31), or undefined for a month that does not exist. */
function lastDayOfMonth(year: number, month: number): number | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every day an expression means once each mention has its year (ranges expanded, options listed). */
export function resolveDates(expression: DateExpression, inferred: InferredYears): ResolveResult {
  const mentions: Array<DayMention & { resolvedYear: number }> = [];
  const days: PlainDate[] = [];
  for (const [k, mention] of expression.mentions.entries()) {
    // A missing year per mention should not happen (inferYears gives one each); reuse the last one.
    const year = inferred.years[k] ?? inferred.years[inferred.years.length - 1];
    if (year === undefined || !isRealDate(year, mention.month, mention.day)) {
      const invalid = { mention, year: year ?? Number.NaN };
      const lastDay = year === undefined ? undefined : lastDayOfMonth(year, mention.month);
      // `11-31 novembre`, `25-30 février`: only the end of a run, and only a day that some month has.
      if (expression.kind !== 'range' || k !== 1 || lastDay === undefined || mention.day > 31 || mention.day <= lastDay) return { ok: false, invalid };
      const clipped = resolveDates({ ...expression, mentions: [expression.mentions[0]!, { ...mention, day: lastDay }] }, inferred);
      return clipped.ok ? { ok: false, invalid, toMonthEnd: clipped.value } : { ok: false, invalid };
    }
    mentions.push({ ...mention, resolvedYear: year });
    days.push({ year, month: mention.month, day: mention.day });
  }

  const value: ResolvedDates = { expression, days: [], yearSource: inferred.source, mentions };
  switch (expression.kind) {
    case 'range': {
      const [from, to] = days;
      const [fromMention, toMention] = expression.mentions;
      if (from === undefined || to === undefined || fromMention === undefined || toMention === undefined) {
        value.days = days;
        break;
      }
      if (compareDates(to, from) < 0) return { ok: false, backwards: { from: fromMention, to: toMention } };
      if (dayCount(from, to) > longestRangeDays) return { ok: false, tooLong: { days: dayCount(from, to) } };
      value.days = daysFromTo(from, to);
      break;
    }
    case 'alternatives':
      value.days = sortedUnique(days);
      value.alternatives = days.map((d) => [d]);
      break;
    case 'set':
      value.days = sortedUnique(days);
      break;
    case 'single':
      value.days = days;
      break;
  }
  return { ok: true, value };
}
