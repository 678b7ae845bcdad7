/*
 * A date cell that numbers its week or session before the date: `Semaine 3 (16/09)`,
 * `Séance 1 : 12 septembre`, `Sem. 3 — 16/09`, `S1 - 12/09`, `TP2 (1er octobre)`,
 * `Week 5: 30/09`. Course plans write them so; a reader skips the number and reads the
 * date. Only a short label glued to or one space from its number is skipped (a word of a
 * dozen letters at most, `#` or `n°`), and what follows must then be a date on its own.
 * `SEM XX` (a week left unnumbered) and `[01]` are such labels too.
 */
import { parseFrenchDate } from './french-dates.js';
import type { DateParseResult } from './types.js';

// `Semaine 3`, `Sem. 3`, `S1`, `TP2`, `#3`, `n° 3`, `SEM XX`, `[01]`, then a separator (`-`, `:`, `,`, an
// opening bracket) or a space. Bounded quantifiers only: linear on any cell.
// The letters of French words written out (ASCII and Latin-1) rather than \p{L}, which is
// costly to compile at start-up (README, Performance).
const NUMBERED_LABEL = new RegExp(String.raw`^\s{0,3}(?:(?:[A-Za-z\u00c0-\u00ff]{1,12}\.?\s?|#\s?|n\u00b0\s?)(?:\d{1,2}|XX|xx)|\[\d{1,2}\])\s{0,3}(?:[-\u2013\u2014:,]\s{0,3}|\(\s{0,3}|\s)`);

/** The date after a numbered label (`Semaine 3 (16/09)` -> 16/09), read like a dates cell; undefined when the cell is not so written. */
export function dateAfterNumberedLabel(text: string): DateParseResult | undefined {
  const label = NUMBERED_LABEL.exec(text);
  if (!label) return undefined;
  let rest = text.slice(label[0].length).trim();
  if (label[0].trimEnd().endsWith('(')) {
    if (!rest.endsWith(')')) return undefined;
    rest = rest.slice(0, -1).trim();
  }
  const parsed = parseFrenchDate(rest);
  return parsed.ok && parsed.value.mentions.length > 0 ? parsed : undefined;
}
