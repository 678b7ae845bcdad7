/*
 * A class or a club's meeting held every week over a period, which the page writes once:
 * `Ces ateliers ont lieu les mercredis de 19 à 21h au FMP1 du 4 septembre 2024 au 25 juin
 * 2025.`, `La première session aura lieu une fois par semaine du lundi 14 octobre au lundi 2
 * décembre … le lundi de 19h à 21h`, a list of fields (`- **Période** : juillet et août
 * 2026`, `- **Jour** : tous les mercredis`, `- **Heure** : de 14h00 à 18h00`) or a table of
 * them (`| Période | Les jeudis matin (9h30 à 12h30) |` over `| Dates | Du 12 janvier au 20
 * avril 2023 |`). A reader puts each of those weekdays of the period in a calendar, at the
 * hours given: one session on all of them.
 *
 * Read only on a page that gives no other session (read-sessions-outside-tables.ts), and
 * only from one block (a paragraph, a list, a table of fields) that names one weekday as a
 * habit (`tous les mercredis`, `chaque lundi`, `les jeudis`, `le lundi` once it says `une
 * fois par semaine`) and one period (a run of days, `du … au …`, or of months, `juillet et
 * août 2026`), of two weeks at least, and no other date or weekday. A block that says the
 * weekday is closed, called off, skipped or left out (`fermée tous les lundis`, `pas de
 * séance`, `un mercredi sur deux`, `sauf pendant les vacances`), that gives opening hours,
 * that tells of the past, or whose period is a registration's (`Inscriptions du 1er au 15
 * septembre`) is none: its calendar would not be what it says. Written by hand on the date
 * and hour grammars' tokens: these are phrasings.
 */
import type { Root, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { parseFrenchHours } from '../dates/french-hours.js';
import { monthFromWord, weekdayFromWord } from '../dates/french-months.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { normaliseText } from '../dates/normalise-text.js';
import { daysInMonth } from '../dates/plain-date.js';
import { toldInPast } from '../dates/past-tense.js';
import { isWord, tokenize, type Token } from '../dates/tokenize.js';
import type { DatedLine } from '../dates/dated-line.js';
import type { DayMention } from '../dates/types.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { daysWritten } from './invited-days.js';
import { plainText } from './plain-text.js';
import { fieldParagraphs } from './field-paragraphs.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

/** A piece of a block with its own place: a paragraph, a list item's first paragraph, a table row. */
interface Piece {
  text: string;
  position: Position;
}

/** A phrase found in a piece: what it says, its text as written and the piece it is in. */
interface Found<T> {
  value: T;
  text: string;
  piece: Piece;
}

// Words that say a weekday named after `le` is the week's habit (folded): `une fois par semaine`, `chaque semaine`, `hebdomadaire`.
const EVERY_WEEK = /(?:^|[^a-z])(?:(?:une )?fois par semaine|chaque semaine|toutes les semaines|hebdomadaires?)(?![a-z])/;
// Words before a weekday that leave it out of the series (folded): `sauf les mercredis`, `hors vacances`.
const LEFT_OUT = new Set(['sauf', 'hors', 'excepte', 'pas']);

/** The weekday a word names, singular or plural (`mercredis`). */
function weekdayOfWord(tok: Token | undefined): number | undefined {
  if (tok?.kind !== 'word') return undefined;
  return weekdayFromWord(tok.text) ?? (tok.text.endsWith('s') ? weekdayFromWord(tok.text.slice(0, -1)) : undefined);
}

/**
 * The weekdays a text names as a habit: `tous les mercredis`, `chaque lundi`, `les jeudis`
 * (plural, with no day number after it), `le lundi` in a text that says every week.
 */
function habitWeekdays(text: string): Array<{ weekday: number; text: string }> {
  const toks = tokenize(text);
  const weekly = EVERY_WEEK.test(normaliseText(text));
  const found: Array<{ weekday: number; text: string }> = [];
  for (let k = 0; k < toks.length; k++) {
    const weekday = weekdayOfWord(toks[k]);
    // A full weekday name only (`mercredi`, not `mer`), and no day number after it: `les mercredis 4 et 11` are days.
    if (weekday === undefined || toks[k]!.text.length < 5 || toks[k + 1]?.kind === 'num') continue;
    const plural = toks[k]!.text.endsWith('s');
    const before = toks[k - 1];
    const habit =
      (isWord(before, 'les') && (plural || isWord(toks[k - 2], 'tous'))) || isWord(before, 'chaque') || (isWord(before, 'le') && weekly) || (isWord(before, 'tous') && plural);
    if (!habit) continue;
    const lead = isWord(toks[k - 2], 'tous') && isWord(before, 'les') ? toks[k - 2] : before;
    if (LEFT_OUT.has(toks[toks.indexOf(lead!) - 1]?.text ?? '')) continue;
    found.push({ weekday, text: text.slice(lead!.from, toks[k]!.to) });
  }
  return found;
}

/** A run of whole months a text writes (`juillet et août 2026`, `de septembre 2024 à juin 2025`), as a run of their days. */
function runOfMonths(text: string): { line: DatedLine; text: string } | undefined {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const first = toks[k]!.kind === 'word' ? monthFromWord(toks[k]!.text) : undefined;
    if (first === undefined || toks[k]!.text.length < 4) continue;
    let j = k + 1;
    const firstYear = toks[j]?.kind === 'num' && toks[j]!.text.length === 4 ? Number(toks[j++]!.text) : undefined;
    if (!isWord(toks[j], 'et') && !isWord(toks[j], 'a') && !isWord(toks[j], 'au') && toks[j]?.text !== '-') continue;
    const last = toks[j + 1]?.kind === 'word' ? monthFromWord(toks[j + 1]!.text) : undefined;
    const year = toks[j + 2]?.kind === 'num' && toks[j + 2]!.text.length === 4 ? Number(toks[j + 2]!.text) : undefined;
    if (last === undefined || year === undefined) continue;
    const startYear = firstYear ?? (first <= last ? year : year - 1);
    const written = text.slice(toks[k]!.from, toks[j + 2]!.to);
    const mentions: DayMention[] = [
      { day: 1, month: first, year: startYear, text: written },
      { day: daysInMonth(year, last), month: last, year, text: written },
    ];
    return { line: { expression: { kind: 'range', mentions }, dateText: written, start: toks[k]!.from, end: toks[j + 2]!.to, lead: '', rest: '', title: '' }, text: written };
  }
  return undefined;
}

