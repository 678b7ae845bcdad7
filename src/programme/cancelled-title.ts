/*
 * A cancelled session's title cell often says it twice: struck through and with a word
 * (`~~Atelier outils collaboratifs~~ **Annulé** (reporté au 12 mars)`). The word is the
 * session's status, which the calendar says in its own words; the title is the session's
 * name; what follows the word is a remark a subscriber wants to read.
 */

// `Annulé`, `ANNULÉE`, `[ANNULE]`, `cancelled`: the word that marks the status, whole.
// `annulation` is left alone: it is as often a subject (`Atelier sur l'annulation`).
const MARK = /(^|[^\p{L}])(\[\s*)?(annul[ée]e?s?|cancell?ed)(\s*\])?(?=$|[^\p{L}])/iu;

const LEADING_SEPARATORS = /^[\s\-–—:|,;!.]+/u;
const TRAILING_SEPARATORS = /[\s\-–—:|,;!/]+$/u;

/** The words of a title cell around its cancellation mark: the session's name, and a remark after the mark. */
export interface CancelledTitle {
  title: string;
  /** What the cell says after the mark, without its brackets (`reporté au 12 mars`). */
  remark?: string;
}

/** A whole remark in one pair of brackets loses them: `(reporté au 12 mars)` -> `reporté au 12 mars`. */
function unwrap(text: string): string {
  const match = /^\((.*)\)$/su.exec(text);
  return match && !match[1]!.includes(')') ? match[1]!.trim() : text;
}

/**
 * Splits a cancelled row's title at its cancellation word: `Atelier Annulé (reporté au 12
 * mars)` is the title `Atelier` and the remark `reporté au 12 mars`; `ANNULÉ - Atelier` is
 * `Atelier`; `Atelier (annulé)` is `Atelier`. A title without the word is returned whole.
 */
export function splitCancelledTitle(text: string): CancelledTitle {
  const match = MARK.exec(text);
  if (!match) return { title: text };
  let before = text.slice(0, match.index + match[1]!.length);
  let after = text.slice(match.index + match[0].length);
  // `Atelier (annulé)`: the brackets held only the mark.
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) {
    before = before.replace(/\(\s*$/u, '');
    after = after.replace(/^\s*\)/u, '');
  }
  before = before.replace(TRAILING_SEPARATORS, '').trim();
  after = unwrap(after.replace(LEADING_SEPARATORS, '').trim());
  if (before === '') return { title: after };
  return after === '' ? { title: before } : { title: before, remark: after };
}
