/*
 * The French date grammar of a programme's dates cell or heading.
 *
 * Why hand-written and not chrono-node: measured on the forms these documents use,
 * chrono's French parser drops the 16 of `16 & 17 mai` and the 7 of `7 ou 14 novembre`,
 * reads `16 et 17 mai` as 16:00 US Eastern time, gives a year-less date the year closest
 * to today (it reads the clock, so the same file means different days on different
 * runs), and cannot apply Europe/Paris summer time. A schedule needs the opposite: every
 * day kept, no clock, no zone, and the year left open for the inference step.
 *
 * Why a tokenizer plus a small grammar and not one big regex: cells are user input, and
 * a regex with nested quantifiers over `1 1 1 1 ...` backtracks exponentially. Here every
 * token is looked at a bounded number of times, so a 100,000-character cell is linear.
 */
import { currentNumericOrder } from './numeric-order.js';
import { englishMonthFromWord, monthFromWord, spreadsheetMonthFromWord, weekdayFromWord, WEEKDAY_NAMES } from './french-months.js';
import { normaliseText, trimBars } from './normalise-text.js';
import { addDays, daysInMonth } from './plain-date.js';
import { isPunct, isWord, tokenize, type Token } from './tokenize.js';
import type { DateExpression, DateParseResult, DayMention, UnsettledMark } from './types.js';

/** A day as parsed, before the month and year of its neighbours are shared out. */
interface Part {
  day: number;
  month?: number;
  year?: number;
  weekday?: number;
  first: number;
  last: number;
}

type Connector = 'range' | 'set' | 'alternatives' | 'list';

/**
 * Where the text is read: a dates cell, or one whose column or label is known to hold days
 * (`dates column`: there a lone `20.02` is a day), or a heading or line (only plausible
 * numeric dates).
 */
// `dotted heading`: a heading's, on a page whose headings write their days as bare dotted
// pairs (`## 31.1`, `# 04.12`), where such a pair is a day and not a version or an hour.
type Mode = 'cell' | 'dates column' | 'heading' | 'dotted heading';

/** Whether a mode reads a heading's text, where only plausible dates count. */
const inHeading = (mode: Mode): boolean => mode === 'heading' || mode === 'dotted heading';

/** What a cell says when it says "no date yet": an empty result, not an error. */
const EMPTY_CELLS = new Set([
  '', '-', '--', '---', '?', '...', '…', 'tbc', 'tbd', 'nc', 'n/a', 'na', 'x',
  'a venir', 'a definir', 'a confirmer', 'a preciser', 'date a venir', 'date a definir', 'date a confirmer',
]);

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isMonthWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && monthFromWord(t.text) !== undefined;
}

/** Two-digit years are this century's: `19` -> 2019. */
function widenYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function isYearToken(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'num' || t.text.length !== 4) return false;
  const n = Number(t.text);
  return n >= 1900 && n <= 2199;
}

/** Whether the token at `k`, after a year set apart by a comma, lets it be one: the end, or a mark not followed by a number (`2024 - Essaouira`, `2024.`). */
function closesTheYear(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return true;
  // `19 mars, 2019, 1pm-4pm`: a comma, then the day's time, closes the year as well.
  if (isPunct(t, ',') && timeAt(toks, k + 1)) return true;
  return t.kind === 'punct' && toks[k + 1]?.kind !== 'num';
}

const ENGLISH_ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

// The smallest dotted ordinal read as a day with no weekday before it (`13. Mai`): below, a section's number.
const ORDINAL_DAY_ALONE = 10;

/** A day number: one or two digits, not glued to a letter other than `er` (`9h`, `2e`). */
function dayNumberAt(toks: Token[], i: number): { day: number; next: number } | undefined {
  const t = toks[i];
  if (t === undefined || t.kind !== 'num' || t.text.length > 2) return undefined;
  const after = toks[i + 1];
  // `14 h 30`: an hour written with spaces, not a day.
  if (isWord(after, 'h')) return undefined;
  if (adjacent(t, after) && after !== undefined) {
    if (after.kind === 'word') {
      // `1er octobre`; any other glued letters are hours (`9h`) or ordinals of something else.
      if (after.text === 'er') return { day: Number(t.text), next: i + 2 };
      // `24th June`, `1st July`: an English ordinal, only before a month.
      if (ENGLISH_ORDINALS.has(after.text) && monthFromWord(toks[i + 2]?.text ?? '') !== undefined) return { day: Number(t.text), next: i + 2 };
      // `le 23mars de 17h à 20h`: a month glued to its day, a slip of the keyboard a reader
      // reads past; three letters at least, so that no stray letter is a month.
      if (after.text.length >= 3 && monthFromWord(after.text) !== undefined) return { day: Number(t.text), next: i + 1 };
      return undefined;
    }
    // `13. Mai 2011`, `13. December 2011`, `Mittwoch, 3. Mai`: a day written as an ordinal with
    // a dot, the Swiss and German way, before its month in words. A small number with no
    // weekday before it numbers a section (`## 1. Juin 2024 : lancement`).
    const weekdayBefore = weekdayFromWord(toks[i - 1]?.text ?? '') !== undefined || (isPunct(toks[i - 1], ',') && weekdayFromWord(toks[i - 2]?.text ?? '') !== undefined);
    if (after.text === '.' && toks[i + 2]?.kind === 'word' && !adjacent(after, toks[i + 2]) && monthFromWord(toks[i + 2]!.text) !== undefined && (Number(t.text) >= ORDINAL_DAY_ALONE || weekdayBefore)) return { day: Number(t.text), next: i + 2 };
    // `20:00` is a time, and so is `19.30 h`. A colon glued on with no minutes after it ends
    // the date (`- lundi 2: atelier`, `jeudi 19: 14h-17h30`): writers who learnt to type in
    // English put no space before a colon, and a time always writes its minutes after one.
    // `16.00`, `20.30`: a dotted pair whose second number is no month is a clock time.
    if ((after.text === ':' && timeAt(toks, i)) || after.text === 'h' || (after.text === '.' && (timeAt(toks, i) || dottedClockAt(toks, i)))) return undefined;
  }
  return { day: Number(t.text), next: i + 1 };
}

/**
 * Whether token `k` continues the number before it: a letter or digit glued on, or a
 * glued `/`, `-` or `.` with a digit after (`18/04/20191`, `18/04/2019/3`). A glued
 * bracket or colon ends the date: `(3h vendredi 19/09/25):`.
 */
function gluedContinuation(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || !adjacent(toks[k - 1], t)) return false;
  if (t.kind !== 'punct') return true;
  const after = toks[k + 1];
  return '/-.'.includes(t.text) && after !== undefined && after.kind === 'num' && adjacent(t, after);
}

/**
 * A numeric date glued together: `18/04`, `18/04/2019`, `18-04-19`, `18.04.2019`, day first
 * unless the page writes the month first (numeric-order.ts). `afterWeekday`: a weekday was
 * written just before (`mardi 20.02`), so a day is expected here.
 */
function numericDateAt(toks: Token[], i: number, mode: Mode, afterWeekday = false): { part: Part; next: number } | undefined {
  const d = toks[i];
  const s1 = toks[i + 1];
  const m = toks[i + 2];
  if (d === undefined || d.kind !== 'num' || d.text.length > 2) return undefined;
  const spaced = spacedSlashDateAt(toks, i);
  if (spaced) return spaced;
  if (!isPunct(s1, '/-.') || !adjacent(d, s1) || s1 === undefined) return undefined;
  if (m === undefined || m.kind !== 'num' || m.text.length > 2 || !adjacent(s1, m)) return undefined;
  // A page that writes its numeric dates month first (`01/17`) is read so throughout.
  const monthFirst = currentNumericOrder() === 'month-first';
  const day = Number(monthFirst ? m.text : d.text);
  const month = Number(monthFirst ? d.text : m.text);
  // In a heading, only plausible dates: `EIG 3/4` is not a date there.
  if (inHeading(mode) && (day < 1 || day > 31 || month < 1 || month > 12)) return undefined;
  const s2 = toks[i + 3];
  const y = toks[i + 4];
  if (
    s2 !== undefined && s2.text === s1.text && adjacent(m, s2) &&
    y !== undefined && y.kind === 'num' && (y.text.length === 2 || y.text.length === 4) && adjacent(s2, y) &&
    (!gluedContinuation(toks, i + 5) || fullNumericDateAt(toks, i + 6, s1.text)) && !isMonthWord(toks[i + 5])
  ) {
    // `20-09-07` on a page that writes its dates year first (numeric-order.ts).
    if (currentNumericOrder() === 'year-first' && s1.text === '-' && d.text.length === 2 && y.text.length === 2) {
      return { part: { day: Number(y.text), month: Number(m.text), year: widenYear(d.text), first: i, last: i + 4 }, next: i + 5 };
    }
    return { part: { day, month, year: widenYear(y.text), first: i, last: i + 4 }, next: i + 5 };
  }
  // Two numbers only: `18/04` is a date, but `16/17 mai` is two days of May and `6-7` is a range.
  // `25.10 – 03.11`, `du 19.02 au 23.02.2024`: with a dot, only as an end of a run of days
  // whose other end is dotted too, since `19.30` alone is an hour and `2.1` a version.
  // Where a day is expected (a dates column, after a weekday), `20.02` alone is one.
  // After a weekday, a month in one digit is one too (`Lundi 7.4`, a Swiss course table);
  // alone in a dates column, `12.5` may still be a decimal.
  if (s1.text === '.') return dottedDayMonthAt(toks, i, day, month, mode === 'dates column' || mode === 'dotted heading' || afterWeekday, mode === 'dotted heading' || afterWeekday);
  if (s1.text !== '/') return undefined;
  const after = toks[i + 3];
  if (isMonthWord(after)) return undefined;
  // `15/10-16/10`: a dash glued on starts the other end of a range, not a longer number.
  const rangeAfter = isPunct(after, '-') && toks[i + 4]?.kind === 'num' && isPunct(toks[i + 5], '/');
  // `jeudi 21/03.`, `mardi 23/03, 9h`, `12/03: TP`: a mark that ends the sentence or the
  // date is glued on, not a longer number (`21/03.5`, `1/2,5` stay numbers).
  const markAfter = isPunct(after, '.,;:)!') && !(toks[i + 4]?.kind === 'num' && adjacent(after, toks[i + 4]));
  if (adjacent(m, after) && !rangeAfter && !markAfter) return undefined;
  return { part: { day, month, first: i, last: i + 2 }, next: i + 3 };
}

