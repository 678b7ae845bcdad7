import type { Position } from 'unist';
import { yearsWhereWeekdaysFit } from '../dates/weekday-years.js';
import { yearFromClue, type YearHints } from '../dates/year-inference.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';

/**
 * When no year is written anywhere, a reader guesses it and so does this, saying so in an
 * info because the coordinator should still write it: the year in which every weekday
 * the rows write falls on its day, the one closest to the file's last commit; else, with
 * no weekdays to go by, the year that puts the first session closest to that commit.
 */
export function guessYear(
  expressions: Array<DateExpression | undefined>,
  referenceDate: () => PlainDate | undefined,
  where: Position | undefined,
  report: DiagnosticCollector,
): Pick<YearHints, 'weekdayYear' | 'commitDate'> | undefined {
  const committed = referenceDate();
  if (committed === undefined) return undefined;
  const mentions = expressions.flatMap((e) => e?.mentions ?? []).filter((m) => m.year === undefined);
  const fit = yearsWhereWeekdaysFit(mentions, committed.year);
  if (fit.year !== undefined) {
    report.addMessage('guessed-year', 'year-from-weekdays', { year: fit.year, weekdays: fit.weekdayMentions }, where);
    return { weekdayYear: fit.year };
  }
  // Weekdays that fit no year near the commit are a mistake for weekday-mismatch to find, not a clue.
  if (fit.weekdayMentions > 0 && fit.years.length === 0) return undefined;
  const first = mentions[0];
  if (!first) return undefined;
  const year = yearFromClue({ near: committed }, first);
  report.addMessage('guessed-year', 'year-from-commit', { year, date: `${committed.year}-${String(committed.month).padStart(2, '0')}-${String(committed.day).padStart(2, '0')}` }, where);
  return { commitDate: committed };
}
