/*
 * Giving a year to rows that wrote none. Programmes write `21 février`, not
 * `21 février 2019`, and a September-to-June programme crosses a new year in the middle
 * of its table. The clock is never read: a year-less date has no year until the document
 * (or the --year option) gives one, else the caller reports `missing-year`.
 *
 * The order of trust, from the spec: a year written in the cell; else an anchor from the
 * column header, the heading above the table, the detail sections' dated headings, then
 * the --year option. From an anchored row the others are counted in document order: the
 * year goes up by one whenever a row's month is earlier than the previous row's. A list
 * kept newest first (list-direction.ts) is counted the other way: from its end, in time order.
 */
import { addDays, compareDates, isoWeekday, isRealDate } from './plain-date.js';
import { closestYear, majority, searchYears } from './weekday-years.js';
import { listsKeptNewestFirst, type ListDay } from './list-direction.js';
import type { DateExpression, DayMention, PlainDate, YearSource } from './types.js';

/**
 * A clue to the year of the first dated row: a year (`Programme 2019`); a school year
 * (`2018/2019`: a first row from August on is in its first year, an earlier one in its
 * second); or a full date written near the schedule (`date: 2022-05-05` in the front
 * matter, `le mercredi 29 novembre 2024`): the row takes the year that puts it closest to
 * that day; or a term (`H25`, the winter term of 2025; `Automne 2019`) that every row of the
 * schedule is in.
 */
export type YearClue = number | { schoolYear: number } | { term: number; autumn?: boolean } | { near: PlainDate; written?: true };

/**
 * The year a term puts a day of month `month` in: its own year; an autumn term's days
 * before August are its January (`Automne 2019`: an exam on 14 January is in 2020).
 */
export function termYear(clue: { term: number; autumn?: boolean }, month: number): number {
  return clue.autumn === true && month < 8 ? clue.term + 1 : clue.term;
}

/** What the document says about the year, besides the cells themselves; each field is a fallback for the ones above it. */
export interface YearHints {
  /** Year written in the dates column header (`DATES 2019`). */
  columnHeaderYear?: number;
  /** Year in the nearest heading above the table, else the document title. */
  headingYear?: YearClue;
  /** The front matter's date or the year in its title. */
  frontMatter?: YearClue;
  /** Dates with explicit years found in detail-section headings. */
  sectionDates?: PlainDate[];
  /** A year in any other heading of the document (a school-year label lower down). */
  otherHeadingYear?: YearClue;
  /** A full date written in a heading or sentence near the schedule (before it, else after). */
  nearbyDate?: PlainDate;
  /** The date the page closes with to say when it was written (`*Plan opérationnel — 28 février 2026*`, date-stamp.ts). */
  closingStamp?: PlainDate;
  /** The --year option: the year of the first session. */
  optionYear?: number;
  /** A year in the name of the file, its folder or its repository (`syllabus-EDM5240-H2019`). */
  pathYear?: YearClue;
  /** The year in which every weekday the rows write fits (see weekday-years.ts). */
  weekdayYear?: number;
  /** The first row's year guessed from the day the file was last committed (guess-year.ts). */
  commitYear?: number;
  /** The commit's year, for a plan whose days all fall around the commit though its weekdays fit another year (guess-year.ts). */
  aroundCommitYear?: number;
}

// Half a year, in milliseconds: how far after a heading's written day a row may fall and still be in its year.
const HALF_A_YEAR_MS = 183 * 86_400_000;