/**
 * A whole numeric date typed with spaces around its slashes (`25 / 10 / 2025`), day first
 * unless the page writes the month first, and its year in four digits: a form filled in by hand. Never without the year, as
 * `12 / 20` is a mark and `3 / 4` a fraction; never a day or month past the calendar's.
 */
function spacedSlashDateAt(toks: Token[], i: number): { part: Part; next: number } | undefined {
  const [d, s1, m, s2, y] = toks.slice(i, i + 5);
  if (d?.kind !== 'num' || m?.kind !== 'num' || y?.kind !== 'num' || m.text.length > 2 || y.text.length !== 4) return undefined;
  if (!isPunct(s1, '/') || !isPunct(s2, '/') || adjacent(d, s1) || adjacent(s1, m) || adjacent(m, s2) || adjacent(s2, y)) return undefined;
  // A page that writes its numeric dates month first is read so here too (numeric-order.ts).
  const monthFirst = currentNumericOrder() === 'month-first';
  const [day, month] = monthFirst ? [Number(m.text), Number(d.text)] : [Number(d.text), Number(m.text)];
  if (day < 1 || day > 31 || month < 1 || month > 12 || isPunct(toks[i + 5], '/')) return undefined;
  return { part: { day, month, year: Number(y.text), first: i, last: i + 4 }, next: i + 5 };
}

/**
 * Whether a whole numeric date with its year starts at `i`, written with `sep`: the other end
 * of a run glued on by its dash (`13.10.2025-26.10.2025`), not a longer number.
 */
function fullNumericDateAt(toks: Token[], i: number, sep: string): boolean {
  if (!isPunct(toks[i - 1], '-\u2013') || !adjacent(toks[i - 1], toks[i])) return false;
  const [d, s1, m, s2, y] = toks.slice(i, i + 5);
  if (d?.kind !== 'num' || m?.kind !== 'num' || y?.kind !== 'num' || d.text.length > 2 || m.text.length > 2 || y.text.length !== 4) return false;
  return s1?.text === sep && s2?.text === sep && adjacent(d, s1) && adjacent(s1, m) && adjacent(m, s2) && adjacent(s2, y);
}

/** Whether tokens from `i` are a plausible day and month glued by a dot (`25.10`, `03.11.2024`, `26.09.`). */
function isDottedDayMonth(toks: Token[], i: number, monthInOneDigit = false): boolean {
  const d = toks[i];
  const dot = toks[i + 1];
  const m = toks[i + 2];
  // The month in two digits (`03.11`): `2.1` is a version; but where the page's headings write
  // their days so (`## 31.1`, `## 7.2`), one digit does.
  if (d?.kind !== 'num' || m?.kind !== 'num' || d.text.length > 2 || m.text.length > 2 || (m.text.length !== 2 && !monthInOneDigit)) return false;
  if (!isPunct(dot, '.') || !adjacent(d, dot) || !adjacent(dot, m)) return false;
  const day = Number(d.text);
  const month = Number(m.text);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// Words that may follow a day (folded): its time (`à 14h`), the rest of its run (`au 11.4`,
// `et 8.4`), its part of the day (`matin`).
const AFTER_A_DAY = new Set(['a', 'au', 'et', 'ou', 'matin', 'apres', 'soir', 'midi', 'jusqu']);

/**
 * Whether the token at `k` may follow a day in one decimal (`Lundi 7.4`): nothing, a time,
 * a link word, a mark that is no unit; a closing dot (`Lundi 14.4.`) when nothing is glued after it.
 */
function followsADay(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind === 'num') return true;
  if (t.kind === 'word') return AFTER_A_DAY.has(t.text);
  if (t.text === '.') return toks[k + 1] === undefined || !adjacent(t, toks[k + 1]);
  return !'%\u20ac$\u00a3\u00b0/'.includes(t.text);
}

/** Range and set marks that may join two dotted days: `25.10 – 03.11`, `16.01 ➝ 10.02`, `19.02 au 23.02`, `6.12 et 27.12`. */
function dottedJoinAt(toks: Token[], k: number): number | undefined {
  const t = toks[k];
  const arrow = rangeArrowAt(toks, k);
  const next = arrow ?? (isPunct(t, '-\u2013\u2014&/') || isWord(t, 'au', 'et', 'a') ? k + 1 : undefined);
  if (next === undefined) return undefined;
  return isWord(toks[next], 'du', 'le') ? next + 1 : next;
}

// Arrows a coordinator draws between the two ends of a run of days: `→`, `⟶`, `➝`, `➔`,
// `➜`, `➞`, `⇒`, written as one sign, or typed as `->`, `-->`, `=>`.
const RANGE_ARROWS = '\u2192\u27f6\u279d\u2794\u279c\u279e\u21d2\u27a1';

/** The index after a range arrow starting at token `k` (`➝`, `->`, `=>`, an emoji's variation mark included), if one does. */
function rangeArrowAt(toks: Token[], k: number): number | undefined {
  let j = k;
  if (isPunct(toks[j], RANGE_ARROWS)) j++;
  else {
    // `->`, `-->`, `=>`: dashes or an equals sign glued to a `>`.
    while (isPunct(toks[j], '-=') && adjacent(toks[j], toks[j + 1])) j++;
    if (j === k || !isPunct(toks[j], '>') || !adjacent(toks[j - 1], toks[j])) return undefined;
    j++;
  }
  // `➡️`: the variation selector an emoji keyboard adds.
  if (isPunct(toks[j], '\ufe0f') && adjacent(toks[j - 1], toks[j])) j++;
  return j;
}

/** Whether a range arrow ends at token `k` (`16.01 ➝ 10.02`, `16.01 -> 10.02`), and where it starts. */
function rangeArrowEndingAt(toks: Token[], k: number): number | undefined {
  let j = k;
  if (isPunct(toks[j], '\ufe0f') && j > 0) j--;
  if (isPunct(toks[j], RANGE_ARROWS)) return j;
  if (!isPunct(toks[j], '>')) return undefined;
  let start = j;
  while (start > 0 && isPunct(toks[start - 1], '-=') && adjacent(toks[start - 1], toks[start])) start--;
  return start < j ? start : undefined;
}

/**
 * A day and month glued by a dot with no year (`25.10`), read as one end of a run or set of
 * days written the same way (`25.10 – 03.11`, `16.01 ➝ 10.02`, `du 19.02 au 23.02.2024`,
 * `26.09. – 03.11.2024`), or alone where a day is expected (`dayExpected`: a dates column,
 * after a weekday). Alone anywhere else it is an hour (`19.30`), a decimal, a score or a
 * version, never a day; and a month that is not two digits (`2.1`, `12.5`) never is one,
 * but on a page whose headings write their days so (`monthInOneDigit`: `## 31.1`, `## 7.2`).
 */
function dottedDayMonthAt(toks: Token[], i: number, day: number, month: number, dayExpected: boolean, monthInOneDigit = false): { part: Part; next: number } | undefined {
  if (!isDottedDayMonth(toks, i, monthInOneDigit)) return undefined;
  // `lundi 2.5 heures`, `mercredi 2.5%`, `sortie vendredi 2.5 de l'application`: a number
  // in one decimal is a quantity or a version, unless what follows is what follows a day.
  if (toks[i + 2]!.text.length === 1 && !followsADay(toks, i + 3)) return undefined;
  let last = i + 2;
  // `26.09.`: the closing dot German and Swiss writers put after the month.
  if (isPunct(toks[last + 1], '.') && adjacent(toks[last], toks[last + 1]) && toks[last + 2]?.kind !== 'num') last++;
  else if (adjacent(toks[last], toks[last + 1]) && toks[last + 1]?.kind !== 'punct') return undefined;
  const join = dottedJoinAt(toks, last + 1);
  const before = toks[i - 1];
  const after = join !== undefined && isDottedDayMonth(toks, join);
  // The end of a run: a dotted day before the join mark (`25.10 – 03.11`: `03.11` is the end).
  let k = i - 1;
  if (isWord(before, 'du', 'le')) k--;
  const arrowStart = rangeArrowEndingAt(toks, k);
  if (arrowStart !== undefined) k = arrowStart;
  const joinedBefore = arrowStart !== undefined || isPunct(toks[k], '-\u2013\u2014&/') || isWord(toks[k], 'au', 'et', 'a');
  const dottedBefore = joinedBefore && k >= 3 && (isDottedDayMonth(toks, k - 3) || (isPunct(toks[k - 1], '.') && isDottedDayMonth(toks, k - 4)));
  if (!after && !dottedBefore && !dayExpected) return undefined;
  return { part: { day, month, first: i, last }, next: last + 1 };
}

