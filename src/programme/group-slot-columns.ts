/*
 * A table with one column of dates per group, whose header says when the group meets:
 * `| Séance | Groupe 09 (lundi 15h20) | Groupe 11 (mercredi 08h00) |`, `| Cours | Date
 * gr. 01 (mardi 13h) | Date gr. 02 (jeudi 9h-11h) |`. Each cell below is the day that group
 * has that row's session, at the hours of its header: a reader reads one session per
 * group and row, not one session on the days of every group (withGroupDays, for groups
 * that share the hours). The weekday of the header is the group's day: the rules check the
 * cell's day against it. Written by hand: it is the layout of a table.
 */
import type { TableCell, TableRow } from 'mdast';
import { hoursInHeader, type HeaderHours } from '../dates/header-hours.js';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { TimeOfDay } from '../dates/types.js';
import type { Column, Field } from './model.js';
import { coveredBy } from './cell-spans.js';
import { plainLines, plainText } from './plain-text.js';
import { readRows, type RowDraft } from './read-rows.js';
import { writesADay } from './schedule-cells.js';
import { LATIN_LETTER } from '../dates/letters.js';
import { weekdaysInWeek } from './week-anchor.js';

/** A group's column of dates: the column, the hours its header gives, and the group it names. */
export interface GroupSlotColumn {
  column: Column;
  hours: HeaderHours;
  /** The header without its weekday and hours (`Groupe 09`, `Date gr. 01`). */
  group: string;
  /** The weekday the header names, as written (`lundi`). */
  weekday: string;
}

/** The group columns of a table and the column that names each row's session (`Cours 01`). */
export interface GroupSlots {
  groups: GroupSlotColumn[];
  title?: Column;
  /**
   * Set when the groups' cells say what happens and a column gives each row's week
   * (`| Semaine | Groupe 1 (lundi 8h-10h) |`, `| Semaine du 8 septembre | TP 1 |`): each
   * group's session is on its weekday in that week.
   */
  weeks?: Column;
}