/** The year a clue gives a row whose first day is `first`. */
export function yearFromClue(clue: YearClue, first: { month: number; day: number }): number {
  if (typeof clue === 'number') return clue;
  if ('schoolYear' in clue) return first.month >= 8 ? clue.schoolYear : clue.schoolYear + 1;
  if ('term' in clue) return termYear(clue, first.month);
  const { near } = clue;
  // A day a heading writes with its year (`… l'examen du 16.01.2026`): its year, unless the
  // row would then fall more than half a year after it (a term's autumn, before its exam).
  if (clue.written === true) return Date.UTC(near.year, first.month - 1, first.day) - Date.UTC(near.year, near.month - 1, near.day) > HALF_A_YEAR_MS ? near.year - 1 : near.year;
  const distance = (year: number) =>
    Math.abs(Date.UTC(year, first.month - 1, first.day) - Date.UTC(near.year, near.month - 1, near.day));
  return [near.year - 1, near.year, near.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/**
 * The years of one row. `source` is `cell` when the cell wrote its year; a row counted
 * from a neighbour's written year, or that crossed a new year while counting, is
 * `rollover`; otherwise the anchor's source (`column-header`, `heading`, `section`, `option`).
 */
export interface InferredYears {
  /** One year per mention of the row's expression, in order. */
  years: number[];
  source: YearSource;
  /** Index of the row whose year this one was counted from, when it was counted. */
  from?: number;
}

/**
 * The one way years are counted within a date expression: the first mention is in
 * `base`; a mention that writes its year sets it; a mention whose month is earlier than
 * the one before it is in the next year (`10 octobre & 5 janvier 2020 & 7 février`:
 * 2019, 2020, 2020), unless it is a day listed only a little earlier, as rows are
 * (crossesIntoNextYear: `Mercredi 6 novembre, Mercredi 13 octobre, Mercredi 20 novembre` is a
 * slip in one autumn, not a year gone by); a range's end before its start is always the next
 * year. Rows, detail sections and headings all count this way.
 */
export function countYears(expression: DateExpression, base: number): number[] {
  const years: number[] = [];
  let year = base;
  let previousMonth: number | undefined;
  for (const m of expression.mentions) {
    if (m.year !== undefined) year = m.year;
    // A range's end before its start is always the next year (`du 1er septembre au 31 août`);
    // a day listed a little before the one above it is a slip (see below).
    else if (previousMonth !== undefined && (expression.kind === 'range' ? m.month < previousMonth : crossesIntoNextYear(m.month, previousMonth))) year++;
    years.push(year);
    previousMonth = m.month;
  }
  return years;
}

/** Whether the weekdays a row writes (if any) fall on its days counted from `base`. */
function weekdaysFit(row: DateExpression, base: number): boolean {
  const years = countYears(row, base);
  return row.mentions.every((m, k) => m.weekday === undefined || isoWeekday({ year: years[k] ?? base, month: m.month, day: m.day }) === m.weekday);
}

function firstMonth(e: DateExpression): number {
  return e.mentions[0]?.month ?? 0;
}

function lastMonth(e: DateExpression): number {
  return e.mentions[e.mentions.length - 1]?.month ?? 0;
}

// How far back, at most, a row's month may be from the row above's and still be a row
// out of order rather than the next year (the out-of-order rule's own measure).
const MISPLACED_MONTHS = 3;
// The months of a school year's second half: a row of these under a row of autumn is the
// next year, however few months back it looks (`10 juin` under `14 septembre`). August is
// summer, not the start of a school year: `Du 31 juillet au 4 août` under `Vendredi 28 août`
// on a summer agenda is a row out of order, a month back in the same summer.
const LAST_MONTH_OF_A_SCHOOL_YEAR = 7;
const FIRST_MONTH_OF_A_SCHOOL_YEAR = 9;

/**
 * Whether a row whose month is `month`, under a row of `previous`, is in the next year. A
 * month far back is (`9 janvier` under `12 décembre`: the programme crosses New Year), and
 * so is a month of spring or summer under one of autumn (`10 juin` under `14 septembre`: a
 * school year). A month a little back otherwise is a row written out of order (`11
 * novembre` under `1er décembre`, `2 février` under `15 mars`), in the same year, which
 * out-of-order reports; read as a session eleven months later, it pushed every row below
 * it into the next year too.
 */
function crossesIntoNextYear(month: number, previous: number): boolean {
  if (month >= previous) return false;
  return previous - month > MISPLACED_MONTHS || turnsSchoolYear(month, previous);
}

/**
 * Whether a row of `month` under a row of `previous` goes from a school year's autumn to its
 * spring or summer (`30 juin` under `18 septembre`): the next year, in order, however few
 * months back it looks. out-of-order does not take it for a misplaced row either.
 */
export function turnsSchoolYear(month: number, previous: number): boolean {
  return previous >= FIRST_MONTH_OF_A_SCHOOL_YEAR && month <= LAST_MONTH_OF_A_SCHOOL_YEAR;
}

/** A row whose year is settled by itself or by an anchor; the others are counted from these. */
interface Fixed {
  years: number[];
  source: YearSource;
}

/** Section dates anchor the rows whose day and month they share (`### Session | 10 octobre 2019`). */
function sectionAnchors(rows: Array<DateExpression | undefined>, dates: PlainDate[], fixed: Map<number, Fixed>): void {
  rows.forEach((row, i) => {
    if (row === undefined || fixed.has(i)) return;
    row.mentions.forEach((m, k) => {
      if (fixed.has(i)) return;
      const match = dates.find((d) => d.day === m.day && d.month === m.month);
      if (match === undefined) return;
      const relative = countYears(row, 0);
      const shift = match.year - (relative[k] ?? 0);
      fixed.set(i, { years: relative.map((y) => y + shift), source: 'section' });
    });
  });
}

/**
 * Years for every row (one per mention), or undefined where no year can be known.
 * `groups` gives each row's block (its table): a block whose first day falls within the
 * days the blocks above already cover is a parallel list (one table per supervisor, per
 * group), not the next year, however its month compares with the row just above.
 * `blocks` gives each row's list (a table, a bullet list, the part under a heading), the
 * groups when not given: each list runs forward or is kept newest first, as a reader sees
 * it (list-direction.ts), and its years are counted the way it runs.
 */
export function inferYears(
  rows: Array<DateExpression | undefined>,
  hints: YearHints,
  groups?: readonly number[],
  blocks: readonly number[] | undefined = groups,
): Array<InferredYears | undefined> {
  const back = stepsBack(rows, blocks);
  const out: Array<InferredYears | undefined> = rows.map(() => undefined);
  const fixed = new Map<number, Fixed>();

  // A year written in the cell wins for that row.
  rows.forEach((row, i) => {
    const y = row?.mentions[0]?.year;
    if (row !== undefined && y !== undefined) fixed.set(i, { years: countYears(row, y), source: 'cell' });
  });

  // One anchor, the most trusted available.
  const firstDated = rows.findIndex((r) => r !== undefined && r.mentions.length > 0);
  const anchorFirst = (year: number, source: YearSource): void => {
    const row = rows[firstDated];
    if (row !== undefined && !fixed.has(firstDated)) fixed.set(firstDated, { years: countYears(row, year), source });
  };
  const firstMention = rows[firstDated]?.mentions[0];
  // The school year the anchoring clue names (`Saison 2017-2018`), which holds the rows.
  let schoolYear: number | undefined;
  let termNamed = false;
  const clue = (value: YearClue | undefined, source: YearSource): boolean => {
    if (value === undefined || firstMention === undefined) return false;
    if (typeof value === 'object' && 'schoolYear' in value) schoolYear = value.schoolYear;
    if (typeof value === 'object' && 'term' in value) {
      termNamed = true;
      // A term holds every row: two groups' lists of one term (one tab each) both start in
      // January of its year, they are not one list crossing into the next year.
      rows.forEach((row, i) => {
        if (row !== undefined && row.mentions.length > 0 && !fixed.has(i)) fixed.set(i, { years: countYears(row, termYear(value, firstMonth(row))), source });
      });
      return true;
    }
    anchorFirst(yearFromClue(value, firstMention), source);
    return true;
  };
  // Rows that write their year are counted from; a section's `9 janvier 2019` must not pull
  // a later year's `9 janvier` row back (a programme over several years repeats days).
  const sections = (): boolean => {
    if (hints.sectionDates === undefined || fixed.size > 0) return false;
    sectionAnchors(rows, hints.sectionDates, fixed);
    return fixed.size > 0;
  };
  // The most trusted clue the document gives anchors the first dated row; the first that applies wins.
  void (
    clue(hints.columnHeaderYear, 'column-header') ||
    clue(hints.headingYear, 'heading') ||
    clue(hints.frontMatter, 'front-matter') ||
    sections() ||
    clue(hints.otherHeadingYear, 'heading') ||
    clue(hints.nearbyDate === undefined ? undefined : { near: hints.nearbyDate }, 'nearby-date') ||
    clue(hints.closingStamp === undefined ? undefined : { near: hints.closingStamp }, 'stamp') ||
    clue(hints.optionYear, 'option') ||
    clue(hints.pathYear, 'path') ||
    clue(hints.weekdayYear, 'weekdays') ||
    clue(hints.aroundCommitYear, 'around-commit') ||
    clue(hints.commitYear, 'commit')
  );

  const anchors = [...fixed.keys()].sort((a, b) => a - b);
  const first = anchors[0];
  if (first === undefined) return out;

  // Downwards from the first anchor; every anchored row resets the count. `running` is the
  // row above: its first and last year and month.
  let running = { firstYear: 0, firstMonth: 0, year: 0, month: 0, base: 0, source: 'cell' as YearSource, from: first };
  const span = new Span();
  let previousGroup: number | undefined;
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || row.mentions.length === 0) continue;
    const f = fixed.get(i);
    const newGroup = groups !== undefined && previousGroup !== undefined && groups[i] !== previousGroup;
    previousGroup = groups?.[i];
    let years: number[];
    if (f !== undefined) {
      years = f.years;
      out[i] = { years, source: f.source };
      running = { ...running, base: years[0] ?? 0, source: f.source, from: i };
    } else if (back[i]) {
      // Kept newest first: this row ends before the row above begins, in the year before it
      // when going on from this row to that one crosses a new year.
      const relative = countYears(row, 0);
      const end = crossesIntoNextYear(running.firstMonth, lastMonth(row)) ? running.firstYear - 1 : running.firstYear;
      years = relative.map((y) => y + end - (relative.at(-1) ?? 0));
      const counted = running.source === 'cell' || years[0] !== running.base ? 'rollover' : running.source;
      out[i] = { years, source: counted, from: running.from };
    } else {
      const within = newGroup ? span.yearWithin(row.mentions[0]!) : undefined;
      const crosses = crossesIntoNextYear(firstMonth(row), running.month);
      const parallel = newGroup && within === undefined && crosses && partWithinSpan(rows, groups!, i, fixed, running.year, span);
      let base = within ?? (crosses && !parallel ? running.year + 1 : running.year);
      const own = schoolYear === undefined ? undefined : yearFromClue({ schoolYear }, row.mentions[0]!);
      // A page of a school year (`Saison 2017-2018`) lists its holidays and closures by kind:
      // `Noël : du 24 décembre au 7 janvier` under the spring holidays is the Christmas of
      // that school year, a row out of order, not a day of the next one. Counted past its
      // school year, a row whose day falls within the days already read is put back in it.
      // So is a show's December after another's June on a season's page (`SAISON 2019-2020`):
      // each show's list is its own, listed by show, not by date, each in the season the page
      // names. One list that goes on past the season (`Lundi 17 septembre : reprise suivante`
      // after `Samedi 30 juin : fin`) runs into the next one, as its weekdays say.
      const anotherList = own !== undefined && newGroup && base === own + 1 && weekdaysFit(row, own);
      if (own !== undefined && base > own && (span.yearWithin(row.mentions[0]!) === own || anotherList)) base = own;
      years = countYears(row, base);
      const counted = running.source === 'cell' || base !== running.base ? 'rollover' : running.source;
      out[i] = { years, source: counted, from: running.from };
    }
    running = { ...running, firstYear: years[0] ?? running.year, firstMonth: firstMonth(row), year: years[years.length - 1] ?? running.year, month: lastMonth(row) };
    row.mentions.forEach((m, k) => span.add({ year: years[k] ?? running.year, month: m.month, day: m.day }));
  }

  // Upwards from the first anchor (only when it is not the first dated row: a section or a cell).
  const anchor = fixed.get(first);
  const firstRow = rows[first];
  if (anchor === undefined || firstRow === undefined) return out;
  // The row below: its first and last year and month, and whether it goes back from the row above it.
  let below = { firstYear: anchor.years[0] ?? 0, firstMonth: firstMonth(firstRow), lastYear: anchor.years.at(-1) ?? 0, lastMonth: lastMonth(firstRow), back: back[first] };
  const base = anchor.years[0] ?? 0;
  let belowIndex = first;
  for (let i = first - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === undefined || row.mentions.length === 0) continue;
    const relative = countYears(row, 0);
    let years: number[];
    if (blocks !== undefined && blocks[i] !== blocks[belowIndex] && !below.back && !back[i] && insertedOutOfStep(rows, blocks, i, first)) {
      // A part set inside another (a list of workshops written with their year among a
      // course's weekly headings, which go on below it), both in date order: the inserted
      // part is no step of the sequence around it, so this row does not go back a year from
      // it; it is read in its year. Parts one after the other (`## Premier semestre` over
      // `## Second semestre`) and lists kept newest first (`2025:` over its events, then
      // `2024:`) do run on from one to the next, as below.
      years = relative.map((y) => y + below.firstYear - (relative[0] ?? 0));
    } else if (below.back) {
      // The row below is older: this one begins after it ends, in the next year when its month is earlier.
      const start = firstMonth(row) < below.lastMonth ? below.lastYear + 1 : below.lastYear;
      years = relative.map((y) => y + start - (relative[0] ?? 0));
    } else {
      const target = lastMonth(row) > below.firstMonth ? below.firstYear - 1 : below.firstYear;
      years = relative.map((y) => y + target - (relative[relative.length - 1] ?? 0));
    }
    const source = anchor.source === 'cell' || years[0] !== base ? 'rollover' : anchor.source;
    out[i] = { years, source, from: first };
    below = { firstYear: years[0] ?? 0, firstMonth: firstMonth(row), lastYear: years.at(-1) ?? 0, lastMonth: lastMonth(row), back: back[i] };
    belowIndex = i;
  }
  keepUpcomingFirst(rows, out, first);
  readCopiedYears(rows, out);
  readMistypedYears(rows, out, back, blocks);
  // A school year or a term the page names holds its parts: their weekdays move none out of it.
  if (blocks !== undefined && schoolYear === undefined && !termNamed) readPartsByWeekdays(rows, out, blocks);
  return out;
}