/**
 * A numeric year-first date glued together: `2024-02-23`, `2021/09/17`, `2021.09.17`.
 * The year must be four digits, so `19/06/19` stays day-first (see `numericDateAt`).
 */
function yearFirstDateAt(toks: Token[], i: number, mode: Mode): { part: Part; next: number } | undefined {
  const y = toks[i];
  const s1 = toks[i + 1];
  const m = toks[i + 2];
  const s2 = toks[i + 3];
  const d = toks[i + 4];
  if (!isYearToken(y) || y === undefined || !isPunct(s1, '/-.') || s1 === undefined || !adjacent(y, s1)) return undefined;
  if (m === undefined || m.kind !== 'num' || m.text.length > 2 || !adjacent(s1, m)) return undefined;
  if (s2 === undefined || s2.text !== s1.text || !adjacent(m, s2)) return undefined;
  if (d === undefined || d.kind !== 'num' || d.text.length > 2 || !adjacent(s2, d)) return undefined;
  // `2024-02-231` or `2024-02-23x` is a code, not a date; `2025-08-28T13:15:00` is the
  // ISO 8601 date-time an export writes: the date, then its time after the `T`.
  const after = toks[i + 5];
  if (adjacent(d, after) && after !== undefined && after.kind !== 'punct' && !isoTimeAt(toks, i + 5)) return undefined;
  const month = Number(m.text);
  const day = Number(d.text);
  if (inHeading(mode) && (day < 1 || day > 31 || month < 1 || month > 12)) return undefined;
  return { part: { day, month, year: Number(y.text), first: i, last: i + 4 }, next: i + 5 };
}

/**
 * A heading that is a date written as ISO's basic form and nothing else (`## 20240723`, a
 * logbook's day): eight digits, a year of this century or the last, a real month and day.
 * Elsewhere eight digits are a number (an order, a phone's end, a commit's date in a file
 * name), and in a heading beside other words they may be a code.
 */
function compactDateAt(toks: Token[], i: number, mode: Mode): { part: Part; next: number } | undefined {
  const t = toks[i];
  if (!inHeading(mode) || i !== 0 || toks.length !== 1 || t === undefined || t.kind !== 'num' || !COMPACT_DATE.test(t.text)) return undefined;
  const [year, month, day] = [Number(t.text.slice(0, 4)), Number(t.text.slice(4, 6)), Number(t.text.slice(6, 8))];
  return { part: { day, month, year, first: i, last: i }, next: i + 1 };
}

// ISO's basic form of a day: `20240723`, from 1900 to 2099.
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Whether token `k` is the glued `T` of an ISO 8601 date-time, a clock time glued after it (`T13:15`). */
function isoTimeAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return isWord(t, 't') && adjacent(toks[k - 1], t) && adjacent(t, toks[k + 1]) && timeAt(toks, k + 1);
}

/**
 * The month word after a day number. `mar` is both mardi and mars; after a day number it
 * can only be the month (`Lun 09 Mar`), unless a day number follows it (`9 mar 10`), where
 * it would start the next day and is left alone; a clock time is no day number (`1 mar 21h45`).
 */
function monthAfterDay(toks: Token[], j: number): number | undefined {
  const mt = toks[j];
  if (mt === undefined || mt.kind !== 'word') return undefined;
  const month = monthFromWord(mt.text) ?? romanMonthAt(toks, j) ?? spreadsheetMonthAt(toks, j);
  if (month !== undefined) return month;
  // A clock time after it (`Ven 1 mar 21h45`, a cinema's notice) starts no day: the month.
  if (mt.text === 'mar' && (toks[j + 1]?.kind !== 'num' || timeAt(toks, j + 1))) return 3;
  return undefined;
}

// The weekday letters of a timetable (`L 22/09`, `J 15/01`, `Ve 9/01`): `M` is mardi or mercredi.
const WEEKDAY_LETTERS: ReadonlyMap<string, number | 'mardi-or-mercredi'> = new Map<string, number | 'mardi-or-mercredi'>([
  ['l', 1], ['lu', 1], ['m', 'mardi-or-mercredi'], ['ma', 2], ['me', 3], ['j', 4], ['je', 4],
  ['v', 5], ['ve', 5], ['s', 6], ['sa', 6], ['d', 7], ['di', 7],
]);

/**
 * A weekday written as a timetable's letter, in a dates cell only and only right before a
 * day number (`L 22/09`, `Me 3 mars`): anywhere else one or two letters are something else.
 */
function weekdayLetter(toks: Token[], i: number): number | 'mardi-or-mercredi' | undefined {
  const letter = toks[i];
  // `L. 22/09` as well; `S1` (a semester, a week) is glued, so never a weekday.
  const next = isPunct(toks[i + 1], '.') && adjacent(letter, toks[i + 1]) ? toks[i + 2] : toks[i + 1];
  if (letter === undefined || next?.kind !== 'num' || adjacent(letter, next)) return undefined;
  return WEEKDAY_LETTERS.get(letter.text);
}

/**
 * `26-janv`, `09-févr.`, `26/janv/24`: a spreadsheet's day and month glued by a dash, a
 * slash or a dot; the index of the month word when `j` is such a mark, else `j`.
 */
function gluedMonthAt(toks: Token[], j: number): number {
  const mark = toks[j];
  if (!isPunct(mark, '-/.') || !adjacent(toks[j - 1], mark) || !adjacent(mark, toks[j + 1])) return j;
  if (romanMonthAt(toks, j + 1) !== undefined || spreadsheetMonthAt(toks, j + 1) !== undefined) return j + 1;
  return monthFromWord(toks[j + 1]?.text ?? '') === undefined ? j : j + 1;
}

/**
 * The month a spreadsheet's `d-mmm` writes at `j` (`9-Mar`, `02-Feb`, `06-Apr`): an English
 * three-letter abbreviation glued by a hyphen after a day number, the cell's end, a mark or a
 * year after it. `mar` there is March, unless a day number follows (`Lun 9-Mar 10 juin`:
 * Monday 9, Tuesday 10): a weekday comes before its day.
 */
function spreadsheetMonthAt(toks: Token[], j: number): number | undefined {
  const word = toks[j];
  const mark = toks[j - 1];
  const after = toks[j + 1];
  if (word?.kind !== 'word' || !isPunct(mark, '-') || toks[j - 2]?.kind !== 'num' || !adjacent(toks[j - 2], mark) || !adjacent(mark, word)) return undefined;
  if (after !== undefined && adjacent(word, after) && after.kind !== 'punct') return undefined;
  // `Lun 9-Mar 10 juin`: a day number after it makes `mar` the next day's weekday.
  if (after?.kind === 'num' && after.text.length <= 2 && !adjacent(word, after)) return undefined;
  return spreadsheetMonthFromWord(word.text);
}

// Words (folded) that name a part of a text, whose numbers Roman numerals write: `Partie 4.II.2024` is no day.
const PART_WORDS = new Set(['partie', 'part', 'section', 'sect', 'tome', 't', 'lecon', 'chapitre', 'chap', 'ch', 'ps', 'psaume', 'vol', 'volume', 'livre', 'article', 'art', 'paragraphe', 'annexe', 'figure', 'fig', 'tableau', 'question', 'exercice', 'ex', 'numero', 'no', 'n']);

// The months in Roman numerals (folded), as a Swiss or an older French hand dates: `4.XII.2024`.
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * The month a Roman numeral names at `j` (`4.XII.2024`, `15.I.2025`): glued between a day
 * and a year by the same mark, and only so, as `II` alone is a part's number, `I` a word.
 */
function romanMonthAt(toks: Token[], j: number): number | undefined {
  const numeral = toks[j];
  const mark = toks[j - 1];
  const after = toks[j + 1];
  if (numeral?.kind !== 'word' || mark?.kind !== 'punct' || toks[j - 2]?.kind !== 'num') return undefined;
  const index = ROMAN_MONTHS.indexOf(numeral.text);
  // `Partie 4.II.2024`, `Tome 3.II.1998`, `Vol. 3.II.2025`: a part's number after the word that names the part.
  const named = toks[j - 3]?.kind === 'punct' && toks[j - 3]!.text === '.' ? toks[j - 4] : toks[j - 3];
  if (named?.kind === 'word' && PART_WORDS.has(named.text)) return undefined;
  if (index < 0 || !adjacent(mark, numeral) || !isPunct(after, mark.text) || !adjacent(numeral, after) || !isYearToken(toks[j + 2]) || !adjacent(after, toks[j + 2])) return undefined;
  return index + 1;
}

/**
 * `June 25`, `June 25th, 2024`: English writes the month first. So do some French
 * calendars, translated or from Canada (`Décembre 7`, `Octobre 25 - Nov 3 2024`, `Nov. 3`):
 * a French month word, then a day number that is a day of a month (`mai 68` is not).
 */
