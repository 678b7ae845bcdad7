/*
 * The hours grammar of a programme's hours cell or `**Heures**` line: `9h - 18h30`,
 * `14:00-16:00`, `de 9h à 18h`, `9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors`,
 * `(17h30-19h)`, `20h00 - ...` (an open end), `17:30-18.00` (read, with a warning).
 *
 * It is deliberately conservative. A false `invalid-hour` or `end-before-start` on a
 * correct document is worse than saying nothing, so any shape it does not know (`arriver
 * jeudi entre 10h et 10h30 ... Fin vendredi à 17h`) is `unreadable`, which callers may
 * ignore for free-text section fields, and the hour checks only run on shapes it knows.
 *
 * One pass finds the time tokens, one pass splits segments, and each segment is checked
 * by plain string comparisons: linear on any input, no backtracking regex.
 */
import { readDaySelector } from './day-selector.js';
import { isDottedClock } from './french-dates.js';
import { EARLIEST_BARE_HOUR } from './hours-extent.js';
import { isWordedHour, saidAsClock } from './tokenize.js';
import { foldWithMap, normaliseText, trimBars } from './normalise-text.js';
import type { HoursParseResult, HoursWarning, TimeOfDay, TimeSlot } from './types.js';
import { isLetter as isLetterCharacter } from './letters.js';
import { asTwentyFourHourClock } from './twelve-hour-clock.js';
import { ZONE_PLACES_PATTERN } from './zone-words.js';

/** A clock time found in the folded text, with the digits as written. */
interface TimeToken {
  hour: string;
  minute: string | undefined;
  /** `18.00`: minutes after a dot, a typo read only beside a real time (`17:30-18.00`). */
  dotted?: boolean;
  /** `9.30` of `9.30-11.30`: both ends of a range dotted, a way of writing hours rather than a typo. */
  dottedRange?: boolean;
  /** `14` of `14-16h`: an hour without its `h`, read only as the other end of a range that writes one. */
  bare?: boolean;
  /** Folded offsets of the whole token (`9 h 30`). */
  start: number;
  end: number;
}

/** Cells that give no clock hours on purpose: an all-day or not-yet-known session. */
const NO_HOURS = new Set([
  '', '-', '--', '?', '...', '…', 'tbc', 'tbd', 'nc', 'n/a',
  'a venir', 'a definir', 'a confirmer', 'a preciser',
  'journee', 'toute la journee', 'la journee', 'journee entiere',
]);

/** What follows a lone start to say the end is open: `20h00 - ...`, `20h -`, `20h - ?`. */
const OPEN_ENDS = new Set(['-', '- ...', '-...', '- …', '-…', '- ?', '-?', 'a ...', 'a ?', "jusqu'a ...", "jusqu'a ?"]);

/** Words before a colon that name the field rather than an audience (`Horaires : 9h-18h`). */
const FIELD_NAMES = new Set(['horaire', 'horaires', 'heure', 'heures']);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && isLetterCharacter(ch);
const skipSpaces = (s: string, i: number): number => {
  while (s[i] === ' ') i++;
  return i;
};

// Times said in words (folded), and the hour each is: noon, and midnight as a range's end (`24h`).
const NAMED_TIMES: ReadonlyArray<readonly [string, string]> = [['midi', '12'], ['minuit', '24']];

/**
 * Whether `hedge`, written after minutes and a slash (`45` of `19h30/45`, `15` of `20h00/15-23h`),
 * is other minutes of the same hour: later, on a five, and no hour that could end a range
 * from `hour`: more than 24, no later than the hour itself, or with the range's end written
 * after it (`rangeFollows`). `/12` of `9h30/12` and `/10` of `8h00/10` may be the end: not minutes.
 */
function hedgedMinutes(hedge: string, minute: string, hour: string, rangeFollows: boolean): boolean {
  if (!/^[1-5][05]$/.test(hedge) || Number(hedge) <= Number(minute)) return false;
  return Number(hedge) > 24 || Number(hedge) <= Number(hour) || rangeFollows;
}

// A range's end right after hedged minutes: `-23h` of `20h00/15-23h`, ` à 22h`.
const RANGE_AFTER = /^\s?(?:-|a|\u00e0)\s?\d/;

/**
 * The length of `heures` (or `heure`) written at `k` after the number `s[i..j)`, one space
 * apart, when that number is a day's usual hour (see tokenize.ts); 0 otherwise.
 */
function hourWordLength(s: string, i: number, j: number, k: number): number {
  if (k !== j + 1 || j - i > 2 || !isWordedHour(Number(s.slice(i, j)))) return 0;
  const word = s.startsWith('heures', k) ? 6 : s.startsWith('heure', k) ? 5 : 0;
  return word > 0 && !isLetter(s[k + word]) && saidAsClock(s, i, k + word) ? word : 0;
}