// How many weekdays a part of the page must write for them to move its year.
const PART_WEEKDAYS = 3;

/**
 * A part of the page (a list under its month's heading) whose rows write no year and whose
 * weekdays, three or more, none fit the year it was counted in and all fit the year before
 * or after: a page of month sections kept newest first (`Planning de Janvier` over
 * `Planning de Novembre`), read on as if forward. A reader dates the part by its
 * weekdays; a weekday or two that do not fit are slips for weekday-mismatch, and move nothing.
 */
function readPartsByWeekdays(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>, blocks: readonly number[]): void {
  const parts = new Map<number, number[]>();
  rows.forEach((row, i) => {
    if (row === undefined || row.mentions.length === 0 || out[i] === undefined) return;
    parts.set(blocks[i]!, [...(parts.get(blocks[i]!) ?? []), i]);
  });
  let previous: number | undefined;
  for (const run of parts.values()) {
    const above = previous;
    previous = run.at(-1);
    if (above === undefined || run.some((i) => out[i]!.source === 'cell')) continue;
    const weekdays = writtenWeekdays(rows, out, run, out[run[0]!]!.years[0]!);
    if (weekdays.length < PART_WEEKDAYS) continue;
    const shift = [-1, 1].find((by) => weekdaysMoveBy(weekdays, by));
    if (shift === undefined) continue;
    // Only towards the part above: moved, the part must fall nearer to it than counted (a
    // plan whose weekdays are all last year's, its year counted on from the part above, is
    // a plan copied, for weekday-mismatch to tell).
    const end = rowDay(rows, out, above, rows[above]!.mentions.length - 1);
    const start = run[0]!;
    if (Math.abs(rowDay(rows, out, start, 0, shift) - end) >= Math.abs(rowDay(rows, out, start, 0) - end)) continue;
    for (const i of run) out[i] = { ...out[i]!, years: out[i]!.years.map((y) => y + shift) };
  }
}

