import { compareDates, isoWeekday, toDayNumber } from '../dates/plain-date.js';
import { listsKeptNewestFirst, type ListDay } from '../dates/list-direction.js';
import type { PlainDate } from '../dates/types.js';
import { turnsSchoolYear } from '../dates/year-inference.js';
import { normaliseText } from '../dates/normalise-text.js';
import { namesWeights } from '../programme/column-roles.js';
import type { Programme, Session } from '../programme/model.js';
import { listOrPart, parentHeadings } from '../programme/list-parts.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';

/**
 * A row dated before the row above it. Years are inferred in reading order, so a month
 * that goes backwards rolls into the next year: `3 octobre` under `10 novembre` becomes
 * October of the next year. A careful reader sees a misplaced row there, not a session
 * eleven months later, so a roll-over of three months back or less is reported too,
 * while `9 janvier` under `12 décembre` (the programme crossing New Year) is not. Each
 * table is checked on its own (a table of group columns group by group), and a list kept newest first is checked the other way.
 * Dated headings are checked within the part of the document that holds them: the
 * `### 25/05/2021` days under `## Cours` and those under `## TD/TP` are two logs, each in
 * order, not one. A table of assessments (a weights column: `Pondération`, `Poids`,
 * `Coefficient`, `%`) lists the exams, then the hand-ins: it is grouped by kind, not
 * written in date order, and is not checked.
 */
export const rule = defineRule({
  id: 'out-of-order',
  severity: 'warning',
  description: 'A row dated before the row above it: the table is read in date order.',
  check(context) {
    // Tables, logs and dated lists are written in date order (a list kept newest first is
    // checked the other way); the slots of a day take their date from its heading (a
    // festival page lists its workshops' days, then its talks' days) and are not compared.
    // A session a sentence announces sits in prose, which tells of its days in any order.
    // A line that gives one session on several days, each at its own hour (`Vendredi 20 juin à
    // 18h30 et Samedi 21 juin à 17h`), is in order by its first day: the writer lists the rest
    // after it on the line, as the days of one row.
    const linesSeen = new Set<number>();
    const ordered = context.programme.sessions.filter((session) => {
      const line = session.position.start.line;
      // A slot takes its day from the heading above it. A session whose heading's field writes
      // its day below it dates itself; it is in order of date when its heading numbers it
      // (`## Séance n° 8` over `* 09/11/2024 - 16h-19h`, a log), while a page of films or shows,
      // each over its day (`### Daisy Clover` over `Sam 2 mar`), lists them in any order.
      // Items that each open with their group (`ACA / SCT [23/09/2026]`, `GeoINT [16/09/2026]`) follow the groups, not the days.
      if (session.dates.position.start.line < line || session.announced || session.groupItem) return false;
      if (session.dates.position.start.line > line && (session.tableIndex !== undefined || session.dayFrom !== undefined || !NUMBERED_TITLE.test(session.title.text))) return false;
      // A row that carries its day from a row above (a slot under its day, a weekday of a
      // week's row) was put in order by that row; a row's further days, each on a line of its
      // dates cell (stacked-cell-rows.ts), are in order by its first, as a line's are.
      if (session.tableIndex !== undefined) return session.dayFrom === undefined && !session.stackedDay;
      if (linesSeen.has(line)) return false;
      linesSeen.add(line);
      return true;
    });
    const parents = listOrPart(context.tree, parentHeadings(context.tree));
    const assessments = assessmentTables(context.programme);
    const checked = ordered.filter((session) => session.tableIndex === undefined || !assessments.has(session.tableIndex));
    const partDays = daysOfParts(context.programme.sessions, parents);
    // A date whose weekday does not fit it is unsure (weekday-mismatch says so): it is no
    // reference for the order of the rows around it.
    const lists = listsOfSessions(checked, parents).map((group) => group.filter((session) => session.dates.value && !weekdayContradicts(session)));
    // A list too short to tell its way is kept the way the page keeps its others (list-direction.ts).
    const kept = listsKeptNewestFirst(lists.map(writtenDays));
    for (const [index, dated] of lists.entries()) {
      if (dated.length === 0) continue;
      // `- Atelier bureautique : vendredi 15, vendredi 29` over `- Cycle ordinateur : mercredi
      // 13, 20, 27`: a list of series, each item its own run of meetings, is listed by what it
      // offers; no item is a step in time after the one above.
      // Items numbered in a sequence (`Séance 1 : 6 et 13 mars`, `Module 2 : …`) are steps in time all the same.
      if (dated.length >= 2 && dated.every((session) => session.tableIndex === undefined && isSeries(session) && !NUMBERED_TITLE.test(session.title.text))) continue;
      const part = dated[0]!.tableIndex === undefined ? partDays.get(parents(dated[0]!.dates.position.start.line)) : undefined;
      if (kept[index] || (part !== undefined && daysGoDown(part)) || numbersCountDown(dated)) {
        for (let i = 1; i < dated.length; i++) checkNewestFirstPair(context, dated[i - 1]!, dated[i]!);
      } else {
        const repeated = repeatedNumbers(dated);
        for (let i = 1; i < dated.length; i++) checkPair(context, dated[i - 1]!, dated[i]!, dated.slice(i + 1), dated[i - 2], repeated);
      }
    }
  },
});

