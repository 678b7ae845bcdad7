/*
 * Tables whose days are not in a column of dates but written once for several rows:
 * - in a header cell that dates the whole table (`| **Ronde 2** | | (6/12 et 27/12) |` over
 *   the pairings of a chess round; `| Lundi 3 mars | Salle |` over a day's slots);
 * - in a banner row that opens a day inside the table, its only filled cell a date, bare
 *   or with a label and decoration (`| **Jeudi 14 mars** | | |`, `| ####### 6H DE COURS
 *   20 mars ####### |`), the rows below it up to the next banner being that day's.
 * A reader reads them as a dated heading over a table: the rows with clock hours are the
 * day's slots (read-day-agendas.ts); when none has hours, the day is one all-day session,
 * at the header or banner row. Read only in a document without a schedule table, as its
 * headings are (read-sessions-outside-tables.ts).
 */
import type { Root, Table, TableRow } from 'mdast';
import { parseFrenchDate } from '../dates/french-dates.js';
import { readDatedLine, type DatedLine } from '../dates/dated-line.js';
import { tokenize } from '../dates/tokenize.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { plainText } from './plain-text.js';
import { readDayAgenda } from './read-day-agendas.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';

// Decoration around a banner's words: runs of `#`, `=`, `*`, `_`, `~` or dashes, and the
// parentheses around a header's date (`(15/11)`), one character at a time.
const OPENING_DECORATION = /[\s#=*_~\-\u2013\u2014(]/;
const CLOSING_DECORATION = /[\s#=*_~\-\u2013\u2014)]/;

/**
 * A cell's text with the decoration around it taken off. Walked by hand: a pattern that
 * ends in `[...]+$` retries from every character of a long run of spaces inside a cell
 * (`a`, 40,000 spaces, `b` took 10 seconds), which a hostile page can write.
 */
function withoutDecoration(text: string): string {
  let from = 0;
  while (from < text.length && OPENING_DECORATION.test(text[from]!)) from++;
  let to = text.length;
  while (to > from && CLOSING_DECORATION.test(text[to - 1]!)) to--;
  return text.slice(from, to);
}

/**
 * The day a cell writes and nothing else besides decoration and, when `labelled`, a short
 * label before it (`6H DE COURS 20 mars`, `Ronde 3 : 17/01`, `Séance du 3 mars`): the date
 * as a dated line, its title the label. A bare `15/11` counts: alone in its cell it can be
 * nothing else.
 */
function cellDay(text: string, labelled: boolean): DatedLine | undefined {
  const bare = withoutDecoration(text).trim();
  if (bare === '') return undefined;
  const whole = readDatedLine(bare, { bareDayMonth: true });
  if (whole && whole.rest === '' && !whole.hours) return whole;
  if (!labelled) return undefined;
  // The date closing a label: the shortest ending of the words that is a whole date.
  const words = tokenize(bare).filter((token) => token.kind === 'word' || token.kind === 'num');
  for (const word of words) {
    // The day opens with its number or its weekday (`20 mars`, `jeudi 14`), not a link word (`le 3 mars`).
    if (word.from === 0 || (word.kind !== 'num' && weekdayFromWord(word.text) === undefined)) continue;
    const tail = bare.slice(word.from);
    const parsed = parseFrenchDate(tail);
    // A label ending in a number (`Séance 3`) gives no day; a date names a month or writes d/m.
    if (!parsed.ok || parsed.value.mentions.some((mention) => mention.year === undefined && !/[a-z\u00e9]/i.test(mention.text) && !mention.text.includes('/'))) continue;
    const lead = bare.slice(0, word.from).trim();
    // A label names the day (`Ronde 3 :`, `6H DE COURS`); a sentence dates something else (`mis à jour le`).
    const leadWords = lead.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    if (leadWords.length > LONGEST_LABEL || LINK_WORDS.has(leadWords.at(-1)?.toLowerCase() ?? '')) return undefined;
    return { expression: parsed.value, dateText: tail, start: word.from, end: bare.length, lead, rest: '', title: lead };
  }
  return undefined;
}

// How many words a label before a day may have, and the words that make it a sentence's end.
const LONGEST_LABEL = 4;
const LINK_WORDS = new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'de', 'depuis', 'avant', 'après', 'jusqu', 'dès', 'on', 'since', 'until', 'before', 'after']);

