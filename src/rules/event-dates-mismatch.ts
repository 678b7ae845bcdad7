import type { Heading, ListItem, Paragraph, Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';
import { plainText } from '../programme/plain-text.js';
import { weightColumn } from '../programme/graded-work-tables.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { announcedPeriod } from './announced-period.js';
import { checkTitleYear } from './title-year.js';
import { MONTH_NAMES } from '../dates/french-months.js';
import { compareDates, fromDayNumber, toDayNumber } from '../dates/plain-date.js';
import { whenLabelKind } from '../programme/when-labels.js';

/**
 * The days a course or project page gives a named event in its own place (`### Contrôle
 * continu` over `- Dates: 19/10; 30/11`, `- **Partiel** : 12/03`, `Soutenances : 4 et 5
 * juin`) against the rows of its plan that name the same event (`| 12 | 07/12 | ... |
 * Contrôle continu |`). When the two disagree both ways, a day listed that no row marks and
 * a row marked on a day not listed, one of them was moved and the other not updated: a
 * reader sees it. A plan that marks only some of the days, or days the list leaves out,
 * is only less complete, and is left alone.
 */
export const rule = defineRule({
  id: 'event-dates-mismatch',
  severity: 'warning',
  description: 'The days a page lists for a named event (Contrôle continu : 19/10 ; 30/11) are not the days its plan marks it on (a row on 07/12).',
  check(context) {
    checkAnnouncedPeriod(context);
    checkTitleYear(context);
    const rows = tableRowsByLine(context);
    const sessions = context.programme.sessions.filter((session) => session.source === 'table' && session.dates.value && session.status !== 'cancelled');
    if (sessions.length === 0) return;
    // A piece of graded work due on a day the plan holds no class (`Projet de session | 13
    // décembre 21h`) is handed in, not sat in class: rows that name it (`Présentation du projet
    // de session`) say when it is talked of, not when it is due. A day called off in the plan
    // (`| 4 mars | Relâche |`) is still one of its days.
    const classDays = new Set(context.programme.sessions.flatMap((session) => (session.source === 'table' ? (session.dates.value?.days ?? []).map(monthDay) : [])));
    const graded = gradedWork(context).filter((work) => work.days.some((day) => classDays.has(monthDay(day))));
    for (const listed of [...listedEvents(context), ...graded]) {
      const marked = sessions.filter((session) => namesEvent(rows.get(session.position.start.line) ?? '', listed.name, listed.numbers));
      if (marked.length === 0) continue;
      // A row's days are its dates cell's and any other day its cells write (`| Travail pratique
      // no 1 | Dimanche 10 nov. 2024 |`, a deadline's column beside the class days).
      const rowDays = (session: Session) => [...session.dates.value!.days, ...daysIn(rows.get(session.position.start.line) ?? '')].map(monthDay);
      const markedDays = new Set(marked.flatMap(rowDays));
      const missing = listed.days.filter((day) => !markedDays.has(monthDay(day)));
      const listedDays = new Set(listed.days.map(monthDay));
      const elsewhere = marked.filter((session) => !rowDays(session).some((day) => listedDays.has(day)));
      if (missing.length === 0 || elsewhere.length === 0) continue;
      const other = elsewhere[0]!;
      context.report(
        'event-dates-mismatch',
        { event: listed.label, text: listed.text, line: listed.position.start.line, row: other.dates.text, rowLine: other.position.start.line },
        listed.position,
        { actual: listed.text, related: relatedAt(other.position, relatedRow(context, other)) },
      );
    }
  },
});

// How far outside an announced period a session may fall and still be one of its own (a class
// a week late, a partiel after the last class): farther, it is another matter of the page.
const NEAR_PERIOD_DAYS = 62;

/**
 * The sessions dated outside the one period the page announces for them before they begin
 * (announced-period.ts: `Quand … du 29/11 au 24/01`), when most of them fall inside it: each
 * is reported on its date. A period written without its year is read in the years that put
 * it around the sessions.
 */
function checkAnnouncedPeriod(context: RuleContext): void {
  const sessions = context.programme.sessions.filter((session) => session.dates.value && session.status !== 'cancelled' && !session.announced);
  if (sessions.length === 0) return;
  // A reduce, not a spread: a hostile page may hold more sessions than a call takes arguments.
  const first = sessions.reduce((least, session) => Math.min(least, session.position.start.offset ?? 0), Number.POSITIVE_INFINITY);
  const period = announcedPeriod(context.tree, context.source, first);
  if (!period) return;
  const earliest = sessions.map((session) => toDayNumber(session.dates.value!.days[0]!)).reduce((a, b) => Math.min(a, b));
  const near = (year: number) => Math.abs(toDayNumber({ year, month: period.from.month, day: period.from.day }) - earliest);
  const guess = fromDayNumber(earliest).year;
  const fromYear = period.from.year ?? [guess - 1, guess, guess + 1].reduce((best, year) => (near(year) < near(best) ? year : best));
  const from = { year: fromYear, month: period.from.month, day: period.from.day };
  let toYear = period.to.year ?? fromYear;
  if (period.to.year === undefined && compareDates({ year: toYear, month: period.to.month, day: period.to.day }, from) < 0) toYear++;
  const start = toDayNumber(from);
  const end = toDayNumber({ year: toYear, month: period.to.month, day: period.to.day });
  if (end < start) return;
  const days = (session: Session) => session.dates.value!.days.map(toDayNumber);
  const inside = sessions.filter((session) => days(session).every((day) => day >= start && day <= end));
  if (inside.length < 2 || inside.length * 2 <= sessions.length) return;
  for (const session of sessions) {
    const all = days(session);
    const outside = all.every((day) => day < start) ? start - Math.max(...all) : all.every((day) => day > end) ? Math.min(...all) - end : 0;
    if (outside <= 0 || outside > NEAR_PERIOD_DAYS || saidMovedTo(context.source.text, session.dates.value!.days[0]!)) continue;
    context.report(
      'event-dates-mismatch-period',
      { where: rowWhere(context, session), date: longDate(context, session.dates.value!.days[0]!), text: period.text, line: period.position.start.line },
      session.dates.position,
      { actual: session.dates.text, related: relatedAt(period.position, context.say('line-label', { line: period.position.start.line })) },
    );
  }
}

// A line that tells a move (folded): `le cours du 17/01 est reporté au mercredi 26/01`, `déplacé`, `décalé`.
const MOVE_WORDS = /(?:^|[^a-z])(?:reporte|reportee|reportes|deplace|deplacee|decale|decalee)(?![a-z])/;

/** Whether a line of the page tells a move to `day` (`reporté au mercredi 26/01`, `déplacé au 26 janvier`): that session is where the page says it went. */
function saidMovedTo(text: string, day: PlainDate): boolean {
  const numeric = new RegExp(String.raw`(?:^|[^\d])0?${day.day}[/.]0?${day.month}(?![\d])`);
  const named = new RegExp(String.raw`(?:^|[^\d])${day.day}(?:er)? ${normaliseText(MONTH_NAMES[day.month - 1]!)}(?![a-z])`);
  return text.split('\n').some((line) => {
    const folded = normaliseText(line);
    return MOVE_WORDS.test(folded) && (numeric.test(folded) || named.test(folded));
  });
}

interface ListedEvent {
  /** The event's name as written (`Contrôle continu`), and its folded words. */
  label: string;
  name: string[];
  /** The numbers the label writes (`Travail 1`): the row must write them too, `Travail pratique no 2` is another event. */
  numbers: string[];
  /** The dates as written, where, and the days they name (the year may be a guess: only month and day are compared). */
  text: string;
  position: Position;
  days: PlainDate[];
}

// Words of a label that name when, not what: `Date`, `Dates`, `Quand` (folded).
// A label's word that names no event: one that asks for the day (when-labels.ts) or an article (`Le : 12 mars`).
const namesNoEvent = (word: string) => word === 'le' || word === 'les' || whenLabelKind(word) === 'day';
// Names of what most rows of a plan are (`Cours 3`, `Séance 2`, `TD`): a line of key dates
// labelled so (`- Cours : 14/09`) names one of them, not an event the plan marks (folded).
const EVERY_ROW = new Set(['cours', 'seance', 'seances', 'session', 'sessions', 'td', 'tp', 'cm', 'atelier', 'ateliers', 'reunion', 'reunions', 'semaine', 'module', 'chapitre', 'lecon']);
// How many dates one line may list (`19/10; 30/11; 14/12`).
const MORE_DATES = 6;
// Any year serves to read a day and month.
const ANY_YEAR = 2000;

const monthDay = (day: PlainDate) => `${day.month}-${day.day}`;

/** The plain text of each table row, by its line, to see which rows name an event. */
function tableRowsByLine(context: RuleContext): Map<number, string> {
  const rows = new Map<number, string>();
  visit(context.tree, 'tableRow', (row: TableRow) => {
    if (row.position) rows.set(row.position.start.line, row.children.map((cell) => plainText(cell)).join(' | '));
  });
  return rows;
}

// How many words after the event's name may hold its number (`Travail pratique no 1`).
const NUMBER_WORDS_AFTER = 3;
// Words that open a phrase of their own after a name (`Travail de groupe, 1 séance`): the number after them is not the event's.
const PHRASE_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'a', 'au', 'aux', 'pour', 'par', 'sur', 'avec']);