/** How many full weekday names a text writes (`lundi`, `mercredis`; not `mer`, the sea). */
function weekdayWords(text: string): number {
  return tokenize(text).filter((tok) => tok.text.length >= 5 && weekdayOfWord(tok) !== undefined).length;
}

// A year counted in months of 31 days: spanOf's estimate, enough to tell two weeks.
const YEAR_OF_LONG_MONTHS = 12 * 31;

/** About how many days a run spans, from its first day to its last, its years written or not (an estimate, months counted as 31 days). */
function spanOf(line: DatedLine): number {
  const [first, last] = line.expression.mentions;
  if (!first || !last) return 0;
  const dayOfYear = (mention: DayMention) => (mention.month - 1) * 31 + mention.day;
  const years = (last.year ?? first.year ?? 0) - (first.year ?? last.year ?? 0);
  const span = dayOfYear(last) - dayOfYear(first) + years * YEAR_OF_LONG_MONTHS;
  // A run that crosses New Year with no year written (`du 12 novembre au 20 janvier`).
  return span < 0 ? span + YEAR_OF_LONG_MONTHS : span;
}

/** The first range of clock hours a text writes (`de 19 à 21h`, `(9h30 à 12h30)`), parsed. */
function hoursIn(text: string): { text: string; slots: NonNullable<SessionDraft['hours']>['slots'] } | undefined {
  const toks = tokenize(text);
  for (let k = 0; k < toks.length; k++) {
    const last = hoursExtentAt(toks, k);
    if (last === undefined) continue;
    const written = text.slice(toks[k]!.from, toks[last]!.to);
    const parsed = parseFrenchHours(written, { hoursPlace: true });
    if (parsed.ok && parsed.slots.length === 1 && parsed.slots[0]!.end !== undefined) return { text: written, slots: parsed.slots };
    k = last;
  }
  return undefined;
}

/** The pieces of a block a reader reads together: a paragraph, a list's items, a table's rows. */
function piecesOf(node: RootContent, hidden: HiddenRanges): Piece[] {
  const shown = (position: Position | undefined) => position !== undefined && !isHidden(hidden, position.start.offset);
  // A paragraph, or a list's items read as a page's fields (field-paragraphs.ts).
  if (node.type === 'paragraph' || node.type === 'list') {
    return fieldParagraphs(node).flatMap((paragraph) => (shown(paragraph.position) ? [{ text: plainText(paragraph), position: paragraph.position! }] : []));
  }
  // A table of fields: two columns, a name and its value (`| Période | Les jeudis matin |`).
  if (node.type === 'table' && (node as Table).children.every((row) => row.children.length === 2)) {
    return (node as Table).children.flatMap((row) => (shown(row.position) ? [{ text: row.children.map((cell) => plainText(cell)).join(' : '), position: row.position! }] : []));
  }
  return [];
}

