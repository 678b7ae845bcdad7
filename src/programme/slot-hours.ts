/*
 * The clock hours that open an agenda line (`09h00 - 11h00 : Yoga`, `**19h00** : Accueil`,
 * `14h-17h → open Atelier`, `| 20h00 - ... |`) or close it in brackets (`Soutien scolaire
 * (17h - 19h)`). Only these two places: hours inside a sentence (`rendez-vous vers 18h
 * devant la salle`) are prose, not a slot. The hours themselves are read by
 * parseFrenchHours, so a slot's hours mean what an hours cell's do.
 */
import { leadingDottedRange, parseFrenchHours } from '../dates/french-hours.js';
import type { TimeOfDay, TimeSlot } from '../dates/types.js';
import { asTwentyFourHourClock, onTwelveHourClock, startOnEndsMark } from '../dates/twelve-hour-clock.js';
import { LATIN_LETTER } from '../dates/letters.js';
import { readDatedLine } from '../dates/dated-line.js';
import { EARLIEST_BARE_HOUR } from '../dates/hours-extent.js';

/**
 * The hour under which a time written alone, without an end, is how long rather than when
 * (`Atelier 2h`, `Endurance 1h15`, a card's `| 1h30 |`, a class header's `Cours (Jeudi,
 * 3h)`): no programme starts its sessions between one and six in the morning, unless words
 * before the time say it is a start.
 */
export const EARLIEST_LONE_START = 7;

/** Hours found on a line: the text that wrote them, its offsets, the slots, and the rest of the line. */
export interface SlotHours {
  text: string;
  start: number;
  end: number;
  slots: TimeSlot[];
  /** The line without its hours and the separator after them (`Yoga`). */
  rest: string;
}

// A time (`9h`, `09h00`, `9 h 30`, `18:30`), then optionally a range's end (`- 11h`,
// `à 17h`, `- ...`, or an hour without its `h` that closes the hours: `10h30-12:`,
// `17 h 30 - 18`), optionally after `de`. Bounded quantifiers only: no backtracking blow-up.
// Dashes, arrows, accented letters and signs are written as \u escapes to keep the bundle
// ASCII (scripts/build.mjs). A dash is any of them, hyphen to horizontal bar and minus
// (\u2010-\u2015\u2212), as the date grammar folds them (normalise-text.ts): pages typeset
// `9 h 00\u20129 h 15` with a figure dash.
// `19h30/45`: an end hedged between two minutes, read as the first (french-hours.ts).
// `16h.40` (a dot after the `h`), `10H:15` (a colon after it) and `20.30h` (the Belgian and
// Swiss dot, then the `h`): as french-hours.ts reads them. A long s (U+017F) after that `h`
// is a letter, as case-folding with /iu reads it. `10:00:00`: a clock to the second whose
// seconds are nought, as a spreadsheet exports it, is that minute (other seconds stamp a
// record: dated-line.ts).
// `17 heures`, `9 heures 30`: the `h` written out; parseFrenchHours reads it only for a day's usual hours (tokenize.ts).
const TIME = String.raw`\d{1,2}(?:\.\d{2}\s?h(?![a-z\u017f])|\sheures?(?![a-z\u017f])(?:\s\d{2}(?![\d:h]))?|\s?(?:h(?:[.:]?\s?\d{2}(?:\/[1-5][05](?![\d:/h]))?)?|:\d{2}(?::00(?!\d))?))`;

/**
 * The bars that may set a slot's title apart from its hours, as members of a regex class:
 * the keyboard's `|`, and the rules a word processor's table leaves when it is pasted as
 * text (`9h00- 9h15\u2551Accueil`, a line of an association's page).
 */
export const BARS = String.raw`|\u2502\u2503\u2551`;

// A mark right after a line's hours that sets a title apart, or the line's end.
const MARK_AFTER_HOURS = new RegExp(String.raw`^\s{0,3}(?:[:${BARS}\u2192\u2010-\u2015\u2212-]|$)`);

/**
 * Whether a line's opening hours are a lone start before EARLIEST_LONE_START that no mark
 * sets apart from a day written right after it (`02h lundi 21/03`, the time a class gives a
 * project, then its day): how long, not a slot in the small hours. `6h30 Départ du car` and
 * `1h30 Feu d'artifice` after an evening are slots. `after`: the line after the hours.
 */
export function smallHoursLength(hours: SlotHours, after: string): boolean {
  const [slot, other] = hours.slots;
  if (slot === undefined || other !== undefined || slot.end !== undefined || slot.start.hour >= EARLIEST_LONE_START || MARK_AFTER_HOURS.test(after)) return false;
  const day = readDatedLine(after.trim());
  return day !== undefined && day.lead === '';
}

