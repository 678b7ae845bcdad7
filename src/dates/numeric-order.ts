/*
 * The order in which a document writes its numeric dates. French writes the day first
 * (`17/01`), but pages written in Québec or from an English template write the month first
 * (`01/17`, `09/15/2025`). A reader decides it once for the page, from the dates that can
 * only be read one way (a 17 is no month), and reads the ambiguous ones (`02/07`) the same
 * way. No date library decides this from a whole page, so it is written here.
 *
 * The order is set for the time one document is read and checked (withNumericOrder): the
 * date grammar is called from every reader and several rules, and the order is a fact of
 * the document they all share, not of the one cell each reads.
 */

/**
 * How a document writes a date of numbers alone: day first (French), month first, or year
 * first in two digits (`20-09-07`, a college's course tables).
 */
export type NumericOrder = 'day-first' | 'month-first' | 'year-first';

let current: NumericOrder = 'day-first';

/** The order of the document being read; day first outside any document. */
export function currentNumericOrder(): NumericOrder {
  return current;
}

/** Runs `read` with the numeric dates read in `order`, then restores the order before. */
export function withNumericOrder<T>(order: NumericOrder, read: () => T): T {
  const before = current;
  current = order;
  try {
    return read();
  } finally {
    current = before;
  }
}

// Two numbers joined by a slash, standing alone (not part of a longer number, a path or a
// version), then the year a third slash may add. Bounded quantifiers, none nested: linear
// on any text.
const SLASHED = /(?:^|[^\d/.])(\d{1,2})\/(\d{1,2})(?!\d)/g;
const YEAR_AFTER = /^\/(\d{4}|\d{2})(?![\d/])/;

/**
 * The order a document's numeric dates are written in: month first only when at least two
 * of them can be read no other way (`01/17`, `09/15/2025`: 17 and 15 are no month) and none
 * can only be read day first (`17/01`). A mark out of 20 (`12/20`) is written the same way
 * as a month-first date and is common in French course pages: it is not counted.
 */
export function numericOrderOf(text: string): NumericOrder {
  if (writesYearFirst(text)) return 'year-first';
  let monthFirst = 0;
  for (const match of text.matchAll(SLASHED)) {
    const end = match.index + match[0].length;
    const withYear = text[end] === '/';
    // `3/15/2`, `1/2/3/4`: a path or a numbering, not a date.
    if (withYear && !YEAR_AFTER.test(text.slice(end, end + 6))) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) return 'day-first';
    if (first >= 1 && first <= 12 && second > 12 && second <= 31 && !(second === 20 && !withYear)) monthFirst++;
  }
  return monthFirst >= 2 ? 'month-first' : 'day-first';
}

// A date of three numbers of two digits joined by dashes: `20-09-07`.
const DASHED_TRIPLE = /^(\d{2})-(\d{2})-(\d{2})$/;
// What may open a line before its date: a list's bullet or number, a heading's marks.
const LINE_MARKS = /^(?:[-*+]|\d{1,3}[.)]|#{1,6})\s/;

/**
 * The dashed triples a document writes where a date stands on its own: alone in a table's
 * cell (`|20-09-07|`), or opening a line, an item or a heading (`- 20-09-07 : Docker`). A
 * triple inside a sentence may be a reference, a score or a code (`fer 12-04-15`).
 */
function standingTriples(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      for (const cell of line.split('|')) {
        const match = DASHED_TRIPLE.exec(cell.trim());
        if (match) found.push(match);
      }
      continue;
    }
    const marks = LINE_MARKS.exec(line);
    const opening = (marks ? line.slice(marks[0].length) : line).trimStart().split(/[\s:,;]/)[0] ?? '';
    const match = DASHED_TRIPLE.exec(opening);
    if (match) found.push(match);
  }
  return found;
}

/**
 * Whether a document writes its dates of numbers year first in two digits (`20-09-07`,
 * `20-10-05` for 7 September and 5 October 2020): at least three such dates standing on
 * their own (standingTriples), a month in the middle of each, at most two values in the
 * first place (the school year's) and at least three in the last. Read day first, the same
 * column would jump across decades (2007, 2028, 2005), which no schedule does; a day-first
 * column (`15-01-18`, `22-01-18`) keeps its last number and changes its first.
 */
function writesYearFirst(text: string): boolean {
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  let count = 0;
  for (const match of standingTriples(text)) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    firsts.add(match[1]!);
    lasts.add(match[3]!);
    count++;
  }
  return count >= 3 && firsts.size <= 2 && lasts.size >= 3;
}
