/*
 * A plan of weeks with a column per weekday: each row a week, its dates cell the week's
 * days (`| S1 | 3–9 août | 27 | EF 6 km Z2 — 6,5 | EF 5 km Z1 — 5 | — | … |` under
 * `| Sem. | Dates | Total | Mardi | Mercredi | Jeudi | … |`), and each filled cell under a
 * weekday what is done that day. A reader reads each such cell as one session on that
 * weekday of the row's week; a dash says there is none. A grid of one week whose days the
 * corner or the heading above names is day-columns.ts's. Written by hand: it is the layout
 * of a table.
 */
import { parseFrenchDate } from '../dates/french-dates.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { Column, Field } from './model.js';
import { namesDayOff, saysNoClass } from './no-class-row.js';
import type { RowDraft } from './read-rows.js';
import { saysCancelled } from './session-drafts.js';
import { leadingHours } from './slot-hours.js';
import { bareWeekday } from './week-anchor.js';

/** A column named by a weekday alone, and that weekday (ISO). */
export interface WeekdayColumn {
  column: Column;
  weekday: number;
}

// A plan of the week has two weekdays at least.
const FEWEST_WEEKDAYS = 2;

/** The columns of a table named by a weekday alone (`Mardi`, `Dim.`), when it has a dates column and two such columns at least. */
export function weekdayColumnsOf(columns: Column[]): WeekdayColumn[] | undefined {
  if (!columns.some((column) => column.role === 'dates')) return undefined;
  const named = columns.flatMap((column) => {
    const weekday = column.role === 'dates' ? undefined : bareWeekday(column.header);
    return weekday === undefined ? [] : [{ column, weekday }];
  });
  return named.length >= FEWEST_WEEKDAYS ? named : undefined;
}

// A cell that says nothing is done that day (folded): a rest day, a day off, closed.
const NOTHING_THAT_DAY = /^(?:repos|off|relache|fermee?|libre|rien|x)$/;

/** Whether a weekday's cell holds a session: something written, not a rest day or a day without class. */
export function holdsASession(text: string): boolean {
  if (!hasLetterOrDigit(text)) return false;
  const folded = normaliseText(text).replace(/[.!]/g, '').trim();
  // `Férié`, `Vacances`: a day off's name alone, or first (`Férié (Pentecôte)`, `Pont de
  // l'Ascension`, `Journée pédagogique`, `Grève`).
  return !NOTHING_THAT_DAY.test(folded) && !saysNoClass(folded) && namesDayOff(folded) === undefined && !DAY_OFF_FIRST.test(folded);
}

// Folded words that open a cell of a day off (`ferie (pentecote)`, `pont de l'ascension`, `fermeture`, `greve`, `pas cours`).
const DAY_OFF_FIRST = /^(?:jour )?(?:ferie|pont|vacances|conges?|fermeture|greve|journee pedagogique|pas cours)(?![a-z])/;

/** Whether a weekday's cell calls its day off (`Annulé (vacances)`, `Pas de cours`), as the row's status would say for the whole row. */
function callsOff(text: string): boolean {
  return saysCancelled(text) || saysNoClass(normaliseText(text));
}

/** Whether a dates cell writes a run of days (`3–9 août`, `du 3 au 7 mars 2025`), as a week's row does. */
function writesARun(text: string): boolean {
  const parsed = parseFrenchDate(text);
  return parsed.ok && parsed.value.kind === 'range';
}

/**
 * The session of one weekday's cell: on that weekday of the row's week (`onWeekday`, taken
 * from the week's days once their year is known), its hours when it opens with them
 * (`10h-12h Compétition`), its status its own; the other weekdays' cells are not its.
 */
function cellSession(row: RowDraft, cell: Field<string>, weekday: number, others: readonly number[], weekCalledOff: boolean, dayFrom: number | undefined): RowDraft {
  const own = leadingHours(cell.text);
  const title = own && own.rest !== '' ? { ...cell, text: own.rest, value: own.rest } : cell;
  const hours = own ? { hours: { text: own.text, value: own.text, position: cell.position } } : {};
  const cells = row.cells.map((other, index) => (others.includes(index) ? { ...other, text: '', value: '' } : other));
  const { dayFrom: _carried, ...rest } = row;
  return {
    ...rest,
    // A row written in HTML over several lines, a cell a line: the session is its cell's.
    ...(cell.position && cell.position.start.line > row.position.start.line ? { position: cell.position } : {}),
    ...(dayFrom === undefined ? {} : { dayFrom }),
    cells,
    title,
    onWeekday: weekday,
    status: weekCalledOff || callsOff(cell.text) ? 'cancelled' : 'confirmed',
    byRole: { ...row.byRole, ...hours, title },
  };
}

/**
 * Each row of weeks split into its weekdays' sessions: one per cell under a weekday that
 * holds one (holdsASession), titled by the cell, on that weekday of the week its dates
 * cell writes as a run of days (`3–9 août`, `Sam 1 – Ven 7 août`), once the year says
 * which day it is; a row whose dates cell is empty takes the week of the row its day is
 * carried from (a second row of hours under the week). A row whose dates cell writes no run
 * of days stays as it is; a week with nothing under its weekdays holds no session. A cell
 * calls its day off (`Annulé (vacances)`); the row's other marks (a struck week) call off
 * the whole week.
 */
export function splitWeekdayColumns(rows: RowDraft[], weekdays: WeekdayColumn[]): RowDraft[] {
  const split: RowDraft[] = [];
  // Where each row's first session went, for the rows below that carry its day.
  const firstOf: number[] = [];
  const indexes = weekdays.map(({ column }) => column.index);
  rows.forEach((row, index) => {
    firstOf.push(split.length);
    const from = row.dayFrom === undefined ? row : rows[index - row.dayFrom];
    const week = from?.byRole.dates?.text;
    // A carried row's sessions take their day from the first session of the row above.
    const source = row.dayFrom === undefined ? undefined : firstOf[index - row.dayFrom]!;
    const carried = () => (source === undefined ? undefined : split.length - source);
    if (!week || !writesARun(week)) {
      // `| Vacances de printemps | | | |`: a week off named across the row, no session.
      if (weekdays.every(({ column }) => !hasLetterOrDigit(row.cells[column.index]?.text ?? ''))) return;
      const dayFrom = carried();
      split.push({ ...row, ...(dayFrom === undefined ? {} : { dayFrom }) });
      return;
    }
    const cells = weekdays.map(({ column }) => row.cells[column.index]);
    const cellCalledOff = cells.some((cell) => cell !== undefined && callsOff(cell.text));
    const weekCalledOff = row.status === 'cancelled' && !cellCalledOff;
    // The row's first session reads its week; the others carry it from the first (read once,
    // its year found once: a week across the new year is one week, not three).
    const first = split.length;
    weekdays.forEach(({ column, weekday }, at) => {
      const cell = cells[at];
      if (!cell || !holdsASession(cell.text)) return;
      const dayFrom = split.length === first ? carried() : split.length - (source ?? first);
      split.push(cellSession(row, cell, weekday, indexes.filter((index) => index !== column.index), weekCalledOff, dayFrom));
    });
  });
  return split;
}
