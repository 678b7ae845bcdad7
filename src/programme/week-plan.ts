/*
 * A course plan by numbered weeks (week-numbers.ts) read as a reader reads it: each filled
 * cell of a class's column is that class's session, on the class's weekday of the row's
 * week, at the class's hours. The weekday is the column's (`| Mardi | Jeudi |`, `Cours
 * (Jeudi, 3h)`) or, for a plan with one column of what is taught, the one weekday the page
 * gives its classes (`Les cours ont lieu le mardi`); the hours are the column header's, or
 * those the page writes once with that weekday (`Cours : Jeudi, 09h30 - 12h30`).
 *
 * The weeks are dated only by what the page writes (never guessed from the numbers alone):
 * a row that writes its day (`Semaine 1 (28 août)`), a sentence that ties a week's number
 * to a day (`Semaine 1 : 28 août`, `le mercredi 6 novembre (semaine 45)`), the start of
 * the classes (`Début des cours : 4 septembre`: the first week), or a row of another table
 * of the page that dates the same thing (`| 17.10 | Examen intra |` and week 42's `Examen
 * intra`; `| L1 | 24/05 |` and week 3's due `L1`): that row's day is in that week. When two
 * of them disagree the plan is not dated. Weeks run Monday to Sunday, as school weeks and
 * ISO weeks do. A plan whose week cannot be dated stays unread.
 */
import type { Table, TableRow } from 'mdast';
import { extractDateFromHeading, parseFrenchDate } from '../dates/french-dates.js';
import { hoursInHeader } from '../dates/header-hours.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/french-months.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from '../dates/plain-date.js';
import type { DayMention, PlainDate } from '../dates/types.js';
import { yearFromClue, type YearClue } from '../dates/year-inference.js';
import type { CourseWeekFacts } from './course-week-facts.js';
import type { Column, Field } from './model.js';
import { plainText, ICON_SHORTCODE } from './plain-text.js';
import { readRows, type RowDraft } from './read-rows.js';
import { firstProseColumn } from './schedule-cells.js';
import { EARLIEST_LONE_START } from './slot-hours.js';
import { weekColumnOf, type WeekColumn } from './week-numbers.js';

/** A column of a class in a plan of weeks: its weekday, and its hours when the page writes them. */
export interface WeekSlot {
  column: Column;
  weekday: number;
  hours?: string;
}

/** A row of another table of the page that writes one day: what a plan's week may be dated by. */
export interface DatedRow {
  table: Table;
  /** The row's index among the table's rows (the header is 0). */
  rowIndex: number;
  day: PlainDate;
  /** The significant words of what the row says happens (`examen`, `intra`). */
  titleWords: string[];
  /** A short code the row is known by (`L1`, `TP2`), when a cell holds one alone. */
  code?: string;
}

/** A plan of weeks with its dates: each body row's Monday, and the cells that are a dated row's session already. */
export interface WeekPlan {
  weeks: WeekColumn;
  slots: WeekSlot[];
  /** Per body row: the Monday of its week, or undefined for a row outside the numbered weeks. */
  mondays: Array<PlainDate | undefined>;
  /**
   * Cells (`row:column`, body row index) that write a session another table dates on the
   * same day: read once, there, with the class's hours when that row writes none.
   */
  sameAsDated: Map<string, { dated: DatedRow; hours?: string }>;
  /** The tables whose rows dated the plan. */
  anchoredBy: Set<Table>;
  /** The year clue the plan's days were read with, for the dated tables read with it. */
  clue?: YearClue;
  /** The column of dates of a plan that writes the day of some rows (`| 1 | 9 septembre | Intro |`): their day is the written one. */
  dates?: number;
}

// Words too common to tell two sessions apart (folded).
const COMMON = new Set(['les', 'des', 'une', 'the', 'and', 'pour', 'sur', 'avec', 'dans', 'par', 'aux', 'du', 'de', 'la', 'le', 'et', 'en', 'suite']);
// What a session's words must share at least, to be the same as another's.
const FEWEST_WORDS = 2;
// A short code a row is known by, alone in its cell (`L1`, `TP2`).
const CODE = /^[A-Z][A-Z0-9]{1,4}$/;

