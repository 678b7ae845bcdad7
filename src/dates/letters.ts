/*
 * Letter tests (`\p{L}`) that compile no pattern for Latin text. A pattern with `\p{L}`
 * needs the `u` flag, and V8 builds the class from ICU's tables when it compiles it: about
 * a million instructions for each such pattern, paid by every run of `check` (README,
 * Performance). Below U+0250 (ASCII, Latin-1, Latin Extended A and B) the letters are
 * known and written out here; text with any code point from U+0250 up takes the `\p{L}`
 * pattern, compiled then. tests/dates/letters.test.ts holds that each function gives what
 * its pattern gives, on every code point and on generated text.
 */

// The first code point the functions below leave to `\p{L}`.
const LATIN_END = 0x250;

// Below U+0250, the letters: A-Z, a-z, ª, µ, º, À-Ö, Ø-ö, ø-ɏ (every one of U+00F8-U+024F).
function isLatinLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c < LATIN_END && c !== 0xd7 && c !== 0xf7);
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether every UTF-16 unit of `text` is below U+0250, where the letters are written out here. */
export function isLatinText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= LATIN_END) return false;
  return true;
}

/** Whether `ch` (a character, or one unit of a string) is a letter: `/\p{L}/u.test(ch)`. */
export function isLetter(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < LATIN_END) return isLatinLetterCode(ch.charCodeAt(0));
  return /\p{L}/u.test(ch);
}

/** Whether `text` holds a letter: `/\p{L}/u.test(text)`. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LATIN_END) return /\p{L}/u.test(text);
    if (isLatinLetterCode(c)) return true;
  }
  return false;
}

/** Whether `text` holds a letter or a digit 0-9: `/\p{L}|\d/u.test(text)`. */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LATIN_END) return /\p{L}|\d/u.test(text);
    if (isDigitCode(c) || isLatinLetterCode(c)) return true;
  }
  return false;
}

/**
 * The letters of the Latin script, as the body of a regular expression's character class
 * (`[${LATIN_LETTER}]`, `[^${LATIN_LETTER}]`): ASCII, Latin-1, Latin Extended A and B
 * and Latin Extended Additional, every one of them a letter (`\p{L}`). French and English
 * text writes nothing else.
 *
 * Written out because a pattern with `\p{L}` needs the `u` flag, and V8 builds `\p{L}`
 * from ICU's tables (every letter of Unicode) each time it compiles such a pattern, and
 * `u` with `i` makes it fold the case of every class: together they were most of the
 * instructions `check` spends compiling patterns (README, Performance).
 * tests/programme/latin-letter.test.ts holds that every character of it is a letter; the
 * functions above read below U+0250 only, where it writes the same letters as they do.
 */
export const LATIN_LETTER = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff`;
const NOT_LATIN_LETTER = new RegExp(`[^${LATIN_LETTER}]+`);
const NOT_LATIN_LETTER_OR_DIGIT = new RegExp(`[^${LATIN_LETTER}\\d]+`);

/** `text` cut at every run of what is not a letter: `text.split(/[^\p{L}]+/u)`. */
export function splitAtNonLetters(text: string): string[] {
  return isLatinText(text) ? text.split(NOT_LATIN_LETTER) : text.split(/[^\p{L}]+/u);
}

/** `text` cut at every run of what is neither a letter nor a digit 0-9: `text.split(/[^\p{L}\d]+/u)`. */
export function splitAtNonLettersOrDigits(text: string): string[] {
  return isLatinText(text) ? text.split(NOT_LATIN_LETTER_OR_DIGIT) : text.split(/[^\p{L}\d]+/u);
}

// A training's name may carry its level in digits (`PSE1 du 19 au 23 février`, `PSC1`, `TP3`).
const LATIN_WORD_THEN_DU = new RegExp(`^([${LATIN_LETTER}][${LATIN_LETTER}0-9]*) (?:du|des) `);

/** The word `text` opens with when `du` or `des` follows it (`Semaine du 3 mars`, `PSE1 du 19 au 23 février`): `/^(\p{L}[\p{L}\d]*) (?:du|des) /u.exec(text)`. */
export function wordBeforeDu(text: string): RegExpExecArray | null {
  return isLatinText(text) ? LATIN_WORD_THEN_DU.exec(text) : /^(\p{L}[\p{L}\d]*) (?:du|des) /u.exec(text);
}