function monthFirstAt(toks: Token[], j: number): { part: Part; next: number } | undefined {
  const mt = toks[j];
  const english = mt?.kind === 'word' ? englishMonthFromWord(mt.text) : undefined;
  // `Jul 2, 2024`, `Oct. 27th, 2021`, `Mar 5, 2024`: an English abbreviation (a spreadsheet's
  // three letters), read before its day only as English writes the whole date, the year after
  // a comma (checked below): `mar 5` alone stays mardi 5.
  const abbreviated = english === undefined && mt?.kind === 'word' ? spreadsheetMonthFromWord(mt.text) : undefined;
  const french = english === undefined && mt?.kind === 'word' ? monthFromWord(mt.text) : undefined;
  const month = english ?? french ?? abbreviated;
  // `Nov. 3`: the abbreviation's dot, glued to the month.
  const dotted = english === undefined && isPunct(toks[j + 1], '.') && adjacent(mt, toks[j + 1]) ? 1 : 0;
  const d = toks[j + 1 + dotted];
  if (month === undefined || d === undefined || d.kind !== 'num' || d.text.length > 2) return undefined;
  if (english === undefined && (Number(d.text) < 1 || Number(d.text) > 31)) return undefined;
  let next = j + 2 + dotted;
  const glued = toks[next];
  // `25th`; other letters or digits glued on (`25h`, `25:00`) are not a day, a mark is (`June 25:`).
  if (adjacent(d, glued) && glued !== undefined) {
    if (glued.kind === 'word' && (ENGLISH_ORDINALS.has(glued.text) || (english === undefined && glued.text === 'er'))) next++;
    else if (glued.kind !== 'punct' || ('.:'.includes(glued.text) && adjacent(glued, toks[next + 1]) && toks[next + 1]?.kind === 'num')) return undefined;
  }
  // An English abbreviation no French month spells (`Jul`, `Aug`) holds only before its day, a comma and the year.
  if (french === undefined && abbreviated !== undefined && !(isPunct(toks[next], ',') && isYearToken(toks[next + 1]))) return undefined;
  const part: Part = { day: Number(d.text), month, first: j, last: next - 1 };
  const comma = isPunct(toks[next], ',') ? 1 : 0;
  const yt = toks[next + comma];
  const afterYear = toks[next + comma + 1];
  // A year may end a sentence or open a title (`Nov 3 2024: World Cup`); glued to anything else it is a code.
  const endsYear = !adjacent(yt, afterYear) || (isPunct(afterYear, '.,;:)!?') && !(toks[next + comma + 2]?.kind === 'num' && adjacent(afterYear, toks[next + comma + 2])));
  if (isYearToken(yt) && endsYear) {
    part.year = Number(yt!.text);
    part.last = next + comma;
    next += comma + 1;
  }
  return { part, next };
}

/**
 * `les mardis 7, 14 et 21 mars`: a weekday named in the plural before the days it falls on.
 * Only a full name takes the `s` (`mars` is a month, not `mar` for mardi).
 */
export function pluralWeekday(word: string): number | undefined {
  if (!word.endsWith('s')) return undefined;
  const singular = word.slice(0, -1);
  return WEEKDAY_NAMES.includes(singular) ? weekdayFromWord(singular) : undefined;
}

/** One day: `[weekday] day[er] [month[.] [year]]`, `[weekday] Month day[th]` in English, or a numeric date. */
function partAt(toks: Token[], i: number, mode: Mode): { part: Part; next: number } | undefined {
  let j = i;
  let weekday: number | undefined;
  const w = toks[j];
  // `Mar 5, 2024`: English's March before its day, a comma and its year (monthFirstAt asks
  // for them), which mardi never is.
  if (w !== undefined && w.kind === 'word' && (weekdayFromWord(w.text) === undefined || w.text === 'mar')) {
    const english = monthFirstAt(toks, j);
    if (english !== undefined) return english;
  }
  if (w !== undefined && w.kind === 'word') {
    const letter = !inHeading(mode) ? weekdayLetter(toks, j) : undefined;
    weekday = weekdayFromWord(w.text) ?? pluralWeekday(w.text) ?? (letter === 'mardi-or-mercredi' ? undefined : letter);
    if (weekday === undefined && letter === undefined) return undefined;
    j++;
    if (isPunct(toks[j], '.,') ) j++;
    // `Mardi le 24 mai`.
    if (isWord(toks[j], 'le') && toks[j + 1]?.kind === 'num') j++;
    // `vendredi matin 13 janvier 2023`: the part of the day between the weekday and its number.
    else if (isWord(toks[j], 'matin', 'soir', 'midi') && toks[j + 1]?.kind === 'num') j++;
    else if (isWord(toks[j], 'apres') && isPunct(toks[j + 1], '-') && isWord(toks[j + 2], 'midi') && toks[j + 3]?.kind === 'num') j += 3;
  }
  const english = monthFirstAt(toks, j);
  if (english !== undefined) {
    if (weekday !== undefined) english.part.weekday = weekday;
    english.part.first = i;
    return english;
  }
  const numeric = yearFirstDateAt(toks, j, mode) ?? compactDateAt(toks, j, mode) ?? numericDateAt(toks, j, mode, weekday !== undefined);
  if (numeric !== undefined) {
    if (weekday !== undefined) numeric.part.weekday = weekday;
    numeric.part.first = i;
    return numeric;
  }
  const dayNum = dayNumberAt(toks, j);
  if (dayNum === undefined) return undefined;
  const part: Part = { day: dayNum.day, first: i, last: dayNum.next - 1 };
  if (weekday !== undefined) part.weekday = weekday;
  j = gluedMonthAt(toks, dayNum.next);
  const glue = j === dayNum.next ? undefined : toks[j - 1]?.text;
  const mt = toks[j];
  const month = monthAfterDay(toks, j);
  if (month === undefined) return { part, next: j };
  part.month = month;
  part.last = j;
  j++;
  // `sept.`: the abbreviation's dot belongs to the month.
  if (isPunct(toks[j], '.') && adjacent(mt, toks[j])) {
    part.last = j;
    j++;
  }
  // `26-janv-24`: the year glued on by the same mark.
  if (glue !== undefined && isPunct(toks[j], glue) && adjacent(toks[j - 1], toks[j]) && adjacent(toks[j], toks[j + 1]) && toks[j + 1]?.kind === 'num') j++;
  const yt = toks[j];
  // A year may end a sentence or a bracket (`le 29 novembre 2024.`); glued to anything else it is a code.
  const after = toks[j + 1];
  // `31 janvier 2024-3 février 2024`: a dash glued on, then the day that ends a run, is the run's.
  const runOn = isPunct(after, '-\u2013') && toks[j + 2]?.kind === 'num' && toks[j + 2]!.text.length <= 2 && isMonthWord(toks[j + 3]);
  const endsYear = !adjacent(yt, after) || runOn || (isPunct(after, '.,;:)!?') && !(toks[j + 2]?.kind === 'num' && adjacent(after, toks[j + 2])));
  if (isYearToken(yt) && yt !== undefined && endsYear) {
    part.year = Number(yt.text);
    part.last = j;
    j++;
  } else if (weekday === undefined && isPunct(yt, ',') && isYearToken(toks[j + 1]) && closesTheYear(toks, j + 2)) {
    // `9 et 10 Juillet, 2024 - Essaouira`: the year set apart by a comma, as in English,
    // then nothing, or a mark before a word (a number after it, `2023-2024`, is a span).
    // Not after a weekday: `Samedi 19 avril, 1930 - ouverture des portes` writes a time.
    part.year = Number(toks[j + 1]!.text);
    part.last = j + 1;
    j += 2;
  } else if (
    !inHeading(mode) && yt !== undefined && yt.kind === 'num' && yt.text.length === 2 &&
    (toks[j + 1] === undefined || toks[j + 1]?.kind === 'punct') && !adjacent(yt, toks[j + 1])
  ) {
    // `6 juin 19` in a cell: a two-digit year, widened.
    part.year = widenYear(yt.text);
    part.last = j;
    j++;
  }
  return { part, next: j };
}

/** The connector at `i` and the index after it, if any. */
function connectorAt(toks: Token[], i: number): { kind: Connector; next: number } | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  let res: { kind: Connector; next: number } | undefined;
  const arrow = rangeArrowAt(toks, i);
  if (arrow !== undefined) res = { kind: 'range', next: arrow };
  else if (t.kind === 'punct') {
    if (t.text === '-') res = { kind: 'range', next: i + 1 };
    // `02. – 03.06.2026`: a day number written with its ordinal dot, as Swiss and German pages
    // write days, then the range's dash.
    else if (t.text === '.' && isPunct(toks[i + 1], '-') && toks[i - 1]?.kind === 'num') res = { kind: 'range', next: i + 2 };
    else if (t.text === '&' || t.text === '/' || t.text === '+') res = { kind: 'set', next: i + 1 };
    // `14 et 28 janvier ; 11 et 25 février`: a semicolon parts the days of one month from
    // the next month's, as a comma parts days.
    else if (t.text === ',' || t.text === ';') res = { kind: 'list', next: i + 1 };
  } else if (t.kind === 'word') {
    // `to` as in `From 25/12/2017 to 05/01/2018`: a French programme's English cells.
    if (t.text === 'au' || t.text === 'a' || t.text === 'to') res = { kind: 'range', next: i + 1 };
    else if (t.text === 'jusqu' && isPunct(toks[i + 1], "'") && isWord(toks[i + 2], 'au')) res = { kind: 'range', next: i + 3 };
    else if (t.text === 'et') res = { kind: 'set', next: i + 1 };
    else if (t.text === 'ou') res = { kind: 'alternatives', next: i + 1 };
  }
  // `16 et le 17 mai`, `du 11 au le`... only the article after a connector; and `du` after
  // a set's mark (`semaine du 27/05 et du 03/06`).
  if (res !== undefined && isWord(toks[res.next], 'le')) res.next++;
  else if (res !== undefined && res.kind !== 'range' && isWord(toks[res.next], 'du')) res.next++;
  return res;
}