const WORD = new RegExp(`[${LATIN_LETTER}]{2}`);
const WEEKDAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY.source}`);
// Two groups at least: one column with a weekday and hours is a column of one session's slot.
const FEWEST_GROUPS = 2;

/**
 * The group columns of a table: two headers or more that each name a weekday and clock
 * hours (`Groupe 1 (lundi 8h-10h)`), whose cells hold days in most of the rows they fill.
 * Undefined for any other table.
 */
export function groupSlotsOf(rows: TableRow[], columns: Column[]): GroupSlots | undefined {
  const body = rows.slice(1);
  const dated = groupsOf(columns, (column) => holdsDays(body, column.index));
  if (dated) {
    const taken = new Set(dated.map((group) => group.column.index));
    const others = columns.filter((column) => !taken.has(column.index));
    const title = others.find((column) => column.role === 'title') ?? others[0];
    return { groups: dated, ...(title ? { title } : {}) };
  }
  // Groups whose cells say what happens, beside a column that gives each row's week: no
  // group's (it names no weekday and hours), though it may name the weekday its days fall
  // on (`Date (lundi)` over each school week's Monday).
  const weeks = columns.find((column) => !(WEEKDAY.test(normaliseText(column.header)) && hoursInHeader(column.header) !== undefined) && holdsDays(body, column.index));
  const worded = weeks ? groupsOf(columns, (column) => column !== weeks && saysWords(body, column.index)) : undefined;
  return weeks && worded ? { groups: worded, weeks } : undefined;
}

// The columns whose header names a weekday and clock hours, and that `fits` says hold a group's cells; two at least.
function groupsOf(columns: Column[], fits: (column: Column) => boolean): GroupSlotColumn[] | undefined {
  const groups: GroupSlotColumn[] = [];
  for (const column of columns) {
    const weekday = WEEKDAY.exec(normaliseText(column.header))?.[0];
    const hours = hoursInHeader(column.header);
    if (!weekday || hours?.slots.length !== 1 || !fits(column)) continue;
    // The group is what the header says besides its day and hours (`Groupe 09 (lundi 15h20)` -> `Groupe 09`).
    const group = trimJoiners(column.header.slice(0, column.header.indexOf('(') > 0 ? column.header.indexOf('(') : hours.start));
    groups.push({ column, hours, group: group === '' ? column.header : group, weekday });
  }
  return groups.length >= FEWEST_GROUPS ? groups : undefined;
}

// Most of the cells a column fills say something in words (two letters in a row), and it fills some.
function saysWords(body: TableRow[], index: number): boolean {
  const texts = body.map((row) => (ownCell(row, index) ? plainText(row.children[index]!) : '')).filter((text) => text !== '');
  return texts.length > 0 && texts.filter((text) => WORD.test(text)).length * 2 > texts.length;
}

// A cell of the column's own: not spanned from another, and not spanning the next groups
// (`colspan`: a cell written for all groups at once, such as an exam, is not one group's day).
function ownCell(row: TableRow, index: number): boolean {
  return row.children[index] !== undefined && coveredBy(row.children[index]) === undefined && coveredBy(row.children[index + 1]) !== 'col';
}

// Most of the cells a column fills are days, and two at least.
function holdsDays(body: TableRow[], index: number): boolean {
  const texts = body.map((row) => (ownCell(row, index) ? plainText(row.children[index]!) : '')).filter((text) => text !== '');
  const days = texts.filter((text) => writesADay(text, 'in a dates column')).length;
  return days >= 2 && days * 2 > texts.length;
}

/**
 * The sessions of a table of group columns, row by row and group by group: each cell that
 * holds a day is that group's session of the row, named by the row's title and the group,
 * at the hours of the group's header. The row's other groups are left out of its cells, so
 * that what is checked against a header is only the group's own day.
 */
export function readGroupSlotRows(rows: TableRow[], slots: GroupSlots): RowDraft[] {
  const [, ...body] = rows;
  const drafts: RowDraft[] = [];
  const empty = (row: TableRow): TableCell => ({ type: 'tableCell', children: [], position: row.position! });
  body.forEach((row, rowIndex) => {
    for (const { column, hours, group, weekday } of slots.groups) {
      const cell = row.children[column.index];
      const shared = cell && !slots.weeks ? sharedCellDay(row, column.index, group) : undefined;
      if (cell && shared) {
        const titled = `${shared.title === '' ? '' : `${shared.title} `}(${group})`;
        // The shared cell is where each group's day is written, and where the coordinator corrects it.
        const at = shared.cell.position ?? row.position!;
        const dates: Field<string> = { text: `${weekday} ${shared.day}`, value: `${weekday} ${shared.day}`, position: at };
        const cells = row.children.map((other) => ({ text: other === cell ? shared.day : '', value: other === cell ? shared.day : '', position: other.position ?? at }));
        const title: Field<string> = { text: titled, value: titled, position: at };
        drafts.push({ rowIndex, position: at, cells, byRole: { title, dates, hours: hoursOf(hours, column) }, title, status: 'confirmed', groupColumn: column.index });
        continue;
      }
      if (!cell || !ownCell(row, column.index)) continue;
      if (slots.weeks) {
        const week = weekRow(row, slots.weeks, column, weekday);
        if (week && WORD.test(plainText(cell))) drafts.push(...week(cell, rowIndex, hoursOf(hours, column), group));
        continue;
      }
      const titleCell = slots.title ? (row.children[slots.title.index] ?? empty(row)) : empty(row);
      const pair = { ...row, children: [titleCell, cell] };
      const roles: Column[] = [
        { ...(slots.title ?? column), index: 0, role: 'title' },
        { ...column, index: 1, role: 'dates' },
      ];
      const [draft] = readRows([pair], roles);
      if (!draft || !draft.byRole.dates?.text) continue;
      const hoursField = hoursOf(hours, column);
      // The header's weekday is the group's: read with the cell's day, so that the year is
      // the one where the group's days fall on it, and a day that does not is reported.
      const dates = draft.byRole.dates;
      const dated = startsWithWeekday(dates.text) ? dates : { ...dates, text: `${weekday} ${dates.text}`, value: `${weekday} ${dates.text}` };
      const named = draft.title.text === '' ? group : `${draft.title.text} (${group})`;
      const cells = row.children.map((other, index) => {
        const text = index === column.index || !slots.groups.some((g) => g.column.index === index) ? plainText(other) : '';
        return { text, value: text, position: other.position ?? row.position! };
      });
      drafts.push({
        ...draft,
        rowIndex,
        position: row.position!,
        cells,
        title: { ...draft.title, text: named, value: named },
        byRole: { ...draft.byRole, dates: dated, hours: hoursField },
        groupColumn: column.index,
      });
    }
  });
  return drafts;
}

function startsWithWeekday(text: string): boolean {
  return LEADING_WEEKDAY.test(normaliseText(text));
}

function clock(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

// The header's words before its day and hours, without the marks that join them (`Groupe 1 :`).
// A loop, not /[\s:,-]+$/: that expression is quadratic on a long run of spaces.
function trimJoiners(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n:,-'.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

// The hours a group's header gives, written as clock hours (its weekday is the day's, not the hours').
function hoursOf(hours: HeaderHours, column: Column): Field<string> {
  const slot = hours.slots[0]!;
  const text = slot.end ? `${clock(slot.start)} - ${clock(slot.end)}` : clock(slot.start);
  return { text, value: text, position: column.position };
}

/**
 * For a row of a table of weeks, the reading of one group's cell: the session the cell
 * says, on the group's weekday in the row's week, at the group's hours. Undefined when
 * the row's week cell gives no week the weekday falls in.
 */
function weekRow(row: TableRow, weeks: Column, column: Column, weekday: string) {
  const weekCell = row.children[weeks.index];
  const day = weekCell ? weekdaysInWeek(plainText(weekCell), [{ weekday: WEEKDAY_NAMES.indexOf(weekday) + 1, header: weekday }], MONDAY)?.[0] : undefined;
  if (!weekCell || !day) return undefined;
  return (cell: TableCell, rowIndex: number, hours: Field<string>, group: string): RowDraft[] => {
    const roles: Column[] = [
      { ...column, index: 0, role: 'title' },
      { ...weeks, index: 1, role: 'dates' },
    ];
    const [draft] = readRows([{ ...row, children: [cell, weekCell] }], roles);
    if (!draft) return [];
    const named = `${draft.title.text} (${group})`;
    const cells = row.children.map((other, index) => {
      const text = index === column.index || index === weeks.index ? plainText(other) : '';
      return { text, value: text, position: other.position ?? row.position! };
    });
    return [
      {
        ...draft,
        rowIndex,
        position: cell.position ?? row.position!,
        cells,
        title: { ...draft.title, text: named, value: named },
        byRole: { ...draft.byRole, dates: { ...draft.byRole.dates!, text: day, value: day }, hours },
        groupColumn: column.index,
      },
    ];
  };
}

// A week a row names by its first day (`Semaine du 8 septembre`) starts on a Monday, as school weeks do.
const MONDAY = 1;

/**
 * What a cell written for several groups at once (`colspan`) says of one group: the line
 * that names the group's mark beside a day (`22 septembre (grp9)` for `Groupe 09`, `Groupe
 * B : 3 mars`), as the day, and the lines without a day as the title (`Évaluation #1`).
 * Undefined when the group is not under such a cell, or no line names it.
 */