/** The significant words of a title (folded, three characters or more, common words aside). */
function titleWords(text: string): string[] {
  // Emoji shortcodes (`:notebook:`) are decoration, not words of a title.
  return [...new Set(foldedWords(normaliseText(text).replace(ICON_SHORTCODE, ' ')).filter((word) => word.length >= 3 && !COMMON.has(word)))];
}

/** The dated rows of a table read as a schedule: each row whose dates cell writes one day, with the year written or given by `clue`. */
export function datedRowsOf(table: Table, columns: Column[], clue: YearClue | undefined): DatedRow[] {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates) return [];
  const title = columns.find((column) => column.role === 'title') ?? columns.find((column) => column.role === 'theme');
  const found: DatedRow[] = [];
  table.children.forEach((row, rowIndex) => {
    if (rowIndex === 0) return;
    const cell = row.children[dates.index];
    // The cell is under a header of days: a lone dotted `20.02` is a day there, as the table's own rows read it.
    const parsed = cell ? parseFrenchDate(plainText(cell), 'dates column') : undefined;
    if (!parsed?.ok || parsed.value.kind !== 'single' || parsed.value.mentions.length !== 1) return;
    const day = withYear(parsed.value.mentions[0]!, clue);
    if (!day) return;
    const texts = row.children.map((other, index) => (index === dates.index ? '' : plainText(other)));
    const named = title ? texts[title.index]! : (texts.find((text) => titleWords(text).length >= FEWEST_WORDS) ?? '');
    const code = texts.find((text) => CODE.test(text));
    found.push({ table, rowIndex, day, titleWords: titleWords(named), ...(code ? { code } : {}) });
  });
  return found;
}

function withYear(mention: DayMention, clue: YearClue | undefined): PlainDate | undefined {
  const year = mention.year ?? (clue === undefined ? undefined : yearFromClue(clue, mention));
  return year === undefined ? undefined : { year, month: mention.month, day: mention.day };
}

/**
 * The plan of weeks a table is, dated by what the page writes (see above), or undefined:
 * no column of week numbers, no class column with a weekday, or no way to date its weeks.
 */
