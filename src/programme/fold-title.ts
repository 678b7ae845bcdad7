import { withoutMarks } from '../dates/marks.js';

/**
 * Folds a title (or an audience) for comparison: accents, case, punctuation and spacing
 * ignored, so `Séminaire EIG` and `seminaire  eig.` are one title. The rules (the same
 * session twice), the calendar (event identity, detail links) and the report (what
 * changes for subscribers) all compare titles through this one function, so they agree
 * on which sessions are the same. Event UIDs are hashes of it: changing it changes every
 * subscriber's UIDs.
 */
export function foldTitle(text: string): string {
  const folded = withoutMarks(text.normalize('NFKD')).toLowerCase();
  // A Latin title (every code point below U+0250) is cut at what is neither a letter nor
  // a digit with the class written out: `[^\p{L}\p{N}]+` with /gu took V8 nearly 4 million
  // instructions to compile, the costliest pattern of `check` on the example (README,
  // Performance). tests/programme/fold-title.test.ts holds that both cut the same.
  if (LATIN.test(folded)) return folded.replace(NOT_LATIN_LETTER_OR_DIGIT, ' ').trim();
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const LATIN = /^[\0-\u024f]*$/;
// Below U+0250, the letters (`\p{L}`) and the digits and other numbers (`\p{N}`: ² ³ ¹ ¼ ½ ¾).
const NOT_LATIN_LETTER_OR_DIGIT = /[^0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;
