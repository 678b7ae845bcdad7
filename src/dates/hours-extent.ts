/*
 * Where clock hours written in running text begin and end, on the date grammar's tokens:
 * `9h - 16h`, `(17h30-19h)`, `de 9h à 12h`, `de 9h à midi`, `20h00 - ...`, `14h-16h et 17h-18h`,
 * `9h-12h / 14h-17h`. Unlike
 * parseFrenchHours, which reads a whole cell, this finds the hours' extent inside a line
 * so the title after them is kept (`13h30-14h30 : lancement`). Every step looks a bounded
 * number of tokens ahead: linear.
 */
import { dottedClockAt, timeAt } from './french-dates.js';
import { isPunct, isWord, type Token } from './tokenize.js';
import type { TimeSlot } from './types.js';
import { ZONE_PLACES } from './zone-words.js';

/** The index after a clock time at `k` (`9h`, `14h30`, `9 h 30`, `18:30`, and `18.00` as a range's end), its 12-hour mark with it (`7:00 PM`). */
function timeEnd(toks: Token[], k: number): number {
  const end = clockEnd(toks, k);
  // `7:00 PM - 9:00 PM`: an English site's 12-hour clock, which parseFrenchHours reads with its mark.
  if (isWord(toks[k + 1], 'am', 'pm')) return k + 2;
  return isPunct(toks[k + 1], ':') && isWord(toks[end], 'am', 'pm') ? end + 1 : end;
}

function clockEnd(toks: Token[], k: number): number {
  const sep = toks[k + 1];
  if (isWord(sep, 'h')) {
    const m = toks[k + 2];
    if (m === undefined || m.kind !== 'num' || m.text.length !== 2) return k + 2;
    // `10h-12h 13h30-15h30`: two digits apart from the `h` and followed by their own `h` or
    // colon are the next time, not this one's minutes (`9 h 30` stays one time).
    const colon = toks[k + 3];
    const clock = isPunct(colon, ':') && colon!.start === m.end && toks[k + 4]?.kind === 'num' && toks[k + 4]!.start === colon!.end;
    if (m.start !== sep!.end && (isWord(toks[k + 3], 'h') || clock)) return k + 2;
    // `13h30mn`, `13h30min`: the minutes' unit written out, glued to them; `8h45h`, an `h` typed again.
    const unit = toks[k + 3];
    return isWord(unit, 'mn', 'min', 'h') && unit!.start === m.end ? k + 4 : k + 3;
  }
  return k + 3;
}

/** Whether `18.00` starts at `k`: a typo read only as a range's end. */
function dottedTimeAt(toks: Token[], k: number): boolean {
  const [h, dot, m] = [toks[k], toks[k + 1], toks[k + 2]];
  return h?.kind === 'num' && h.text.length <= 2 && isPunct(dot, '.') && h.end === dot?.start && m?.kind === 'num' && m.text.length === 2 && dot.end === m.start;
}

/** Whether a whole hour written without `h` (`14` of `de 14 à 15h`) is at `k`. */
function bareHourAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.kind === 'num' && t.text.length <= 2 && Number(t.text) <= 24;
}

// The earliest hour a bare number may be read as, without `de` before it: a day's hours.
export const EARLIEST_BARE_HOUR = 7;

/** Whether a bare number (`9` of `9 à 12 h`) is an hour of the day before the hour of the range's end. */
function dayHourBefore(bare: Token, end: Token): boolean {
  const hour = Number(bare.text);
  return end.kind === 'num' && hour >= EARLIEST_BARE_HOUR && hour < Number(end.text);
}

/** Where the time of an end told roughly begins (`env. 18h`, `environ 18h`, `vers 18h`, `~18h` from `k`), or `k` when no such word opens it. */
function roughEnd(toks: Token[], k: number): number {
  if (isWord(toks[k], 'env') && isPunct(toks[k + 1], '.')) return k + 2;
  if (isWord(toks[k], 'env', 'environ', 'vers') || isPunct(toks[k], '~\u00b1')) return k + 1;
  return k;
}

// Most tokens a remark in brackets between two ranges holds (`(salle 36.204)`, `(amphi B)`).
const REMARK_TOKENS = 8;

/** The token after a bracketed remark that opens at `k` and holds no time (`(salle 5.129)`), or undefined. */
function remarkEnd(toks: Token[], k: number): number | undefined {
  if (!isPunct(toks[k], '(')) return undefined;
  for (let j = k + 1; j <= k + REMARK_TOKENS && j < toks.length; j++) {
    if (isPunct(toks[j], ')')) return j + 1;
    if (isPunct(toks[j], '(') || timeAt(toks, j)) return undefined;
  }
  return undefined;
}

