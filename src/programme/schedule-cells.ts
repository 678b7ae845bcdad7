/*
 * Whether a dated table is a schedule, judged from what its cells hold rather than from
 * its header words. Coordinators name the column that says what happens in more ways
 * than any list can hold (`Contenu`, `Chapitre`, `Ordre du jour`, `Travaux`, `À faire`,
 * `Remarques`, `Notes`, an English word, an empty header...), so a header vocabulary alone
 * turns real schedules away and the whole document yields nothing. What sets a schedule
 * apart from the other dated tables is what its rows hold: a day, and prose that says what
 * happens that day. A press review, a changelog or a list of releases holds a day and a
 * link, a file name, a version number, a size or an address. A register (members and their
 * terms, an election, a graduation) holds people with the day they took office or passed:
 * its dates are terms, or the same day on most rows. Written by hand: this is the
 * reader's judgement on a table, which no library makes.
 */
import type { Table, TableCell, TableRow } from 'mdast';
import { parseFrenchDate } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { dateAfterNumberedLabel } from '../dates/numbered-date.js';
import { dateInStamp } from '../dates/stamped-date.js';
import type { Column } from './model.js';
import { NUMBERED_UNIT_KINDS, numberedName } from './numbered-session.js';
import { plainText } from './plain-text.js';
import { leadingHours } from './slot-hours.js';
import { hasLetter } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';

// What a cell of a listing holds instead of prose: an address, an e-mail, a file name, a
// version number, a size.
const URL = /(?:https?:\/\/|www\.)\S+/i;
const EMAIL = /^\S+@\S+\.\w+$/;
const FILE_NAME = /^\S+\.(?:pdf|docx?|odt|pptx?|odp|xlsx?|ods|csv|zip|tar|gz|md|html?|txt|png|jpe?g|gif|svg|mp3|mp4|ipynb|py|js|json)$/i;
const VERSION = /^v?\d{1,5}\.\d[\d.]{0,12}$/i;
const SIZE = /^\d[\d.,]{0,8}\s?[kmgt]?(?:[bo]|io|octets|octet|bytes|byte)$/i;
// Prose: at least one word of three letters or more.
const WORD = /\p{L}{3,}/u;

/** What one cell holds, as far as telling a schedule from a listing goes. */
type CellKind = 'empty' | 'listing' | 'prose' | 'day' | 'other';

function cellKind(cell: TableCell): CellKind {
  const text = plainText(cell).replace(/\s+/g, ' ').trim();
  if (text === '') return 'empty';
  if (isDay(cell)) return 'day';
  // A cell that is a link and nothing else (`[Le Monde](https://...)`) points somewhere; it says nothing happens.
  const links = cell.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  // A link titled as a numbered session (`[Cours 2: Fondations logiques](./Sem_2.pdf)`) names that session, its slides behind it.
  if (links.length > 0 && links.every((child) => child.type === 'link' || child.type === 'image')) return numberedName(text) !== undefined && WORD.test(text) ? 'prose' : 'listing';
  if (URL.test(text) || EMAIL.test(text) || FILE_NAME.test(text) || VERSION.test(text) || SIZE.test(text)) return 'listing';
  const found = leadingHours(text);
  if (found && !WORD.test(found.rest)) return 'other';
  return WORD.test(text) ? 'prose' : 'other';
}

/**
 * Whether a cell writes a day, read as a dates cell is read (the date grammar, or a date
 * after the number of its week or session: `Semaine 3 (16/09)`). The one question the
 * cells of a table are asked about dates, in two strengths:
 * - `'in a dates column'`: the column is known to hold dates (a header says so, or its
 *   cells did), so any date the grammar reads is one, a bare `3/2` included;
 * - `'plainly'`: only the cells can say the column holds dates (a column found by its
 *   cells, a day in a header), so only a date a reader cannot mistake counts: with a year,
 *   a weekday or a month's name (`4 sept.`, `Mardi 12/03`, `12/03/2024`), or a run of
 *   days (`24/01 - 01/02`). A bare `3/2` there may be a score, a fraction or an
 *   exercise's number.
 */
