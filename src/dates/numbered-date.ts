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

// A label and a colon before the date (`Info C : Jeudi 16 avril 2026`, `Info A (Rennes et
// Paris-Saclay) : Mardi 14 avril`): six words and 60 characters at most, no colon inside.
const COLON_LABEL = /^\s{0,3}([^:\s][^:]{0,59}?)\s{0,3}:\s{1,3}/;
const MOST_LABEL_WORDS = 6;

/**
 * The date after a label and a colon (`Info C : Jeudi 16 avril 2026 (8 - 12h)`: an exam
 * paper's day in a cell that names the paper), read like a dates cell, hours included and
 * placed in the whole text; undefined when the text is not so written, or when the label
 * is long enough to be a sentence.
 */
export function dateAfterLabel(text: string): DateParseResult | undefined {
  const label = COLON_LABEL.exec(text);
  if (!label || label[1]!.trim().split(/\s+/).length > MOST_LABEL_WORDS) return undefined;
  const parsed = parseFrenchDate(text.slice(label[0].length));
  if (!parsed.ok || parsed.value.mentions.length === 0) return undefined;
  const shift = label[0].length;
  return parsed.hours ? { ...parsed, hours: { ...parsed.hours, start: parsed.hours.start + shift, end: parsed.hours.end + shift } } : parsed;
}