/**
 * Where a second range starts after a remark in brackets that opens at `k` and the word or
 * mark that joins them (`(salle 5.129) et 13h30-15h`, `(amphi B), 14h-16h`), or undefined.
 */
function rangeAfterRemark(toks: Token[], k: number): number | undefined {
  const after = remarkEnd(toks, k);
  if (after === undefined || !(isWord(toks[after], 'et') || isPunct(toks[after], '/&,'))) return undefined;
  return timeAt(toks, after + 1) && rangeEndAt(toks, timeEnd(toks, after + 1)) ? after + 1 : undefined;
}

/** Whether a range's end (`- 19h`, `à 19h`) is written at `k`. */
function rangeEndAt(toks: Token[], k: number): boolean {
  return (isPunct(toks[k], '-') || isWord(toks[k], 'a')) && timeAt(toks, k + 1);
}

/**
 * The tokens of the hours written from `i`: `[(] [de|à partir de] time [- time|- ...]
 * (after `de`, the first time may be a bare hour: `de 14 à 15h`)
 * [et time [- time]] [)]`; the index of their last token, or undefined when no hours start
 * there. Stops at the hours' end so the title after them is kept (`13h30-14h30 : lancement`).
 */
export function hoursExtentAt(toks: Token[], i: number, options: { dotted?: boolean } = {}): number | undefined {
  let j = i;
  // `07 juin - 16.00 - au WORM`, `13 juin - 11.00 & 14.00`: after a date, the dotted hours
  // of Dutch and Swiss French writers (dottedClockAt).
  if (options.dotted && dottedClockAt(toks, j)) {
    j += 3;
    // `29 septembre 2021 : 17.00-20.30`: a range of two dotted times; `12.50-15.00 €` is a price.
    if ((isPunct(toks[j], '-\u2013') || isWord(toks[j], 'a')) && dottedClockAt(toks, j + 1)) {
      if (isPunct(toks[j + 4], '\u20ac$') || isWord(toks[j + 4], 'euros', 'eur', 'm', 'km', 'cm', 'kg')) return undefined;
      j += 4;
    }
    while ((isWord(toks[j], 'et') || isPunct(toks[j], '&/,')) && dottedClockAt(toks, j + 1)) j += 4;
    return j - 1;
  }
  const bracket = isPunct(toks[j], '(');
  if (bracket) j++;
  // `entre 11 h et 13 h`: a range whose ends `et` joins.
  if (isWord(toks[j], 'entre') && timeAt(toks, j + 1)) {
    const first = timeEnd(toks, j + 1);
    if (!isWord(toks[first], 'et') || !timeAt(toks, first + 1)) return undefined;
    j = timeEnd(toks, first + 1);
    if (bracket) {
      if (!isPunct(toks[j], ')')) return undefined;
      j++;
    }
    return j - 1;
  }
  const from = isWord(toks[j], 'de');
  if (isWord(toks[j], 'de', 'des', 'apres')) j++;
  else if (isWord(toks[j], 'a') && isWord(toks[j + 1], 'partir') && isWord(toks[j + 2], 'de')) j += 3;
  // `de 14 à 15h`: after `de`, a bare hour before a range's end is its start, as in a cell;
  // without `de` (`Mardi 20 juin 2017 : 9 à 12 h et 14 à 17 h`), only an hour of the day
  // before the end's, so that a number before hours (`TP 3 - 14h`) stays a number.
  // `les jeudis de 8.30 à 11.30`: after `de`, a range whose both ends are dotted clock times
  // (a Québec or Swiss writer's); `de` and the second end make it hours, no day and month.
  if (from && dottedClockAt(toks, j) && (isPunct(toks[j + 3], '-') || isWord(toks[j + 3], 'a')) && dottedClockAt(toks, j + 4)) {
    j += 7;
    if (bracket) {
      if (!isPunct(toks[j], ')')) return undefined;
      j++;
    }
    return j - 1;
  }
  const bareStart = bareHourAt(toks, j) && (isPunct(toks[j + 1], '-') || isWord(toks[j + 1], 'a', 'to')) && timeAt(toks, j + 2);
  // `3 - 4 PM`, `5 to 8 pm`: the end's 12-hour mark makes the bare start an hour of its afternoon.
  const marked = bareStart && isWord(toks[j + 3], 'am', 'pm') && Number(toks[j]!.text) >= 1 && Number(toks[j]!.text) < Number(toks[j + 2]!.text);
  if (bareStart && (from || marked || (!isWord(toks[j + 1], 'to') && dayHourBefore(toks[j]!, toks[j + 2]!)))) j = timeEnd(toks, j + 2);
  else if (!timeAt(toks, j)) return undefined;
  else j = timeEnd(toks, j);
  // `9h-12h et 14h-17h`: a few ranges at most, each looked at once.
  for (let ranges = 0; ranges < 4; ranges++) {
    const rangeStart = j;
    // `14h30 -> 16h`, `14h → 18h`, `17h30 > 19h`: an arrow between the ends, as
    // parseFrenchHours reads one (a bare `>` is the arrow typed on a keyboard).
    // `15h45--17h45`: the en dash a LaTeX or pandoc writer types as two hyphens, as parseFrenchHours reads it.
    const arrow = isPunct(toks[j], '-') && (isPunct(toks[j + 1], '>') || (isPunct(toks[j + 1], '-') && toks[j]!.end === toks[j + 1]!.start)) ? 2 : isPunct(toks[j], '\u2192>') ? 1 : 0;
    const until = untilAt(toks, j);
    if (arrow > 0 && timeAt(toks, j + arrow)) j = timeEnd(toks, j + arrow);
    // `de 18h jusqu'à 22h`: the end the evening runs to.
    else if (until > 0 && timeAt(toks, j + until)) j = timeEnd(toks, j + until);
    // `9:30am to 10am`: English's range between two times of a 12-hour clock.
    else if (isWord(toks[j], 'to') && isWord(toks[j - 1], 'am', 'pm') && timeAt(toks, j + 1)) j = timeEnd(toks, j + 1);
    else if (isPunct(toks[j], '-') || isWord(toks[j], 'a', 'au')) {
      if (timeAt(toks, j + 1)) j = timeEnd(toks, j + 1);
      else if (dottedTimeAt(toks, j + 1)) j += 4;
      else if (isPunct(toks[j + 1], '.') && isPunct(toks[j + 2], '.') && isPunct(toks[j + 3], '.')) j += 4;
      else if (isPunct(toks[j + 1], '…?')) j += 2;
      // `de 9h à midi`, `20h - minuit`.
      else if (isWord(toks[j + 1], 'midi', 'minuit')) j += 2;
      // `17h00 - env. 18h00`, `18h - vers 20h`: an end told roughly.
      else if (timeAt(toks, roughEnd(toks, j + 1))) j = timeEnd(toks, roughEnd(toks, j + 1));
    }
    // Where a second range starts past a remark in brackets after the first (rangeAfterRemark), read once.
    const afterRemark = j > rangeStart ? rangeAfterRemark(toks, j) : undefined;
    // A second range: `9h-12h et 14h-17h`, `9h-12h / 14h-17h`, `9h45 - 13h & 14h - 17h15`, `de 9h à 12h et de 14h à 17h`.
    if ((isWord(toks[j], 'et') || isPunct(toks[j], '/&')) && timeAt(toks, j + 1)) j = timeEnd(toks, j + 1);
    // `à 14h, 16h30 et 20h`: starts listed, the last joined by `et`.
    else if (listedStartsEnd(toks, j) !== undefined) j = listedStartsEnd(toks, j)!;
    // `10h - 12h, 17h - 19h`: after a comma, only a whole range is a second one (`9h-12h, 14h : atelier` opens a title).
    else if (isPunct(toks[j], ',') && timeAt(toks, j + 1) && rangeEndAt(toks, timeEnd(toks, j + 1))) j = timeEnd(toks, j + 1);
    // `de 10h à 11h30 & de 14h30 à 16h`: the second range opens with its own `de` after `et`, `&` or `/`.
    else if ((isWord(toks[j], 'et') || isPunct(toks[j], '/&')) && isWord(toks[j + 1], 'de') && timeAt(toks, j + 2)) j = timeEnd(toks, j + 2);
    // `11h30-13h (salle 5.129) et 13h30-15h`: a remark in brackets after a range, then a second range.
    else if (afterRemark !== undefined) j = timeEnd(toks, afterRemark);
    // `9h-12h30 14h-17h30`: a second whole range right after the first, nothing between them.
    else if (j > rangeStart && timeAt(toks, j) && rangeEndAt(toks, timeEnd(toks, j))) j = timeEnd(toks, j);
    // `9 à 12 h et 14 à 17 h`: a second range whose start is a bare hour of the day, as the first's.
    else if (isWord(toks[j], 'et') && bareHourAt(toks, j + 1) && isWord(toks[j + 2], 'a') && timeAt(toks, j + 3) && dayHourBefore(toks[j + 1]!, toks[j + 3]!)) j = timeEnd(toks, j + 3);
    else break;
  }
  // `(23h59 heure de Paris)`: the time zone named after the hours (french-hours.ts reads it).
  j = zoneWordsEnd(toks, j);
  if (bracket) {
    if (!isPunct(toks[j], ')')) return undefined;
    j++;
  }
  return j - 1;
}