export function writesADay(text: string, how: 'in a dates column' | 'plainly'): boolean {
  // A lone dotted `20.02` is not asked about here: a column may be called a dates column
  // by its group's header alone (`G1 | G2`), where `20.02` may be a score or a price. Only
  // a header that names dates makes it a day (parseRowDates).
  const written = parseFrenchDate(text);
  const parsed = written.ok ? written : (dateAfterNumberedLabel(text) ?? dateInStamp(text));
  const first = parsed?.ok ? parsed.value.mentions[0] : undefined;
  if (first === undefined) return false;
  // A run between two bare days (`24/01 - 01/02`, a project plan's tasks) is no score or fraction either.
  return how === 'in a dates column' || first.year !== undefined || first.weekday !== undefined || hasLetter(text) || (parsed?.ok === true && parsed.value.kind === 'range');
}

function isDay(cell: TableCell | undefined): boolean {
  return cell !== undefined && writesADay(plainText(cell), 'in a dates column');
}

// A run of days longer than this is a term, not a session (a session of several days is a
// weekend, a week of school, a month-long exhibition at most).
const LONGEST_SESSION_DAYS = 31;
// How many rows, at least, on one day make a register's day (an election, a graduation).
const FEWEST_ROWS_ON_ONE_DAY = 3;

/** What the dates cell says, as far as telling a session's day from a register's: the day, or a term. */
function dayOrTerm(cell: TableCell | undefined): { day: string } | 'term' | undefined {
  if (!cell) return undefined;
  const parsed = parseFrenchDate(plainText(cell));
  if (!parsed.ok) return undefined;
  const [first, last] = parsed.value.mentions;
  if (!first) return undefined;
  if (parsed.value.kind === 'range' && last) {
    const year = last.year ?? first.year ?? 2000;
    const from = Date.UTC(first.year ?? year, first.month - 1, first.day);
    const to = Date.UTC(year, last.month - 1, last.day);
    if ((to - from) / 86_400_000 > LONGEST_SESSION_DAYS) return 'term';
  }
  return { day: `${first.year ?? ''}-${first.month}-${first.day}` };
}

/**
 * Whether the dates column is a register's rather than a schedule's: most rows give a term
 * (`du 12 mars 2019 au 3 avril 2022`: an office held, a membership), or most rows share one
 * day, at least three of them (the day of an election or a graduation, one row per person).
 * A schedule whose header says nothing has one session a day, or a few parallel ones.
 */
export function datesOfARegister(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  const rows = bodyRows(table);
  if (!dates) return false;
  let terms = 0;
  const perDay = new Map<string, number>();
  for (const row of rows) {
    const said = dayOrTerm(row.children[dates.index]);
    if (said === 'term') terms++;
    else if (said) perDay.set(said.day, (perDay.get(said.day) ?? 0) + 1);
  }
  const busiest = Math.max(0, ...perDay.values());
  return terms * 2 > rows.length || (busiest >= FEWEST_ROWS_ON_ONE_DAY && busiest * 2 > rows.length);
}

/** The rows under the header that hold something. */
function bodyRows(table: Table): TableRow[] {
  return table.children.slice(1).filter((row) => row.children.some((cell) => plainText(cell).trim() !== ''));
}

// A clock time with seconds other than `:00` (`12:47:20`) or a fraction of one, or an ISO
// date-time with its zone (`T13:15:00Z`, `T13:15+02:00`; only after the `T`, as
// `14:00-16:00` is a slot): a machine's stamp of when something was logged, not the hour
// a session is set for.
const LOGGED_TIME = /\d:\d\d:(?!00)\d\d|\d:\d\d:\d\d\.\d|\dT\d\d:\d\d(?::\d\d)?\.?\d{0,9}(?:Z|[+-]\d\d:?\d\d)/i;