// Words that make a block no series to attend (folded): a weekday closed, a series called off
// or paused, opening hours (`ouvert les samedis`, not `ouvert à tous`), a week skipped, a
// weekday left out (`La piscine est fermée tous les lundis`, `pas de séance les mercredis du
// 21 au 3`, `Un mercredi sur deux`, `sauf pendant les vacances`): what the calendar would get
// is not what the block says.
const NOT_A_SERIES = /(?:^|[^a-z])(?:fermee?s?|fermeture|pas de|annulee?s?|annulation|suspendue?s?|relache|sur deux|quinze jours|15 jours|paires|impaires|sauf|hors|excepte|exception)(?![a-z])/;
// Opening hours (folded): `ouverte les samedis`, `ouverture du mardi au samedi`; not `ouvert à tous`, who may come.
const OPENING_HOURS = /(?:^|[^a-z])(?:ouverte?s?|ouverture)(?! a )(?![a-z])/;
// Words among the three right before a period that make it another's than the series' (folded):
// `Inscriptions du 1er au 15 septembre`, `Inscriptions pour juillet et août`, `Tarif annuel du …`.
const PERIOD_OF_ANOTHER = /^(?:inscri[a-z]*|tarifs?|ventes?|billetterie|candidatures?|adhesions?|cotisations?)$/;
// How many words before a period may say whose it is.
const WORDS_BEFORE_PERIOD = 3;

/** Whether the words right before a period make it a registration's or a price's (PERIOD_OF_ANOTHER). */
function periodOfAnother(before: string): boolean {
  return normaliseText(before).split(/[^a-z]+/).filter((word) => word !== '').slice(-WORDS_BEFORE_PERIOD).some((word) => PERIOD_OF_ANOTHER.test(word));
}

// The fewest days a period spans to hold a series: two weeks, so that it meets twice at least.
const FEWEST_DAYS = 14;

/** What one block says of a weekly series: its one weekday, its one period, its hours. */
function seriesOf(pieces: Piece[]): { weekday: Found<number>; period: Found<DatedLine>; hours?: Found<NonNullable<ReturnType<typeof hoursIn>>> } | undefined {
  const weekdays = pieces.flatMap((piece) => habitWeekdays(piece.text).map((one) => ({ value: one.weekday, text: one.text, piece })));
  if (weekdays.length === 0 || new Set(weekdays.map((one) => one.value)).size !== 1) return undefined;
  // One date in the block, and a run: a date besides it (a start, an end, another session) leaves which run is the series' unsure.
  const dates = pieces.flatMap((piece) => daysWritten(piece.text).map((line) => ({ value: line, text: line.dateText, piece })));
  const months = pieces.flatMap((piece) => {
    const run = runOfMonths(piece.text);
    return run ? [{ value: run.line, text: run.text, piece }] : [];
  });
  const periods = [...dates, ...months];
  if (periods.length !== 1 || periods[0]!.value.expression.kind !== 'range' || spanOf(periods[0]!.value) < FEWEST_DAYS) return undefined;
  const period = periods[0]!;
  // What the weekday's and the period's own pieces say of them (another field's `Prérequis : pas de …` is not about them).
  const own = new Set([weekdays[0]!.piece, period.piece]);
  if ([...own].some((piece) => NOT_A_SERIES.test(normaliseText(piece.text)) || OPENING_HOURS.test(normaliseText(piece.text)) || toldInPast(piece.text))) return undefined;
  if (periodOfAnother(period.piece.text.slice(0, period.value.start))) return undefined;
  // Every weekday the block names, beside the period's own, is the series' (`les lundis et mercredis`, `du mardi au vendredi` are other days).
  const named = pieces.reduce((count, piece) => count + weekdayWords(piece === period.piece ? piece.text.slice(0, period.value.start) + piece.text.slice(period.value.end) : piece.text), 0);
  if (named !== weekdays.length) return undefined;
  // The hours of the weekday's piece first (`les mercredis de 19 à 21h`), else of another (`- **Heure** : de 14h00 à 18h00`).
  const ordered = [weekdays[0]!.piece, ...pieces.filter((piece) => piece !== weekdays[0]!.piece)];
  const hours = ordered.flatMap((piece) => {
    const read = hoursIn(piece.text);
    return read ? [{ value: read, text: read.text, piece }] : [];
  })[0];
  return { weekday: weekdays[0]!, period, ...(hours ? { hours } : {}) };
}

/**
 * The weekly series a page writes once (see above), one draft each, named `title` (the
 * page's), its period as its dates and its weekday as `weekly`: the days are that weekday's
 * within the period.
 */
export function readWeeklySeries(tree: Root, source: SourceText, hidden: HiddenRanges, title: string): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const node of tree.children) {
    const series = seriesOf(piecesOf(node, hidden));
    if (!series) continue;
    const { weekday, period, hours } = series;
    // The session stands where the series is first told: its weekday's or its period's line, whichever comes first.
    const told = source.find(weekday.piece.position, weekday.text);
    const dated = source.find(period.piece.position, period.text);
    drafts.push({
      source: node.type === 'table' ? 'table' : 'list',
      title,
      position: (told.start.offset ?? 0) <= (dated.start.offset ?? 0) ? told : dated,
      dated: { line: period.value, position: dated },
      ...(hours ? { hours: { text: hours.text, slots: hours.value.slots, position: source.find(hours.piece.position, hours.text) } } : {}),
      weekly: weekday.value,
      cancelled: false,
      slots: 0,
    });
  }
  return drafts;
}