/** The index after a time zone named in words at `j` (`heure de Paris`, `heure locale`), or `j`. */
function zoneWordsEnd(toks: Token[], j: number): number {
  if (!isWord(toks[j], 'heure')) return j;
  let k = j + 1;
  if (isWord(toks[k], 'de')) k++;
  else if (isWord(toks[k], 'd') && isPunct(toks[k + 1], "'\u2019")) k += 2;
  return isWord(toks[k], ...ZONE_PLACES) ? k + 1 : j;
}

// The most hours a length in brackets with its minutes may write (`(1h30)`, `(4h15)`).
const BRACKETED_LENGTH_HOURS = 4;

/**
 * The last token of a duration written at `k`, if one is: a whole number of hours under 7
 * standing alone (`2h`, `(3h)`), or a few hours and minutes in brackets (`(1h30)`), which is
 * how long, not when (`mardi 04/02/2025 2h`).
 */
export function durationEnd(toks: Token[], k: number): number | undefined {
  const bracket = isPunct(toks[k], '(');
  const j = bracket ? k + 1 : k;
  const n = toks[j];
  const h = toks[j + 1];
  if (n?.kind !== 'num' || Number(n.text) > 6 || n.text.length > 1 || !isWord(h, 'h') || n.end !== h?.start) return undefined;
  const minutes = toks[j + 2]?.kind === 'num' && toks[j + 2]?.start === h.end;
  // `Réunion du 23 janvier 2021 (1h30)`: in brackets, hours and minutes of the small hours are
  // how long too, as nobody meets at half past one in the morning; out of them, a time.
  // `(4h00)` writes a time's round minutes: a start, not a length.
  if (minutes && (!bracket || Number(n.text) > BRACKETED_LENGTH_HOURS || toks[j + 2]!.text.length !== 2 || toks[j + 2]!.text === '00')) return undefined;
  const after = minutes ? j + 3 : j + 2;
  if (isPunct(toks[after], '-') || isWord(toks[after], 'a')) return undefined;
  if (bracket) return isPunct(toks[after], ')') ? after : undefined;
  return j + 1;
}