/** Whether a cell writes a time as a log stamps it (`2026-02-16T13:35:12`, `…T13:15:00Z`). */
export function writesLoggedTime(text: string): boolean {
  return LOGGED_TIME.test(text);
}

// How many dates cells must stamp an odd minute, at least, for a column to be a log's.
const FEWEST_STAMPS = 3;
// Minutes from this one on, off the five-minute grid, are a deadline's (`23h59`, `23h58`, `11h59`), not a stamp.
const DEADLINE_MINUTE = 58;

/**
 * Whether a column of days with their times (`09/01 12:10`, `09/01 14:29`, `09/01 14:33`)
 * stamps when each entry was made, as a ticket's or a project's log does, rather than when
 * something is set to happen: a programme sets its hours on the five minutes (`9h`, `10h15`,
 * `14h05`), a log writes the minute the clock showed (`14:29`, `14:56`, `15:47`). Most of
 * the timed cells, three at least, off the five-minute grid; a deadline's last minutes
 * (`23h59`) are set, not stamped.
 */
export function stampsByTheMinute(texts: readonly string[]): boolean {
  let timed = 0;
  let stamped = 0;
  for (const text of texts) {
    const parsed = parseFrenchDate(text);
    if (!parsed.ok || !parsed.hours) continue;
    const hours = parseFrenchHours(parsed.hours.text);
    const start = hours.ok ? hours.slots[0]?.start : undefined;
    if (!start) continue;
    timed++;
    if (start.minute % 5 !== 0 && start.minute < DEADLINE_MINUTE) stamped++;
  }
  return stamped >= FEWEST_STAMPS && stamped * 2 > timed;
}

// Padded dotted days (`27.09`, `04.10`): Swiss and Belgian writers' way, read only down a column
// of them, where padded slashed days (find-schedule-table.ts, PADDED_DAYS) are read alone.
const PADDED_DOTTED_DAY = /^(\d{2})\.(\d{2})$/;
// How many such cells a column needs: two could be versions or prices.
const FEWEST_DOTTED_DAYS = 3;

/**
 * Whether a column's filled cells (`texts`) are all padded dotted days, three at least,
 * running forward through the year (one turn of the year at most): `27.09`, `04.10`,
 * `11.10`. Alone, `04.10` may be a version or a price; down a column in the calendar's
 * order, a reader reads the days of a term.
 */
export function runsOfDottedDays(texts: readonly string[]): boolean {
  const days = texts.map((text) => PADDED_DOTTED_DAY.exec(text.trim()));
  if (days.length < FEWEST_DOTTED_DAYS || days.some((day) => day === null || Number(day[1]) < 1 || Number(day[1]) > 31 || Number(day[2]) < 1 || Number(day[2]) > 12)) return false;
  const order = days.map((day) => Number(day![2]) * 32 + Number(day![1]));
  return order.filter((value, index) => index > 0 && value <= order[index - 1]!).length <= 1;
}

/**
 * Whether the cells make a dated table a schedule: most body rows have a day in the dates
 * column and no second day, and most rows say in prose what happens without being a listing's row (one
 * whose other cells hold two or more links, addresses, file names, versions or sizes more than prose).
 */
export function cellsMakeASchedule(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  const rows = bodyRows(table);
  if (!dates || rows.length === 0) return false;
  // A log's time stamps date its entries; they are no sessions' days.
  const stamps = rows.map((row) => plainText(row.children[dates.index] ?? { type: 'tableCell', children: [] }));
  if (stamps.some(writesLoggedTime) || stampsByTheMinute(stamps)) return false;
  // `27.09`, `04.10` down a column: days, though a lone dotted pair is not (runsOfDottedDays).
  const dotted = runsOfDottedDays(stamps.filter((text) => text.trim() !== ''));
  const dated = rows.filter((row, index) => isDay(row.children[dates.index]) || (dotted && stamps[index]!.trim() !== '')).length;
  let prose = 0;
  let periods = 0;
  for (const row of rows) {
    const kinds = row.children.filter((_, index) => index !== dates.index).map(cellKind);
    if (kinds.includes('day')) periods++;
    const said = kinds.filter((kind) => kind === 'prose').length;
    const listed = kinds.filter((kind) => kind === 'listing').length;
    // A row says what happens when it holds prose, and at most one link or file more than
    // prose (a reading beside its `[pdf]` is a session, and so is a class beside its exercises
    // and their answers, `| 27.09 | TP 1 : Grammaire | [Exercices](…) | [Corrigé](…) |`; a day
    // beside a link or a file alone is not).
    if (said > 0 && listed <= said + 1) prose++;
  }
  // A second day on most rows (`| Période | Début | Fin |`) makes a calendar of periods (terms,
  // holidays, internships) rather than of sessions: read only when a header says it is one.
  if (periods * 2 > rows.length) return false;
  return dated * 2 > rows.length && prose * 2 > rows.length;
}