type SequenceResult =
  | { ok: true; expression: DateExpression; first: number; last: number }
  | { ok: false; consumed: number };

/**
 * Two weekdays joined before two days (`jeudi-vendredi 18-19 mars`, `samedi et dimanche 5
 * et 6 octobre`): each weekday goes with the day in its place. Undefined unless the days
 * after the pair are exactly two and write no weekday of their own.
 */
function weekdayPairAt(toks: Token[], i: number, text: string, mode: Mode): SequenceResult | undefined {
  const first = toks[i]?.kind === 'word' ? weekdayFromWord(toks[i]!.text) : undefined;
  if (first === undefined) return undefined;
  const joined = connectorAt(toks, i + 1);
  const second = joined && toks[joined.next]?.kind === 'word' ? weekdayFromWord(toks[joined.next]!.text) : undefined;
  if (joined === undefined || second === undefined || joined.kind === 'alternatives' || toks[joined.next + 1]?.kind !== 'num') return undefined;
  const days = sequenceAt(toks, joined.next + 1, text, mode);
  if (!days.ok || days.expression.mentions.length !== 2 || days.expression.mentions.some((m) => m.weekday !== undefined)) return undefined;
  const [a, b] = days.expression.mentions as [DayMention, DayMention];
  return { ...days, expression: { ...days.expression, mentions: [{ ...a, weekday: first }, { ...b, weekday: second }] }, first: i };
}

/** Whether part `b` is the day right after part `a` (both with their months known): `6` after `5 avril`, `1er décembre` after `30 novembre`. */
function nextDay(a: Part, b: Part): boolean {
  if (a.month === undefined || b.month === undefined) return false;
  // Without a year, counted in one that is not leap.
  const after = addDays({ year: a.year ?? 2001, month: a.month, day: a.day }, 1);
  return after.month === b.month && after.day === b.day;
}

// The words that may open a start written in brackets (`(à partir de 9h00)`, `(dès 9h)`), and an end (`(jusqu'à 17h)`), as folded tokens.
export const START_WORDS = [['a', 'partir', 'de'], ['des']];
export const END_WORDS = [['jusqu', "'", 'a']];

/** The index after a bracket at `k` that holds only a clock time, led or not by one of `leads` (`(9h)`, `(à partir de 9h00)`); else undefined. */
export function bracketedClockEnd(toks: Token[], k: number, leads: string[][]): number | undefined {
  if (!isPunct(toks[k], '(')) return undefined;
  let at = k + 1;
  const lead = leads.find((words) => words.every((word, n) => toks[at + n]?.text === word));
  if (lead !== undefined) at += lead.length;
  if (!timeAt(toks, at)) return undefined;
  let close = at + 1;
  while (close < toks.length && close - at <= 4 && !isPunct(toks[close], ')')) {
    if (toks[close]!.kind === 'word' && !isWord(toks[close], 'h')) return undefined;
    close++;
  }
  return isPunct(toks[close], ')') ? close + 1 : undefined;
}

/** Reads `part (connector part)*` from `i`, stopping before a connector not followed by a day. */
function sequenceAt(toks: Token[], i: number, text: string, mode: Mode): SequenceResult {
  // `§8/9/10`, `#12`: a number glued after a section or number sign is that section's, no day.
  const sign = toks[i - 1];
  if (toks[i]?.kind === 'num' && isPunct(sign, '§#') && sign!.end === toks[i]!.start) return { ok: false, consumed: i + 1 };
  const paired = weekdayPairAt(toks, i, text, mode);
  if (paired) return paired;
  const first = partAt(toks, i, mode);
  if (first === undefined) return { ok: false, consumed: i + 1 };
  const parts: Part[] = [first.part];
  const kinds: Connector[] = [];
  let j = first.next;
  // The closing bracket of a run's end written as a remark (`18 janvier (jusqu'au 8 mars)`).
  let closing: number | undefined;
  for (;;) {
    // `18 janvier (jusqu'au 8 mars)`: the end of a run its start is given first, the end in brackets.
    if (parts.length === 1 && isPunct(toks[j], '(') && isWord(toks[j + 1], 'jusqu') && isPunct(toks[j + 2], "'") && isWord(toks[j + 3], 'au')) {
      const end = partAt(toks, j + 4, mode);
      if (end && isPunct(toks[end.next], ')')) {
        parts.push(end.part);
        kinds.push('range');
        closing = end.next;
        j = end.next + 1;
      }
      break;
    }
    // `du mercredi 25 juin (à partir de 9h00) au jeudi 26 juin 2025`: the first day's start in
    // brackets, then the run goes on to its end.
    // Only when the run's end names its month or its weekday (`au jeudi 26 juin`, `au 27 juin`):
    // `(à partir de 14h) au 18 rue de la Paix`, `(18h30) au 1er étage` say where, not until when.
    const pastStart = parts.length === 1 ? bracketedClockEnd(toks, j, START_WORDS) : undefined;
    const end = pastStart !== undefined && isWord(toks[pastStart], 'au') ? partAt(toks, pastStart + 1, mode) : undefined;
    if (end !== undefined && (end.part.month !== undefined || end.part.weekday !== undefined)) j = pastStart!;
    const c = connectorAt(toks, j);
    if (c === undefined) break;
    // `2 juillet 2024, 14 - 16h`: after a comma, a bare hour that starts a range of hours is no day.
    if (c.kind === 'list' && bareStartOfRange(toks, c.next)) break;
    const p = partAt(toks, c.next, mode);
    if (p === undefined) break;
    parts.push(p.part);
    kinds.push(c.kind);
    j = p.next;
  }
  // `23 au 27 février 2026 — 6 étapes`, `12 mars 2026 - 3 ateliers`: a number after a full
  // date, no month after it, is the title's count, not one more day.
  // Only after a dash, a comma or a slash, and before the words it counts (`12 avril 2025, 3
  // ateliers`): `et 4` joins one more day (`3 mai 2025 et 4`), a weekday names one (`et
  // dimanche 6`), and `26 avril 2025 - 10` or `10 mai 2025, 11 : fête` may be days.
  while (
    parts.length > 1 &&
    parts.at(-1)!.month === undefined &&
    parts.at(-1)!.weekday === undefined &&
    parts.at(-2)!.month !== undefined &&
    parts.at(-2)!.year !== undefined &&
    isPunct(toks[parts.at(-2)!.last + 1], '-\u2013\u2014,/') &&
    toks[parts.at(-1)!.last + 1]?.kind === 'word'
  ) {
    parts.pop();
    kinds.pop();
  }
  const consumed = j;
  const fail: SequenceResult = { ok: false, consumed: Math.max(consumed, i + 1) };

  // One kind per expression; a comma goes with `et`/`&` (a set) or `ou` (alternatives).
  const kindSet = new Set(kinds.filter((k) => k !== 'list'));
  // `5-6-7 avril 2013`, `29-30 novembre et 1er décembre 2013`: days a dash joins one after
  // the other, listed as a set is (checked below, once their months are known).
  const dashedDays = kindSet.has('range') && (parts.length > 2 || kindSet.size > 1) && kinds.every((k, n) => k !== 'range' || isPunct(toks[parts[n]!.last + 1], '-'));
  if (kindSet.size > 1 && !(dashedDays && kindSet.size === 2 && kindSet.has('set'))) return fail;
  let kind: DateExpression['kind'] = 'single';
  if (parts.length > 1) kind = dashedDays ? 'set' : ([...kindSet][0] ?? 'set');
  if (kind === 'range' && parts.length !== 2) return fail;

  // `8/04 - 15/04 - 22/04`, `8 avril - 15 avril - 22 avril`: three days or more a dash
  // joins, each with its own month, are listed, as `5-6-7 avril`'s are, a week or more apart.
  const dashedList = dashedDays && parts.length > 2 && kinds.every((k) => k === 'range') && parts.every((p) => p.month !== undefined);
  // `lundi 23 mai au vendredi 27`: a run whose end leaves its month unwritten ends in the
  // month it starts in, a few days on; only after `au`, and not before a unit of time
  // (`du 3 mai au 20 heures`).
  // An ISO day then an en dash and a day (`2018-07-28–31`): a run written as `28–31 juillet
  // 2018` is, the year and month once; never a hyphen, which the ISO date is made of.
  const [from, to] = parts;
  const dash = from === undefined ? undefined : toks[from.last + 1];
  const isoRun = from !== undefined && toks[from.first]?.text.length === 4 && isPunct(dash, '-') && text.slice(dash!.from, dash!.to) === '\u2013';
  if (kind === 'range' && from && to && parts.length === 2 && from.month !== undefined && to.month === undefined && (isWord(toks[from.last + 1], 'au', 'a') || isoRun)) {
    if (to.day > from.day && to.day - from.day < RUN_ACROSS_MONTHS && !isWord(toks[to.last + 1], 'h', 'heure', 'heures', 'min', 'minutes')) {
      to.month = from.month;
      if (from.year !== undefined) to.year = from.year;
    }
  }
  // A month or year written once applies to the days before it (`11 au 15 février 2019`).
  let month: number | undefined;
  let carry: { year: number; month: number } | undefined;
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (p === undefined) continue;
    if (p.month === undefined) {
      p.month = month;
      // `Semaine du 30 au 5 février`: a run whose first day is past its last, the month
      // written once, starts in the month before, a few days back (`15 au 11 février` is no
      // such run, and stays reversed); with `au` only, as `22-2 mars` among Saturdays is a
      // slip of the dash.
      if (kind === 'range' && k === 0 && p.month !== undefined && isWord(toks[p.last + 1], 'au', 'a')) {
        const before = p.month === 1 ? 12 : p.month - 1;
        if (runsFromMonthBefore(p.day, parts[1]!.day, before)) p.month = before;
      }
    } else month = p.month;
    if (p.month === undefined) return fail;
    if (p.year !== undefined) carry = { year: p.year, month: p.month };
    else if (carry !== undefined) {
      // `30 décembre au 3 janvier 2020`: the earlier month belongs to the year before.
      p.year = p.month > carry.month ? carry.year - 1 : carry.year;
      carry = { year: p.year, month: p.month };
    }
  }
  // A dash between two days that do not follow each other (`10-12 et 15 mars`) is a range, not a listed day.
  if (dashedDays && !dashedList && kinds.some((k, n) => k === 'range' && !nextDay(parts[n]!, parts[n + 1]!))) return fail;
  const mentions: DayMention[] = parts.map((p) => {
    const from = toks[p.first]?.from ?? 0;
    const to = toks[p.last]?.to ?? from;
    const m: DayMention = { day: p.day, month: p.month ?? 0, text: text.slice(from, to) };
    if (p.year !== undefined) m.year = p.year;
    if (p.weekday !== undefined) m.weekday = p.weekday;
    return m;
  });
  const lastPart = parts[parts.length - 1];
  return { ok: true, expression: { kind, mentions }, first: i, last: closing ?? lastPart?.last ?? i };
}

