import { foldWithMap } from './normalise-text.js';
import { isLetter } from './letters.js';

/*
 * A one-pass tokenizer shared by the date grammar: runs of digits, runs of letters, and
 * single punctuation characters, on folded text. Whitespace separates tokens and is
 * dropped, but `start`/`end` let the grammar tell `9h` (adjacent) from `9 h`, and `16/17`
 * from `16 / 17`. Linear in the input, no regular expression backtracking.
 */

/** One token of folded text; `start`/`end` index the folded string, `from`/`to` the original. */
export interface Token {
  kind: 'num' | 'word' | 'punct';
  /** Folded text of the token (`fevrier`, `11`, `&`). */
  text: string;
  start: number;
  end: number;
  /** Offsets of the token in the original, unfolded text. */
  from: number;
  to: number;
}

/** Whether `t` is a punctuation token, one of `chars`. */
export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** Whether `t` is a word token, one of `words` (folded). */
export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && words.includes(t.text);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * Whether a word is an hour's `h` written out (`17 heures`, `9 heure`): right after a number
 * of a day's usual hours, one space apart. A small number is how long something lasts (`2
 * heures de cours`) and `24 heures` a race or a marathon of code: neither is a clock time.
 */
function isHourWord(word: string, before: Token | undefined, at: number): boolean {
  if (word !== 'heure' && word !== 'heures') return false;
  return before?.kind === 'num' && before.end === at - 1 && before.text.length <= 2 && isWordedHour(Number(before.text));
}

// The earliest hour read from its word: `2 heures` says how long, `7 heures` when.
const EARLIEST_WORDED_HOUR = 7;

/** Whether an hour written before `heures` may be a clock time: a day's usual hours, not `2 heures` (a length) nor `24 heures` (a race). */
export function isWordedHour(hour: number): boolean {
  return hour >= EARLIEST_WORDED_HOUR && hour <= 23;
}

// Words right before `17 heures` that set it as a clock time (folded): `à`, `vers`, `dès`,
// `jusqu'à`, `de … à`, `entre … et`, `partir de`; a dash of a range; or nothing, the time
// opening its line (`17 heures environ : annonce`).
const CLOCK_CUES = new Set(['a', 'vers', 'des', 'de', 'entre', 'et', 'jusqu', 'midi']);
// Words right after it that make it a length (`10 heures de projet`, `8 heures par semaine`).
const LENGTH_AFTER = /^ ?(?:de |d'|d\u2019|du |des |par |pour |sur |au total|en tout|hebdo)/;

/**
 * Whether `N heures` (the number at `from`, the word ending at `to`, in folded text) is a
 * clock time: set so by the words before it, and not a length by the words after it (`-
 * Cours : 8 heures`, `10 heures de projet` say how long). Shared with french-hours.ts.
 */
export function saidAsClock(folded: string, from: number, to: number): boolean {
  if (LENGTH_AFTER.test(folded.slice(to, to + 12))) return false;
  const before = folded.slice(Math.max(0, from - 12), from).trimEnd();
  if (before === '' || /[-\u2013\u2014(]$/.test(before)) return true;
  // The last word before it (`jusqu'` of `jusqu'à`, folded to `jusqu'a`), read back by hand.
  let end = before.length;
  if (before[end - 1] === "'") end--;
  let start = end;
  while (start > 0 && before[start - 1]! >= 'a' && before[start - 1]! <= 'z') start--;
  return start < end && CLOCK_CUES.has(before.slice(start, end));
}

/** Splits `text` into number, word and punctuation tokens, with offsets into the original text. */
export function tokenize(text: string): Token[] {
  const { folded, map } = foldWithMap(text);
  const tokens: Token[] = [];
  const push = (kind: Token['kind'], start: number, end: number): void => {
    tokens.push({ kind, text: folded.slice(start, end), start, end, from: map[start] ?? 0, to: map[end] ?? text.length });
  };
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i] ?? '';
    if (ch === ' ') {
      i++;
    } else if (isDigit(ch)) {
      let j = i + 1;
      while (j < folded.length && isDigit(folded[j] ?? '')) j++;
      push('num', i, j);
      i = j;
    } else if (isLetter(ch)) {
      let j = i + 1;
      while (j < folded.length && isLetter(folded[j] ?? '')) j++;
      // `18hoo`: a time whose minutes' zeros are typed as the letter o, read as `18h00`.
      if (folded.slice(i, j) === 'hoo' && isDigit(folded[i - 1] ?? '')) {
        push('word', i, i + 1);
        tokens.push({ kind: 'num', text: '00', start: i + 1, end: j, from: map[i + 1] ?? 0, to: map[j] ?? text.length });
      } else if (isHourWord(folded.slice(i, j), tokens.at(-1), i) && saidAsClock(folded, tokens.at(-1)!.start, j)) {
        // `17 heures`, `à 9 heures 30`: the hour's word written out is its `h` (see isHourWord).
        tokens.push({ kind: 'word', text: 'h', start: i, end: j, from: map[i] ?? 0, to: map[j] ?? text.length });
      } else push('word', i, j);
      i = j;
    } else {
      // Surrogate pairs (emoji) stay one token so offsets never split a character.
      const cp = folded.codePointAt(i) ?? 0;
      const len = cp > 0xffff ? 2 : 1;
      push('punct', i, i + len);
      i += len;
    }
  }
  return tokens;
}