const cellTexts = (row: TableRow | undefined): string[] => row?.children.map((cell) => plainText(cell)) ?? [];

// Whether a column of the body holds days in most of its filled cells, two at least: then the table has a column of dates, read elsewhere.
function hasDatesColumn(rows: TableRow[]): boolean {
  const width = Math.max(0, ...rows.map((row) => row.children.length));
  for (let column = 0; column < width; column++) {
    const filled = rows.map((row) => row.children[column]).map((cell) => (cell ? plainText(cell) : '')).filter((text) => text !== '');
    const dated = filled.filter((text) => parseFrenchDate(text).ok).length;
    if (dated >= 2 && dated * 2 > filled.length) return true;
  }
  return false;
}

/** The day and slots of a table dated by one header cell, or undefined. */
function headerDated(table: Table, source: SourceText): SessionDraft[] | undefined {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return undefined;
  const texts = cellTexts(header);
  const days = texts.map((text) => cellDay(text, true));
  const at = days.findIndex((day) => day !== undefined);
  // Two dated headers are a timetable's days (day-columns.ts), not one day.
  if (at < 0 || days.filter((day) => day !== undefined).length > 1 || hasDatesColumn(rows)) return undefined;
  const label = texts.slice(0, at).reverse().find((text) => text !== '') ?? texts.slice(at + 1).find((text) => text !== '') ?? '';
  const day: SessionDraft = {
    source: 'table',
    title: label,
    position: header.position!,
    dated: { line: days[at]!, position: header.children[at]!.position! },
    cancelled: saysCancelled(label),
    slots: 0,
  };
  const slots = readDayAgenda(table, day, source);
  day.slots = slots.length;
  return [day, ...slots];
}

/** The days the banner rows of a table open, with their slots, or undefined when it has none. */
function bannerDated(table: Table, source: SourceText): SessionDraft[] | undefined {
  const [header, ...rows] = table.children;
  if (!header || hasDatesColumn(rows)) return undefined;
  const banners: Array<{ index: number; line: DatedLine }> = [];
  rows.forEach((row, index) => {
    const filled = cellTexts(row).filter((text) => text !== '');
    const line = filled.length === 1 && row.children.length > 1 ? cellDay(filled[0]!, true) : undefined;
    if (line) banners.push({ index, line });
  });
  if (banners.length === 0) return undefined;
  const drafts: SessionDraft[] = [];
  banners.forEach((banner, k) => {
    const below = rows.slice(banner.index + 1, banners[k + 1]?.index ?? rows.length);
    // A date alone at the foot of a table (`| Mis à jour le 12/03 |`) opens nothing.
    if (below.length === 0) return;
    const row = rows[banner.index]!;
    const cell = row.children.find((c) => plainText(c) !== '')!;
    const title = banner.line.title || withoutDecoration(plainText(cell)).trim();
    const day: SessionDraft = { source: 'table', title, position: row.position!, dated: { line: banner.line, position: cell.position! }, cancelled: saysCancelled(title), slots: 0 };
    const slots = readDayAgenda({ ...table, children: [header, ...below] }, day, source);
    day.slots = slots.length;
    drafts.push(day, ...slots);
  });
  return drafts.length > 0 ? drafts : undefined;
}

/** The days and slots of the tables dated by a header cell or by banner rows, in document order. */
export function readTablesDatedInRows(tree: Root, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const node of walkNodes(tree)) {
    if (node.type !== 'table' || isHidden(hidden, node.position?.start.offset)) continue;
    drafts.push(...(headerDated(node, source) ?? bannerDated(node, source) ?? []));
  }
  return drafts;
}
