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
import { normaliseText } from '../dates/normalise-text.js';
import type { TimeOfDay } from '../dates/types.js';
import type { Column, Field } from './model.js';
import { coveredBy } from './cell-spans.js';
import { plainText } from './plain-text.js';
import { readRows, type RowDraft } from './read-rows.js';
import { writesADay } from './schedule-cells.js';

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
}

const WEEKDAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;
// Two groups at least: one column with a weekday and hours is a column of one session's slot.
const FEWEST_GROUPS = 2;

/**
 * The group columns of a table: two headers or more that each name a weekday and clock
 * hours (`Groupe 1 (lundi 8h-10h)`), whose cells hold days in most of the rows they fill.
 * Undefined for any other table.
 */
export function groupSlotsOf(rows: TableRow[], columns: Column[]): GroupSlots | undefined {
  const body = rows.slice(1);
  const groups: GroupSlotColumn[] = [];
  for (const column of columns) {
    const weekday = WEEKDAY.exec(normaliseText(column.header))?.[0];
    const hours = hoursInHeader(column.header);
    if (!weekday || hours?.slots.length !== 1 || !holdsDays(body, column.index)) continue;
    // The group is what the header says besides its day and hours (`Groupe 09 (lundi 15h20)` -> `Groupe 09`).
    const group = trimJoiners(column.header.slice(0, column.header.indexOf('(') > 0 ? column.header.indexOf('(') : hours.start));
    groups.push({ column, hours, group: group === '' ? column.header : group, weekday });
  }
  if (groups.length < FEWEST_GROUPS) return undefined;
  const taken = new Set(groups.map((group) => group.column.index));
  const others = columns.filter((column) => !taken.has(column.index));
  const title = others.find((column) => column.role === 'title') ?? others[0];
  return { groups, ...(title ? { title } : {}) };
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
      if (!cell || !ownCell(row, column.index)) continue;
      const titleCell = slots.title ? (row.children[slots.title.index] ?? empty(row)) : empty(row);
      const pair = { ...row, children: [titleCell, cell] };
      const roles: Column[] = [
        { ...(slots.title ?? column), index: 0, role: 'title' },
        { ...column, index: 1, role: 'dates' },
      ];
      const [draft] = readRows([pair], roles);
      if (!draft || !draft.byRole.dates?.text) continue;
      const slot = hours.slots[0]!;
      const clockText = slot.end ? `${clock(slot.start)} - ${clock(slot.end)}` : clock(slot.start);
      const hoursField: Field<string> = { text: clockText, value: clockText, position: column.position };
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
  return new RegExp(`^${WEEKDAY.source}`).test(normaliseText(text));
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
