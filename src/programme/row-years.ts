/*
 * The years of a document's dated rows, items or headings, decided in one place for the
 * tables and for the shapes outside them: the clues the document writes (year-inference.ts),
 * else the name of the file, its folder or its repository (path-year.ts), else a guess from
 * the weekdays or the last commit (guess-year.ts), then the weekdays against a year that
 * weak clues gave (overruleByWeekdays). Each guess or overrule is said once, in an info on
 * the schedule, rather than as a mistake on every row.
 */
import type { Position } from 'unist';
import { inferYears, overruleByWeekdays, type InferredYears, type YearClue, type YearHints } from '../dates/year-inference.js';
import type { DateExpression, PlainDate } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { guessYear, yearFromWrittenYears } from './guess-year.js';
import { yearClueOfPath } from './path-year.js';

/** Where the file is, asked only when its text writes no year. */
export interface FilePlace {
  /** The day the file was last committed (see guess-year.ts). */
  referenceDate?: () => PlainDate | undefined;
  /** The file's path from its repository's folder, that folder's name included (`syllabus-EDM5240-H2019/calendrier.md`). */
  repositoryPath?: () => string | undefined;
  /** The years the page's text writes anywhere (guess-year.ts, yearsWritten), asked only when nothing else gives one. */
  writtenYears?: () => readonly number[];
}

/** Years for every expression (undefined where none can be known), with the guesses reported at `where`; `blocks` as inferYears takes them. */
export function yearsOfRows(
  expressions: Array<DateExpression | undefined>,
  hints: YearHints,
  place: FilePlace,
  where: Position | undefined,
  report: DiagnosticCollector,
  groups?: readonly number[],
  blocks: readonly number[] | undefined = groups,
): Array<InferredYears | undefined> {
  let years = inferYears(expressions, hints, groups, blocks);
  const missing = () => expressions.some((e, i) => e && !years[i]);
  const path = missing() && place.repositoryPath ? place.repositoryPath() : undefined;
  const named = path === undefined ? undefined : yearClueOfPath(path);
  const { referenceDate } = place;
  if (named) {
    const byPath = inferYears(expressions, { ...hints, pathYear: named.clue }, groups, blocks);
    // `2020-2021-ECOM-INFO5-G7/Journal_de_bord.md` last committed in December 2019, its weeks
    // from September to December: a journal kept as the weeks went, not one written nine
    // months ahead. The repository was named for another year than the page's (renamed, or a
    // cohort's year); the commit tells the page's.
    // Only a page kept while it ran: read a year or two earlier, its last day falls within two
    // weeks of the commit. A plan, a save-the-date or next season's syllabus is often
    // committed long before its days, and far from their anniversary.
    const committed = referenceDate?.();
    const extent = committed ? dayExtent(expressions, byPath) : undefined;
    const keptWhileItRan = extent !== undefined && [1, 2].some((back) => Math.abs(dayNumber({ ...extent.last, year: extent.last.year - back }) - dayNumber(committed!)) <= KEPT_DAYS);
    if (!extent || !committed || dayNumber(extent.first) - dayNumber(committed) <= PATH_AHEAD_DAYS || !keptWhileItRan) {
      years = byPath;
      report.addMessage('guessed-year', 'year-from-path', { year: clueText(named.clue), name: named.name }, where);
    }
  }
  let guessed = false;
  if (referenceDate && missing()) {
    const guess = guessYear(expressions, referenceDate, where, report, groups, blocks);
    if (guess) {
      years = inferYears(expressions, { ...hints, ...guess }, groups, blocks);
      guessed = true;
    }
  }
  // No commit to guess by: a year the page writes elsewhere, when the weekdays confirm it.
  if (!guessed && missing() && place.writtenYears) {
    const written = yearFromWrittenYears(expressions, place.writtenYears(), where, report, groups, blocks);
    if (written) {
      years = inferYears(expressions, { ...hints, ...written }, groups, blocks);
      guessed = true;
    }
  }
  // A guess already went by the weekdays; a year the document's clues gave is checked against them.
  if (guessed) return years;
  const result = overruleByWeekdays(expressions, years, referenceDate);
  if (result.overrule) {
    const { year, clueYear, weekdays, source, misfits } = result.overrule;
    if (misfits === undefined) report.addMessage('guessed-year', 'year-from-weekdays-overrule', { year, clueYear, weekdays, clue: source }, where);
    else report.addMessage('guessed-year', 'year-from-most-weekdays-overrule', { year, clueYear, weekdays, misfits, clue: source }, where);
  }
  return result.years;
}

// How many days from the commit a page's last day may fall, a year or two before the year its path gives, for the page to be one kept while it ran.
const KEPT_DAYS = 14;

// How many days after the file's last commit a year its path gives may put a page's first day: about half a year.
const PATH_AHEAD_DAYS = 183;

const dayNumber = (day: PlainDate) => Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;

/** The earliest and the latest day the expressions give in the years found for them, if any. */
function dayExtent(expressions: Array<DateExpression | undefined>, years: Array<InferredYears | undefined>): { first: PlainDate; last: PlainDate } | undefined {
  let extent: { first: PlainDate; last: PlainDate } | undefined;
  expressions.forEach((expression, i) => {
    expression?.mentions.forEach((mention, k) => {
      const year = years[i]?.years[k];
      if (year === undefined) return;
      const day = { year, month: mention.month, day: mention.day };
      if (!extent) extent = { first: day, last: day };
      else if (dayNumber(day) < dayNumber(extent.first)) extent.first = day;
      else if (dayNumber(day) > dayNumber(extent.last)) extent.last = day;
    });
  });
  return extent;
}

/** A clue as a reader says it: `2019`, `2018-2019`. */
function clueText(clue: YearClue): string {
  if (typeof clue === 'number') return String(clue);
  if ('schoolYear' in clue) return `${clue.schoolYear}-${clue.schoolYear + 1}`;
  if ('term' in clue) return String(clue.term);
  return String(clue.near.year);
}