/**
 * Whether the part of row `anchor` (a year written) is set inside the part of row `above`,
 * out of its steps: that part goes on below it, and its rows on either side follow each
 * other without the anchor's day between them (`18/11` then `25/11` around workshops of
 * `11 septembre 2025`). A row that falls between them (`Jeudi 11 décembre`, `Samedi 3
 * janvier 2026`, `Jeudi 8 janvier`) is a step of the sequence, read in it.
 */
function insertedOutOfStep(rows: Array<DateExpression | undefined>, blocks: readonly number[], above: number, anchor: number): boolean {
  const after = blocks.findIndex((block, k) => k > anchor && block === blocks[above] && rows[k]?.mentions[0] !== undefined);
  if (after < 0) return false;
  const ordinal = (k: number) => rows[k]!.mentions[0]!.month * 32 + rows[k]!.mentions[0]!.day;
  const [from, to, day] = [ordinal(above), ordinal(after), ordinal(anchor)];
  const between = from <= to ? day >= from && day <= to : day >= from || day <= to;
  return !between;
}

/**
 * For each row, whether it is read as before the row above it: the rows of a list kept
 * newest first (list-direction.ts), decided list by list; the first row of such a list goes
 * back from the row above it too (past events under upcoming ones).
 */
function stepsBack(rows: Array<DateExpression | undefined>, blocks: readonly number[] | undefined): boolean[] {
  const daysOf = new Map<number, ListDay[]>();
  rows.forEach((row, i) => {
    const first = row?.mentions[0];
    if (!first) return;
    const block = blocks?.[i] ?? 0;
    const days = daysOf.get(block) ?? [];
    days.push({ day: first.day, month: first.month, ...(first.year === undefined ? {} : { year: first.year }) });
    daysOf.set(block, days);
  });
  const lists = [...daysOf];
  const kept = listsKeptNewestFirst(lists.map(([, days]) => days));
  const newestFirst = new Set(lists.filter((_, i) => kept[i]).map(([block]) => block));
  return rows.map((_, i) => newestFirst.has(blocks?.[i] ?? 0));
}