// The most days a run across the end of a month may take when its first month is left unwritten.
const RUN_ACROSS_MONTHS = 12;

// A common year, for the days every year's month has: `du 31 au 2 juillet` has no 31 June
// to start on, and `du 29 au 1er mars` may have no 29 February.
const COMMON_YEAR = 2023;

/**
 * Whether `first au last` (first past last) reads as the end of the month `before` to the
 * start of the next, a short run, on a day that month has every year.
 */
function runsFromMonthBefore(first: number, last: number, before: number): boolean {
  const days = daysInMonth(COMMON_YEAR, before);
  return first > last && first >= 20 && first <= days && days - first + last + 1 <= RUN_ACROSS_MONTHS;
}

/**
 * The date expression that starts exactly at token `i` (heading rules: numeric dates only
 * when plausible), with the indexes of its first and last tokens; for grammars built on
 * this one, such as dated lines. `dottedDays`: a bare dotted pair (`31.1`) is a day, as on a
 * page whose headings write their days so.
 */
export function dateExpressionAt(
  toks: Token[],
  i: number,
  text: string,
  dottedDays = false,
): { expression: DateExpression; first: number; last: number } | undefined {
  const res = sequenceAt(toks, i, text, dottedDays ? 'dotted heading' : 'heading');
  return res.ok ? { expression: res.expression, first: res.first, last: res.last } : undefined;
}

/**
 * The token after a week's number that opens a cell before a bracket or a mark (`S19 (`,
 * `Sem. 3 :`, `Semaine 12 -`): a letter glued to its number, or the word set apart. The
 * bracket's close is trailing noise. Undefined when the cell does not open so.
 */
function afterWeekCode(toks: Token[], lo: number): number | undefined {
  const word = toks[lo];
  const dotted = isPunct(toks[lo + 1], '.') ? 1 : 0;
  const number = toks[lo + 1 + dotted];
  if (word?.kind !== 'word' || number?.kind !== 'num' || number.text.length > 2) return undefined;
  const glued = (word.text === 's' || word.text === 'w') && word.end === number.start;
  if (!glued && !isWord(word, 'sem', 'semaine', 'week')) return undefined;
  return isPunct(toks[lo + 2 + dotted], '(:-\u2013\u2014') ? lo + 3 + dotted : undefined;
}

/** Words and marks that may precede a date in a cell: `Date :`, `le`, `les`, `du`. */
function isLeadingNoise(t: Token): boolean {
  // `✅ 24 juin 2026`, `⏳ 27 juin`: a planning's status mark before the day.
  if (t.kind === 'punct') return '|:*'.includes(t.text) || PICTOGRAPH.test(t.text);
  // `From Monday 25/12/2017 to Friday 05/01/2018`: an English cell's `from`, as `du`.
  return ['date', 'dates', 'le', 'les', 'du', 'des', 'from'].includes(t.text);
}

// An emoji (a pictograph, its variation selector, a joiner), as the tokenizer keeps it: one punct token.
const PICTOGRAPH = /^[\p{Extended_Pictographic}\ufe0f\u200d]+$/u;

/**
 * What a remark says when it marks a date as not settled, folded, without punctuation and
 * without a leading `date`: `(à confirmer)`, `(date à préciser)`, `(sous réserve)`, `TBC`.
 * A remark about something else (`(horaires à confirmer)`) is not one.
 */
const UNSETTLED_PHRASES = new Set([
  'a confirmer', 'a preciser', 'a definir', 'a determiner', 'a fixer', 'a valider',
  'sous reserve', 'sous reserve de confirmation', 'tbc', 'tbd', 'to be confirmed',
  'provisoire', 'previsionnelle', 'previsionnel', 'non confirme', 'non confirmee', 'pas encore confirme',
  'pas encore confirmee', 'pas encore fixe', 'pas encore fixee', 'en attente de confirmation',
]);

/** Whether a folded remark, alone, says that what it follows is not settled (`a confirmer`, `sous reserve`, `tbc`). */
export function isUnsettledRemark(folded: string): boolean {
  return UNSETTLED_PHRASES.has(folded);
}

/** Words a marker may open with that only say what is unsettled: `date à confirmer`, `jour à préciser`. */
const MARKER_LEAD = new Set(['date', 'dates', 'jour', 'le', 'la']);

/** Whether tokens `from..to` (inclusive) say only that the date is not settled (`à confirmer`, `?`). */
function isUnsettledPhrase(toks: Token[], from: number, to: number): boolean {
  const words: string[] = [];
  let question = false;
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    if (t === undefined) continue;
    if (t.kind === 'punct') question ||= t.text === '?';
    else words.push(t.text);
  }
  while (words.length > 0 && MARKER_LEAD.has(words[0]!)) words.shift();
  if (words.length === 0) return question;
  return UNSETTLED_PHRASES.has(words.join(' '));
}

/** Trailing noise found after a date: where the date's tokens end, and the first token of an unsettled mark. */
interface TrailingNoise {
  /** Index of the last token that is not noise. */
  hi: number;
  /** The first and last tokens of a mark that says the date is not settled (`(à confirmer)`, `?`, `TBC`). */
  unsettled?: { from: number; to: number };
}

/** Finds the trailing noise (`|`, `TBC`, `(à confirmer)`, `?`), and whether it marks the date as not settled. */
function trimTrailingNoise(toks: Token[], lo: number): TrailingNoise {
  let hi = toks.length - 1;
  let unsettled: { from: number; to: number } | undefined;
  const marked = (from: number): void => {
    // A second mark (`21 mai ? (à confirmer)`) widens the first.
    unsettled = { from, to: unsettled?.to ?? hi };
    hi = from - 1;
    // `date à confirmer`, `jour à préciser`: the word naming the date belongs to the mark.
    while (hi >= lo && isWord(toks[hi], 'date', 'jour')) unsettled.from = hi--;
  };
  while (hi >= lo) {
    const t = toks[hi];
    if (t === undefined) break;
    if (isPunct(t, '?')) {
      marked(hi);
    } else if (unsettled !== undefined && unsettled.from === hi + 1 && isPunct(t, '-:,;')) {
      // `21 mai - à confirmer`, `21 mai, date à préciser`: the separator leads the mark.
      unsettled.from = hi--;
    } else if (t.kind === 'punct' && '|.!*;,'.includes(t.text)) {
      hi--;
    } else if (isWord(t, 'tbc', 'tbd', 'provisoire')) {
      marked(hi);
    } else if (isWord(t, 'confirmer', 'definir', 'preciser', 'determiner', 'fixer', 'valider') && isWord(toks[hi - 1], 'a')) {
      marked(hi - 1);
    } else if (isWord(t, 'reserve') && isWord(toks[hi - 1], 'sous')) {
      marked(hi - 1);
    } else if (isWord(t, 'matin', 'soir', 'soiree', 'journee', 'am', 'pm')) {
      // `07/10 matin`, `7 octobre - soir`: the part of the day, not a date and not hours.
      hi--;
      if (isWord(toks[hi], 'la', 'le')) hi--;
      if (isWord(toks[hi], 'toute')) hi--;
      if (isPunct(toks[hi], '-')) hi--;
    } else if (isWord(t, 'midi') && isPunct(toks[hi - 1], '-') && isWord(toks[hi - 2], 'apres')) {
      hi -= 3;
      if (isPunct(toks[hi], '-')) hi--;
    } else if (isPunct(t, ')')) {
      // A parenthesis at the end is a remark, whatever it says; it may say the date is not settled.
      let k = hi - 1;
      while (k >= lo && !isPunct(toks[k], '(')) k--;
      if (k < lo) break;
      if (isUnsettledPhrase(toks, k + 1, hi - 1)) marked(k);
      else hi = k - 1;
    } else {
      break;
    }
  }
  return unsettled === undefined ? { hi } : { hi, unsettled };
}

// How many tokens a bracketed remark after a date may hold (`(date à confirmer)`, `(sous réserve de confirmation)`).
const REMARK_TOKENS = 8;