// A range's end written without its `h`, right before a mark, a tab (`09:00 – 10<TAB>Conférence`,
// a word processor's column) or the line's end (`10h30-12:`).
const BARE_END = String.raw`\d{1,2}(?=\t|\s{0,3}(?:[:,\u2192${BARS}\u2010-\u2015\u2212-]|$))`;
// An arrow between two times is a range (`14h \u2192 18h : Salon`, and `14h > 18h`, the arrow
// a keyboard types); an arrow after the hours, before words, is the separator before the
// title (`9h \u2192 Accueil`).
// `midi` and `minuit` end a range as in a cell (`9h - midi : Accueil`); a long s (U+017F) after
// them is a letter, as case-folding reads it.
// An end told roughly (`17h00 - env. 18h00`, `18h - vers 20h`, `19h - ~21h`): that end, as
// french-hours.ts reads it.
const APPROXIMATE_END = String.raw`(?:env\.?|environ|vers|~|\u00b1)`;
// `--` is how TeX, pandoc and their writers type an en dash (`13:30--13:35`); `jusqu'à`
// joins a start to a clock time as `à` does (`14h jusqu'à 16h : atelier`; `jusqu'à midi`
// is left to the title, as parseFrenchHours reads no other end after it).
const END_PART = String.raw`\s{0,3}(?:(?:-{1,2}>?|>|[\u2010-\u2015\u2212]|\u2192|\u00e0|a)\s{0,3}(?:(?:${APPROXIMATE_END}\s{0,3})?${TIME}|\.{3}|\u2026|\d{1,2}\.\d{2}|${BARE_END}|(?:midi|minuit)(?![a-z\u017f]))|jusqu['\u2019](?:\u00e0|a)\s{0,3}${TIME})`;
// `13h30/17h30`: a slash set tight between two times, a range as in a cell, and `8:30 | 9:30`,
// a bar between two times (french-hours.ts).
const END = String.raw`(?:${END_PART}|\/${TIME}|\s{0,3}\|\s{0,3}${TIME}(?!\s{0,3}[\u2010-\u2015\u2212-]))?`;
// `Midi - 13h00 | Dîner |`: noon opens a range as it closes one, when a range follows it.
const NOON_START = String.raw`midi${END_PART}`;

// The hours that open a line are read part by part, each part a sticky pattern matched
// where the one before ended: an approximate start (`vers 7h00`, `±17h00`, `dès 18h`,
// `à partir de 8h30`, and the morning or afternoon mark of a Québec agenda: `AM 8h30`,
// `PM 15h30`), `de`, a range, `et` and a second range, and an English 12-hour clock after
// the hours (`3:00 - 4:00 PM`, `12:00 - 1:30 p.m.`). Every part after the first range is
// optional and no part can start where the one before could have stopped short, so this
// finds what one pattern of all the parts in a row would, but V8 compiles the parts in a
// third of the instructions: the whole, with the range twice, was the costliest pattern
// of a `check` (README, Performance). The `s` of /iu also matched a long s (ſ), written
// out so that nothing changes; /i alone, without `u`, is cheaper to compile.
// The word `après` closing what opens a line's hours, and what must then set them apart.
const AFTER_WORD = /apr[e\u00e8]s\s*$/i;
const MARKED_APART = /^\s{0,3}[:\-\u2013\u2014]/;
const APPROXIMATE_WORD = /(?:ver[s\u017f]|d[e\u00e8][s\u017f]|[\u00e0a] partir de|apr[e\u00e8][s\u017f]|environ|am|pm)\s{1,3}/iy;
const APPROXIMATE_SIGN = /[\u00b1~\u2248]\s?/iy;
// A dash or a sign written by hand before an agenda line that is no markdown list (`– 9h30 –
// 10h : accueil`, `— 14h : exposé`, `¤ 16h00 - Ouverture`, `► 20h : concert`, and a hyphen
// on a paragraph's indented line, `\t- 15h30 : visite`, which markdown keeps in the
// paragraph above): a bullet, not part of the hours.
const TEXT_BULLET = /[-\u2013\u2014\u2022\u00a4\u25aa\u25b8\u25ba\u25c6\u25e6\u2023\u2043\u27a2\u27a4]\s{1,3}/y;
// An emoji that a programme sets before each slot's hours for the look (`🕗 19h – Rencontre`,
// `🎤 20h15 – Concert`, `⏰ 9h30`): a reader reads past it to the hours.
const EMOJI_LEAD = /\p{Extended_Pictographic}[\p{Extended_Pictographic}\ufe0f\u200d]{0,5}\s{0,3}/uy;
// `de 9h à 12h`, and `entre 11 h et 13 h`, which parseFrenchHours reads as one range.
const FROM = /(?:de|entre)\s/iy;
// `Entre 10 et 12h`: a bare start, then the real end after `et`; parseFrenchHours decides
// whether the bare number is an hour of the day (`entre 2 et 3h` is how long).
const BARE_BETWEEN = /entre\s{1,3}\d{1,2}\s{1,3}et\s{1,3}/iy;
// `10-12h30 : présentation`: a start written without its `h`, the range's end giving it (as
// in a cell, parseFrenchHours); leadingHours keeps it in the waking hours.
const BARE_START = String.raw`\d{1,2}\s{0,3}[\u2010-\u2015\u2212-]\s{0,3}${TIME}`;
const RANGE = new RegExp(`${TIME}${END}|${NOON_START}|${BARE_START}`, 'iy');
const BETWEEN_END = new RegExp(TIME, 'iy');
const AND = /\s{0,3}et\s{0,3}/iy;
// `10h - 12h, 17h - 19h`: after a comma, a second range only when it is whole (`9h-12h, 14h :
// atelier` keeps `14h : atelier` as the title's words).
const COMMA = /\s{0,2},\s{0,3}/y;
const WHOLE_RANGE = new RegExp(`${TIME}${END_PART}`, 'iy');
const MERIDIEM_MARK = String.raw`\s?([ap])\.?m\.?(?![${LATIN_LETTER}])`;
const MERIDIEM = new RegExp(MERIDIEM_MARK, 'iy');
// The hours a line closes with, in brackets: `(`, `de`, a range, then `)` and at most a space
// and a full stop or an exclamation mark before the end. The range is the same sticky
// pattern as above, tried after each `(` in turn: one pattern for the whole cost V8 about 5
// million instructions to compile, on top of the range's own.
const CLOSE = /\)\s?[.!]?$/y;