export function weekPlanOf(table: Table, columns: Column[], facts: CourseWeekFacts, datedRows: DatedRow[], clue: YearClue | undefined): WeekPlan | undefined {
  const weeks = weekColumnOf(table);
  if (!weeks) return undefined;
  const dates = columns.find((column) => column.role === 'dates');
  const slots = slotsOf(table, columns.filter((column) => column.index !== weeks.index && column !== dates), facts);
  // A column of dates beside the weeks writes the day of some rows: one class column only, whose session is on that day.
  if (dates && slots.length !== 1) return undefined;
  if (slots.length === 0) return undefined;
  const body = table.children.slice(1);
  const bases = new Set<number>();
  const anchoredBy = new Set<Table>();
  const sameAsDated = new Map<string, { dated: DatedRow; hours?: string }>();
  const anchor = (calendar: number | undefined, day: PlainDate | undefined): void => {
    if (calendar === undefined || !day) return;
    bases.add(toDayNumber(day) - (isoWeekday(day) - 1) - 7 * calendar);
  };
  // Rows that write their day: in the week cell (`Semaine 1 (28 août)`) or in a cell of their own.
  body.forEach((row, at) => {
    const rest = weeks.labels[at]?.rest;
    const inWeekCell = rest ? extractDateFromHeading(rest)?.expression.mentions[0] : undefined;
    if (inWeekCell) anchor(weeks.calendar[at], withYear(inWeekCell, clue));
    row.children.forEach((cell, index) => {
      if (index === weeks.index) return;
      const parsed = parseFrenchDate(plainText(cell));
      if (parsed.ok && parsed.value.kind === 'single' && parsed.value.mentions.length === 1 && parsed.hours === undefined) anchor(weeks.calendar[at], withYear(parsed.value.mentions[0]!, clue));
    });
  });
  // Sentences that tie a week's number, or the start of the classes, to a day.
  const first = weeks.labels.findIndex((label) => label !== undefined);
  for (const { week, day } of facts.weekDays) {
    const at = week === undefined ? first : weeks.labels.findIndex((label) => label?.number === week);
    if (at >= 0) anchor(weeks.calendar[at], withYear(day, clue));
  }
  // Rows of other tables that date what a cell of the plan names.
  for (const dated of datedRows) {
    const cells = matchingCells(body, weeks, dated);
    if (cells.length !== 1) continue;
    const { at, index } = cells[0]!;
    // A cell that names two dated rows (`Projet Individuel` for its V1 and its V2) dates neither.
    if (datedRows.filter((other) => other !== dated && names(plainText(body[at]!.children[index]!), other)).length > 0) continue;
    anchor(weeks.calendar[at], dated.day);
    anchoredBy.add(dated.table);
    const slot = slots.find((candidate) => candidate.column.index === index);
    if (slot && slot.weekday === isoWeekday(dated.day)) sameAsDated.set(`${at}:${index}`, { dated, ...(slot.hours ? { hours: slot.hours } : {}) });
  }
  if (bases.size !== 1) return undefined;
  const base = [...bases][0]!;
  const mondays = weeks.calendar.map((calendar) => (calendar === undefined ? undefined : fromDayNumber(base + 7 * calendar)));
  return { weeks, slots, mondays, sameAsDated, anchoredBy, ...(clue === undefined ? {} : { clue }), ...(dates ? { dates: dates.index } : {}) };
}

// The cells of a plan's numbered rows (the week column aside) that name what a dated row says.
function matchingCells(body: TableRow[], weeks: WeekColumn, dated: DatedRow): Array<{ at: number; index: number }> {
  const found: Array<{ at: number; index: number }> = [];
  body.forEach((row, at) => {
    if (weeks.calendar[at] === undefined) return;
    row.children.forEach((cell, index) => {
      if (index !== weeks.index && names(plainText(cell), dated)) found.push({ at, index });
    });
  });
  return found;
}

// Whether a cell names a dated row: its code as a word (`L1`), or every significant word of its title (two at least).
function names(text: string, dated: DatedRow): boolean {
  if (dated.code && text.split(/[^A-Za-z0-9]+/).includes(dated.code)) return true;
  if (dated.titleWords.length < FEWEST_WORDS) return false;
  const own = new Set(titleWords(text));
  return dated.titleWords.every((word) => own.has(word));
}

// The class columns: those whose header names one weekday; else the one column of what is
// taught, on the one weekday the page gives its classes.
function slotsOf(table: Table, columns: Column[], facts: CourseWeekFacts): WeekSlot[] {
  const named = columns.flatMap((column) => {
    const weekdays = [...new Set(foldedWords(normaliseText(column.header)).map((word) => WEEKDAY_NAMES.indexOf(word.replace(/s$/, ''))).filter((at) => at >= 0))];
    return weekdays.length === 1 ? [{ column, weekday: weekdays[0]! + 1 }] : [];
  });
  if (named.length > 0) return named.map((slot) => withHours(slot, facts));
  const column = columns.find((candidate) => candidate.role === 'title') ?? columns.find((candidate) => candidate.role === 'theme') ?? firstProseColumn(table, columns);
  if (!column) return [];
  const weekdays = new Set(facts.days.filter((day) => day.classes).map((day) => day.weekday));
  if (weekdays.size !== 1) return [];
  return [withHours({ column, weekday: [...weekdays][0]! }, facts)];
}