/** Finds `9h`, `9h30`, `9 h 30`, `14:00`, and `midi`/`minuit` beside one, in folded text, left to right. */
function findTimes(s: string): TimeToken[] {
  const times: TimeToken[] = [];
  let i = 0;
  while (i < s.length) {
    const named = isLetter(s[i - 1]) ? undefined : NAMED_TIMES.find(([word]) => s.startsWith(word, i) && !isLetter(s[i + word.length]));
    if (named) {
      // `de 9h à midi`, `20h - minuit`: read as the other end of a range, as a bare hour is.
      times.push({ hour: named[1], minute: undefined, start: i, end: i + named[0].length, bare: true });
      i += named[0].length;
      continue;
    }
    if (!isDigit(s[i]) || isDigit(s[i - 1]) || isLetter(s[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit(s[j])) j++;
    const hour = s.slice(i, j);
    const k = skipSpaces(s, j);
    // The hour's mark: `h` (one letter), or `heures` written out (`17 heures`), or none.
    const hMark = s[k] === 'h' && !isLetter(s[k + 1]) ? 1 : hourWordLength(s, i, j, k);
    if (k === j && s.startsWith('hoo', k) && !isLetter(s[k + 3])) {
      // `18hoo`: the minutes' zeros typed as the letter o (tokenize.ts reads it so too).
      times.push({ hour, minute: '00', start: i, end: k + 3 });
      i = k + 3;
    } else if (hMark > 0) {
      // `9h`, `9h30`, `9 h 30`; minutes may be apart from the `h` only by spaces. `17 heures`,
      // `9 heures 30`: the `h` written out (tokenize.ts reads it so too).
      let m = skipSpaces(s, k + hMark);
      // `16h.40`, `17h.30`: a dot between the `h` and two minutes, a habit some writers keep;
      // the `h` says it is a clock time.
      if (s[m] === '.' && isDigit(s[m + 1]) && isDigit(s[m + 2]) && !isDigit(s[m + 3])) m++;
      // `10H:15`, `10h:15`: both marks of the hour typed, the `h` then the colon.
      else if (s[m] === ':' && isDigit(s[m + 1]) && isDigit(s[m + 2]) && !isDigit(s[m + 3])) m++;
      let minute: string | undefined;
      // `10h-12h 13h30-15h30`: digits apart from the `h` by a space and followed by their own
      // `h` (or colon) are the next time, not this one's minutes (`9 h 30` stays one time).
      const nextTime = m > k + hMark && /^\d{1,2}(?:\s*h(?![a-z])|:\d)/.test(s.slice(m));
      if (isDigit(s[m]) && !nextTime) {
        const ms = m;
        while (isDigit(s[m])) m++;
        minute = s.slice(ms, m);
        // `13h30mn`, `13h30min`: the minutes' unit written out, as some posters do.
        const unit = ['min', 'mn'].find((word) => s.startsWith(word, m) && !isLetter(s[m + word.length]));
        if (unit) m += unit.length;
        // `19h30/45`: the end hedged between two minutes; a reader takes the first written.
        else if (s[m] === '/' && !isDigit(s[m + 3]) && s[m + 3] !== 'h' && s[m + 3] !== ':' && s[m + 3] !== '/' && hedgedMinutes(s.slice(m + 1, m + 3), minute, hour, RANGE_AFTER.test(s.slice(m + 3)))) m += 3;
      }
      const end = minute === undefined ? k + hMark : m;
      times.push({ hour, minute, start: i, end });
      i = end;
    } else if (s[j] === ':' && isDigit(s[j + 1])) {
      let m = j + 1;
      while (isDigit(s[m])) m++;
      const minute = s.slice(j + 1, m);
      // `13:15:00`: the seconds a spreadsheet or a date-time export writes; no programme
      // means them, so they end the token and are not read as another time.
      if (s[m] === ':' && isDigit(s[m + 1]) && isDigit(s[m + 2]) && !isDigit(s[m + 3])) m += 3;
      times.push({ hour, minute, start: i, end: m });
      i = m;
    } else if (s[j] === '.' && j - i <= 2 && isDigit(s[j + 1]) && isDigit(s[j + 2]) && s[skipSpaces(s, j + 3)] === 'h' && !isLetter(s[skipSpaces(s, j + 3) + 1]) && !isDigit(s[skipSpaces(s, j + 3) + 1])) {
      // `19.30 h`, `19.30h`: minutes after a dot then the hour's `h`, as Belgian and Swiss
      // pages write it; the `h` says it is a clock time, no typo to warn about.
      const end = skipSpaces(s, j + 3) + 1;
      times.push({ hour, minute: s.slice(j + 1, j + 3), start: i, end });
      i = end;
    } else if (s[j] === '.' && j - i <= 2 && isDigit(s[j + 1]) && isDigit(s[j + 2]) && !isDigit(s[j + 3]) && !isLetter(s[j + 3]) && s[j + 3] !== '.') {
      times.push({ hour, minute: s.slice(j + 1, j + 3), start: i, end: j + 3, dotted: true });
      i = j + 3;
    } else if (j - i <= 2 && Number(hour) <= 24 && s[j] !== '.' && s[j] !== '/' && !isLetter(s[j])) {
      times.push({ hour, minute: undefined, start: i, end: j, bare: true });
      i = j;
    } else {
      i = j;
    }
  }
  return keepDottedBesideRealTimes(s, times);
}

// The marks a range is written with between two times: dashes (folded to `-`), `à`, and
// arrows (`14h -> 18h`, `14h \u2192 18h`, a poster's or a slide's way of writing it).
const RANGE_MARKS = ['-', '--', 'a', '>', '->', '\u2192'];
// `entre` closing what stands before a first time (folded): `Entre 11 h et 13 h`, `accueil entre 9h et 9h30`.
const OPENS_BETWEEN = /(?:^|\s)entre\s?$/;

/** Whether only a range mark separates two folded offsets: `17:30-18.00`, `9.30 à 12h`. */
function onlyRangeMarkBetween(s: string, from: number, to: number): boolean {
  return RANGE_MARKS.includes(s.slice(from, to).trim());
}

const isReal = (tok: TimeToken | undefined): tok is TimeToken => tok !== undefined && tok.dotted !== true && tok.bare !== true;

/**
 * A dotted time (`18.00`) or a bare hour (`14` of `14-16h`, `de 14 à 16h`) is read as a
 * reader reads it: only as the other end of a range whose first or last time is a real
 * one. Anywhere else (`12.50 €`, `v2.10`, `2 groupes`) it is not a time at all, so a price,
 * a version or a count never turns a cell unreadable. A bare hour is plain French, a
 * dotted one a typo (warned). Two dotted times that make a range on their own
 * (`9.30-11.30`, `14.00 à 15.30`) are hours written with dots throughout, as many
 * coordinators write them: read, with no warning (a start before its end, both clock times).
 */
function keepDottedBesideRealTimes(s: string, times: TimeToken[]): TimeToken[] {
  const kept: TimeToken[] = [];
  times.forEach((tok, k) => {
    if (tok.dotted !== true && tok.bare !== true) {
      kept.push(tok);
      return;
    }
    const before = times[k - 1];
    const after = times[k + 1];
    // `entre 10 et 12h`: a bare start, joined to a real end by the `et` of `entre`.
    // Only an hour of the day before the end (`entre 2 et 3h` is how long, not when).
    const between =
      tok.bare === true && isReal(after) && s.slice(tok.end, after.start).trim() === 'et' && OPENS_BETWEEN.test(s.slice(Math.max(0, tok.start - 8), tok.start)) &&
      Number(tok.hour) >= EARLIEST_BARE_HOUR && Number(tok.hour) < Number(after.hour);
    if (between || (isReal(before) && onlyRangeMarkBetween(s, before.end, tok.start)) || (isReal(after) && onlyRangeMarkBetween(s, tok.end, after.start))) {
      kept.push(tok);
    } else if (tok.dotted === true && (dottedRange(s, before, tok) || dottedRange(s, tok, after))) {
      kept.push({ ...tok, dottedRange: true });
    }
  });
  return kept;
}

/** Whether two dotted tokens make a range of clock times by themselves: `9.30-11.30`, not `1.11 à 1.13` nor `12.50-10.00`. */
function dottedRange(s: string, from: TimeToken | undefined, to: TimeToken | undefined): boolean {
  if (from?.dotted !== true || to?.dotted !== true || !onlyRangeMarkBetween(s, from.end, to.start)) return false;
  const start = toTime(from);
  const end = toTime(to);
  // Hours of a day and a start before the end: numbered exercises or prices read otherwise.
  return start !== undefined && end !== undefined && start.hour >= 6 && start.hour * 60 + start.minute < end.hour * 60 + end.minute;
}

/**
 * The range of dotted hours a text opens with (`9.30 - 10.15 : Accueil`, `14.00 à 15.30
 * Exposés`), read as a cell's `9.30-11.30` is (dottedRange): its slot, and where it ends in
 * the text as written. An agenda line that opens with one reads it here, so a dotted range
 * means the same thing in a cell and at the head of a line.
 */
export function leadingDottedRange(text: string): { slot: TimeSlot; length: number } | undefined {
  const { folded, map } = foldWithMap(text);
  const [from, to] = findTimes(folded);
  if (from?.start !== 0 || from.dottedRange !== true || to?.dottedRange !== true || !dottedRange(folded, from, to)) return undefined;
  const start = toTime(from);
  const end = toTime(to);
  if (start === undefined || end === undefined) return undefined;
  return { slot: { start, end }, length: map[to.end] ?? text.length };
}

/** A piece of the cell holding one slot: `9h - 18h30 pour les EIG`. */
interface Segment {
  start: number;
  end: number;
  times: TimeToken[];
}

// A day's words beside its hours are a few (`le vendredi 17 octobre de`); longer text is
// not looked at, so a cell of 300,000 `et` stays linear.
const LONGEST_DAY_WORDS = 40;

/**
 * Whether the `et` at `i` joins the hours of two days (`jeudi 9h30-17h et vendredi 9h-12h30`,
 * `9h30-17h le jeudi et 9h-12h30 le vendredi`): after the last time only a day's words,
 * and before the next time a day's words, at least one of the two naming a day.
 */
function joinsDays(s: string, last: TimeToken | undefined, i: number, next: TimeToken | undefined): boolean {
  if (last === undefined || next === undefined || i - last.end > LONGEST_DAY_WORDS || next.start - i > LONGEST_DAY_WORDS) return false;
  const before = s.slice(last.end, i).trim();
  const after = s.slice(i + 4, next.start).trim();
  const dayBefore = before !== '' && readDaySelector(before) !== undefined;
  const dayAfter = after !== '' && readDaySelector(after) !== undefined;
  return (dayBefore || before === '') && (dayAfter || after === '') && (dayBefore || dayAfter);
}

/** Whether only spaces stand from `i` to the time `next`, and a dash or `à` joins it to the time after it: a whole range starts there. */
function rangeAfterSpaces(s: string, i: number, next: TimeToken | undefined, after: TimeToken | undefined): boolean {
  if (next === undefined || after === undefined || skipSpaces(s, i) !== next.start) return false;
  return /^\s*(?:-|\u2013|a)\s*$/.test(s.slice(next.end, after.start));
}

/** Splits on `,` and `;`, on `et`/`puis` between two times (`9h-12h et 14h-17h`), and on `et` between two days' hours. */
function splitSegments(s: string, times: TimeToken[]): Segment[] {
  const segments: Segment[] = [];
  let segStart = 0;
  let t = 0;
  let current: TimeToken[] = [];
  // True while only spaces follow the last time token: `et` splits only right after a time.
  let afterTime = false;
  // True inside a bracket opened right after a time (`(salle 5.129)`).
  let inRemark = false;
  const close = (end: number, next: number): void => {
    segments.push({ start: segStart, end, times: current });
    current = [];
    segStart = next;
  };
  let i = 0;
  while (i < s.length) {
    const tok = times[t];
    if (tok !== undefined && tok.start === i) {
      current.push(tok);
      afterTime = true;
      i = tok.end;
      t++;
      continue;
    }
    const ch = s[i];
    if (ch === ',' || ch === ';') {
      close(i, i + 1);
    } else if ((ch === '/' || ch === '&') && afterTime && s[i - 1] === ' ' && s[i + 1] === ' ') {
      // `9h00-12h00 / 14h00-17h00`, `9h45 - 13h & 14h - 17h15`: a slash or an ampersand between spaces after a time parts two slots.
      close(i, i + 1);
    } else if (ch === ' ' && afterTime && current.length === 2 && rangeAfterSpaces(s, i, times[t], times[t + 1])) {
      // `9h-12h30 14h-17h30`: two whole ranges side by side, nothing between them, are two slots.
      close(i, i + 1);
    } else if (ch === ' ' && afterTime && !(current.length === 1 && OPENS_BETWEEN.test(s.slice(segStart, current[0]!.start)) && s.startsWith(' et ', i))) {
      let word = s.startsWith(' et ', i) ? 4 : s.startsWith(' puis ', i) ? 6 : 0;
      // `de 9h à 12h et de 14h à 17h`: the second range may open with its own `de`.
      if (word > 0 && s.startsWith('de ', skipSpaces(s, i + word))) word = skipSpaces(s, i + word) + 3 - i;
      const next = times[t];
      if (word > 0 && next !== undefined && skipSpaces(s, i + word) === next.start) {
        close(i, i + word);
        i += word;
        continue;
      }
    }
    if (ch === ' ' && s.startsWith(' et ', i) && joinsDays(s, current.at(-1), i, times[t])) {
      close(i, i + 4);
      i += 4;
      continue;
    }
    // `11h30-13h (salle 5.129) et 13h30-15h`: a remark in brackets right after a time leaves the
    // `et` after it joining two slots, as if it stood right after the time.
    if (ch === '(' && afterTime) inRemark = true;
    if (ch !== ' ') afterTime = ch === ')' && inRemark;
    if (ch === ')') inRemark = false;
    i++;
  }
  close(s.length, s.length);
  return segments;
}

type SegmentReading = { ok: true; slot: TimeSlot; tokens: TimeToken[] } | { ok: false; empty: boolean };

/** Label as written in the original text, between two folded offsets. */
function originalSlice(text: string, map: number[], start: number, end: number): string {
  return text.slice(map[start] ?? 0, map[end] ?? text.length).trim();
}

/** `(vendredi)` -> `vendredi`: a remark's words without their brackets. */
function unbracketed(words: string): string {
  return words.startsWith('(') && words.endsWith(')') ? words.slice(1, -1) : words;
}

/** Reads one segment: `[label :] [de] time [- | à time] [pour les label]`. */
function readSegment(s: string, text: string, map: number[], seg: Segment): SegmentReading {
  const { times } = seg;
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined) {
    const rest = s.slice(seg.start, seg.end).trim();
    return { ok: false, empty: rest === '' || NO_HOURS.has(rest) };
  }
  if (times.length > 2) return { ok: false, empty: false };
  const slot: TimeSlot = { start: { hour: 0, minute: 0 } };

  // Before the first time: nothing, `de`, `a partir de`, or `label :`.
  let prefix = s.slice(seg.start, first.start).trim();
  // `(17h30-19h)`, `(après 19h)`, `Atelier : (9h-12h)`: hours in brackets, read as if the
  // brackets were not there.
  let bracketed = false;
  if (prefix.startsWith('(')) {
    prefix = prefix.slice(1).trim();
    bracketed = true;
  }
  // `après 19h` is a start, like `à partir de 19h`; `~11:00` an approximate one.
  if (prefix === '~' || prefix === '\u2248') prefix = '';
  // `entre 11 h et 13 h`: a range, its ends joined by `et`.
  const between = OPENS_BETWEEN.test(prefix);
  if (between) prefix = prefix.slice(0, -'entre'.length).trim();
  for (const word of ['a partir de', 'apres', 'des', 'de']) {
    if (prefix === word) prefix = '';
    else if (prefix.endsWith(` ${word}`)) prefix = prefix.slice(0, -word.length - 1).trim();
  }
  if (!bracketed && (prefix === '(' || prefix.endsWith(' ('))) {
    prefix = prefix.slice(0, -1).trim();
    bracketed = true;
  }
  // `le jeudi de 9h30 à 17h`, `vendredi : 9h - 12h30`: the day of the row the slot is for.
  const dayBefore = prefix === '' ? undefined : readDaySelector(originalSlice(text, map, seg.start, first.start));
  if (dayBefore !== undefined) slot.day = dayBefore;
  else if (prefix !== '') {
    if (!prefix.endsWith(':')) return { ok: false, empty: false };
    const labelFolded = prefix.slice(0, -1).trim();
    if (labelFolded !== '' && !FIELD_NAMES.has(labelFolded)) {
      const colon = s.lastIndexOf(':', first.start);
      slot.label = originalSlice(text, map, seg.start, colon);
    }
  }

  // Between two times: a dash, an arrow, `à`, `au` or `jusqu'à`.
  const second = times[1];
  if (second !== undefined) {
    const mark = s.slice(first.end, second.start).trim();
    // `13h30/17h30`, `8h/12h`: a slash set tight between two clock times joins them as a
    // dash does; spaced (`13:00 / 19:30`) it parts two times, as it parts two slots.
    const tightSlash = s.slice(first.end, second.start) === '/' && isReal(first) && isReal(second);
    // `8:30 | 9:30`: a bar between two clock times and nothing else, as a programme that parts
    // its fields with bars writes a slot (`**12:00 - 13:30 | café**`).
    const bar = mark === '|' && isReal(first) && isReal(second);
    if (!RANGE_MARKS.includes(mark) && !["jusqu'a", 'au'].includes(mark) && !tightSlash && !bar && !(between && mark === 'et')) return { ok: false, empty: false };
  }

  // After the last time: nothing, a remark in brackets, or `pour les label`.
  let suffixStart = skipSpaces(s, last.end);
  if (bracketed) {
    if (s[suffixStart] !== ')') return { ok: false, empty: false };
    suffixStart = skipSpaces(s, suffixStart + 1);
  }
  let suffix = s.slice(suffixStart, seg.end).trim();
  // `9h30 - 17h le jeudi`, `9h - 12h30 (vendredi)`: the day of the row the slot is for.
  const dayAfter = suffix === '' || slot.day !== undefined ? undefined : readDaySelector(unbracketed(originalSlice(text, map, suffixStart, seg.end)));
  if (dayAfter !== undefined) {
    slot.day = dayAfter;
    suffix = '';
  }
  // `20h00 - ...`: the end is left open on purpose, a start only.
  if (second === undefined && OPEN_ENDS.has(suffix)) suffix = '';
  if (suffix.startsWith('(') && suffix.endsWith(')')) suffix = '';
  if (suffix === 'tbc' || suffix === '|') suffix = '';
  if (suffix !== '') {
    const m = /^pour (les |le |la |l')?/.exec(suffix);
    if (m === null) return { ok: false, empty: false };
    if (slot.label !== undefined) return { ok: false, empty: false };
    const label = originalSlice(text, map, suffixStart + m[0].length, seg.end);
    if (label === '') return { ok: false, empty: false };
    slot.label = label;
  }
  return { ok: true, slot, tokens: times };
}

function toTime(tok: TimeToken): TimeOfDay | undefined {
  const hour = Number(tok.hour);
  const minute = tok.minute === undefined ? 0 : Number(tok.minute);
  if (tok.hour.length > 2 || (tok.minute !== undefined && tok.minute.length > 2)) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** `24h` or `24h00`: midnight at the end of the day, written only as an end (`20h - 24h`). */
function isMidnight(tok: TimeToken): boolean {
  return Number(tok.hour) === 24 && (tok.minute === undefined || Number(tok.minute) === 0);
}

/*
 * An evening that runs past midnight (`22h - 2h`, `23h30 - 0h30`): a reader takes the end
 * on the next day. Only an evening start and a small-hours end are read so, and an end at
 * 00:00 after any start (`16:00–00:00`, a shift to midnight); anything else
 * that ends before it starts (`18h - 9h`, `14h - 12h`) is a slip, reported as one.
 */
function endsNextDay(start: TimeOfDay, end: TimeOfDay): boolean {
  const minutes = (t: TimeOfDay) => t.hour * 60 + t.minute;
  // `16:00–00:00`: an end at 00:00 is midnight, whenever the day's slot starts.
  if (minutes(end) === 0) return minutes(start) > 0;
  return minutes(start) >= 17 * 60 && minutes(end) <= 6 * 60;
}

/**
 * Where a closing remark in brackets begins, when the hours before it are complete and the
 * remark is not hours itself: `9h - 17h (accueil dès 8h45)` is the slot 9h - 17h, whatever
 * time the remark names. A bracket that holds hours (`(17h30-19h)`, `(14h-17h pour les
 * mentors)`) is not a remark. Returns the folded text's length when there is no remark.
 */
function remarkStart(folded: string, text: string, map: number[]): number {
  const end = folded.trimEnd();
  if (!end.endsWith(')')) return folded.length;
  const open = end.lastIndexOf('(');
  if (open <= 0 || end.indexOf(')') < end.length - 1 || findTimes(folded.slice(0, open)).length === 0) return folded.length;
  const inner = parseFrenchHours(text.slice((map[open] ?? 0) + 1, map[end.length - 1] ?? text.length));
  return inner.ok && inner.slots.length > 0 ? folded.length : open;
}

// The earliest hour a dotted time alone is read as a start (`7.30`); earlier ones are lengths.
const EARLIEST_DOTTED_START = 7;

/**
 * Whether a text holds dotted start times and nothing else (`16.00`, `11.00 & 14.00`), each of
 * which no reader takes for a day and a month (isDottedClock). After a date
 * (`07 juin - 16.00 - au WORM`, dated-line.ts) or under an `Heure` header, those are the
 * hours Dutch, Belgian and Swiss writers type; alone in another cell, `18.00` may be a
 * price, and stays no time.
 */
function onlyDottedClocks(text: string): boolean {
  const parts = text.split(/[&,/]|\bet\b/);
  if (parts.length > 6) return false;
  // Before seven (`1.30`, `3.00`), a number in an hours column is a length (`Volume horaire`).
  return parts.every((part) => {
    const clock = /^(\d{1,2})\.(\d{2})$/.exec(part.trim());
    return clock !== null && Number(clock[1]) >= EARLIEST_DOTTED_START && isDottedClock(Number(clock[1]), Number(clock[2]));
  });
}

// A start, or a range, of colonless 24-hour clocks (`0900`, `0830-1630`), a remark in brackets after it.
const COLONLESS_CLOCKS = /^(\d{4})$|^(\d{4}) ?[-\u2013\u2014] ?(\d{4})$/;

/**
 * Whether a text (a remark in brackets aside) is a colonless 24-hour clock or a range of two
 * (`0900-1630`, `1800 (approx.)`), each on the five minutes and the start in the waking hours
 * (EARLIEST_DOTTED_START): where hours are written, what else four figures could be (a year,
 * a room) is not.
 */
function onlyColonlessClocks(text: string): boolean {
  const found = COLONLESS_CLOCKS.exec(text.replace(/\([^()]{0,40}\)/g, '').trim());
  if (!found) return false;
  const start = found[1] ?? found[2]!;
  const clock = (digits: string | undefined) => digits === undefined || (Number(digits.slice(0, 2)) < 24 && Number(digits.slice(2)) < 60 && Number(digits.slice(2)) % 5 === 0);
  return Number(start.slice(0, 2)) >= EARLIEST_DOTTED_START && clock(start) && clock(found[3]);
}

// A clock time then a time zone's abbreviation (`12:00 EST`, `13h30 NDT`, `18h CET`, `9:00
// UTC+1`): the zones of North America, Europe and UTC by name, so that `9h ET 14h` (and) or
// `10H00 ET 14H00` stays two times. Quebec writes its zones in French (`23h59 HE`, heure de
// l'Est; `HNE`, `HAE`, normale and avancée; `HNP`, `HAC`...), in capitals, as `ET` never is.
const ZONED_TIME = /(\d{1,2}(?:[:hH]\d\d|[hH])) ?(?:[ECMP][SD]T|A[SD]T|N[SD]T|AKST|AKDT|HST|UTC|GMT|CES?T|WES?T|EES?T|BST|H[NA]?[ECRPAT])(?:[+-]\d\d|[+-]\d)?\b/g;

/**
 * The text with one moment told in several time zones (`12:00 EST / 13:00 ADT / 13:30 NDT`)
 * kept at its first time, the zones and the other times blanked (same length, so offsets
 * hold); undefined when the text tells no time with its zone. The calendar's time zone is
 * the programme's (the `timezone` setting): the first zone a writer gives is the one the
 * programme keeps, the others are conversions for readers elsewhere.
 */
function oneMomentInZones(text: string): string | undefined {
  if (!/\d[hH]? ?[A-Z]/.test(text)) return undefined;
  const found = [...text.matchAll(ZONED_TIME)];
  if (found.length === 0) return undefined;
  // The zoned times must follow each other, apart only by a slash, a comma or a dash.
  for (let k = 1; k < found.length; k++) {
    const between = text.slice(found[k - 1]!.index + found[k - 1]![0].length, found[k]!.index);
    if (!/^\s{0,3}[/,\u2013-]?\s{0,3}$/.test(between)) return undefined;
  }
  const from = found[0]!.index + found[0]![1]!.length;
  const to = found.at(-1)!.index + found.at(-1)![0].length;
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

// A word that tells an end roughly, after a range's dash or `à`, before its time: `- env. 18h00`, `à vers 20h`, `- ~21h`.
const ROUGH_END = /([\u2010-\u2015\u2212-]\s{0,3}|\s(?:\u00e0|a)\s{1,3})(env\.?|environ|vers|~|\u00b1)(?=\s{0,3}\d)/gi;

/**
 * A reading of `rewritten`, a same-length rewriting of `text` (the 12-hour clock's), told in
 * the words the page wrote: what a message quotes is `text`'s, at the same place.
 */
function asWritten(result: HoursParseResult, rewritten: string, text: string): HoursParseResult {
  if (result.ok) return result;
  const at = rewritten.indexOf(result.detail);
  return { ...result, text, detail: at < 0 ? text : text.slice(at, at + result.detail.length).trim() };
}

// A time zone named in words right after a time (`heure de Paris`, `heure Paris`, `heure
// locale`, `heure française`): the place the programme's hours are told in.
const ZONE_IN_WORDS = new RegExp(`(\\d[hH]?)(\\s{1,3}heure\\s(?:de\\s|d')?(?:${ZONE_PLACES_PATTERN}))(?![\\p{L}])`, 'giu');

// An `h` typed again right after a time's minutes (`8h45h`), not a word (`8h45 heures`).
const STRAY_H = /(\d{1,2}h\d{2})h(?![a-z0-9])/gi;

/**
 * Reads an hours cell into slots; `[]` when it gives no clock hours (`Les 2 jours`, `TBC`).
 * `hoursPlace`: the text stands where hours are written, so that dotted clock times alone
 * are hours (onlyDottedClocks): after a dated line's date, in a column or a field whose
 * name says hours (`| Heure |` over `17.00`).
 */
export function parseFrenchHours(text: string, options: { hoursPlace?: boolean } = {}): HoursParseResult {
  // `de 8h45h à 13h`: an `h` typed again after the minutes, read as the same text without it (same length).
  const mended = text.replace(STRAY_H, '$1 ');
  if (mended !== text) return parseFrenchHours(mended, options);
  // `17h00 - env. 18h00`: an end told roughly is that end; its word read as spaces (same length).
  const rough = text.replace(ROUGH_END, (_whole, mark: string, word: string) => mark + ' '.repeat(word.length));
  if (rough !== text) return parseFrenchHours(rough, options);
  // Read as the same text with an `h` for each dot, which keeps every offset where it was.
  if (options.hoursPlace && onlyDottedClocks(text)) return parseFrenchHours(text.replace(/(\d)\.(\d\d)/g, '$1h$2'));
  // `0900-1630`, `1800 (approx.)`: a 24-hour clock written without its colon, as a North
  // American schedule's time column writes it; read with an `h` in its place.
  if (options.hoursPlace && onlyColonlessClocks(text)) return parseFrenchHours(text.replace(/\b(\d\d)(\d\d)\b/g, '$1h$2'));
  // `7:00 PM - 9:00 PM`: a 12-hour clock, as a page pasted from an English site writes it; read on the 24-hour clock.
  const clocked = asTwentyFourHourClock(text);
  if (clocked !== text) return asWritten(parseFrenchHours(clocked, options), clocked, text);
  // `23h59 heure de Paris`, `(23h59 heure Paris)`: the zone named in words after the time is
  // the programme's own (the `timezone` setting); read as spaces (same length).
  const zoneNamed = text.replace(ZONE_IN_WORDS, (_whole: string, time: string, zone: string) => time + ' '.repeat(zone.length));
  if (zoneNamed !== text) return parseFrenchHours(zoneNamed, options);
  // `12:00 EST / 13:00 ADT / 13:30 NDT`: one moment told in several time zones, read at the first.
  const zoned = oneMomentInZones(text);
  if (zoned !== undefined) return parseFrenchHours(zoned, options);
  // `(9h45 - 13h & 14h - 17h15)`: hours written in parentheses after a day are read inside them.
  const wrapped = /^\s*\(([^()]*)\)\s*$/.exec(text);
  if (wrapped) {
    const inner = parseFrenchHours(wrapped[1]!);
    if (inner.ok) return inner;
  }
  const norm = trimBars(normaliseText(text));
  if (NO_HOURS.has(norm)) return { ok: true, slots: [] };
  const { folded: whole, map } = foldWithMap(text);
  const folded = whole.slice(0, remarkStart(whole, text, map));
  const times = findTimes(folded);
  // No time-like token at all: words only (`Voir la page du bootcamp`), an all-day session.
  if (times.length === 0) return { ok: true, slots: [] };

  const readings: Array<{ slot: TimeSlot; tokens: TimeToken[] }> = [];
  for (const seg of splitSegments(folded, times)) {
    const r = readSegment(folded, text, map, seg);
    if (r.ok) readings.push(r);
    else if (!r.empty) {
      return { ok: false, reason: 'unreadable', text, detail: originalSlice(text, map, seg.start, seg.end) };
    }
  }

  for (const { tokens } of readings) {
    for (const [index, tok] of tokens.entries()) {
      if (toTime(tok) === undefined && !(index === 1 && isMidnight(tok))) {
        return { ok: false, reason: 'invalid-hour', text, detail: originalSlice(text, map, tok.start, tok.end) };
      }
    }
  }
  const slots: TimeSlot[] = [];
  for (const { slot, tokens } of readings) {
    const [a, b] = tokens;
    const start = a === undefined ? undefined : toTime(a);
    const end = b === undefined ? undefined : isMidnight(b) ? { hour: 0, minute: 0 } : toTime(b);
    if (start === undefined) continue;
    slot.start = start;
    if (end !== undefined && a !== undefined && b !== undefined) {
      if (endsNextDay(start, end) || isMidnight(b)) slot.nextDay = true;
      else if (end.hour * 60 + end.minute < start.hour * 60 + start.minute) {
        return { ok: false, reason: 'end-before-start', text, detail: originalSlice(text, map, a.start, b.end) };
      }
      slot.end = end;
    }
    slots.push(slot);
  }
  const warnings: HoursWarning[] = [];
  for (const { tokens } of readings) {
    for (const tok of tokens) {
      if (tok.dotted === true && tok.dottedRange !== true) warnings.push({ kind: 'dotted-minutes', detail: originalSlice(text, map, tok.start, tok.end) });
    }
  }
  return warnings.length > 0 ? { ok: true, slots, warnings } : { ok: true, slots };
}