// Before this hour, a range told once for the sessions below it (`réunion hebdomadaire de
// 1h-1h30`) is how long each lasts, not when: nobody meets weekly at one in the morning.
const SMALL_HOURS_END = 5;

// Words that set a range in the night (folded): `soirée de 0h à 4h`, `veillée de 1h à 3h du matin`.
const NIGHT_WORDS = /\b(?:nuit|nuits|nocturne|soir|soiree|soirees|veillee|veillees|matin|minuit)\b/;

/**
 * Whether a range lies wholly in the small hours (`1h-1h30`, `2h-3h`), from one o'clock on,
 * and the words around it (`text`, folded) say nothing of the night: a length written as a
 * clock, when told once for several sessions. `de 0h à 4h` starts at midnight, a time.
 */
export function isLengthAsClock(slot: TimeSlot, text: string): boolean {
  if (slot.end === undefined || slot.nextDay || slot.start.hour < 1) return false;
  return slot.start.hour < SMALL_HOURS_END && slot.end.hour < SMALL_HOURS_END && !NIGHT_WORDS.test(text);
}

/** How many tokens `jusqu'à` takes at `j` (3), or 0. */
function untilAt(toks: Token[], j: number): number {
  return isWord(toks[j], 'jusqu') && isPunct(toks[j + 1], "'\u2019") && isWord(toks[j + 2], 'a') ? 3 : 0;
}

// Most starts a list of them may hold after its first (`14h, 16h30, 18h et 20h`).
const LISTED_STARTS = 6;

/**
 * Where the starts listed from the comma at `j` end (`, 16h30 et 20h`): times one by one
 * after commas, the last after `et`; undefined when `j` opens no such list.
 */
function listedStartsEnd(toks: Token[], j: number): number | undefined {
  let k = j;
  for (let n = 0; n < LISTED_STARTS && isPunct(toks[k], ',') && timeAt(toks, k + 1); n++) k = timeEnd(toks, k + 1);
  return k > j && isWord(toks[k], 'et') && timeAt(toks, k + 1) ? timeEnd(toks, k + 1) : undefined;
}