/**
 * A bracketed remark right after a date on a line (`Vendredi 1er avril 2016 (à confirmer)`,
 * `12 mars (date à préciser) : atelier`) that says the date is not settled, as a dates cell
 * closes with one (trimTrailingNoise): the mark, and the token after its closing bracket.
 */
export function unsettledBracketAt(toks: Token[], at: number, text: string): { mark: UnsettledMark; next: number } | undefined {
  if (!isPunct(toks[at], '(')) return undefined;
  let close = at + 1;
  while (close < toks.length && close - at <= REMARK_TOKENS && !isPunct(toks[close], ')')) close++;
  if (!isPunct(toks[close], ')') || close === at + 1 || !isUnsettledPhrase(toks, at + 1, close - 1)) return undefined;
  return { mark: unsettledMark(toks, text, { from: at, to: close }), next: close + 1 };
}

/** The mark as written (`(à confirmer)`) and the cell without it (`Jeudi 21 mai`), for the message and its fix. */
function unsettledMark(toks: Token[], text: string, span: { from: number; to: number }): UnsettledMark {
  let first = span.from;
  while (first < span.to && isPunct(toks[first], '-:,;')) first++;
  const before = toks[span.from - 1]?.to ?? 0;
  const after = toks[span.to]?.to ?? text.length;
  return {
    text: text.slice(toks[first]?.from ?? before, after),
    settled: `${text.slice(0, before)}${text.slice(after)}`.replace(/\s+/g, ' ').trim(),
  };
}

/**
 * A month alone (`Mai`, `mi-mai`, `courant mai 2026`): with a mark that the day is not set
 * (`Mai (date à définir)`), the cell says "no date yet", like `À définir`.
 */
function isMonthOnly(toks: Token[], lo: number, hi: number): boolean {
  let k = lo;
  // `? Octobre 2025`, `?? novembre`: question marks in the day's place, the day not set yet.
  while (isPunct(toks[k], '?') && k < hi) k++;
  if (isWord(toks[k], 'debut', 'fin', 'mi', 'courant', 'en')) k++;
  // `End of April 2018`, `early May`, `mid-June`: an English cell's month alone.
  else if (isWord(toks[k], 'end', 'early', 'mid', 'late', 'beginning') && isWord(toks[k + 1], 'of')) k += 2;
  else if (isWord(toks[k], 'early', 'mid', 'late', 'in')) k++;
  if (isPunct(toks[k], '-')) k++;
  if (!isMonthWord(toks[k])) return false;
  k++;
  // `? Octobre/Novembre 2025`, `octobre ou novembre`, `Août–Sept 2026`: one month or the
  // next, no day set yet. Months apart by a dash are a period (`Octobre - Décembre 2025`), not one day to set.
  const first = monthFromWord(toks[k - 1]!.text);
  const second = toks[k + 1] === undefined ? undefined : monthFromWord(toks[k + 1]!.text);
  const next = first !== undefined && second === (first % 12) + 1;
  if (second !== undefined && (isPunct(toks[k], '/') || isWord(toks[k], 'ou') || (isPunct(toks[k], '-') && next))) k += 2;
  if (isYearToken(toks[k])) k++;
  return k === hi + 1;
}

/**
 * Whether the cell names a season and no day: a school year (`2026-27`, `2024-2025`,
 * `2024/2025`) or a year named as one (`Saison 2026-27`, `année 2025`), as a club dates its
 * budget or its rules. A reader sees no day there, not a date written wrong. A year alone
 * (`2019`) stays unreadable: in a dates cell it is more likely a date cut short.
 */
function isSeasonOnly(toks: Token[], lo: number, hi: number): boolean {
  let k = lo;
  let named = false;
  while (isWord(toks[k], 'saison', 'annee', 'scolaire', 'universitaire', 'season', 'year', 'academic')) {
    k++;
    named = true;
  }
  const first = toks[k];
  if (!isYearToken(first)) return false;
  k++;
  const second = toks[k + 1];
  if (isPunct(toks[k], '-/') && second?.kind === 'num' && (second.text.length === 2 || second.text.length === 4)) {
    // The next year, in two digits or four: `2026-27`, `2024/2025`.
    if (Number(second.text) % 100 !== (Number(first!.text) + 1) % 100) return false;
    k += 2;
    named = true;
  }
  return named && k === hi + 1;
}

/**
 * Whether a folded cell is a date template left unfilled, or filled in part: `????/??/??`,
 * `xx/xx/xxxx`, `jj/mm/aaaa`, and `2026-06-XX` (an exam in June, its day not set yet).
 */
function isDateTemplate(norm: string): boolean {
  if (norm === 'jj/mm/aaaa' || norm === 'jj/mm/aa' || norm === 'aaaa-mm-jj') return true;
  const parts = norm.split(/[/.-]/);
  const unset = (part: string) => /^[x?]{1,4}$/.test(part);
  if (parts.length >= 2 && parts.length <= 3 && parts.some(unset) && parts.every((part) => unset(part) || /^\d{1,4}$/.test(part))) return true;
  let marks = 0;
  for (const ch of norm) {
    if (ch === '?' || ch === 'x') marks++;
    else if (!'/-. '.includes(ch)) return false;
  }
  return marks > 0;
}

/**
 * Whether a clock time written with a dot and nothing after it starts at token `k` (`16.00`,
 * `20.30`): its minutes are `00` or past 12, so no reader takes it for a day and a month
 * (`16.10` may be 16 October). Dutch, Belgian and Swiss writers type hours so.
 */
export function dottedClockAt(toks: Token[], k: number): boolean {
  const [h, dot, m] = [toks[k], toks[k + 1], toks[k + 2]];
  if (h?.kind !== 'num' || h.text.length > 2 || !isPunct(dot, '.') || !adjacent(h, dot) || m?.kind !== 'num' || m.text.length !== 2 || !adjacent(dot, m)) return false;
  // `16.00.2024` is no time: a third number glued on makes it a date.
  if (isPunct(toks[k + 3], '.') && adjacent(m, toks[k + 3])) return false;
  return isDottedClock(Number(h.text), Number(m.text));
}

/** Whether a dotted pair (`16.00`, `20.30`) is a clock time no reader takes for a day and a month: minutes `00` or past 12. */
export function isDottedClock(hour: number, minute: number): boolean {
  return hour <= 23 && (minute === 0 || (minute > 12 && minute <= 59));
}

/** Whether a clock time starts at token `k`: `14h`, `9 h 30`, `18h30`, `18:30`, `19.30 h`. */
export function timeAt(toks: Token[], k: number): boolean {
  const n = toks[k];
  if (n === undefined || n.kind !== 'num' || n.text.length > 2) return false;
  const next = toks[k + 1];
  if (isWord(next, 'h')) return true;
  // `10am`, `5 pm`: an English site's 12-hour clock (parseFrenchHours reads it, twelve-hour-clock.ts).
  // Not `PM2.5` (a figure glued after the mark) nor `9 AM-PM` (a span of the day).
  if (isWord(next, 'am', 'pm') && Number(n.text) >= 1 && Number(n.text) <= 12) {
    const after = toks[k + 2];
    return !(after?.kind === 'num' && after.start === next!.end) && !(isPunct(after, '-') && isWord(toks[k + 3], 'am', 'pm'));
  }
  // `19.30 h`: minutes after a dot, then the hour's `h` (french-hours.ts reads it so).
  if (isPunct(next, '.') && adjacent(n, next) && toks[k + 2]?.kind === 'num' && toks[k + 2]!.text.length === 2 && adjacent(next, toks[k + 2]) && isWord(toks[k + 3], 'h')) return true;
  return isPunct(next, ':') && adjacent(n, next) && toks[k + 2]?.kind === 'num' && adjacent(next, toks[k + 2]);
}

// The earliest hour a bare start (`8 - 12h`) is taken for: before it, `(1 - 2h)` is a length.
const EARLIEST_BARE_START = 6;

/** Whether an hour without its `h` starts at token `k`, then a dash and a later hour with it (`8 - 12h`, not `1 - 2h`, a length). */
function bareStartOfRange(toks: Token[], k: number): boolean {
  const n = toks[k];
  const end = toks[k + 2];
  // `3 - 4 PM`, `5 to 8 pm`: a 12-hour clock's afternoon, whose start the end's mark sets.
  const marked = isWord(toks[k + 3], 'am', 'pm');
  if (n?.kind !== 'num' || n.text.length > 2 || end?.kind !== 'num' || !(isPunct(toks[k + 1], '-\u2013') || (marked && isWord(toks[k + 1], 'to'))) || !timeAt(toks, k + 2)) return false;
  const start = Number(n.text);
  return start >= (marked ? 1 : EARLIEST_BARE_START) && start < Number(end.text) && Number(end.text) <= (marked ? 12 : 24);
}

/**
 * Where the hours written after a date begin, if they do: `à 18:30`, `, 14h`, ` 14h-16h`,
 * ` (17h30-19h)`, ` de 9h à 12h`, ` ~11:00`. The words that parseFrenchHours reads (`de`, `à partir
 * de`, a bracket) stay in the hours part; the separators before them (`,`, `à`, `-`, `|`)
 * do not. Returns the index of the hours' first token.
 */