/** The day (UTC milliseconds) of mention `k` of row `i` in the year counted for it, moved by `shift` years. */
function rowDay(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>, i: number, k: number, shift = 0): number {
  const m = rows[i]!.mentions[k]!;
  return Date.UTC((out[i]!.years[k] ?? out[i]!.years[0]!) + shift, m.month - 1, m.day);
}

/** The weekdays a run of rows writes, each with the year its mention is counted in. */
function writtenWeekdays(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>, run: readonly number[], written: number): Array<{ mention: DayMention; year: number }> {
  return run.flatMap((i) => rows[i]!.mentions.flatMap((mention, n) => (mention.weekday === undefined ? [] : [{ mention, year: out[i]!.years[n] ?? written }])));
}

/** Whether no weekday fits its year as counted and every one fits it `shift` years on: the run's year is a slip. */
function weekdaysMoveBy(weekdays: ReadonlyArray<{ mention: DayMention; year: number }>, shift: number): boolean {
  const fits = (m: DayMention, year: number) => isRealDate(year, m.month, m.day) && isoWeekday({ year, month: m.month, day: m.day }) === m.weekday;
  return !weekdays.some((w) => fits(w.mention, w.year)) && weekdays.every((w) => fits(w.mention, w.year + shift));
}

/*
 * A run of rows that write a year one off from the rows on both sides of it (`vendredi
 * 05/09/24` ... `vendredi 12/09/24` between `jeudi 04/09/25` and `lundi 15/09/25`): last
 * year's page copied and half updated. When the run writes two weekdays or more, none fits
 * the year written and all fit the neighbours' year, in which the run falls between them, a
 * reader reads it in the neighbours' year; weekday-mismatch still tells the coordinator to
 * correct the year (the mention keeps the year it writes). A run that ends the list is read
 * so only when its written year would put it back before the row above it. One weekday
 * alone, a later year at the end of the list or a run that would not fall between its
 * neighbours stays as written.
 */
function readCopiedYears(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>): void {
  const dated = rows.flatMap((row, i) => (row !== undefined && row.mentions.length > 0 && out[i] !== undefined ? [i] : []));
  const writtenYear = (i: number) => (out[i]!.source === 'cell' ? rows[i]!.mentions[0]!.year : undefined);
  const dayOf = (i: number, k: number) => rowDay(rows, out, i, k);
  let k = 1;
  while (k < dated.length) {
    const before = dated[k - 1]!;
    const written = writtenYear(dated[k]!);
    const year = out[before]!.years.at(-1)!;
    if (written === undefined || Math.abs(written - year) !== 1) {
      k++;
      continue;
    }
    let end = k;
    while (end < dated.length && writtenYear(dated[end]!) === written) end++;
    const run = dated.slice(k, end);
    const after = dated[end];
    k = end;
    const shift = year - written;
    // At the end of the list, only a run that would go back in time (`Thursday 10 March 2015`
    // after `Thursday 14 January 2016` on a season's page): a later year there is the next season.
    if (after === undefined ? shift < 0 : out[after]!.years[0] !== year) continue;
    const weekdays = writtenWeekdays(rows, out, run, written);
    if (weekdays.length < 2 || !weekdaysMoveBy(weekdays, shift)) continue;
    const last = run.at(-1)!;
    const firstDay = dayOf(run[0]!, 0);
    const moved = (at: number) => Date.UTC(new Date(at).getUTCFullYear() + shift, new Date(at).getUTCMonth(), new Date(at).getUTCDate());
    if (moved(firstDay) < dayOf(before, rows[before]!.mentions.length - 1) || (after !== undefined && moved(dayOf(last, rows[last]!.mentions.length - 1)) > dayOf(after, 0))) continue;
    for (const i of run) out[i] = { ...out[i]!, years: out[i]!.years.map((y) => y + shift) };
  }
}

