/*
 * Course logs and agendas grouped by month write each day with its weekday and number
 * only, leaving the month to the heading above: `## Septembre 2024` over `### Lundi 9`.
 * The day takes the month (and the year, when written) of the nearest month heading it
 * sits under; a weekday and number under any other heading stay a title.
 */
import type { Root } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { isoWeekday, isRealDate } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import { datedTextOf } from './dated-text.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { boldLineText, plainText } from './plain-text.js';
import { leadingDayOfHeading } from '../dates/french-dates.js';
import { monthFromWord, weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { leadingHours } from './slot-hours.js';

/** A heading that names a month alone (`Septembre 2024`, `Octobre`, `Mois de juin`). */
export interface MonthHeading {
  month: number;
  year?: number;
}

/** The month a heading names alone, with its year when written; undefined for any other heading. */
export function monthHeading(text: string): MonthHeading | undefined {
  let words = normaliseText(text).trim().replace(/\s?:$/, '').replace(/[\u2019']/g, "' ").split(' ').filter((word) => word !== '');
  if ((words[0] === 'mois' || words[0] === 'planning') && (words[1] === 'de' || words[1] === "d'")) words = words.slice(2);
  const [name = '', year, ...more] = words;
  const month = monthFromWord(name);
  if (month === undefined || more.length > 0) return undefined;
  if (year === undefined) return { month };
  return /^\d{4}$/.test(year) ? { month, year: Number(year) } : undefined;
}

/**
 * The day a heading opens with when it writes a weekday and a day number but no month
 * (`Lundi 9`, `Jeudi 12 : TP 1`), given the month heading it sits under.
 */
export function dayUnderMonth(text: string, month: MonthHeading): DatedLine | undefined {
  const leading = leadingDayOfHeading(text);
  if (!leading || leading.month !== undefined) return undefined;
  const start = text.indexOf(leading.text);
  if (start < 0) return undefined;
  // `samedi 13, 20 et 27 - Entraînement`: the same weekday on more days of the month.
  const more = moreDayNumbers(text, start + leading.text.length);
  const end = more?.end ?? start + leading.text.length;
  const after = text.slice(end);
  const rest = after.replace(/^[\s:,;|\u2013\u2014-]+/, '').trim();
  // `jeudi 19: 14h-17h30 visite des élèves`: the hours of the day's event right after the day,
  // as a full date's are read (dated-line.ts).
  const hours = leadingHours(rest);
  const hoursAt = hours ? end + after.indexOf(rest) + hours.start : -1;
  const title = hours ? hours.rest : rest;
  const year = month.year === undefined ? {} : { year: month.year };
  const first = { day: leading.day, month: month.month, weekday: leading.weekday, text: leading.text, ...year };
  // The weekday is each day's when the days are a week apart (`samedi 13, 20 et 27`); next to
  // each other (`vendredi 12 & 13`), the weekday is the first's alone.
  const weekly = (more?.days ?? []).every((day) => (day - leading.day) % 7 === 0);
  const others = (more?.days ?? []).map((day) => ({ day, month: month.month, ...(weekly ? { weekday: leading.weekday } : {}), text: String(day), ...year }));
  return {
    expression: { kind: others.length > 0 ? 'set' : 'single', mentions: [first, ...others] },
    dateText: text.slice(start, end),
    start,
    end,
    ...(hours ? { hours: { text: hours.text, start: hoursAt, end: hoursAt + hours.text.length } } : {}),
    lead: '',
    rest: title,
    title,
  };
}

// How many more day numbers a weekday may be given (`samedi 13, 20 et 27`): the weeks of a month.
const MORE_DAYS = 5;

/**
 * The day numbers written after a weekday's first (`, 20 et 27`, `, 22`, ` & 29`), each
 * after a comma, `et` or `&` and before another or the title's mark (`samedi 13, 2 équipes`
 * counts teams), and where they end; undefined when none follows. Read by hand,
 * word by word: a pattern of repeated optional parts would backtrack.
 */
function moreDayNumbers(text: string, from: number): { days: number[]; end: number } | undefined {
  const days: number[] = [];
  let at = from;
  let end = from;
  while (days.length < MORE_DAYS) {
    const joined = /^\s{0,2}(?:,|et\s|&)\s{0,2}(\d{1,2})(?:er)?(?=\s{0,2}(?:,|et\s|&|[:\u2013\u2014-]|$))/iu.exec(text.slice(at, at + 16));
    if (!joined) break;
    const day = Number(joined[1]);
    if (day < 1 || day > 31) break;
    days.push(day);
    at += joined[0].length;
    end = at;
  }
  return days.length > 0 ? { days, end } : undefined;
}

// `vendredi 04`, `Mardi 22`: a weekday and its day number, what a list of days under a month writes.
const WEEKDAY_DAY = /^(\p{L}+)\.?\s{1,2}(\d{1,2})(?:er)?(?!\s{0,2}(?:\d|h\b|h\d))/u;
// What joins the days of such a list: a comma, `et`, `&`.
const DAY_JOIN = /^\s{0,2}(?:,|et\s|&)\s{0,2}/iu;
// Most days one item lists.
const CLOSING_DAYS = 8;

/**
 * The days an item under a month writes after its label, each a weekday and its number
 * (`l’atelier BUREAUTIQUE sur le planning : vendredi 04, Vendredi 11 - de 10h à 12h` under
 * `Planning d’Octobre`): the month is the heading's; its hours right after. Undefined when
 * a day writes its month (the item is read as any other) or no label comes before a colon.
 */
export function closingDaysUnderMonth(text: string, month: MonthHeading): DatedLine | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || text.slice(0, colon).trim() === '') return undefined;
  let at = colon + 1;
  while (text[at] === ' ') at++;
  const start = at;
  const mentions: DatedLine['expression']['mentions'] = [];
  const year = month.year === undefined ? {} : { year: month.year };
  while (mentions.length < CLOSING_DAYS) {
    const found = WEEKDAY_DAY.exec(text.slice(at, at + 24));
    const weekday = found ? weekdayFromWord(normaliseText(found[1]!)) : undefined;
    if (!found || weekday === undefined) break;
    const day = Number(found[2]);
    if (!isRealDate(month.year ?? 2000, month.month, day)) return undefined;
    mentions.push({ day, month: month.month, weekday, text: found[0], ...year });
    at += found[0].length;
    const join = DAY_JOIN.exec(text.slice(at, at + 8));
    if (!join) break;
    at += join[0].length;
  }
  if (mentions.length === 0) return undefined;
  const end = start + text.slice(start).indexOf(mentions.at(-1)!.text) + mentions.at(-1)!.text.length;
  const after = text.slice(end);
  // A month written after the days (`vendredi 15 Novembre`) is a full date: read as one.
  if (monthFromWord(normaliseText(after).split(/[^a-z]/)[0] ?? '') !== undefined) return undefined;
  const rest = after.replace(/^[\s,;\u2013\u2014-]+/, '');
  // `- de 10h30 à 12h. Apportez votre téléphone.`: the hours end the item's first sentence.
  const hours = leadingHours(rest.split('. ')[0]!);
  const hoursAt = hours ? end + after.indexOf(rest) + hours.start : -1;
  const title = text.slice(0, colon).trim();
  return {
    expression: { kind: mentions.length > 1 ? 'set' : 'single', mentions },
    dateText: text.slice(start, end),
    start,
    end,
    ...(hours ? { hours: { text: hours.text, start: hoursAt, end: hoursAt + hours.text.length } } : {}),
    lead: title,
    rest: '',
    title,
  };
}

// `12 : atelier`, `1er - accueil`, `19 – atelier vélo (14h-16h)`: a day number, a mark, a title.
const DAY_NUMBER_ITEM = /^(\d{1,2})(?:er)?\s*[:\u2013\u2014-]\s*(\S.*)$/u;

/**
 * The day an item under a month opens with when it writes its day number alone, set apart
 * from its title by a colon or a dash (`12 : atelier` under `- Mars`). Only the caller knows
 * the item sits in a list of such days under a month; `3 pommes` is no day.
 */
export function dayNumberUnderMonth(text: string, month: MonthHeading): DatedLine | undefined {
  const found = DAY_NUMBER_ITEM.exec(text);
  if (!found) return undefined;
  const day = Number(found[1]);
  if (day < 1 || day > 31) return undefined;
  const rest = found[2]!.trim();
  const dateText = text.slice(0, found[1]!.length);
  return {
    expression: { kind: 'single', mentions: [{ day, month: month.month, text: dateText, ...(month.year === undefined ? {} : { year: month.year }) }] },
    dateText,
    start: 0,
    end: dateText.length,
    lead: '',
    rest,
    title: rest,
  };
}

// Where the label of an item that opens with a month (and its year) ends: `Juillet : `, `Octobre 2022 – `.
const LABEL_MARK = /[:\u2013\u2014]/;
// How far into an item its month label's mark may stand (`Septembre 2022 :`).
const LABEL_CHARS = 16;
// The pieces of a month label's list of days, each matched in turn from where the last one
// stopped (no pattern repeats a group: linear): a weekday, a day number, what joins two days.
const LABELLED_WEEKDAY = /^(\p{L}{3,9})\.?\s{1,3}(?=\d)/u;
const LABELLED_DAY = /^(\d{1,2})(?:er)?(?![\d/.:hH])/u;
const DAYS_JOINED = /^\s{0,3}(?:,|et\s|&)\s{0,3}/u;
// What may follow the days: the end, or a mark before the hours or the title, or the hours.
const AFTER_DAYS = /^\s{0,3}(?:$|[:(\u2013\u2014-]|,?\s{0,3}de\s|,?\s{0,3}\d{1,2}\s?[h:])/iu;
// The month's days of a label are the weeks of a month at most.
const LABELLED_DAYS = 6;

/**
 * The days of a list item that names a month as its label and then its days
 * (`* Juillet : mardi 5 et mardi 19`, `- Octobre 2022 : 4, 11 et 18`): a plan written month
 * by month. The days end the item or stand before its hours or title (after a colon, a dash
 * or a bracket); a number followed by a word (`Mars : 3 ateliers`) is a count, not a day.
 * Read by hand, piece by piece.
 */
export function monthLabelledDays(text: string): DatedLine | undefined {
  const mark = text.slice(0, LABEL_CHARS).search(LABEL_MARK);
  if (mark <= 0) return undefined;
  const [name = '', yearWord, ...more] = text.slice(0, mark).trim().split(/\s+/);
  const month = monthFromWord(normaliseText(name));
  if (month === undefined || more.length > 0 || (yearWord !== undefined && !/^\d{4}$/.test(yearWord))) return undefined;
  const year = yearWord === undefined ? {} : { year: Number(yearWord) };
  const start = mark + 1 + (text.slice(mark + 1).length - text.slice(mark + 1).trimStart().length);
  const mentions: Array<{ day: number; month: number; year?: number; weekday?: number; text: string }> = [];
  let at = start;
  let end = start;
  while (mentions.length < LABELLED_DAYS) {
    const named = LABELLED_WEEKDAY.exec(text.slice(at, at + 16));
    const weekday = named ? weekdayFromWord(normaliseText(named[1]!)) : undefined;
    if (named && weekday === undefined) return undefined;
    const numberAt = at + (named?.[0].length ?? 0);
    const found = LABELLED_DAY.exec(text.slice(numberAt, numberAt + 8));
    const day = Number(found?.[1]);
    if (!found || day < 1 || day > 31) return undefined;
    end = numberAt + found[0].length;
    mentions.push({ day, month, ...year, ...(weekday === undefined ? {} : { weekday }), text: text.slice(at, end) });
    const joined = DAYS_JOINED.exec(text.slice(end, end + 8));
    if (!joined) break;
    at = end + joined[0].length;
  }
  const after = text.slice(end);
  if (!AFTER_DAYS.test(after.slice(0, 16))) return undefined;
  const rest = after.replace(/^[\s:,;\u2013\u2014-]{1,8}/u, '').trim();
  const hours = leadingHours(rest.startsWith('(') ? rest.slice(1).replace(')', '') : rest);
  const title = hours ? hours.rest : rest;
  // `- Septembre : 4`, `- Novembre : 4 (dont 1 en ligne)`: one bare number after a month is
  // a count; a day only with its weekday, its hours, or a title set apart (`- Novembre : 8 – atelier`).
  const setApart = /^\s{0,3}[:\u2013\u2014-]/u.test(after) && title !== '';
  if (mentions.length === 1 && mentions[0]!.weekday === undefined && !hours && !setApart) return undefined;
  const hoursAt = hours ? text.indexOf(hours.text, end) : -1;
  return {
    expression: { kind: mentions.length > 1 ? 'set' : 'single', mentions },
    dateText: text.slice(start, end),
    start,
    end,
    ...(hours && hoursAt >= 0 ? { hours: { text: hours.text, start: hoursAt, end: hoursAt + hours.text.length } } : {}),
    lead: '',
    rest: title,
    title,
  };
}

// How far from the day the file was written the month of bare days is looked for, in
// months: a course's plan is written in the weeks around its days.
const BARE_DAYS_MONTHS = [0, -1, 1, -2, 2, -3, 3];

/**
 * The month of a page's days written as a weekday and a number alone, with no month heading
 * over them (`# mardi 18`, `# mercredi 19`, `## Jeudi 20`, `**Jeudi 18 à partir de 8h**`): the month nearest `around` (the
 * day the file was last written, asked only when such days are found) in which every one of
 * them falls on its weekday. Two such headings at least, so that a lone `## Jeudi 5` in a
 * post stays a title; none when the page names its months in headings.
 */
export function monthOfBareDays(tree: Root, hidden: HiddenRanges, around: () => PlainDate | undefined): MonthHeading | undefined {
  const days: WeekdayAndDay[] = [];
  let underBareDay = false;
  let told = false;
  let timed = false;
  // `Agile France 2013` in a heading above the days: the year they fall in, when no other is written there.
  const titledYears = new Set<number>();
  for (const node of tree.children) {
    if (isHidden(hidden, node.position?.start.offset)) continue;
    if (node.type === 'heading' && days.length === 0) for (const found of plainText(node).matchAll(TITLE_YEAR)) titledYears.add(Number(found[1]));
    // A diary's days over paragraphs of sentences (`## Dimanche 9` over `Au début, j'avais
    // une fonction qui…`) tell a story: a post, not a plan, unless the days are told slot by
    // slot under headings of their hours (`## Samedi 26` over `### 11h-12h : Rétrospective`),
    // as a weekend's programme and its report are.
    // A line set wholly in bold (`**Jeudi 18 à partir de 8h**` over its list of slots) heads
    // its day as a heading does.
    const boldLine = boldLineText(node) !== undefined;
    if (node.type === 'paragraph' && !boldLine && underBareDay && isProse(plainText(node))) told = true;
    if (node.type !== 'heading' && !boldLine) continue;
    const text = plainText(node);
    if (monthHeading(text)) return undefined;
    if (leadingHours(text)) timed = true;
    underBareDay = false;
    if (datedTextOf(text, true)) continue;
    const leading = leadingDayOfHeading(text);
    if (leading && leading.month === undefined && leading.weekday !== undefined && text.trimStart().startsWith(leading.text)) {
      days.push({ day: leading.day, weekday: leading.weekday });
      underBareDay = true;
    }
  }
  if (new Set(days.map((found) => found.day)).size < 2 || (told && !timed)) return undefined;
  // `<h3>jeudi 23</h3>`, `<h3>vendredi 24</h3>` under `Agile France 2013`, a page pushed two
  // years later: the one month of the year the headings name in which the days fall on
  // their weekdays (May, its reader found), before the months around the last commit.
  // A year long before the last commit (`Club fondé en 1997`) is the page's history, not its days'.
  const from = around();
  const year = titledYears.size === 1 ? [...titledYears][0]! : undefined;
  const near = year !== undefined && (from === undefined || (year <= from.year && from.year - year <= TITLE_YEAR_SPAN));
  const fitting = year === undefined || !near ? [] : MONTHS.filter((month) => daysFitMonth(days, year, month));
  if (fitting.length === 1) return { month: fitting[0]!, year: year! };
  return from ? nearestMonthTheDaysFit(days, from) : undefined;
}

// A year written in a heading (`Agile France 2013`), not inside a longer number.
const TITLE_YEAR = /(?:^|\D)((?:19|20)\d\d)(?!\d)/g;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
// How many years before its last commit a page's title may date its days: a site pushed
// again later (agilefrance-programme-2013, committed in 2015) keeps its edition's year.
const TITLE_YEAR_SPAN = 3;

/** A day of the month and the weekday written with it (`mardi 18`: 18 and 2). */
export interface WeekdayAndDay {
  day: number;
  weekday: number;
}

/** Whether each day falls on its weekday in that month of that year. */
export function daysFitMonth(days: readonly WeekdayAndDay[], year: number, month: number): boolean {
  return days.every(({ day, weekday }) => isRealDate(year, month, day) && isoWeekday({ year, month, day }) === weekday);
}

/** The month nearest `from` (BARE_DAYS_MONTHS, three months either way) in which each day falls on its weekday. */
export function nearestMonthTheDaysFit(days: readonly WeekdayAndDay[], from: PlainDate): MonthHeading | undefined {
  for (const shift of BARE_DAYS_MONTHS) {
    const index = from.year * 12 + (from.month - 1) + shift;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (daysFitMonth(days, year, month)) return { month, year };
  }
  return undefined;
}

// A paragraph of sentences: long, with a full stop before another sentence.
const PROSE_LENGTH = 120;
function isProse(text: string): boolean {
  return text.length > PROSE_LENGTH && /[.!?]\s+\p{Lu}/u.test(text);
}
