/*
 * Weekdays written without a date, in a week the document names elsewhere: the week in a
 * heading (`## Semaine du 14 au 18 mars 2022`, `#### Semaine 21 (18/05/2026-22/05/2026)`,
 * `## Semaine du 16 mars`), in a table's corner cell (`| Semaine du 14 mars | Lundi | ...`)
 * or in a sentence (`L'atelier se tiendra du 19 au 23 août 2024`); the weekdays as a
 * grid's header cells (`| | Lundi | Mardi |`), the first cell of a row (`| Lundi matin |
 * ... |`), a heading (`### Mardi`, `#### Jeudi après-midi`), a bold line or a list item
 * (`- **Mercredi** : 14h-17h atelier`), or numbered from the week's first day (`## Jour
 * 2`, `J3`). A reader puts each weekday in that week; so does this, the one place that
 * says what names a week and where a weekday of it falls. A weekday the week does not hold
 * (`Samedi` in `du 16 au 20 mars`) is the coordinator's to correct, not a day to guess; a
 * weekly pattern with no week named anywhere (`tous les lundis`) is not dated at all.
 */
import { extractDateFromHeading } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { MONTH_NAMES, weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { addDays, isoWeekday } from '../dates/plain-date.js';
import type { DatedLine } from '../dates/dated-line.js';
import type { DateExpression, DayMention } from '../dates/types.js';
import type { SessionDraft } from './session-drafts.js';
import { leadingHours } from './slot-hours.js';

/** The weekday a header names and nothing else (`Lundi`, `MARDI`, `mer.`), 1 = Monday, or undefined. */
export function bareWeekday(header: string): number | undefined {
  const word = normaliseText(header).replace(/\.$/, '').trim();
  return /^[a-z]+$/.test(word) ? weekdayFromWord(word) : undefined;
}

/** ISO weekday of Monday: a week named by its first day (`Semaine du 16 mars`) starts on one unless told otherwise. */
export const MONDAY = 1;
// A week holds its weekdays within this many days of its first.
const WEEK_DAYS = 7;

/**
 * A week a document names: its first day as written (the year only when written), the
 * weekday that day falls on, and how many days after it the week runs (4 for `du 16 au 20
 * mars`, 6 for `Semaine du 16 mars`).
 */
export interface NamedWeek {
  first: { year?: number; month: number; day: number };
  weekday: number;
  span: number;
}

/**
 * The week a date expression names: a range of at most a week (`du 16 au 20 mars 2026`),
 * or one day that opens a week (`Semaine du 16 mars`, `opens` set by the caller, who saw
 * the words before it). Its first day falls on the weekday written, else the one its
 * year gives, else `startsOn`. Without a year, a week that crosses the end of February is
 * not placed (its days depend on the year). Undefined for anything else: one day, a set
 * of days, a longer period.
 */
export function weekOf(expression: DateExpression, opens: boolean, startsOn = MONDAY): NamedWeek | undefined {
  const [first, last] = expression.mentions;
  if (!first) return undefined;
  let span: number;
  if (expression.kind === 'range' && last) span = dayCount(first, last);
  else if (expression.kind === 'single' && opens && expression.mentions.length === 1) span = WEEK_DAYS - 1;
  else return undefined;
  if (span < 0 || span >= WEEK_DAYS) return undefined;
  const year = first.year ?? last?.year;
  if (year === undefined && first.month === 2 && first.day + span > 28) return undefined;
  const plain = { month: first.month, day: first.day, ...(year === undefined ? {} : { year }) };
  const weekday = first.weekday ?? (year !== undefined ? isoWeekday({ year, month: first.month, day: first.day }) : startsOn);
  return { first: plain, weekday, span };
}

// Words before a day that make it the first of a week (`semaine du 16 mars`, `week of`).
const OPENS_A_WEEK = /(?:semaine|week)\s+(?:du|de|of|from)\s*$/;

/** Whether the folded words before a day make it the first of a week (`…, semaine du ` before `6.3.2023`). */
export function opensAWeek(before: string): boolean {
  return OPENS_A_WEEK.test(before);
}

/**
 * The week a heading, corner cell or sentence writes (`Semaine du 14 au 18 mars 2022`,
 * `Semaine 21 (18/05/2026-22/05/2026)`, `du **19 au 23 août 2024**`), or undefined.
 */
export function weekInText(text: string, startsOn = MONDAY): NamedWeek | undefined {
  const found = extractDateFromHeading(text);
  if (!found) return undefined;
  const before = normaliseText(text.slice(0, found.start)).replace(/[*_]/g, '');
  // `# Session 8 — 12 mai 2026`: the 8 numbers the session, it opens no run of days to the 12th.
  const number = NUMBERING_WORD.test(before) ? /^\d+/.exec(text.slice(found.start)) : null;
  if (number) return weekInText(text.slice(found.start + number[0].length), startsOn);
  return weekOf(found.expression, opensAWeek(before), startsOn);
}

// Folded words that number what follows them (`Session 8`, `Séance 3`, `TP 2`), no day.
const NUMBERING_WORD = /(?:^|[^a-z])(?:session|seance|cours|tp|td|atelier|partie|module|chapitre|sprint|etape|episode|lecon|numero|n\u00b0|no)\s*$/;

/** The day a weekday falls on in a week (its year when the week writes one), or undefined when the week does not hold it. */
export function dayInWeek(week: NamedWeek, weekday: number): { year?: number; month: number; day: number } | undefined {
  const offset = (weekday - week.weekday + WEEK_DAYS) % WEEK_DAYS;
  return offset > week.span ? undefined : dayAfter(week, offset);
}

/** The `n`th day of a week (`Jour 2`, `J3`: 1 is its first), or undefined past its end. */
export function numberedDayInWeek(week: NamedWeek, n: number): { year?: number; month: number; day: number } | undefined {
  return n >= 1 && n - 1 <= week.span ? dayAfter(week, n - 1) : undefined;
}

/** The day of a week that falls on day `n` of its month, or undefined when the week holds none. */
function dayOfMonthInWeek(week: NamedWeek, n: number): { year?: number; month: number; day: number } | undefined {
  for (let offset = 0; offset <= week.span; offset++) {
    const day = dayAfter(week, offset);
    if (day.day === n) return day;
  }
  return undefined;
}

function dayAfter(week: NamedWeek, offset: number): { year?: number; month: number; day: number } {
  // Without a year, counted in one that is not leap: weekOf left out the weeks where it matters.
  const day = addDays({ year: week.first.year ?? 2001, month: week.first.month, day: week.first.day }, offset);
  return { month: day.month, day: day.day, ...(week.first.year === undefined ? {} : { year: day.year }) };
}

/** A week as a reader would name it in a message: `du 16 au 20 mars 2026`. */
export function weekWords(week: NamedWeek): string {
  const last = dayAfter(week, week.span);
  const year = last.year === undefined ? '' : ` ${last.year}`;
  const from = last.month === week.first.month ? `${week.first.day}` : `${week.first.day} ${MONTH_NAMES[week.first.month - 1]}`;
  return `du ${from} au ${last.day} ${MONTH_NAMES[last.month - 1]}${year}`;
}

/**
 * The day each weekday falls on in the week a text writes (`Semaine du 14 au 18 mars
 * 2022`), as a header a reader would write (`Lundi 14 mars 2022`), in the order of
 * `weekdays`; undefined when the text writes no week, or a weekday would fall outside it.
 * The week's first written day is on `startsOn` (by default the grid's first weekday;
 * `Semaine du 8 septembre` in a table of weeks is a Monday) unless its weekday is written
 * or its year tells it. A text that writes one day without saying it opens a week is read
 * as the week's first day too: a grid's corner or heading names nothing else.
 */
export function weekdaysInWeek(text: string, weekdays: Array<{ weekday: number; header: string }>, startsOn = weekdays[0]?.weekday): string[] | undefined {
  if (weekdays.length === 0 || startsOn === undefined) return undefined;
  const found = extractDateFromHeading(text);
  const week = found && weekOf(found.expression, found.expression.kind === 'single', startsOn);
  if (!week) return undefined;
  const days: string[] = [];
  for (const { weekday, header } of weekdays) {
    const day = dayInWeek(week, weekday);
    if (!day) return undefined;
    days.push(`${header.trim()} ${day.day} ${MONTH_NAMES[day.month - 1]}${day.year === undefined ? '' : ` ${day.year}`}`);
  }
  return days;
}

/** What a label says: a weekday (`Mardi`, `Lun.`, `Jeudi après-midi`) or a day's number in the week (`Jour 2`, `J3`). */
export interface DayLabel {
  weekday?: number;
  number?: number;
  /** The day of the month written after the weekday in a dates cell (`Mar 21` under `S1 (20–26 juil)`). */
  dayOfMonth?: number;
  /** The words that name the day, as written (`Mardi`, `Jour 2`). */
  words: string;
  /** What the label says after the day and its part of day, separators trimmed (`14h-17h atelier`), or ``. */
  rest: string;
}

// A day of the month alone after a weekday (`Mar 21`), or with its month (`Sam 1/08`),
// which the week it falls in already says.
// Two patterns, the second with its month, so that no quantified part sits in an optional one.
const DAY_OF_MONTH = /^\s{1,3}(\d{1,2})\s{0,3}$/;
const DAY_AND_MONTH = /^\s{1,3}(\d{1,2})\/\d{1,2}\s{0,3}$/;
// A day number after a heading's weekday, not an hour's (`Lundi 18h`) nor a date's (`Lundi 18/05`).
// Only alone or before a title set apart (`Vendredi 22 - Étapes 1 & 2`): `**Lundi 25 (9h30 - 16h30)**` is read as it was.
// Nor hours written after a dash (`Lundi 9 - 12h : accueil`).
const HEADING_DAY_OF_MONTH = /^\s{1,3}(\d{1,2})(?=\s{0,3}$|\s{0,3}[\u2013\u2014:-]\s(?!\d))/;
// A part of the day that may follow a weekday label (`Lundi matin`, `Mardi après-midi`,
// `Lundi PM`, `Mardi Matin 2`): it says when in the day, not which day.
const PART_OF_DAY = /^(?:(?:en |au |dans l'|l')?(?:matin|matinee|midi|apres[ -]?midi|am|pm|soir|soiree|journee|fin de journee|nuit)(?: \d)?)(?![a-z0-9])/;
// Separators between a label and what follows it (`Mercredi : 14h-17h`, `Jour 1 – Accueil`).
const SEPARATOR = /^[:\-\u2013\u2014,.]\s*/;

// Whether a text is clock hours and nothing else (`14:30`, `14:30 → 15:00`, `13:00 / 19:30`).
function hoursOnly(text: string): boolean {
  const parsed = parseFrenchHours(text);
  return parsed.ok && parsed.slots.length > 0;
}

// What turns a digit into its keycap emoji (`1️⃣`): the presentation selector and the enclosing keycap.
const KEYCAP_MARKS = /(\d)\ufe0f?\u20e3/g;

/**
 * The day a label names at the start of a text: a weekday, full or cut (`Mardi`, `mar.`,
 * `le jeudi`, `Monday`), maybe with a part of the day (`Lundi après-midi`, `Mardi Matin
 * 1`), or a day's number (`Jour 2`, `Journée 1`, `Day 3`, `J2`, `1er jour`). A label alone
 * has nothing after it; a titled one (a heading, a bold line, a list item) may go on after
 * a separator or a bracket (`Mercredi : 14h-17h atelier`, `Jeudi (9h-12h)`). A weekday
 * followed by a number or a month is a date, not a label (`Mardi 17`, `mar 3 mars`). In a
 * dates cell (`timed`), a label alone may be followed by its clock hours (`Dimanche 14:30`).
 */
export function dayLabel(text: string, titled: boolean, timed = false): DayLabel | undefined {
  // `Jour 1️⃣`: a keycap emoji is its digit, as a reader reads it (the digit, then the
  // emoji presentation selector and the enclosing keycap, which name no character of their own).
  const written = text.trim().replace(KEYCAP_MARKS, '$1');
  const folded = normaliseText(written);
  // normaliseText keeps one character for each written one, so offsets carry over.
  const weekday = /^(?:le |the )?([a-z]+)\.?(?![a-z0-9])/.exec(folded);
  const number = /^(?:(?:jour|journee|day) ?(\d{1,2})|j(\d{1,2})|(\d{1,2})(?:er|e|eme|re) (?:jour|journee))(?![a-z0-9])/.exec(folded);
  let end: number;
  let label: Omit<DayLabel, 'rest' | 'words'>;
  if (weekday && weekdayFromWord(weekday[1]!) !== undefined) {
    label = { weekday: weekdayFromWord(weekday[1]!)! };
    end = weekday[0].length;
    // `Mar 21`, `Sam 1/08` in a dates cell under a week: the weekday and its day of the month.
    const dated = titled ? null : (DAY_OF_MONTH.exec(folded.slice(end)) ?? DAY_AND_MONTH.exec(folded.slice(end)));
    if (dated) return { ...label, dayOfMonth: Number(dated[1]), words: written, rest: '' };
    // `### Lundi 18`, `### Vendredi 22 - Étapes 1 & 2` under `# Semaine 17 (18-24 mai)`: a
    // heading's weekday and its day of the month, then what it holds.
    const numbered = titled ? HEADING_DAY_OF_MONTH.exec(folded.slice(end)) : null;
    if (numbered) return finish({ ...label, dayOfMonth: Number(numbered[1]) }, written.slice(0, end + numbered[0].length), end + numbered[0].length);
    const words = written.slice(0, end);
    return finish(label, words, afterPartOfDay(folded, end, !titled));
  }
  if (number) {
    label = { number: Number(number[1] ?? number[2] ?? number[3]) };
    end = number[0].length;
    // Only in a cell: a heading's `Jour 1 (matin)` goes on to title what it holds.
    return finish(label, written.slice(0, end), titled ? end : afterPartOfDay(folded, end, true));
  }
  return undefined;

  function finish(found: Omit<DayLabel, 'rest' | 'words'>, words: string, at: number): DayLabel | undefined {
    let rest = written.slice(at).trim();
    if (rest.endsWith(':')) rest = rest.slice(0, -1).trimEnd();
    if (rest === '') return { ...found, words, rest };
    // `Dimanche 14:30 → 15:00` in a dates cell (`timed`): the weekday and its hours, nothing else.
    if (timed && !titled && hoursOnly(rest)) return { ...found, words, rest };
    if (!titled) return undefined;
    if (SEPARATOR.test(rest)) return { ...found, words, rest: rest.replace(SEPARATOR, '').trim() };
    if (rest.startsWith('(')) return { ...found, words, rest };
    return undefined;
  }
}

/**
 * Where a label ends once the part of the day that may follow it is passed: `Lundi matin`,
 * and in a cell (`bracketed`) `J4 (après-midi)`, a course's day split in two rows, say
 * when in the day, not which day. A heading's `## Mardi (soirée)` keeps its bracket, which
 * titles the session it heads.
 */
function afterPartOfDay(folded: string, end: number, allowBracket: boolean): number {
  const rest = folded.slice(end).trimStart();
  const at = folded.length - rest.length;
  const bracketed = allowBracket && rest.startsWith('(');
  const part = PART_OF_DAY.exec(bracketed ? rest.slice(1) : rest);
  if (!part) return end;
  const close = at + (bracketed ? 1 : 0) + part[0].length;
  if (!bracketed) return close;
  return folded[close] === ')' ? close + 1 : end;
}

/** The day a label names in a week, as a mention a date reader would give (`Mardi` in `du 16 au 20 mars 2026`: 17 March 2026), or undefined outside it. */
export function labelInWeek(label: DayLabel, week: NamedWeek): DayMention | undefined {
  // The day of the month decides; the weekday written with it is checked against it.
  const day = label.dayOfMonth !== undefined ? dayOfMonthInWeek(week, label.dayOfMonth) : label.weekday !== undefined ? dayInWeek(week, label.weekday) : numberedDayInWeek(week, label.number!);
  if (!day) return undefined;
  return { ...day, ...(label.weekday !== undefined ? { weekday: label.weekday } : {}), text: label.words };
}

/**
 * The week a dated heading, bold line or item names (`## Semaine du 16 au 20 mars 2026`,
 * `### Semaine du 16 mars`), with that draft, when `draft` is one, or the label of one of
 * its days (`### Lundi` under it: what sits under Monday may name Tuesday too).
 */
export function weekAround(draft: SessionDraft | undefined): { week: NamedWeek; draft: SessionDraft } | undefined {
  const owner = draft?.inPeriod ?? draft;
  const line = owner?.dated?.line;
  const week = line && !owner.borrowed ? weekOf(line.expression, line.week === true) : undefined;
  return week ? { week, draft: owner! } : undefined;
}

/**
 * A label that names a day of `week` (`### Mardi`, `**Mercredi** : 14h-17h atelier`,
 * `Jeudi (9h-12h)`, `## Jour 2 – Ateliers`) read as the dated line it stands for: the day,
 * the hours that follow it, and its title. `outside` when the label names a weekday the
 * week does not hold (`Samedi` in `du 16 au 20 mars`); undefined when the text is no label.
 */
export function weekLabelLine(text: string, week: NamedWeek, titled: boolean, timed = false): DatedLine | 'outside' | undefined {
  const label = dayLabel(text, titled, timed);
  if (!label) return undefined;
  const mention = labelInWeek(label, week);
  if (!mention) return 'outside';
  const start = text.length - text.trimStart().length;
  let rest = label.rest;
  let after = '';
  // `Jeudi (9h-12h) atelier`: hours in brackets right after the day.
  const bracketed = /^\(([^()]*)\)\s*(.*)$/.exec(rest);
  if (bracketed && leadingHours(bracketed[1]!)?.rest === '') {
    after = bracketed[2]!.replace(SEPARATOR, '').trim();
    rest = bracketed[1]!;
  }
  const found = leadingHours(rest);
  // `13:00 / 19:30`: two times, which the hours grammar reads whole.
  const hoursText = timed && hoursOnly(rest) ? rest : found?.text;
  const title = found ? (bracketed ? after : found.rest) : label.rest;
  const at = hoursText === undefined ? -1 : text.indexOf(hoursText, start + label.words.length);
  return {
    expression: { kind: 'single', mentions: [mention] },
    dateText: label.words,
    start,
    end: start + label.words.length,
    ...(hoursText !== undefined && at >= 0 ? { hours: { text: hoursText, start: at, end: at + hoursText.length } } : {}),
    lead: '',
    rest: title,
    title,
  };
}

function dayCount(first: DayMention, last: DayMention): number {
  const year = first.year ?? last.year ?? 2001;
  const from = Date.UTC(year, first.month - 1, first.day);
  const to = Date.UTC(last.year ?? year, last.month - 1, last.day);
  return Math.round((to - from) / 86_400_000);
}

/**
 * The day a heading that names a weekday alone stands for when it follows a dated day at
 * its level (`### Chronologie du vendredi 17/06/2022`, then `### Chronologie du samedi`,
 * `### Chronologie du dimanche`): the first such weekday after that day, within the week
 * that follows it, as a reader turns the page of a weekend's programme. The heading must
 * repeat the words the dated one wrote before its date (`Chronologie du`), or write none
 * when it wrote none (`## Vendredi 17 juin`, then `## Samedi`). `previous`: the text of the
 * dated heading and its line. Undefined when the text is no such label, or the previous
 * day's weekday cannot be known (no year, no weekday written).
 */
export function followingDayLine(text: string, previous: { text: string; line: DatedLine }): DatedLine | undefined {
  const { expression, start } = previous.line;
  const mention = expression.mentions[0];
  if (expression.kind !== 'single' || expression.mentions.length !== 1 || !mention) return undefined;
  const lead = normaliseText(previous.text.slice(0, start));
  const folded = normaliseText(text);
  if (!folded.startsWith(lead)) return undefined;
  const rest = text.slice(lead.length);
  const label = dayLabel(rest, true);
  const weekday = mention.weekday ?? (mention.year === undefined ? undefined : isoWeekday({ year: mention.year, month: mention.month, day: mention.day }));
  if (label?.weekday === undefined || weekday === undefined || label.weekday === weekday) return undefined;
  // Without a year, a week that crosses the end of February is not placed (its days depend on the year).
  if (mention.year === undefined && mention.month === 2 && mention.day + WEEK_DAYS - 1 > 28) return undefined;
  const week: NamedWeek = { first: { month: mention.month, day: mention.day, ...(mention.year === undefined ? {} : { year: mention.year }) }, weekday, span: WEEK_DAYS - 1 };
  const line = weekLabelLine(rest, week, true);
  if (line === undefined || line === 'outside') return undefined;
  return { ...line, start: line.start + lead.length, end: line.end + lead.length, ...(line.hours ? { hours: { ...line.hours, start: line.hours.start + lead.length, end: line.hours.end + lead.length } } : {}) };
}

