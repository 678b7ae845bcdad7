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
  if (named) {
    years = inferYears(expressions, { ...hints, pathYear: named.clue }, groups, blocks);
    report.addMessage('guessed-year', 'year-from-path', { year: clueText(named.clue), name: named.name }, where);
  }
  const { referenceDate } = place;
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

/** A clue as a reader says it: `2019`, `2018-2019`. */
function clueText(clue: YearClue): string {
  if (typeof clue === 'number') return String(clue);
  if ('schoolYear' in clue) return `${clue.schoolYear}-${clue.schoolYear + 1}`;
  if ('term' in clue) return String(clue.term);
  return String(clue.near.year);
}
