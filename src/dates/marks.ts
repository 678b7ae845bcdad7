/*
 * The combining marks of decomposed text taken off, for folding (`é` decomposed is `e`
 * and U+0301; without the mark it is `e`).
 *
 * Written with a fast path because `\p{M}` needs the `u` flag and V8 builds the class from
 * ICU's tables when it compiles the pattern: about 2 million instructions, paid by every
 * run of `check` (README, Performance). Latin text, once decomposed, holds no mark but the
 * combining diacritical marks U+0300-U+036F, every one of them a mark and none below them
 * a mark, so for text of nothing else a plain class finds the same marks; any other text
 * takes `\p{M}` (compiled then, on first use). tests/dates/marks.test.ts holds that both
 * find the same.
 */

// Nothing but code points below U+0370: Latin letters, digits, signs, and the combining
// diacritical marks U+0300-U+036F.
const BELOW_GREEK = /^[\0-\u036f]*$/;
const COMBINING_DIACRITIC = /[\u0300-\u036f]/g;

/** `text` without its combining marks (`\p{M}`): what `text.replace(/\p{M}/gu, '')` gives. */
export function withoutMarks(text: string): string {
  if (BELOW_GREEK.test(text)) return text.replace(COMBINING_DIACRITIC, '');
  return text.replace(/\p{M}/gu, '');
}
