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
 * tests/programme/latin-letter.test.ts holds that every character of it is a letter.
 */
export const LATIN_LETTER = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff`;