function sharedCellDay(row: TableRow, index: number, group: string): { day: string; title: string; cell: TableCell } | undefined {
  let start = index;
  while (start > 0 && coveredBy(row.children[start]) === 'col') start--;
  const origin = row.children[start];
  const spans = start !== index || coveredBy(row.children[index + 1]) === 'col';
  const key = groupKey(group);
  if (!origin || !spans || key === undefined) return undefined;
  const lines = plainLines(origin);
  const title = lines.filter((line) => !writesADay(line, 'in a dates column')).join(', ');
  for (const line of lines) {
    const mark = GROUP_MARK.exec(normaliseText(line));
    if (!mark || groupKey(mark[1]!) !== key) continue;
    const spaced = line.replace(new RegExp(GROUP_MARK.source, 'i'), ' ').replace(/[()]/g, ' ').replace(/ {2,}/g, ' ');
    const day = trimJoiners(spaced.replace(/^[:,-]/, '').trim());
    if (writesADay(day, 'in a dates column')) return { day, title, cell: origin };
  }
  return undefined;
}

// A group's mark in a line: `grp9`, `gr. 01`, `groupe B`, `G2`.
const GROUP_MARK = /\b(?:groupes?|grp|gr|g)\.? ?(\d{1,2}|[a-z])\b/;

// What tells a group from the others: its number (`09` and `9` are one) or its letter.
function groupKey(text: string): string | undefined {
  const folded = normaliseText(text).trim();
  const number = /(\d{1,2})$/.exec(folded);
  if (number) return String(Number(number[1]));
  const letter = / ([a-z])$/.exec(` ${folded}`);
  return letter ? letter[1] : undefined;
}