/** Whether a row's text writes the event's name, its words in a row, and the numbers its label writes. */
function namesEvent(row: string, name: string[], numbers: string[]): boolean {
  const words = foldedWords(normaliseText(row));
  for (let at = 0; at + name.length <= words.length; at++) {
    if (!name.every((word, k) => words[at + k] === word)) continue;
    // The label's number right after the name (`Travail pratique no 1`), not a week's elsewhere in the row.
    const after = words.slice(at + name.length, at + name.length + NUMBER_WORDS_AFTER);
    const number = after.findIndex((word) => /^\d+$/.test(word));
    // `Travail pratique no 1`, not `Travail de groupe, 1 séance`: no phrase opens before the number.
    const numbered = numbers.length === 0 || (number >= 0 && !after.slice(0, number).some((word) => PHRASE_WORDS.has(word)) && numbers.includes(String(Number(after[number]))));
    if (numbered) return true;
  }
  return false;
}

/** The days written after a label, read one date after another (`19/10; 30/11`). */
function daysIn(text: string): PlainDate[] {
  const days: PlainDate[] = [];
  let rest = text;
  for (let n = 0; n < MORE_DATES; n++) {
    const found = extractDateFromHeading(rest);
    if (!found) break;
    for (const mention of found.expression.mentions) days.push({ year: mention.year ?? ANY_YEAR, month: mention.month, day: mention.day });
    rest = rest.slice(found.end);
  }
  return days;
}

