/*
 * A timetable written with one column per day: the days are the header's cells
 * (`| | Jeudi 25/09/14 | | Vendredi 26/09/14 |`, `| Horaire | Lundi 3 mars | Mardi 4 mars |`)
 * and each cell below says what happens that day, at the hours written in the column of
 * hours to its left (one for every day, or one before each day) or at the start of the
 * cell itself (`9h-10h Accueil`). A reader reads it down each day; so does this: each
 * filled cell under a day is a session of that day. Written by hand: it is the layout
 * of a table, which no markdown library reads.
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { TableCell, TableRow } from 'mdast';
import { parseFrenchDate } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { Column, Field } from './model.js';
import { plainText } from './plain-text.js';
import { readRows, type RowDraft } from './read-rows.js';
import { writesADay } from './schedule-cells.js';
import { closingRuns, leadingHours, trailingHours } from './slot-hours.js';
import { coveredBy, rowSpanOf } from './cell-spans.js';
import type { TimeOfDay, TimeSlot } from '../dates/types.js';
import { LATIN_LETTER } from '../dates/letters.js';
import { bareWeekday, weekdaysInWeek } from './week-anchor.js';

/** A column of the day's sessions: the day its header names, and the column of their hours when there is one. */
export interface DayColumn {
  day: Column;
  hours?: Column;
}

// A timetable has two days at least; one dated header cell over prose is a table of something else.
const FEWEST_DAYS = 2;
// Prose: a word of three letters or more.
const WORD = new RegExp(`[${LATIN_LETTER}]{3}`);
// A class's kind as a timetable writes it, in two letters (`TP`, `TD`, `CM`): words too.
const CLASS_KIND = /(?:^|[^A-Za-z])(?:TP|TD|CM|DS|CC)(?![A-Za-z])/;

/** Whether a cell says in words what happens (see WORD and CLASS_KIND). */
function saysInWords(text: string): boolean {
  return WORD.test(text) || CLASS_KIND.test(text);
}

/**
 * The day columns of a table that has no column of dates: two header cells or more that
 * are each one day a reader cannot mistake (`Jeudi 25/09/14`, `Mardi 4 mars`), or each a
 * weekday of the week the corner cell or `headingAbove` writes (`## Semaine du 14 mars`), whose cells
 * below say in words what happens in most of the rows they fill (days left empty aside). Undefined for any other table.
 */
export function dayColumnsOf(rows: TableRow[], columns: Column[], headingAbove?: string): DayColumn[] | undefined {
  const days = dated(columns) ?? weekdaysOfAWeek(columns, headingAbove);
  if (!days) return undefined;
  const body = rows.slice(1);
  // A week's grid leaves days empty (no class on Tuesday): only the days that hold something
  // are asked whether they say it in words; one day at least must.
  const filled = days.map((column) => cellTexts(body, column.index).filter((text) => text !== '')).filter((texts) => texts.length > 0);
  const said = filled.filter((texts) => texts.filter(saysInWords).length * 2 > texts.length);
  if (said.length === 0 || said.length * 2 < filled.length) return undefined;
  const dayIndexes = new Set(days.map((column) => column.index));
  return days.map((day) => {
    // The nearest column to the left that is not a day and holds hours: one before each
    // day, or one for every day at the left of the table.
    const hours = columns
      .slice(0, day.index)
      .reverse()
      .find((column) => !dayIndexes.has(column.index) && holdsHours(body, column.index));
    return hours ? { day, hours } : { day };
  });
}

// A grid cell that only says its day ends (folded): `fin`, `Fin de journée`, `Fin des travaux`.
const END_OF_DAY = /^(?:fin|fin de journee|fin de la journee|fin des travaux)\.?$/;

/**
 * The sessions of a table of day columns, as rows: week by week, day by day, each filled
 * cell under a day with the day's header as its dates and the hours of its slot
 * (slotHours). The first session of each day writes the day; the others carry it (its
 * weekday is checked once). A session is pointed at by its own cell, where the
 * coordinator corrects it: in a grid one row holds the slots of several days. A grid of
 * several weeks names the days of each new week in a row of its body (daysRowAt): from
 * that row on, each column is the day that row names, and the row itself is no session.
 */
