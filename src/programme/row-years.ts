/*
 * The years of a document's dated rows, items or headings, decided in one place for the
 * tables and for the shapes outside them: the clues the document writes (year-inference.ts),
 * else a guess from the weekdays or the last commit (guess-year.ts), then the weekdays
 * against a year that weak clues gave (overruleByWeekdays). Each guess or overrule is said
 * once, in an info on the schedule, rather than as a mistake on every row.
 */
import type { Position } from 'unist';
import { inferYears, overruleByWeekdays, type InferredYears, type YearHints } from '../dates/year-inference.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { guessYear } from './guess-year.js';

/** Years for every expression (undefined where none can be known), with the guesses reported at `where`. */
export function yearsOfRows(
  expressions: Array<DateExpression | undefined>,
  hints: YearHints,
  referenceDate: (() => PlainDate | undefined) | undefined,
  where: Position | undefined,
  report: DiagnosticCollector,
  groups?: readonly number[],
): Array<InferredYears | undefined> {
  let years = inferYears(expressions, hints, groups);
  let guessed = false;
  if (referenceDate && expressions.some((e, i) => e && !years[i])) {
    const guess = guessYear(expressions, referenceDate, where, report, groups);
    if (guess) {
      years = inferYears(expressions, { ...hints, ...guess }, groups);
      guessed = true;
    }
  }
  // A guess already went by the weekdays; a year the document's clues gave is checked against them.
  if (guessed) return years;
  const result = overruleByWeekdays(expressions, years, referenceDate && (() => referenceDate()?.year));
  if (result.overrule) {
    const { year, clueYear, weekdays, source } = result.overrule;
    report.addMessage('guessed-year', 'year-from-weekdays-overrule', { year, clueYear, weekdays, clue: source }, where);
  }
  return result.years;
}