// A title that numbers its session in a sequence of sessions: `Séance n° 8`, `Séance 3`, `TP 4`,
// `Cours #2`, a journal's `Entrée 16` (not a price, `Entrée 5 €`); not any name with a number (`Apollo 13`, `Groupe 2`, `Salle 101`).
const NUMBERED_TITLE = /^(?:s[\u00e9e]ances?|sessions?|cours|tp|td|semaine|atelier|le[\u00e7c]on|module|chapitre|jour|journ[\u00e9e]e|partie|rencontre|r[\u00e9e]union|sprint|it[\u00e9e]ration|entr[\u00e9e]e)\s(?:n[\u00b0o] |n[\u00b0o]|#)?\d{1,3}\b(?!\s?[\u20ac$])/iu;

/**
 * The sessions of each table, then those written otherwise grouped by the heading their
 * heading sits under (or, for an entry that is no heading, the heading above it), each
 * list in document order.
 */
function listsOfSessions(sessions: readonly Session[], parents: (line: number) => string): Session[][] {
  const lists = new Map<string, Session[]>();
  for (const session of sessions) {
    // A table of group columns is in date order group by group.
    const key = session.tableIndex === undefined ? parents(session.position.start.line) : `table ${session.tableIndex} ${session.groupColumn ?? ''}`;
    const list = lists.get(key);
    if (list) list.push(session);
    else lists.set(key, [session]);
  }
  return [...lists.values()];
}

/** Whether a session meets on several days that are no run of days in a row (`mercredi 13, 20 et 27`). */
function isSeries(session: Session): boolean {
  const days = session.dates.value!.days;
  if (days.length < 2) return false;
  return days.some((day, k) => k > 0 && toDayNumber(day) - toDayNumber(days[k - 1]!) > 1);
}

/** Whether a session's date writes a weekday that is not its own. */
function weekdayContradicts(session: Session): boolean {
  return session.dates.value!.mentions.some(
    (mention) => mention.weekday !== undefined && isoWeekday({ year: mention.resolvedYear, month: mention.month, day: mention.day }) !== mention.weekday,
  );
}

// The header of a column of marks in an assessment table, besides one of weights (namesWeights): `Note sur 20`, `Points`, `%`.
const MARKS_HEADER = /^(?:(?:note sur|points)\b|%)/;

/** The tables whose columns include one of weights: lists of assessments, grouped by kind. */
function assessmentTables(programme: Programme): Set<number> {
  const found = new Set<number>();
  programme.tables.forEach((table, index) => {
    if (table.columns.some((column) => namesWeights(column.header) || MARKS_HEADER.test(normaliseText(column.header).trim()))) found.add(index);
  });
  return found;
}

/** The kind and the number a title gives its session in a sequence (`Séance n° 2`: `seance`, 2), if it numbers it. */
function sessionNumber(title: string): { kind: string; number: number } | undefined {
  const found = NUMBERED_TITLE.exec(title);
  if (!found) return undefined;
  return { kind: normaliseText(found[0]).split(/\s/)[0]!.replace(/s$/, ''), number: Number(/\d+/.exec(found[0])![0]) };
}

/** The numbered names a list gives more than one session (`TD 1`, `TD 2` each week): groups, not steps of a sequence. */
function repeatedNumbers(sessions: readonly Session[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const session of sessions) {
    const numbered = sessionNumber(session.title.text);
    if (!numbered) continue;
    const key = `${numbered.kind} ${numbered.number}`;
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

/**
 * Whether `session`, numbered right after `previous` (`Séance n° 2` after `Séance n° 1`), is
 * on the same one day and ends before it starts (`22/09/2026 - 8h30-10h` under
 * `22/09/2026 - 13h-16h`): a log's next session held earlier the same day, its day or its
 * hours mistyped. Two parts of one day numbered in any other way, or numbers the list gives
 * again (`TD 1`, `TD 2` each week: groups, `repeated`), are not compared.
 */
function heldBefore(previous: Session, session: Session, repeated: ReadonlySet<string>): boolean {
  const one = sessionNumber(previous.title.text);
  const next = sessionNumber(session.title.text);
  if (!one || !next || one.kind !== next.kind || next.number !== one.number + 1) return false;
  if (repeated.has(`${one.kind} ${one.number}`) || repeated.has(`${next.kind} ${next.number}`)) return false;
  const [day, previousDay] = [session.dates.value!.days, previous.dates.value!.days];
  if (day.length !== 1 || previousDay.length !== 1 || compareDates(day[0]!, previousDay[0]!) !== 0) return false;
  const [earlier, later] = [session.hours?.value, previous.hours?.value];
  if (earlier?.length !== 1 || later?.length !== 1 || earlier[0]!.end === undefined) return false;
  const minutes = (time: { hour: number; minute: number }) => time.hour * 60 + time.minute;
  return minutes(earlier[0]!.end) <= minutes(later[0]!.start);
}

/**
 * A list's first days as written, from which it is decided whether it is kept newest first
 * (a log of past events, an events page with the latest on top), as the years were
 * (list-direction.ts). Such a list is in order when it goes down in time; a row that goes
 * up is the one out of place.
 */
function writtenDays(dated: Session[]): ListDay[] {
  return dated.map((session) => {
    const { day, month, year } = session.dates.value!.mentions[0]!;
    return { day, month, ...(year === undefined ? {} : { year }) };
  });
}

/**
 * The days of each part of the document written outside tables, in order, the slots of a
 * day included (by the line of their day heading): a page of day headings kept newest first
 * (`<h2>Mercredi 14 mars</h2>`, `<h2>Lundi 12 mars</h2>`, `<h2>Vendredi 9 mars</h2>`, each
 * over its slots) has few headings that are sessions themselves, and its slots show the
 * order it is kept in.
 */
function daysOfParts(sessions: readonly Session[], parents: (line: number) => string): Map<string, PlainDate[]> {
  const parts = new Map<string, PlainDate[]>();
  for (const session of sessions) {
    const day = session.dates.value?.days[0];
    if (session.tableIndex !== undefined || !day || weekdayContradicts(session)) continue;
    const key = parents(session.dates.position.start.line);
    const days = parts.get(key) ?? [];
    if (days.length === 0 || compareDates(days.at(-1)!, day) !== 0) days.push(day);
    parts.set(key, days);
  }
  return parts;
}

/**
 * Whether a table's rows are numbered counting down in their first cell (`| 03 | 17-04-20 |`,
 * `| 02 | 17-04-20 |`, `| 01 | 31-03-20 |`), or sessions in their titles (`## Entrée 17`,
 * `## Entrée 16`): listed newest first, the number says so, however few the sessions or
 * their days' steps.
 */
function numbersCountDown(dated: readonly Session[]): boolean {
  const numbers = dated.map(writtenNumber);
  return dated.length >= 2 && numbers.every((number, i) => number !== undefined && (i === 0 || number === numbers[i - 1]! - 1));
}

/** The number a session is written with: a table row's first cell (`| 03 |`), else its title's (`Entrée 17`). */
function writtenNumber(session: Session): number | undefined {
  if (session.tableIndex === undefined) return sessionNumber(session.title.text)?.number;
  const cell = session.cells[0]?.value.trim() ?? '';
  return /^\d{1,3}$/.test(cell) ? Number(cell) : undefined;
}

// Three days or more, each before the one above it and none after: kept newest first.
function daysGoDown(days: PlainDate[]): boolean {
  for (let i = 1; i < days.length; i++) if (compareDates(days[i]!, days[i - 1]!) > 0) return false;
  return days.length >= 3;
}

function checkNewestFirstPair(context: RuleContext, previous: Session, session: Session): void {
  if (compareDates(session.dates.value!.days[0]!, previous.dates.value!.days[0]!) > 0) reportMisplaced(context, 'out-of-order-newest-first', session, previous);
}

/**
 * A row out of its list's order, said on its own dates with the other row's dates and that
 * row as the related place: the row above it (`out-of-order`, `out-of-order-newest-first`),
 * or, for a row that jumps ahead, the row below it (`out-of-order-ahead`).
 */
function reportMisplaced(context: RuleContext, messageId: 'out-of-order' | 'out-of-order-newest-first' | 'out-of-order-ahead', session: Session, other: Session): void {
  context.report(
    messageId,
    {
      where: rowWhere(context, session),
      text: session.dates.text,
      date: longDate(context, session.dates.value!.days[0]!),
      other: rowWhere(context, other),
      otherText: other.dates.text,
      otherDate: longDate(context, other.dates.value!.days[0]!),
    },
    session.dates.position,
    { related: relatedAt(other.position, relatedRow(context, other)) },
  );
}

// A roll-over this many months back or less is more likely a misplaced row.
const MISPLACED_MONTHS = 3;

/** The year a session's date writes where it was read in another (year-inference.ts), if it was. */
function mistypedYear(session: Session): number | undefined {
  const mentions = session.dates.value!.mentions;
  const first = mentions[0]!;
  return first.year !== undefined && first.year !== first.resolvedYear && mentions.every((mention) => mention.weekday === undefined) ? first.year : undefined;
}

/**
 * Whether `previous`, not the row after it, is the one out of place: it is after both rows
 * below it, while the row below it follows the row above it (`14/10`, `20/11`, `21/10`,
 * `10/11`: 20/11 jumps ahead, a slip for 20/10; 21/10 is where it belongs).
 */
function jumpsAhead(previous: Session, session: Session, next: Session | undefined, above: Session | undefined): boolean {
  if (next === undefined || above === undefined) return false;
  const start = (row: Session) => row.dates.value!.days[0]!;
  return compareDates(start(above), start(session)) <= 0 && compareDates(start(previous), start(next)) > 0 && compareDates(start(session), start(next)) <= 0;
}

function checkPair(context: RuleContext, previous: Session, session: Session, below: readonly Session[], above: Session | undefined, repeated: ReadonlySet<string>): void {
  const before = previous.dates.value!;
  const now = session.dates.value!;
  const start = now.days[0]!;
  const previousStart = before.days[0]!;
  const related = { related: relatedAt(previous.position, relatedRow(context, previous)) };
  const first = now.mentions[0]!;
  const previousLast = before.mentions.at(-1)!;
  if (compareDates(start, previousStart) < 0) {
    if (jumpsAhead(previous, session, below[0], above)) reportMisplaced(context, 'out-of-order-ahead', previous, session);
    else reportMisplaced(context, 'out-of-order', session, previous);
    return;
  }
  if (heldBefore(previous, session, repeated)) {
    context.report(
      'out-of-order-hours',
      {
        where: rowWhere(context, session),
        hours: session.hours!.text,
        date: longDate(context, start),
        other: rowWhere(context, previous),
        otherHours: previous.hours!.text,
      },
      session.hours!.position,
      related,
    );
    return;
  }
  // A year one digit off, out of order as written, read in the year of the rows around it
  // (year-inference.ts). A weekday written beside it has weekday-mismatch say so.
  const written = mistypedYear(session);
  if (written !== undefined) {
    // A run of them (January's entries typed with last year) is said once, on its first row.
    if (mistypedYear(previous) === written) return;
    const run = below.findIndex((next) => mistypedYear(next) !== written);
    context.report(
      'out-of-order-mistyped-year',
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        writtenYear: written,
        year: first.resolvedYear,
        date: longDate(context, start),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        followers: run === -1 ? below.length : run,
      },
      session.dates.position,
      related,
    );
    return;
  }
  // Only a year the reader inferred by counting can be a roll-over mistake; a written
  // year, or one a dated section gave, is what the document says.
  const rolled = first.year === undefined && now.yearSource === 'rollover' && first.resolvedYear === previousLast.resolvedYear + 1;
  const monthsBack = previousLast.month - first.month;
  if (rolled && monthsBack > 0 && monthsBack <= MISPLACED_MONTHS && !turnsSchoolYear(first.month, previousLast.month)) {
    context.report(
      'out-of-order-rollover',
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: context.say('month-year', { year: first.resolvedYear, month: first.month }),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        sameYear: context.say('month-year', { year: previousLast.resolvedYear, month: first.month }),
        year: first.resolvedYear,
      },
      session.dates.position,
      related,
    );
  }
}