export function readDayColumnRows(rows: TableRow[], dayColumns: DayColumn[]): RowDraft[] {
  const [, ...body] = rows;
  const drafts: RowDraft[] = [];
  // The rows that open a week, each with the header it gives each day column.
  const weeks: Array<{ from: number; headers: Array<Field<string>> }> = [
    { from: 0, headers: dayColumns.map(({ day }) => ({ text: day.header, value: day.header, position: day.position })) },
  ];
  body.forEach((row, index) => {
    const headers = daysRowAt(row, dayColumns);
    if (headers) weeks.push({ from: index, headers });
  });
  const read = dayColumns.map(({ day, hours }) => {
    // Each row seen as the two cells that make this day's session: its hours and what happens.
    const pairs = body.map((row) => ({ ...row, children: [cellAt(row, hours?.index), slotCellAt(row, day.index)] }));
    const roles: Column[] = [
      { ...day, index: 1, role: 'title' },
      ...(hours ? [{ ...hours, index: 0, role: 'hours' as const }] : []),
    ];
    return { pairs, drafts: readRows(pairs, roles) };
  });
  weeks.forEach((week, weekIndex) => {
    const upTo = weeks[weekIndex + 1]?.from ?? body.length;
    dayColumns.forEach(({ hours }, column) => {
      const { pairs, drafts: columnDrafts } = read[column]!;
      const header = week.headers[column]!;
      const first = drafts.length;
      for (const draft of columnDrafts) {
        if (draft.rowIndex < week.from || draft.rowIndex >= upTo || draft.title.text === '') continue;
        // `| 17h30 | fin | fin |`: where each day ends (the slot above ends there), no session.
        if (END_OF_DAY.test(normaliseText(draft.title.text).trim())) continue;
        // The row that names the week's days is its header, not a session.
        if (weekIndex > 0 && draft.rowIndex === week.from) continue;
        const whole = body[draft.rowIndex]!;
        const slot = pairs[draft.rowIndex]!.children[1]!;
        const cells = whole.children.map((cell) => ({ text: plainText(cell), value: plainText(cell), position: cell.position ?? whole.position! }));
        const inCell = hoursWritten(draft.title);
        const fromLabels = inCell || !hours ? undefined : slotHours(body, hours.index, draft.rowIndex, rowSpanOf(slot));
        const slotHoursField = inCell?.hours ?? fromLabels;
        drafts.push({
          ...draft,
          ...(slot.position ? { position: slot.position } : {}),
          ...(inCell ? { title: inCell.title } : {}),
          cells,
          byRole: { ...draft.byRole, dates: header, ...(slotHoursField ? { hours: slotHoursField } : {}) },
          ...(drafts.length === first ? {} : { dayFrom: drafts.length - first }),
        });
      }
    });
  });
  return drafts;
}

/**
 * The days a row of a grid's body names, one per day column, when it is a row of days as
 * the header is (`| | lundi 6 mars | mardi 7 mars | ... |`): a timetable of two weeks
 * repeats its header for the second week, and a reader reads the cells below it on those
 * days. Every filled cell under a day is one day, two at least, and no other cell of the
 * row says anything; a day column left empty there keeps no day (undefined: not such a row).
 */
function daysRowAt(row: TableRow, dayColumns: DayColumn[]): Array<Field<string>> | undefined {
  const dayIndexes = new Set(dayColumns.map(({ day }) => day.index));
  if (row.children.some((cell, index) => !dayIndexes.has(index) && plainText(cell) !== '')) return undefined;
  const headers: Array<Field<string>> = [];
  for (const { day } of dayColumns) {
    const cell = row.children[day.index];
    const text = cell ? plainText(cell) : '';
    if (!cell || !isOneDay(text)) return undefined;
    headers.push({ text, value: text, position: cell.position ?? row.position! });
  }
  return headers.length >= FEWEST_DAYS ? headers : undefined;
}

// The columns whose header is one day (`Jeudi 25/09/14`), when there are enough for a timetable.
function dated(columns: Column[]): Column[] | undefined {
  const days = columns.filter((column) => isOneDay(column.header));
  return days.length >= FEWEST_DAYS ? days : undefined;
}

