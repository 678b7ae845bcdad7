/*
 * A course plan whose rows are numbered weeks rather than days: `| Semaine 3 | ... |`,
 * `| S3 |`, `| Sem. 12 |`, `| #36 |` under `#Semaine`, `| 01 |` under `Semaine`, a break
 * week between them (`| — | Semaine de lecture |`, `| _#9_ | _Semaine de relâche_ |`). A
 * reader counts the weeks down the plan: each numbered row is the week its number says,
 * a row with no number under a numbered one is the same week (a second line of it), and a
 * break week with no number of its own is one more week that the numbers after it do not
 * count (`7`, `Semaine de lecture`, `8`: week 8 is two weeks after week 7). This file says
 * which column numbers the weeks and which week of the calendar each row is, counted from
 * the first; week-plan.ts says which day of the calendar that is. Written by hand: it is
 * the layout of a table.
 */
import type { Table } from 'mdast';
import { saysWeekOff } from './no-class-row.js';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText, ICON_SHORTCODE } from './plain-text.js';

/** What a week cell says: the week's number and what it writes after it (`(28 août)`). */
export interface WeekLabel {
  number: number;
  rest: string;
}

// `Semaine 3`, `Sem. 12`, `S3`, `Week 4`, `W4`, `Semaine #6`, `#36`, `N° 3`, then what follows.
const NAMED = /^(?:semaine|sem|week|wk|s|w)(?![a-z])\.? ?/;
const HASHED = /^(?:#|n\u00b0|no\.|no(?= ?\d)) ?/;
const NUMBER = /^(\d{1,2})(?!\d)/;
// A week number is at most this: ISO weeks run to 53.
const LAST_WEEK = 53;

/**
 * The week a cell numbers (`Semaine 3`, `S3`, `Sem. 12`, `#36`, `03`, `Semaine 1 (28
 * août)`), or undefined. A bare number (`3`) counts only under a header that names weeks
 * (`bare`): elsewhere it is a count, a price or a room.
 */
function weekLabel(text: string, bare: boolean): WeekLabel | undefined {
  // Emoji shortcodes around a number (`:zap: **03** :zap:`) say nothing about the week.
  const folded = normaliseText(text).replace(ICON_SHORTCODE, ' ').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  // A word that names a week, then a mark that numbers it, then the number: each optional but the number.
  const named = NAMED.exec(folded)?.[0].length ?? 0;
  const marked = named + (HASHED.exec(folded.slice(named))?.[0].length ?? 0);
  if (marked === 0 && !bare) return undefined;
  const found = NUMBER.exec(folded.slice(marked));
  if (!found) return undefined;
  const number = Number(found[1]);
  const rest = folded.slice(marked + found[0].length).trim();
  // `S3` glued to letters (`S3A`, `3D`) is a code; a number then a word is a count (`3 séances`) unless bracketed or after a mark.
  if (number > LAST_WEEK || (rest !== '' && !/^[(:\-\u2013\u2014,.]/.test(rest))) return undefined;
  // The rest as written, from the same place in the original text (normaliseText keeps lengths).
  return { number, rest: rest === '' ? '' : text.trim().slice(text.trim().length - rest.length).trim() };
}

// Headers of a column of week numbers (folded, marks and `#` dropped): `Semaine`, `#Semaine`, `Sem.`, `S`, `Week`.
const WEEK_HEADERS = new Set(['semaine', 'semaines', 'sem', 'week', 'weeks', 'wk', 's', 'no semaine', 'n semaine', 'numero de semaine', 'semaine no']);

/** Whether a header names a column of week numbers (`Semaine`, `#Semaine`, `Sem.`, `Week`, `S`). */
function namesWeeks(header: string): boolean {
  return WEEK_HEADERS.has(normaliseText(header).replace(/[#\u00b0.*_:]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** Whether a row's text says the week has no class (`Semaine de relâche`, `Vacances`, `Pas de cours`). */
function saysBreak(texts: string[]): boolean {
  return texts.some((text) => saysWeekOff(normaliseText(text)));
}

/** A table's column of week numbers, and for each body row its week counted on the calendar (undefined: not a week). */
export interface WeekColumn {
  index: number;
  /** Per body row: the week's number as written, when the row writes one. */
  labels: Array<WeekLabel | undefined>;
  /**
   * Per body row: its week on the calendar, in weeks after the week numbered 0 would be
   * (the first numbered row's number, then one more per week; a break week with no number
   * adds one that the numbers below do not count). Undefined for the rows above the first number.
   */
  calendar: Array<number | undefined>;
  /** Per body row: the row says the week has no class. */
  breaks: boolean[];
}

// Most of a column's filled cells must number a week, and this many at least.
const FEWEST_WEEKS = 3;

/**
 * The column of a table that numbers its weeks, read down: most of its filled cells name
 * a week (`Semaine 3`, `S3`, `#36`, or a bare number under a header that names weeks),
 * three at least, and the numbers never go back. Undefined for any other table.
 */
export function weekColumnOf(table: Table): WeekColumn | undefined {
  const [header, ...body] = table.children;
  if (!header || body.length < FEWEST_WEEKS) return undefined;
  for (let index = 0; index < header.children.length; index++) {
    const bare = namesWeeks(plainText(header.children[index]!));
    const texts = body.map((row) => (row.children[index] ? plainText(row.children[index]!) : ''));
    const labels = texts.map((text) => (text === '' ? undefined : weekLabel(text, bare)));
    const filled = texts.filter((text) => text !== '' && !/^[-\u2013\u2014]+$/.test(text)).length;
    const numbered = labels.filter((label) => label !== undefined);
    if (numbered.length < FEWEST_WEEKS || numbered.length * 3 < filled * 2) continue;
    if (numbered.some((label, at) => at > 0 && label!.number < numbered[at - 1]!.number)) continue;
    const breaks = body.map((row) => saysBreak(row.children.map((cell) => plainText(cell))));
    return { index, labels, calendar: calendarWeeks(labels, breaks), breaks };
  }
  return undefined;
}

function calendarWeeks(labels: Array<WeekLabel | undefined>, breaks: boolean[]): Array<number | undefined> {
  const calendar: Array<number | undefined> = [];
  let shift = 0;
  let last: number | undefined;
  labels.forEach((label, at) => {
    if (label) last = label.number + shift;
    else if (last !== undefined && breaks[at]) {
      // A break week written without a number: one week more, which the numbers below skip.
      shift++;
      last++;
    }
    calendar.push(last);
  });
  return calendar;
}