// Fewest counted rows that make a count of sessions rather than a coincidence.
const FEWEST_COUNTED = 3;

/**
 * Whether a table of days alone counts its rows one by one (`| # | Date |` then `| 1 |
 * Mardi 10/02 |`, `| 2 | Mardi 17/02 |`, a break row left uncounted): a course's or a
 * series' calendar of sessions, each numbered as the sessions are. A listing numbers no
 * rows 1, 2, 3 beside a day alone (a changelog numbers versions, a press review has
 * titles), so a reader puts each counted day in the calendar.
 */
export function countsItsSessions(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates || columns.length !== 2) return false;
  const counter = columns.find((column) => column !== dates)!;
  const rows = bodyRows(table);
  const counted = rows.map((row) => plainText(row.children[counter.index] ?? { type: 'tableCell', children: [] }).trim()).filter((text) => text !== '');
  if (counted.length < FEWEST_COUNTED || counted.length * 2 <= rows.length) return false;
  if (!counted.every((text, at) => text === String(at + 1))) return false;
  const dated = rows.filter((row) => isDay(row.children[dates.index])).length;
  return dated >= counted.length;
}

// A cell that is only a class's or a graded work's kind and number (folded): `DM 1`, `DS 3`,
// `TP 2`, `Séance 4`, `Interro n° 2`.
const NUMBERED_UNIT = new RegExp(String.raw`^(?:${NUMBERED_UNIT_KINDS.join('|')})\s?(?:|n[\u00b0o]|n[\u00b0o] |#)(\d{1,3})$`);

/**
 * Whether a column beside the dates names its rows by kind and number, counting from 1 and
 * rising (`| DM | À rendre | Énoncé | Correction |` over `| DM 1 | 28/09/25 | PDF | PDF |`,
 * `DM 2`…), on three rows at least and most rows: each row is one class or one piece of
 * graded work, on its day, however its other cells read (links to its statement).
 */
export function numbersItsUnits(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates) return false;
  const rows = bodyRows(table);
  return columns.some((column) => {
    if (column === dates) return false;
    const numbers = rows.flatMap((row) => {
      const found = NUMBERED_UNIT.exec(normaliseText(plainText(row.children[column.index] ?? { type: 'tableCell', children: [] })));
      return found ? [Number(found[1])] : [];
    });
    if (numbers.length < FEWEST_COUNTED || numbers.length * 2 <= rows.length || numbers[0] !== 1) return false;
    return numbers.every((number, at) => at === 0 || number > numbers[at - 1]!);
  });
}

/**
 * The column that names the sessions when no header says which does: the first column
 * without a role whose cells hold prose in most rows (`| Date | Contenu |`, an empty
 * header, `Ordre du jour`). Undefined when there is none.
 */
export function firstProseColumn(table: Table, columns: Column[]): Column | undefined {
  const rows = table.children.slice(1);
  if (rows.length === 0) return undefined;
  return columns.find((column) => {
    if (column.role || column.slot) return false;
    const prose = rows.filter((row) => {
      const cell = row.children[column.index];
      return cell !== undefined && cellKind(cell) === 'prose';
    }).length;
    return prose * 2 > rows.length;
  });
}