/**
 * The columns whose header is a bare weekday (`| | Lundi | Mardi |`), or a weekday and its day
 * of the month (`Jeudi 13`), each given the day it falls on in the week the corner cell or
 * the heading or sentence above writes (week-anchor.ts).
 */
function weekdaysOfAWeek(columns: Column[], headingAbove: string | undefined): Column[] | undefined {
  const named = columns.flatMap((column) => {
    // `Jeudi 13`: a weekday with its day of the month, the month left to the week.
    const numbered = NUMBERED_WEEKDAY.exec(column.header.trim());
    const words = numbered ? numbered[1]! : column.header;
    const weekday = bareWeekday(words);
    return weekday === undefined ? [] : [{ column, weekday, header: words, ...(numbered ? { dayOfMonth: Number(numbered[2]) } : {}) }];
  });
  if (named.length < FEWEST_DAYS) return undefined;
  const corner = columns[0] && named[0]?.column !== columns[0] ? columns[0].header : '';
  const headers = weekdaysInWeek(corner, named) ?? (headingAbove === undefined ? undefined : weekdaysInWeek(headingAbove, named));
  // Each day of the month written must be the one its weekday falls on in the week (`Jeudi 13` in `du 13 au 16 octobre`).
  if (headers?.some((header, index) => named[index]!.dayOfMonth !== undefined && header.split(' ')[1] !== String(named[index]!.dayOfMonth))) return undefined;
  return headers?.map((header, index) => ({ ...named[index]!.column, header }));
}

// A header that writes a weekday and its day of the month, no month (`Jeudi 13`, `Sam. 1er`).
const NUMBERED_WEEKDAY = /^(\S+)\s+(\d{1,2})(?:er)?$/;

function isOneDay(text: string): boolean {
  if (!writesADay(text, 'plainly')) return false;
  const parsed = parseFrenchDate(text);
  return parsed.ok && parsed.value.kind === 'single' && parsed.value.mentions.length === 1 && parsed.hours === undefined;
}

function cellTexts(body: TableRow[], index: number): string[] {
  return body.map((row) => {
    const cell = row.children[index];
    return cell ? plainText(cell) : '';
  });
}

// A column of hours: most of its filled cells are clock hours, and at least one is.
function holdsHours(body: TableRow[], index: number): boolean {
  const texts = cellTexts(body, index).filter((text) => text !== '');
  const timed = texts.filter((text) => {
    const parsed = parseFrenchHours(text);
    return parsed.ok && parsed.slots.length > 0;
  }).length;
  return timed > 0 && timed * 2 > texts.length;
}

function cellAt(row: TableRow, index: number | undefined): TableCell {
  return (index === undefined ? undefined : row.children[index]) ?? { type: 'tableCell', children: [], position: row.position! };
}

/**
 * The cell under a day at a row: the cell itself, or, where a cell to its left spans
 * across to it (`colspan`: one slot for several days), that cell. A place a cell above
 * spans down to is empty here: the slot is read once, on the row where it starts.
 */
function slotCellAt(row: TableRow, index: number): TableCell {
  let at = index;
  while (at > 0 && coveredBy(row.children[at]) === 'col') at--;
  return cellAt(row, at);
}

/**
 * The hours a slot's own cell writes (`9h-10h Accueil`, `Pratique libre 15h-18h`,
 * `Atelier (14h - 16h)`), and the title without them: a reader takes them over the row's
 * hours, which only say where the slot begins on the grid.
 */
function hoursWritten(title: Field<string>): { hours: Field<string>; title: Field<string> } | undefined {
  const found = leadingHours(title.text) ?? trailingHours(title.text) ?? closingRange(title.text);
  if (!found || found.rest === '') return undefined;
  return {
    hours: { text: found.text, value: found.text, position: title.position },
    title: { ...title, text: found.rest, value: found.rest },
  };
}

// How many words a range of hours closing a cell takes at most (`16h à 17h30`, `11h - 12h30`;
// a few more with its start spaced around its `h`: slot-hours.ts, closingRuns).
const CLOSING_RANGE_WORDS = 3;