// An evening slot that ends after midnight (`21h00 - 03h30 : Cinéma`, a festival night):
// the hours grammar calls it end-before-start, a reader does not.
const LATEST_NIGHT_END = 6;
const EARLIEST_NIGHT_START = 17;

function read(text: string): TimeSlot[] | undefined {
  const parsed = parseFrenchHours(text);
  if (parsed.ok) return parsed.slots.length > 0 ? parsed.slots : undefined;
  if (parsed.reason !== 'end-before-start') return undefined;
  const [from, to] = text.split(/[-\u2010-\u2015\u2212]/);
  const start = from === undefined ? undefined : parseFrenchHours(from.trim());
  const end = to === undefined ? undefined : parseFrenchHours(to.trim());
  const first = start?.ok ? start.slots[0]?.start : undefined;
  const last = end?.ok ? end.slots[0]?.start : undefined;
  if (!first || !last || first.hour < EARLIEST_NIGHT_START || last.hour > LATEST_NIGHT_END) return undefined;
  return [{ start: first, end: last }];
}

// Both ends of a 12-hour range read on their own: `11:00 - 1:00` is fine before `PM`.
function readEnds(text: string): TimeSlot[] | undefined {
  const parsed = parseFrenchHours(text);
  if (parsed.ok) return parsed.slots;
  const [from, to, ...more] = text.split(/[-\u2010-\u2015\u2212]/);
  const start = from === undefined ? undefined : parseFrenchHours(from.trim());
  const end = to === undefined ? undefined : parseFrenchHours(to.trim());
  const first = start?.ok ? start.slots[0]?.start : undefined;
  const last = end?.ok ? end.slots[0]?.start : undefined;
  return first && last && more.length === 0 ? [{ start: first, end: last }] : undefined;
}

// `3:00 - 4:00 PM`: the afternoon mark applies to the end, and to the start unless the
// start is later in the morning (`11:00 - 1:00 PM` starts at 11:00); `AM` changes nothing.
function withMeridiem(slots: TimeSlot[], mark: string | undefined): TimeSlot[] | undefined {
  if (mark === undefined) return slots;
  const afternoon = mark.toLowerCase() === 'p';
  const shift = (t: TimeOfDay) => onTwelveHourClock(t, mark);
  const shifted: TimeSlot[] = [];
  for (const slot of slots) {
    const end = slot.end && shift(slot.end);
    if (slot.end && !end) return undefined;
    const later = shift(slot.start);
    if (!later) return undefined;
    const start = afternoon && end ? (startOnEndsMark(slot.start, end, mark) ?? slot.start) : later;
    shifted.push({ ...slot, start, ...(end ? { end } : {}) });
  }
  return shifted;
}

/** The parts of the clock hours a line opens with, as written: the whole, the approximate start, the hours, the a or p of a 12-hour clock. */
export interface LeadingHoursMatch {
  whole: string;
  approximate: string;
  written: string;
  meridiem: string | undefined;
}

// The length `pattern` matches at `at` (a sticky pattern), or -1.
function lengthAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0].length : -1;
}