// The hours of a class column: its header's (`Cours (13h30-16h30)`), else the one range the
// page writes with its weekday, for what the header names when the page writes several
// (`Cours : Jeudi, 09h30 - 12h30` beside `Disponibilité : Jeudi, 08h00 - 09h30`).
function withHours(slot: WeekSlot, facts: CourseWeekFacts): WeekSlot {
  const header = hoursInHeader(slot.column.header);
  const written = header?.slots.length === 1 ? header.slots[0]! : undefined;
  if (written && (written.end || written.start.hour >= EARLIEST_LONE_START)) return { ...slot, hours: header!.hoursText };
  const timed = facts.days.filter((day) => day.weekday === slot.weekday && day.hours);
  const headerWords = new Set(foldedWords(normaliseText(slot.column.header)).map((word) => word.replace(/s$/, '')));
  const labelled = timed.filter((day) => day.label.some((word) => headerWords.has(word.replace(/s$/, ''))));
  const unlabelled = timed.filter((day) => day.label.length === 0);
  const candidates = labelled.length > 0 ? labelled : unlabelled.length > 0 ? unlabelled : timed;
  const texts = new Set(candidates.map((day) => day.hours!.replace(/\s+/g, '')));
  return texts.size === 1 ? { ...slot, hours: candidates[0]!.hours! } : slot;
}

/**
 * The sessions of a plan of weeks, row by row and class by class: each filled cell of a
 * class column on a numbered row that is not a break week, on the class's weekday of the
 * row's week, at the class's hours; pointed at by its cell. A cell that writes a session
 * another table dates on that day is left to that table.
 */
export function readWeekPlanRows(rows: TableRow[], plan: WeekPlan): RowDraft[] {
  const [, ...body] = rows;
  const drafts: RowDraft[] = [];
  body.forEach((row, at) => {
    const monday = plan.mondays[at];
    const weekCell = row.children[plan.weeks.index];
    if (!monday || !weekCell || plan.weeks.breaks[at]) return;
    for (const slot of plan.slots) {
      const cell = row.children[slot.column.index];
      if (!cell || !/\p{L}{2}/u.test(plainText(cell)) || plan.sameAsDated.has(`${at}:${slot.column.index}`)) continue;
      const roles: Column[] = [
        { ...slot.column, index: 0, role: 'title' },
        { ...slot.column, index: 1, role: 'dates' },
      ];
      const [draft] = readRows([{ ...row, children: [cell, weekCell] }], roles);
      if (!draft) continue;
      const day = addDays(monday, slot.weekday - 1);
      const written = plan.dates === undefined ? undefined : row.children[plan.dates];
      const own = written && plainText(written) !== '' ? plainText(written) : undefined;
      const text = own ?? `${WEEKDAY_NAMES[slot.weekday - 1]} ${day.day} ${MONTH_NAMES[day.month - 1]} ${day.year}`;
      const dates: Field<string> = { text, value: text, position: (own ? written!.position : weekCell.position) ?? row.position! };
      // A day written on another weekday than the class's (an exam on a Friday) does not take the class's hours.
      const classDay = own === undefined || weekdayInWeek(own, monday) === slot.weekday;
      const hours: Field<string> | undefined = slot.hours && classDay ? { text: slot.hours, value: slot.hours, position: slot.column.position } : undefined;
      const cells = row.children.map((other) => {
        const written = other === cell || other === weekCell ? plainText(other) : '';
        return { text: written, value: written, position: other.position ?? row.position! };
      });
      drafts.push({
        ...draft,
        rowIndex: at,
        position: cell.position ?? row.position!,
        cells,
        byRole: { ...draft.byRole, dates, ...(hours ? { hours } : {}) },
      });
    }
  });
  return drafts;
}

// The weekday of the day a cell writes, found among the days of the week that starts on `monday`; undefined when it is not one of them.
function weekdayInWeek(text: string, monday: PlainDate): number | undefined {
  const parsed = parseFrenchDate(text);
  const mention = parsed.ok && parsed.value.kind === 'single' ? parsed.value.mentions[0] : undefined;
  if (!mention) return undefined;
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(monday, offset);
    if (day.month === mention.month && day.day === mention.day) return offset + 1;
  }
  return undefined;
}