// A range with its start and its end closing a cell (`Pratique libre 15h-18h`): a lone
// number or hour at the end of a title is too often something else (`Salle 12`, `Atelier 2h`).
function closingRange(text: string): { text: string; rest: string } | undefined {
  const words = text.split(' ');
  for (const { count, text: candidate } of closingRuns(words, CLOSING_RANGE_WORDS)) {
    if (!/^\d/.test(candidate)) continue;
    const parsed = parseFrenchHours(candidate);
    if (parsed.ok && parsed.slots.length === 1 && parsed.slots[0]!.end) return { text: candidate, rest: words.slice(0, -count).join(' ') };
  }
  return undefined;
}

// The one slot a row's hours cell writes (`9h-10h30`, `14:00`), or undefined.
function labelSlot(body: TableRow[], hoursIndex: number, rowIndex: number): { cell: TableCell; text: string; slot: TimeSlot } | undefined {
  const cell = body[rowIndex]?.children[hoursIndex];
  const text = cell ? plainText(cell) : '';
  if (!cell || text === '') return undefined;
  const parsed = parseFrenchHours(text);
  return parsed.ok && parsed.slots.length === 1 ? { cell, text, slot: parsed.slots[0]! } : undefined;
}

/**
 * The hours of a slot from the hours written down the side of the grid, as a reader reads
 * them: it begins at its row's hours; it ends at the end of the last row it spans when
 * that row writes a range (`9h-10h30`), else where the next row with hours begins (a grid
 * that writes only starts: `14:00`, then `14:30`; rows left empty in between count in the
 * span and say nothing). A slot with nothing after it ends when nobody says: a start only.
 * A row whose side says something else (`Pause déjeuner`) stops the search: no end is known.
 */
function slotHours(body: TableRow[], hoursIndex: number, rowIndex: number, span: number): Field<string> | undefined {
  const first = labelSlot(body, hoursIndex, rowIndex);
  if (!first) return undefined;
  const lastRow = Math.min(rowIndex + span, body.length) - 1;
  const position = first.cell.position!;
  if (lastRow === rowIndex && first.slot.end) return { text: first.text, value: first.text, position };
  const broken = lastRow === rowIndex ? undefined : slotsWithBreaks(body, hoursIndex, rowIndex, lastRow);
  if (broken) return { text: broken, value: broken, position };
  let end = lastRow === rowIndex ? undefined : labelSlot(body, hoursIndex, lastRow)?.slot.end;
  for (let next = lastRow + 1; end === undefined && next < body.length; next++) {
    const label = labelSlot(body, hoursIndex, next);
    if (label) end = label.slot.start;
    else if (plainText(body[next]!.children[hoursIndex] ?? { type: 'tableCell', children: [] }) !== '') break;
  }
  const text = end ? `${clock(first.slot.start)} - ${clock(end)}` : clock(first.slot.start);
  return { text, value: text, position };
}

/**
 * The slots of a cell spanning several rows that each write a range, when a break lies
 * between two of them (`8h30-10h30`, then `11h-13h`): a reader sees the session in both
 * slots, not over the break between them, which is the grid's own (a pause, lunch) and
 * is not written in the cell's column. Undefined when the rows' ranges follow one another
 * (`9h-10h`, `10h-11h`: one slot) or a row of the span writes no range.
 */
function slotsWithBreaks(body: TableRow[], hoursIndex: number, rowIndex: number, lastRow: number): string | undefined {
  const slots: TimeSlot[] = [];
  for (let row = rowIndex; row <= lastRow; row++) {
    const label = labelSlot(body, hoursIndex, row);
    if (!label?.slot.end) return undefined;
    slots.push(label.slot);
  }
  const minutes = (time: TimeOfDay) => time.hour * 60 + time.minute;
  const breaks = slots.some((slot, k) => k > 0 && minutes(slot.start) > minutes(slots[k - 1]!.end!));
  return breaks ? slots.map((slot) => `${clock(slot.start)} - ${clock(slot.end!)}`).join(', ') : undefined;
}

function clock(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