/*
 * A row, or a run of rows, that writes a year one digit away from the year of the row above
 * it and is out of order as written: `6 novembre 2014` after `17 octobre 2024`, `mardi 4
 * novembre 2024` between `lundi 3` and `vendredi 7 novembre 2025`, January's entries typed
 * with last year's number after `2023-01-02`. A reader reads it in the year that puts it
 * just after the row above, when it falls there in order with the rows below and every
 * weekday it writes fits that year and not its own; the mention keeps the year it writes,
 * so weekday-mismatch and out-of-order still tell the coordinator to correct it. A list kept
 * newest first, a row in order as written, a year two digits away (a real other year) or a
 * row that would land more than two months after the row above stays as written.
 */
function readMistypedYears(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>, back: readonly boolean[], blocks: readonly number[] | undefined): void {
  // Each list or part of the page keeps its own order (an upcoming part, then past years'):
  // a row is compared with the rows of its own part only.
  const part = (i: number) => blocks?.[i] ?? 0;
  const dated = rows.flatMap((row, i) => (row !== undefined && row.mentions.length > 0 && out[i] !== undefined ? [i] : []));
  const writtenYear = (i: number): number | undefined => {
    const years = rows[i]!.mentions.map((m) => m.year);
    return out[i]!.source === 'cell' && !back[i] && years.every((y) => y !== undefined && y === years[0]) ? years[0] : undefined;
  };
  const dayOf = (i: number, k: number, shift = 0) => rowDay(rows, out, i, k, shift);
  const lastDayOf = (i: number, shift = 0) => dayOf(i, rows[i]!.mentions.length - 1, shift);
  let k = 1;
  while (k < dated.length) {
    const before = dated[k - 1]!;
    const written = writtenYear(dated[k]!);
    if (written === undefined || back[before] || part(before) !== part(dated[k]!) || dayOf(dated[k]!, 0) >= lastDayOf(before)) {
      k++;
      continue;
    }
    let end = k;
    while (end < dated.length && writtenYear(dated[end]!) === written && part(dated[end]!) === part(before)) end++;
    const run = dated.slice(k, end);
    const after = part(dated[end] ?? -1) === part(before) ? dated[end] : undefined;
    k = end;
    // The row above may be the slip (`17 octobre 2025` between `10 octobre 2024` and `7
    // novembre 2024`): the run is then in order with the row before it, and stays as written.
    const aboveBefore = dated[k - run.length - 2];
    if (aboveBefore !== undefined && part(aboveBefore) === part(before) && dayOf(run[0]!, 0) >= lastDayOf(aboveBefore)) continue;
    const above = new Date(lastDayOf(before));
    const head = rows[run[0]!]!.mentions[0]!;
    const year = Date.UTC(above.getUTCFullYear(), head.month - 1, head.day) >= above.getTime() ? above.getUTCFullYear() : above.getUTCFullYear() + 1;
    const shift = year - written;
    if (!oneDigitApart(written, year) || dayOf(run[0]!, 0, shift) - above.getTime() > NEXT_ENTRY_MS) continue;
    const inOrder = run.every((i, n) => n === 0 || dayOf(i, 0, shift) >= lastDayOf(run[n - 1]!, shift)) && (after === undefined || lastDayOf(run.at(-1)!, shift) <= dayOf(after, 0));
    if (!inOrder || !weekdaysMoveBy(writtenWeekdays(rows, out, run, written), shift)) continue;
    for (const i of run) out[i] = { ...out[i]!, years: out[i]!.years.map((y) => y + shift) };
  }
}

// How far after the row above a mistyped row may land: a list's next entry, two months at
// most. Farther, the rows are more likely kept by group or theme than mistyped (`Groupe
// d'automne | 23 septembre 2024` under the spring group's `5 mai 2025`).
const NEXT_ENTRY_MS = 66 * 86_400_000;

/** Whether two years differ in one digit only (`2014` and `2024`, `2024` and `2025`): a slip of the keyboard. */
function oneDigitApart(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  return x.length === y.length && [...x].filter((c, i) => c !== y[i]).length === 1;
}

/** The days the rows counted so far cover, from the earliest to the latest. */
/**
 * Whether the part that opens at row `start` (its rows sharing `groups[start]`), none of which
 * writes its year, counted from `year`, runs within the days the parts above cover and ends
 * no later than they do: a list set beside them, not their sequel. A course page lists its
 * exams with their year (`CC 1 : le mardi 10 mars 2026` … `Examen : lundi 11 mai 2026`), then
 * its lectures from `22 janvier` to `23 avril`: those lectures come before the exams they
 * prepare, in the same spring, not in the next year's (the reader of rotella-crypto-l3-2026).
 * A sequel that starts earlier in the year than the part above ended (a second semester
 * from January after an autumn) does not run within that autumn's days and is counted on.
 */