/** The clock hours at the start of `line`, part by part (see APPROXIMATE_WORD), or undefined when it does not open with hours. */
export function matchLeadingHours(line: string): LeadingHoursMatch | undefined {
  let at = Math.max(lengthAt(TEXT_BULLET, line, 0), 0);
  at += Math.max(lengthAt(EMOJI_LEAD, line, at), 0);
  at += Math.max(lengthAt(APPROXIMATE_WORD, line, at), 0);
  at += Math.max(lengthAt(APPROXIMATE_SIGN, line, at), 0);
  const approximate = at;
  const between = lengthAt(BARE_BETWEEN, line, at);
  const end = between < 0 ? -1 : lengthAt(BETWEEN_END, line, at + between);
  if (end >= 0) return { whole: line.slice(0, at + between + end), approximate: line.slice(0, approximate), written: line.slice(approximate, at + between + end), meridiem: undefined };
  at += Math.max(lengthAt(FROM, line, at), 0);
  const range = lengthAt(RANGE, line, at);
  if (range < 0) return undefined;
  at += range;
  const and = lengthAt(AND, line, at);
  const comma = and >= 0 ? -1 : lengthAt(COMMA, line, at);
  if (and >= 0) {
    const second = lengthAt(RANGE, line, at + and);
    if (second >= 0) at += and + second;
  } else if (comma >= 0 && range > 0) {
    const second = lengthAt(WHOLE_RANGE, line, at + comma);
    if (second >= 0) at += comma + second;
  }
  const written = line.slice(approximate, at);
  // `17 heures environ : annonce`: the time told roughly is that time; the word is no title.
  ROUGH_AFTER.lastIndex = at;
  const rough = ROUGH_AFTER.exec(line);
  if (rough) return { whole: line.slice(0, at + rough[0].length), approximate: line.slice(0, approximate), written, meridiem: undefined };
  MERIDIEM.lastIndex = at;
  const meridiem = MERIDIEM.exec(line);
  if (meridiem) at += meridiem[0].length;
  return { whole: line.slice(0, at), approximate: line.slice(0, approximate), written, meridiem: meridiem?.[1] };
}

// `environ` or `env.` right after the hours, or a tilde (`20h-22h~ : bal`), before the mark that sets the title apart.
const ROUGH_AFTER = /(?:\s{1,3}(?:environ|env\.)|\s{0,2}~)(?=\s{0,3}(?:[:\u2192|,\u2010-\u2015\u2212-]|$))/iy;

// What makes hours a length of time in a period: `4h / jour`, `2h par semaine`, the period
// closing the line or its part (`4h/j,`), not a title's first word (`10h / Séance plénière`,
// `10h par J. Martin`).
const PER_PERIOD = /^\s{0,3}(?:\/|par)\s{0,3}(?:jours?|j|semaines?|sem|mois|ans?|s\u00e9ances?|seances?|personnes?|pers)\s{0,3}(?:$|[,;)])/i;

// Hours that open on a start written without its `h` (`10-12h30`, `de 14-16h`).
const BARE_START_OPENING = /^(?:de\s|entre\s)?\d{1,2}\s{0,3}[\u2010-\u2015\u2212-]/i;

