/*
 * A timetable written with one column per day: the days are the header's cells
 * (`| | Jeudi 25/09/14 | | Vendredi 26/09/14 |`, `| Horaire | Lundi 3 mars | Mardi 4 mars |`)
 * and each cell below says what happens that day, at the hours written in the column of
 * hours to its left (one for every day, or one before each day) or at the start of the
 * cell itself (`9h-10h Accueil`). A reader reads it down each day; so does this: each
 * filled cell under a day is a session of that day. Written by hand: it is the layout
 * of a table, which no markdown library reads.
 */
import type { TableCell, TableRow } from 'mdast';
import { parseFrenchDate } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { Column, Field } from './model.js';
import { plainText } from './plain-text.js';
import { readRows, type RowDraft } from './read-rows.js';
import { writesADay } from './schedule-cells.js';
import { leadingHours } from './slot-hours.js';
import { LATIN_LETTER } from '../dates/letters.js';

/** A column of the day's sessions: the day its header names, and the column of their hours when there is one. */
export interface DayColumn {
  day: Column;
  hours?: Column;
}

// A timetable has two days at least; one dated header cell over prose is a table of something else.
const FEWEST_DAYS = 2;
// Prose: a word of three letters or more.
const WORD = new RegExp(`[${LATIN_LETTER}]{3}`);

/**
 * The day columns of a table that has no column of dates: two header cells or more that
 * are each one day a reader cannot mistake (`Jeudi 25/09/14`, `Mardi 4 mars`), whose cells
 * below say in words what happens in most of the rows they fill. Undefined for any other table.
 */
export function dayColumnsOf(rows: TableRow[], columns: Column[]): DayColumn[] | undefined {
  const days = columns.filter((column) => isOneDay(column.header));
  if (days.length < FEWEST_DAYS) return undefined;
  const body = rows.slice(1);
  const said = days.filter((column) => {
    const texts = cellTexts(body, column.index).filter((text) => text !== '');
    return texts.length > 0 && texts.filter((text) => WORD.test(text)).length * 2 > texts.length;
  });
  if (said.length * 2 < days.length) return undefined;
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

/**
 * The sessions of a table of day columns, as rows: day by day, each filled cell under a
 * day with the day's header as its dates and the hours of its row. The first session of
 * each day writes the day; the others carry it (its weekday is checked once).
 */
export function readDayColumnRows(rows: TableRow[], dayColumns: DayColumn[]): RowDraft[] {
  const [, ...body] = rows;
  const drafts: RowDraft[] = [];
  for (const { day, hours } of dayColumns) {
    const header: Field<string> = { text: day.header, value: day.header, position: day.position };
    // Each row seen as the two cells that make this day's session: its hours and what happens.
    const pairs = body.map((row) => ({ ...row, children: [cellAt(row, hours?.index), cellAt(row, day.index)] }));
    const roles: Column[] = [
      { ...day, index: 1, role: 'title' },
      ...(hours ? [{ ...hours, index: 0, role: 'hours' as const }] : []),
    ];
    const first = drafts.length;
    for (const draft of readRows(pairs, roles)) {
      if (draft.title.text === '') continue;
      const whole = body[draft.rowIndex]!;
      const cells = whole.children.map((cell) => ({ text: plainText(cell), value: plainText(cell), position: cell.position! }));
      const inCell = hours ? undefined : hoursOpening(draft.title);
      drafts.push({
        ...draft,
        ...(inCell ? { title: inCell.title } : {}),
        cells,
        byRole: { ...draft.byRole, dates: header, ...(inCell ? { hours: inCell.hours } : {}) },
        ...(drafts.length === first ? {} : { dayFrom: drafts.length - first }),
      });
    }
  }
  return drafts;
}

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

// `9h-10h Accueil` in a day's cell, when no column gives the hours: the hours and the title after them.
function hoursOpening(title: Field<string>): { hours: Field<string>; title: Field<string> } | undefined {
  const found = leadingHours(title.text);
  if (!found || found.rest === '') return undefined;
  return {
    hours: { text: found.text, value: found.text, position: title.position },
    title: { ...title, text: found.rest, value: found.rest },
  };
}