function partWithinSpan(rows: Array<DateExpression | undefined>, groups: readonly number[], start: number, fixed: ReadonlyMap<number, Fixed>, year: number, span: Span): boolean {
  let base = year;
  let month = firstMonth(rows[start]!);
  const days: PlainDate[] = [];
  for (let k = start; k < rows.length && groups[k] === groups[start]; k++) {
    const row = rows[k];
    if (row === undefined || row.mentions.length === 0) continue;
    if (fixed.has(k)) return false;
    if (crossesIntoNextYear(firstMonth(row), month)) base++;
    const years = countYears(row, base);
    row.mentions.forEach((m, n) => days.push({ year: years[n] ?? base, month: m.month, day: m.day }));
    base = years.at(-1) ?? base;
    month = lastMonth(row);
  }
  return days.length > 0 && span.holds(days);
}

class Span {
  private from?: number;
  private to?: number;

  add(day: PlainDate): void {
    const at = Date.UTC(day.year, day.month - 1, day.day);
    if (this.from === undefined || at < this.from) this.from = at;
    if (this.to === undefined || at > this.to) this.to = at;
  }

  /** Whether days run within the span: the last of them no later than its end and no earlier than its start. */
  holds(days: readonly PlainDate[]): boolean {
    if (this.from === undefined || this.to === undefined) return false;
    const last = days.reduce((latest, day) => Math.max(latest, Date.UTC(day.year, day.month - 1, day.day)), -Infinity);
    return last <= this.to && last >= this.from;
  }

  /** The year that puts a day and month within the span, if one does. */
  yearWithin(day: { month: number; day: number }): number | undefined {
    if (this.from === undefined || this.to === undefined) return undefined;
    for (let year = new Date(this.from).getUTCFullYear(); year <= new Date(this.to).getUTCFullYear(); year++) {
      const at = Date.UTC(year, day.month - 1, day.day);
      if (at >= this.from && at <= this.to) return year;
    }
    return undefined;
  }
}

/** Where the weekdays overruled the year the document's clues gave: what was read, and why. */
export interface WeekdayOverrule {
  /** The year the first counted row is now in. */
  year: number;
  /** The year the clues had given it. */
  clueYear: number;
  /** Where that year came from. */
  source: YearSource;
  /** How many weekdays were checked: all fit the new year but `misfits` (none the old one). */
  weekdays: number;
  /** When the new year is the one most weekdays fit rather than all: how many do not (typos, reported where they are written). */
  misfits?: number;
}

// Years a reader trusts over the weekdays: the dates header's and the --year option's are
// written for the schedule itself, the date the page closes with says when it was planned
// (a plan is for the days after it: weekdays that fit another year are its slip), and a
// row's own written year is never moved. A row counted on from a row above that writes its
// year (`2026-02-07` above `- Lundi 10 février`) keeps it too, when that row's own weekday,
// if it writes one, fits: a stale year (`Jeudi 12 septembre 2023`, a Tuesday) is no anchor.
const TRUSTED: ReadonlySet<YearSource> = new Set(['column-header', 'option', 'stamp']);
// How many days before the page was last written a day written in full may fall and still be the plan's (see trustedAnchor):
// half a year, a term's page edited as the term goes.
const WRITTEN_DAY_SLACK = 183;

/**
 * The weekdays against a year read from weaker clues (a title that names a promotion, a
 * heading's year counted forward, the last commit): when at least two rows write a weekday
 * and not one of them fits the years read, while every one fits the same years moved by a
 * few, the clue was about something else and a reader takes the weekdays' year; so too when
 * four weekdays or more all fit another year but one in four at most (typos among them). Every year
 * that was counted (not written in its own row) moves by the same amount, so a
 * September-to-June list keeps its new year; of the moves that fit, the one that puts the
 * first counted row closest to the year of `written` (the last commit's day, else the year
 * read) is taken, a tie taking none. A single weekday that fits says the year is right: the others are then
 * mistakes for weekday-mismatch, and nothing moves.
 */