// `3-4h de travail`, `(2-3h)` are how long; `10-12h30` is when (EARLIEST_LONE_START), unless
// `de` follows it (`10-12h de lecture conseillées`, `8-10h d'écoute`): how long, whatever the hour.
function lengthWithoutItsH(written: string, slots: TimeSlot[], after = ''): boolean {
  return BARE_START_OPENING.test(written) && (slots[0]!.start.hour < EARLIEST_LONE_START || /^\s*d(?:e\s|['\u2019])/i.test(after));
}

// What may follow a slot's hours: a space, or a mark that sets its title apart (SEPARATOR).
const SET_APART = new RegExp(String.raw`^\s*(?:[:\u2192${BARS}\u2010-\u2015\u2212,-]|\s)`);

/** Whether what follows a line's opening hours sets them apart as a slot's, not a sentence's or a length's. */
function standsApart(after: string): boolean {
  // `9h30 le matin` or `14 heures` are prose; a slot's hours stand apart from its title.
  if (after !== '' && !SET_APART.test(after)) return false;
  // `4h / jour`, `2h par semaine`: how long, each day or week, not when.
  return !PER_PERIOD.test(after);
}

// The mark that sets a slot's title apart from its hours: a colon, an arrow, a bar, a comma,
// a dash, or `--`, the en dash as TeX and its writers type it (`**18h00** -- Ouverture`).
const SEPARATOR = new RegExp(String.raw`^(?:--|[:\u2192${BARS}\u2010-\u2015\u2212,-])`);

/** What follows a slot's hours, trimmed, without the mark that sets it apart (SEPARATOR). */
function withoutSeparator(after: string): string {
  return after.trim().replace(SEPARATOR, '').trim();
}

/** The hours a line opens with, when it opens with clock hours followed by a break (`:`, `-`, `→`, the end). */
export function leadingHours(line: string): SlotHours | undefined {
  // `6 pm - 9 pm : Soirée`, `2pm to 5pm : Atelier`, `10am : Accueil`: a 12-hour clock read on
  // the 24-hour one, in as many characters, so that what follows the hours is the line's own.
  const clocked = asTwentyFourHourClock(line, 'after');
  const match = matchLeadingHours(clocked);
  if (!match) return undefined;
  const { whole, approximate, written, meridiem } = match;
  const hoursEnd = rewrittenEnd(line, clocked, whole.length);
  const after = line.slice(hoursEnd);
  if (!standsApart(after)) return undefined;
  // A mark left after the rewriting is one it could not read on the 24-hour clock (`9h30 pm`, `10h-1h pm`), read here.
  const slots = withMeridiem((meridiem === undefined ? read(written) : readEnds(written)) ?? [], meridiem);
  if (!slots || slots.length === 0) return undefined;
  // `Après 18h : échanges` is a slot from 18h; `Après 2h de code, démonstration` tells how long
  // before, no time of day: after `après`, only a colon or a dash sets the hours apart, and
  // only a day's hour (`- Après 4h : pique-nique au sommet` is four hours of walking).
  if (AFTER_WORD.test(approximate) && (!MARKED_APART.test(after) || slots[0]!.start.hour < EARLIEST_BARE_HOUR)) return undefined;
  if (lengthWithoutItsH(written, slots, after)) return undefined;
  const rest = withoutSeparator(after);
  const start = approximate.length;
  // The hours as the line writes them (`6 pm - 9 pm`), which callers find in the source.
  const text = clocked === line ? written : line.slice(start, Math.max(start + written.length, hoursEnd)).trimEnd();
  return { text, start, end: start + text.length, slots, rest };
}

/**
 * Where the hours end in `line` when `clocked` (its 12-hour clock rewritten, same length)
 * matched them up to `end`: past the room the rewriting left in spaces (`10h  : A` for `10am
 * : A`), so that what follows is the line's own.
 */
function rewrittenEnd(line: string, clocked: string, end: number): number {
  if (clocked === line) return end;
  let changed = line.length;
  while (changed > 0 && line[changed - 1] === clocked[changed - 1]) changed--;
  return changed > end && clocked.slice(end, changed).trim() === '' ? changed : end;
}

/**
 * The hours a line opens with when they end before they start (`17h30 - 16h30 | Standards
 * communautaires`, a slip for 18h30): what `leadingHours` would read but for that, with the
 * two times at fault, so that the slot is still listed and the coordinator told.
 */
export function leadingHoursEndingBeforeStart(line: string): { text: string; detail: string; rest: string } | undefined {
  const match = matchLeadingHours(line);
  if (!match || match.meridiem !== undefined) return undefined;
  const after = line.slice(match.whole.length);
  if (!standsApart(after)) return undefined;
  const parsed = parseFrenchHours(match.written);
  if (parsed.ok || parsed.reason !== 'end-before-start' || read(match.written) !== undefined) return undefined;
  const rest = withoutSeparator(after);
  return { text: match.written, detail: parsed.detail, rest };
}

/** Where the hours a line closes with in brackets begin, and what they are as written, up to the end of the line (`(17h30 - 19h).`). */
export function matchTrailingHours(line: string): { index: number; whole: string } | undefined {
  // The range cannot stop short of where it stops (no shorter way through it ends before a
  // `)`), so the first `(` followed by a range and the close is the one.
  for (let open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
    let at = open + 1;
    at += Math.max(lengthAt(FROM, line, at), 0);
    const range = lengthAt(RANGE, line, at);
    if (range < 0) continue;
    const close = lengthAt(CLOSE, line, at + range);
    if (close >= 0) return { index: open, whole: line.slice(open, at + range + close) };
  }
  return undefined;
}

/** The hours a line closes with in brackets (`Atelier Musique (17h30 - 19h)`). */
export function trailingHours(line: string): SlotHours | undefined {
  const match = matchTrailingHours(line);
  if (!match) return undefined;
  const inner = match.whole.replace(/\)\s?[.!]?$/, ')');
  const slots = read(inner);
  if (!slots || lengthWithoutItsH(inner.slice(1), slots)) return undefined;
  // `Contraindre les données (2h)`, `CC2 - Test papier (1h30)`: a lone time before any start
  // (EARLIEST_LONE_START) in brackets after a title is how long the part lasts, not when.
  if (slots.length === 1 && slots[0]!.end === undefined && slots[0]!.start.hour < EARLIEST_LONE_START) return undefined;
  const start = match.index;
  return { text: inner, start, end: start + inner.length, slots, rest: line.slice(0, start).trim() };
}

// `14.00` opening a line, then a break: a start written with a dot, as English-speaking
// programmes write hours. Only the hours of an agenda line under a day: in a cell or a
// sentence a lone dotted number is a price, a version or a duration. A dotted range
// (`9.30 - 10.15`) is read by the hours grammar (leadingDottedRange), as it is in a cell.
const DOTTED_START = /^(\d{1,2})\.(\d{2})(?=[\s:,\u2010-\u2015\u2212-]|$)/;
// A unit after the number says it is an amount (`2.30 heures`, `12.50 €`), not a time.
// Latin letters written out rather than \p{L} with /iu, which V8 compiles slowly (dates/letters.ts).
const AMOUNT_AFTER = new RegExp(String.raw`^(?:heures?|h|min|minutes?|km|m|kg|ans?|euros?|\u20ac|\$|%|pts?|points?)(?![${LATIN_LETTER}])`, 'i');
// A title opens with a letter, markup or a quote.
const TITLE_START = new RegExp(String.raw`^[${LATIN_LETTER}*_\["\u00ab]`);

// A dotted number opens an agenda line as a time only as agendas write times: on the five
// minutes, in the waking hours (`1.11` is an exercise, `14.07` a reference). Stricter than
// in a cell, because here a lone number opens the line and nothing else says it is a time.
const EARLIEST_DOTTED_HOUR = 6;

function agendaTime(t: TimeOfDay): boolean {
  return t.hour >= EARLIEST_DOTTED_HOUR && t.hour <= 23 && t.minute <= 59 && t.minute % 5 === 0;
}

/**
 * The hours an agenda line under a day opens with: clock hours (`9h30 : Accueil`), or hours
 * written with a dot (`09.30 Titouan Carette`, `14.00 - 15.30 : Exposés`) followed by a
 * title. A reader of a day's agenda reads both as the slot's start.
 */
export function agendaLineHours(line: string): SlotHours | undefined {
  const clock = leadingHours(line);
  if (clock) return clock;
  const first = DOTTED_START.exec(line);
  if (!first) return undefined;
  const range = leadingDottedRange(line);
  const slot: TimeSlot = range ? range.slot : { start: { hour: Number(first[1]), minute: Number(first[2]) } };
  const written = range ? line.slice(0, range.length) : first[0];
  const rest = withoutSeparator(line.slice(written.length));
  // `1.11 à 1.13 : exercices`: numbers joined as a range that is no range of times.
  if (!TITLE_START.test(rest) || AMOUNT_AFTER.test(rest) || /^(?:\u00e0|a|au)\s?\d/.test(rest)) return undefined;
  if (!agendaTime(slot.start) || (slot.end !== undefined && !agendaTime(slot.end))) return undefined;
  return { text: written, start: 0, end: written.length, slots: [slot], rest };
}

// Words a festival's agenda writes in the hours' place for what runs all day (a workshop,
// an exhibition): `permanent`, `en continu`, `en permanence`, `toute la journée`, set
// apart from the title by a colon, a dash, a bar or a tab (an HTML hours field, see
// hoursFieldApart): `Toute la journée à l'église :` opens a sentence, not an item.
const WHOLE_DAY_LEAD = /^(?:permanent|en continu|en permanence|toute la journ(?:\u00e9|e)e)(?:\s{0,3}[:|\u2013\u2014-]|\s{0,3}\t)\s{0,3}/i;

/**
 * An agenda line under a day that says its item runs all day instead of giving hours
 * (`permanent\tSnootlab, Espace expo`, `En continu : jeux en bois`): the item's title, or
 * undefined. A reader lists it on the day, without hours.
 */
export function wholeDayLine(line: string): string | undefined {
  const lead = WHOLE_DAY_LEAD.exec(line);
  const rest = lead ? line.slice(lead[0].length).trim() : '';
  return lead && TITLE_START.test(rest) ? rest : undefined;
}

// What may open a line of hours before them: an emoji or a sign (`⏰ 18:30`, `🕑 14h-17h`, `→`), not a bracket.
const HOURS_LINE_LEAD = /^[^\p{L}\p{N}(]{0,8}/u;

/**
 * The hours of a line that holds hours and nothing else, as a dated heading's line below
 * writes them: `De 14h à 17h`, `14h00 → 17h00`, `⏰ 18:30`, `Horaires : 9h-12h / 14h-17h`,
 * `18h30-20h30 (accueil dès 18h)`. Read by parseFrenchHours as a whole, so a line with
 * words besides its hours (`À partir de 19h, au local.`, `Rendez-vous de 14h à 17h salle
 * 3`, `Atelier : 14h-17h`) is not one.
 */
export function hoursAlone(line: string): SlotHours | undefined {
  const lead = HOURS_LINE_LEAD.exec(line)![0].length;
  const text = line.slice(lead).trim();
  if (!/\d/.test(text)) return undefined;
  const parsed = parseFrenchHours(text);
  if (!parsed.ok || parsed.slots.length === 0 || parsed.slots.some((slot) => slot.label !== undefined || slot.day !== undefined)) return undefined;
  const start = line.indexOf(text);
  return { text, start, end: start + text.length, slots: parsed.slots, rest: '' };
}

// How many words the hours closing a title take at most (`de 9h à 12h et de 14h à 17h`).
const CLOSING_HOURS_WORDS = 9;

// A run of words that opens with a time spaced around its `h` (`10 h 00 - 11 h 30`, `9 h à 12 h`).
const SPACED_START = /^\d{1,2} h(?: \d\d)?(?: |$)/i;
// How many words such a range takes at most (`10 h 00 - 11 h 30`).
const SPACED_HOURS_WORDS = 7;

/**
 * The runs of a title's last words that the searches for the hours closing it try, longest
 * first, each as the number of words and their text: at most `most` words, or more for a
 * range whose start is spaced around its `h` (`10 h 00 - 11 h 30`); never a run that begins
 * inside such a time (`PROC 10 h 00-11 h 30`: `00-11 h 30` begins after `10 h`), which the
 * longer run that holds its start reads.
 */
export function* closingRuns(words: readonly string[], most: number): Generator<{ count: number; text: string }> {
  for (let count = Math.min(Math.max(most, SPACED_HOURS_WORDS), words.length - 1); count >= 1; count--) {
    if (/^h$/i.test(words[words.length - count - 1] ?? '')) continue;
    const text = words.slice(-count).join(' ');
    if (count > most && !SPACED_START.test(text)) continue;
    yield { count, text };
  }
}

// A start alone closes a title only after a word that says it is one (`Accueil à partir de
// 8h30`, `Apéro dès 19h`) or after a separator, and then in the waking hours (`Atelier –
// 2h` is a duration).
const START_WORD = /^(?:[\u00e0a] partir de|d[e\u00e8]s|vers|[\u00e0a])\s/i;
// A time as a clock shows it, two digits after a colon (`09:15`, `14:30`): never a length,
// which is written `2h` or `1h30`.
const CLOCK_FACE = /^\d{1,2}:\d{2}$/;
// A time said about (`~ 10:30`, `~10h`): the tilde before it is `vers`.
const ABOUT = /^~\s?(?=\d)/;
// The word before a clock face that makes it a start (`Déjeuner à 12:00`, `vers 18:00`), dropped from the title.
const START_BEFORE_CLOCK = /\s(?:\u00e0|a|vers|d[e\u00e8]s)$/i;
// The word before a clock face that makes it a bound, no start (`Spectacles jusqu'à 18:00`, `avant 10:00`).
const BOUND_BEFORE_CLOCK = /(?:^|\s)(?:jusqu['\u2019]?\s?(?:\u00e0|a)|avant|apr[e\u00e8]s|au plus tard)$/i;
// Tested on the trimmed title: `\s*` before it would read a long run of spaces again from each one.
const TITLE_SEPARATOR = /[:,\u2010-\u2015\u2212-]$/;
// A weekday in the title (`Du mardi au vendredi : 14h-17h30`, `Tous les jeudis : open
// atelier de 17h30 à 21h`) says when it recurs: a week's pattern, not a slot of one day.
const RECURRING_TITLE = /(?:^|[^\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?!\p{L})/iu;

/**
 * The hours a title closes with, after its words: a range in brackets (`Atelier Musique
 * (17h30 - 19h)`), a range (`Katakrak de 15h à 18h`, `Jour 1, atelier 1 — 13:30–15:30`, `Pratique
 * libre 15h-18h`), or a start a word or a separator sets apart (`Accueil à partir de
 * 8h30`, `Conférence — 18h30`). A heading or an item under a day writes its slot so; a lone
 * number or duration at the end of a title (`Salle 12`, `Atelier 2h`), or a title that names
 * a weekday (a week's pattern), is none. A heading (`heading`) may also close with a start as
 * a clock shows it, alone or in brackets (`### Intro 09:00`, `### Le Web sémantique (09:15)`).
 */
export function closingHours(line: string, heading = false): SlotHours | undefined {
  const bracketed = trailingHours(line);
  // In brackets, a range only: `Module 2 (7h)`, `Reconnexion (1h30)` write a duration; but a
  // heading's clock face is no length (`### Qu'est-ce que le Web sémantique (09:15)`).
  if (bracketed) return bracketed.rest !== '' && (bracketed.slots.every((slot) => slot.end !== undefined) || (heading && CLOCK_FACE.test(bracketed.text.slice(1, -1).trim()))) ? bracketed : undefined;
  const text = line.trimEnd();
  const words = text.split(' ');
  for (const { count, text: candidate } of closingRuns(words, CLOSING_HOURS_WORDS)) {
    if (!/^(?:\d|de\s)/i.test(candidate) && !START_WORD.test(candidate) && !ABOUT.test(candidate)) continue;
    const parsed = parseFrenchHours(candidate.replace(ABOUT, ''));
    if (!parsed.ok || parsed.slots.length === 0 || parsed.slots.some((slot) => slot.label !== undefined || slot.day !== undefined)) continue;
    const before = words.slice(0, -count).join(' ').trimEnd();
    const separated = TITLE_SEPARATOR.test(before);
    const ranges = parsed.slots.every((slot) => slot.end !== undefined);
    // `- Cours : 8 heures` closing a field says how long; `à 17 heures` says when.
    const worded = /\d ?heures?\b/i.test(candidate);
    // `### Intro 09:00`, `### 2°/ Évolutions ~ 10:30`: a clock's face, or one said about, ends a
    // heading as its start, on the five minutes as an agenda's times are (`Luc 15:11` cites a
    // verse). Not an item's: `[La vidéo](…) 17:00` gives its length, minutes and seconds.
    const clockFace = heading && (CLOCK_FACE.test(candidate) || ABOUT.test(candidate)) && parsed.slots[0]!.start.hour >= EARLIEST_LONE_START && parsed.slots[0]!.start.minute % 5 === 0;
    if (clockFace && BOUND_BEFORE_CLOCK.test(before)) return undefined;
    const lone = !ranges && parsed.slots.length === 1 && (START_WORD.test(candidate) || clockFace || (separated && !worded && parsed.slots[0]!.start.hour >= EARLIEST_LONE_START));
    if (!ranges && !lone) continue;
    const rest = (clockFace ? before.replace(START_BEFORE_CLOCK, '') : before).replace(TITLE_SEPARATOR, '').trim();
    if (!/\p{L}/u.test(rest) || RECURRING_TITLE.test(rest)) return undefined;
    const start = text.length - candidate.length;
    return { text: candidate, start, end: text.length, slots: parsed.slots, rest };
  }
  return undefined;
}

// A time set between a dash or comma and the colon before a title: `à Namur - Eglise
// Saint-Nicolas - 20h00 : Première partie`. One alternative per way a time is written, so
// the pattern cannot backtrack over itself.
const HOUR_BEFORE_COLON = /(?:^|\s[-,\u2013\u2014]\s?|,\s?)(\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h|\d{1,2}:\d{2})\s?:\s/giu;
// The same place for a range of hours (`à Namur, 14h - 18h : atelier choral`), each end
// written in one of those ways.
const RANGE_BEFORE_COLON =
  /(?:^|\s[-,\u2013\u2014]\s?|,\s?)((?:\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h|\d{1,2}:\d{2})\s?[-\u2013]\s?(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h|\d{1,2}:\d{2}))\s?:\s/giu;

/** A clock time anywhere in a text: `10h`, `9 h 30`, `18:30`. */
export const ANY_CLOCK = /\d\s?h(?![a-z])|\d\s?h\s?\d\d|\d:\d\d/i;

// A time closing the text before a dash: `14h`, `14 h 30`, `14:00`.
const TIME_BEFORE = /(?:\d\s?h|\d\s?h\s?\d\d|\d:\d\d)\s?$/i;

/**
 * The one start time a dated item writes after its place and before its title's colon
 * (`Samedi 19 mars 2016 à Namur - Eglise Saint-Nicolas - 20h00 : Première partie du
 * récital`, `à Namur, 14h - 18h : atelier choral`): a concert list's way of writing when,
 * where, at what hour, then what. Only one such time or range on the line: two are a list
 * of times in a sentence.
 */
export function hourBeforeTitle(line: string): SlotHours | undefined {
  const ranges = [...line.matchAll(RANGE_BEFORE_COLON)];
  const found = ranges.length > 0 ? ranges : [...line.matchAll(HOUR_BEFORE_COLON)];
  if (found.length !== 1) return undefined;
  const match = found[0]!;
  // `14h - 18h : atelier` matched as its end alone: a range written with spaces, not a start of its own.
  if (ranges.length === 0 && TIME_BEFORE.test(line.slice(0, match.index))) return undefined;
  const written = match[1]!;
  // Another time on the line (`10h : accueil, 14h - 18h : atelier`): a list of slots, not the item's hours.
  if (ANY_CLOCK.test(line.slice(0, match.index)) || ANY_CLOCK.test(line.slice(match.index! + match[0].length))) return undefined;
  const parsed = parseFrenchHours(written);
  if (!parsed.ok || parsed.slots.length !== 1) return undefined;
  const start = match.index! + match[0].indexOf(written);
  const rest = `${line.slice(0, match.index).trim()} : ${line.slice(match.index! + match[0].length).trim()}`.replace(/^ : /, '');
  return { text: written, start, end: start + written.length, slots: parsed.slots, rest };
}