function hoursStartAfter(toks: Token[], k: number): number | undefined {
  // `2025-08-28T13:15`: the ISO `T` glued between the date and its time.
  if (isoTimeAt(toks, k)) return k + 1;
  let i = k;
  // At most two separators: `, à 14h`, `\ 12h30 - 15h15`.
  for (let n = 0; n < 2 && (isPunct(toks[i], ',-|@;\\') || isWord(toks[i], 'a')); n++) {
    if (isWord(toks[i], 'a') && isWord(toks[i + 1], 'partir')) break;
    i++;
  }
  if (timeAt(toks, i)) return i;
  // `(8 - 12h)`, `13 - 16h`: the hour's `h` written once, after the end (parseFrenchHours reads it so).
  if (bareStartOfRange(toks, i) || (isPunct(toks[i], '(') && bareStartOfRange(toks, i + 1))) return i;
  // `~11:00`: an approximate start (parseFrenchHours reads it as the start).
  if ((isPunct(toks[i], '(~\u2248') || isWord(toks[i], 'de', 'des')) && timeAt(toks, i + 1)) return i;
  if (isWord(toks[i], 'a') && isWord(toks[i + 1], 'partir') && isWord(toks[i + 2], 'de') && timeAt(toks, i + 3)) return i;
  return undefined;
}

/**
 * Reads a dates cell (`11 au 15 février`, `16 & 17 mai`, `7 ou 14 novembre`, `18/04/2019`,
 * `2024-02-23`, `Lun 09 Mar`). When the date is followed by hours (`Lundi 7 septembre 2026
 * à 18:30`, `3 mars, 14h`), the result's `hours` locates them for parseFrenchHours.
 * `where`: `'dates column'` when the cell is known to hold days (its header says so), where
 * a lone dotted `20.02` is a day; in any other cell it is read only beside another dotted
 * day or after a weekday, since `1.10` or `14.05` alone may be a version or a price.
 */
export function parseFrenchDate(text: string, where: 'dates column' | 'cell' = 'cell'): DateParseResult {
  const norm = trimBars(normaliseText(text));
  if (EMPTY_CELLS.has(norm) || isDateTemplate(norm)) return { ok: false, reason: 'empty', text };
  const toks = tokenize(text);
  let lo = 0;
  while (lo < toks.length) {
    const t = toks[lo];
    // `Semaine du 7 octobre`, `semaine du 7 au 11 octobre`, `Sem. du 7/10`, `Week of 7
    // October`: the week is named by its days, read as written. `semaine 12` names none.
    if (isWord(t, 'semaine', 'sem', 'week') && (isWord(toks[lo + 1], 'du', 'des', 'of') || (isPunct(toks[lo + 1], '.') && isWord(toks[lo + 2], 'du')))) {
      lo += isPunct(toks[lo + 1], '.') ? 3 : 2;
      continue;
    }
    // `S19 (05/05 - 09/05)`, `Semaine 3 : 12/01 - 16/01`: the week's number, then its days.
    const coded = afterWeekCode(toks, lo);
    if (coded !== undefined) {
      // The bracket's close ends the cell: read the cell without it.
      const close = toks[toks.length - 1];
      if (isPunct(toks[coded - 1], '(') && isPunct(close, ')')) return parseFrenchDate(text.slice(0, close!.from), where);
      lo = coded;
      continue;
    }
    if (t === undefined || !isLeadingNoise(t)) break;
    lo++;
  }
  const { hi, unsettled } = trimTrailingNoise(toks, lo);
  if (hi < lo) return { ok: false, reason: 'empty', text };
  // `Mai (date à définir)`, `septembre 2020`, `fin octobre`: the month is known, the day is
  // not set yet. A reader sees a session still to be placed, not a date written wrong.
  if (isMonthOnly(toks, lo, hi) || isSeasonOnly(toks, lo, hi)) return { ok: false, reason: 'empty', text };
  const res = sequenceAt(toks, lo, text, where);
  if (!res.ok) return { ok: false, reason: 'unreadable', text };
  // Hours are looked for before the end is trimmed: `(17h30-19h)` is hours, not a remark.
  const hoursFirst = hoursStartAfter(toks, res.last + 1);
  if (hoursFirst === undefined) {
    // `res.last` may pass `hi` only by the dot of `sept.`, which the noise trimming dropped.
    if (res.last < hi) return { ok: false, reason: 'unreadable', text };
    if (unsettled === undefined) return { ok: true, value: res.expression };
    return { ok: true, value: { ...res.expression, unsettled: unsettledMark(toks, text, unsettled) } };
  }
  // The hours run to the end of the cell, remarks included: parseFrenchHours reads them.
  let hoursLast = toks.length - 1;
  while (hoursLast > hoursFirst && isPunct(toks[hoursLast], '|')) hoursLast--;
  const start = toks[hoursFirst]?.from ?? 0;
  const end = toks[hoursLast]?.to ?? text.length;
  return { ok: true, value: res.expression, hours: { text: text.slice(start, end), start, end } };
}

// Words that count weeks right before their numbers (`Semaines 1-2`), folded; `Semaine du 3` and `Semaine 14-18 octobre` name days.
const WEEK_NUMBER_WORDS = ['semaines', 'weeks'];

/** Where a heading's date is: `Session EIG | 14 mars` -> `14 mars` at offsets 14..21; undefined if none. */

export function extractDateFromHeading(
  text: string,
): { dateText: string; start: number; end: number; expression: DateExpression } | undefined {
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t !== undefined && t.kind === 'num' && isWord(toks[i - 1], ...WEEK_NUMBER_WORDS)) {
      // `Semaines 1-2 Novembre :`: the weeks of a month counted, no day; its run is skipped
      // whole, unless a weekday in it starts the week's days (`Semaine 4 — Lundi 16 au Vendredi 20 Février`).
      const skipped = sequenceAt(toks, i, text, 'heading');
      const end = skipped.ok ? skipped.last + 1 : skipped.consumed;
      i = firstWeekdayWithin(toks, i + 1, end) ?? Math.max(i + 1, end);
    } else if (t !== undefined && (t.kind === 'num' || (t.kind === 'word' && weekdayFromWord(t.text) !== undefined))) {
      const res = sequenceAt(toks, i, text, 'heading');
      // `Séance 6 - Mercredi 4 mars 2026`: a label's number before a dash reads as a run that
      // goes back (6 to 4 March); read again from its weekday, the run is the date.
      if (res.ok) {
        const labelled = t.kind === 'num' && runsBack(res.expression) ? firstWeekdayWithin(toks, i + 1, res.last + 1) : undefined;
        const date = labelled === undefined ? undefined : sequenceAt(toks, labelled, text, 'heading');
        const read = date?.ok ? date : res;
        const start = toks[read.first]?.from ?? 0;
        const end = toks[read.last]?.to ?? start;
        return { dateText: text.slice(start, end), start, end, expression: read.expression };
      }
      // `Semaine 9 - Lundi 23 au Vendredi 27 Mars 2026`, `S9 — Lundi 23 …`: a label's number
      // before a dash joins the date's run and spoils it; the run read again from its first
      // weekday is the date. Once per failed run, so the walk stays linear.
      const weekday = t.kind === 'num' ? firstWeekdayWithin(toks, i + 1, res.consumed) : undefined;
      const again = weekday === undefined ? undefined : sequenceAt(toks, weekday, text, 'heading');
      if (again?.ok) {
        const start = toks[again.first]?.from ?? 0;
        const end = toks[again.last]?.to ?? start;
        return { dateText: text.slice(start, end), start, end, expression: again.expression };
      }
      // Every other start inside a failed run fails the same way, so skipping keeps this linear.
      i = Math.max(res.consumed, again?.consumed ?? 0);
    } else {
      i++;
    }
  }
  return undefined;
}

/** Whether a run's first day, a bare number, comes after its last in the same year (`6 - 4 mars`). */
function runsBack(expression: DateExpression): boolean {
  const [first, last] = expression.mentions;
  if (expression.kind !== 'range' || !first || !last || first.weekday !== undefined || (first.year ?? last.year) !== last.year) return false;
  return first.month * 100 + first.day > last.month * 100 + last.day;
}

/** The index of the first weekday word in toks[from, to), if any. */
function firstWeekdayWithin(toks: Token[], from: number, to: number): number | undefined {
  for (let j = from; j < to && j < toks.length; j++) {
    const t = toks[j];
    if (t?.kind === 'word' && weekdayFromWord(t.text) !== undefined) return j;
  }
  return undefined;
}

/** A day a heading starts with (`Jeudi 5 septembre - Rétrospectif`, `VENDREDI 6`); month and year only when written. */
export interface LeadingDay {
  weekday: number;
  day: number;
  month?: number;
  year?: number;
  /** The words that name the day, as written (`Jeudi 5 septembre`). */
  text: string;
}

/**
 * The day a sub-heading opens with: a weekday, then a day number, then optionally a month
 * and a year. Unlike a section's date, the month may be left to the enclosing section
 * (`#### Vendredi 6` under `### Séminaire | 5 & 6 septembre`), so this reads one part of
 * the grammar rather than a whole expression.
 */
export function leadingDayOfHeading(text: string): LeadingDay | undefined {
  const toks = tokenize(text);
  let i = 0;
  // Leading marks only (`- Jeudi 5`, `> Jeudi 5`): a word before the weekday makes it prose.
  while (i < toks.length && toks[i]?.kind === 'punct') i++;
  const found = partAt(toks, i, 'heading');
  const part = found?.part;
  if (part?.weekday === undefined) return undefined;
  const from = toks[part.first]?.from ?? 0;
  const to = toks[part.last]?.to ?? from;
  return {
    weekday: part.weekday,
    day: part.day,
    ...(part.month !== undefined ? { month: part.month } : {}),
    ...(part.year !== undefined ? { year: part.year } : {}),
    text: text.slice(from, to),
  };
}