export function overruleByWeekdays(
  rows: Array<DateExpression | undefined>,
  inferred: Array<InferredYears | undefined>,
  written?: () => PlainDate | undefined,
): { years: Array<InferredYears | undefined>; overrule?: WeekdayOverrule } {
  const rootSource = (i: number): YearSource => {
    const own = inferred[i]!;
    return own.from === undefined ? own.source : (inferred[own.from]?.source ?? own.source);
  };
  const moved = inferred.map((own, i) => own !== undefined && own.source !== 'cell' && rows[i] !== undefined);
  const checks: Array<{ year: number; month: number; day: number; weekday: number }> = [];
  let firstMoved: number | undefined;
  // Whether a row counted on from a row above that writes its year may trust it (see TRUSTED).
  const trustedAnchor = (i: number): boolean => {
    const anchor = inferred[i]!.from === undefined ? undefined : rows[inferred[i]!.from!];
    if (anchor === undefined) return false;
    if (anchor.mentions.every((m) => m.weekday === undefined || m.year === undefined || (isRealDate(m.year, m.month, m.day) && isoWeekday({ year: m.year, month: m.month, day: m.day }) === m.weekday))) return true;
    // `Lundi 3 février 2026` (a Tuesday) over `### Lundi 3 février` in a plan last written on
    // 2 February 2026: a day written in full that falls when the page was written, or after,
    // is the plan's, its weekdays the slip (weekday-mismatch says so); a stale year
    // (`Jeudi 12 septembre 2023` on a page written in 2024, `Lundi 6 janvier 2024` on one
    // written in December 2024) is a year gone by, and the weekdays tell the new one.
    const day = written?.();
    if (day === undefined) return false;
    const since = addDays(day, -WRITTEN_DAY_SLACK);
    return anchor.mentions.some((m) => m.year === day.year && isRealDate(m.year, m.month, m.day) && compareDates({ year: m.year, month: m.month, day: m.day }, since) >= 0);
  };
  for (const [i, row] of rows.entries()) {
    if (!moved[i]) continue;
    if (TRUSTED.has(rootSource(i)) || (rootSource(i) === 'cell' && trustedAnchor(i))) return { years: inferred };
    firstMoved ??= i;
    row!.mentions.forEach((m, k) => {
      const year = inferred[i]!.years[k];
      if (m.weekday !== undefined && m.year === undefined && year !== undefined) checks.push({ year, month: m.month, day: m.day, weekday: m.weekday });
    });
  }
  const fitWhenMoved = (shift: number) =>
    checks.filter((c) => isRealDate(c.year + shift, c.month, c.day) && isoWeekday({ year: c.year + shift, month: c.month, day: c.day }) === c.weekday).length;
  if (checks.length < 2 || fitWhenMoved(0) > 0 || firstMoved === undefined) return { years: inferred };
  const clueYear = inferred[firstMoved]!.years[0]!;
  const fitting: number[] = [];
  // Years around the page's last commit: weekdays that fit only one six years off (`dimanche
  // 7 mars`, a Sunday in 2032, on a page written in 2026) tell a slip in one of them, not a page
  // of another decade. With no commit to go by, the closest to the clue.
  const committed = written?.()?.year;
  const near = committed ?? clueYear;
  const reached = (year: number) => committed === undefined || Math.abs(year - committed) <= OVERRULE_REACH;
  for (let shift = -searchYears; shift <= searchYears; shift++) if (shift !== 0 && fitWhenMoved(shift) === checks.length && reached(clueYear + shift)) fitting.push(clueYear + shift);
  let year = closestYear(fitting, near);
  let misfits = 0;
  if (year === undefined && fitting.length === 0 && checks.length >= MOST_WEEKDAYS.mentions) {
    // A typo among many weekdays: the year most of them fit, as the guess takes it (weekday-years.ts).
    const counts = new Map<number, number>();
    for (let shift = -searchYears; shift <= searchYears; shift++) if (shift !== 0 && reached(clueYear + shift)) counts.set(clueYear + shift, fitWhenMoved(shift));
    const most = Math.max(...counts.values());
    if (most >= checks.length * MOST_WEEKDAYS.share) {
      year = closestYear([...counts].filter(([, n]) => n === most).map(([y]) => y), near);
      misfits = checks.length - most;
    }
  }
  if (year === undefined) return { years: inferred };
  const shift = year - clueYear;
  const years = inferred.map((own, i) => (own && moved[i] ? { ...own, years: own.years.map((y) => y + shift), source: own.source === 'rollover' ? own.source : ('weekdays' as const) } : own));
  return { years, overrule: { year: clueYear + shift, clueYear, source: rootSource(firstMoved), weekdays: checks.length, ...(misfits > 0 ? { misfits } : {}) } };
}

// How many years from the page's last commit weekdays may move its days.
const OVERRULE_REACH = 2;

// How many weekdays, at least, and what share of them a year must fit to overrule a clue
// when none fits them all (a typo among them): as a guess takes it (weekday-years.ts).
const MOST_WEEKDAYS = majority;

/*
 * Rows counted back from a later anchor (`Test 3 : mercredi 20 Novembre` above `Test 1
 * (mardi 8 octobre 2019)`) are taken as the year before when their month is later. A page
 * that puts what is coming before what is past says otherwise with its weekdays: when at
 * least two of those rows write weekdays, none fits the counted year and every one fits the
 * year after, a reader takes the year after. One weekday alone is left to weekday-mismatch.
 */
function keepUpcomingFirst(rows: Array<DateExpression | undefined>, out: Array<InferredYears | undefined>, first: number): void {
  const counted: number[] = [];
  for (let i = 0; i < first; i++) if (rows[i]?.mentions.some((m) => m.weekday !== undefined) && out[i]) counted.push(i);
  if (counted.length < 2) return;
  const fits = (i: number, shift: number) =>
    rows[i]!.mentions.every((m, k) => {
      if (m.weekday === undefined) return true;
      const year = (out[i]!.years[k] ?? out[i]!.years[0]!) + shift;
      return isoWeekday({ year, month: m.month, day: m.day }) === m.weekday;
    });
  if (counted.some((i) => fits(i, 0)) || !counted.every((i) => fits(i, 1))) return;
  for (let i = 0; i < first; i++) {
    const inferred = out[i];
    if (inferred) out[i] = { ...inferred, years: inferred.years.map((year) => year + 1) };
  }
}