/**
 * A label worth comparing: a name of words (`Contrôle continu`, `Partiel`), not only `Date`.
 * `numbered`: a piece of work named by its code and number (`TP3`, `CC1`) names itself too,
 * short as it is, as a table of graded work writes them.
 */
function eventName(label: string, numbered = false): string[] | undefined {
  const words = foldedWords(normaliseText(label)).filter((word) => !/^\d+$/.test(word));
  if (words.length === 0 || words.length > 4 || words.every((word) => namesNoEvent(word) || EVERY_ROW.has(word))) return undefined;
  return words.some((word) => word.length >= 4 || (numbered && /^[a-z]+\d+$/.test(word))) ? words : undefined;
}

/**
 * The events the page dates in their own place: a line `Label : dates` whose label names
 * the event, or `Date(s) : dates` right under a heading that names it (`### Contrôle
 * continu`). Only lines that hold a label, a colon and dates, nothing else of note.
 */
function listedEvents(context: RuleContext): ListedEvent[] {
  const found: ListedEvent[] = [];
  // The first paragraph of each list item (`- Dates: 19/10; 30/11`), and the headings above them.
  const lines: Paragraph[] = [];
  visit(context.tree, 'listItem', (item: ListItem) => {
    const first = item.children[0];
    if (first?.type === 'paragraph') lines.push(first);
  });
  const headings: Array<{ line: number; text: string }> = [];
  visit(context.tree, 'heading', (node: Heading) => {
    headings.push({ line: node.position?.start.line ?? 0, text: plainText(node).trim() });
  });
  for (const paragraph of lines) {
    const text = plainText(paragraph).trim();
    const colon = text.indexOf(':');
    if (colon <= 0 || !paragraph.position) continue;
    const label = text.slice(0, colon).trim();
    const written = text.slice(colon + 1).trim();
    const days = daysIn(written);
    if (days.length === 0) continue;
    const line = paragraph.position.start.line;
    const above = headings.filter((h) => h.line < line).at(-1)?.text;
    const own = eventName(label);
    const fromHeading = !own && foldedWords(normaliseText(label)).every(namesNoEvent) && above ? eventName(above) : undefined;
    const name = own ?? fromHeading;
    if (!name) continue;
    const numbers = foldedWords(normaliseText(own ? label : above!)).filter((word) => /^\d+$/.test(word)).map((word) => String(Number(word)));
    found.push({ label: own ? label : above!, name, numbers, text: written, position: context.source.find(paragraph.position, written), days });
  }
  return found;
}

/**
 * The pieces of work a table of graded work dates (`| **Examen intra** | 20% | 4 mars 2025 |`,
 * graded-work-tables.ts), each named by its first cell up to a dash (`**TP3** - Développement
 * app web` is `TP3`): a course's plan beside it marks the same work on its rows.
 */
function gradedWork(context: RuleContext): ListedEvent[] {
  const found: ListedEvent[] = [];
  visit(context.tree, 'table', (table: Table) => {
    const weight = weightColumn(table);
    if (weight === undefined) return;
    for (const row of table.children.slice(1)) {
      const cells = row.children.map((cell) => plainText(cell).trim());
      const dated = cells.findIndex((text, index) => index > 0 && index !== weight && daysIn(text).length > 0);
      const position = row.children[dated]?.position;
      if (dated < 0 || !position) continue;
      const label = cells[0]!.split(/\s[-\u2013\u2014]\s/)[0]!.trim();
      const name = eventName(label, true);
      if (!name) continue;
      const numbers = foldedWords(normaliseText(label)).filter((word) => /^\d+$/.test(word)).map((word) => String(Number(word)));
      found.push({ label, name, numbers, text: cells[dated]!, position, days: daysIn(cells[dated]!) });
    }
  });
  return found;
}
