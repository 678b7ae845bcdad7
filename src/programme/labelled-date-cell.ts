/*
 * A dates cell that names what the day is for before it, with a colon: an exam paper's day
 * in a cell that names the paper (`Info C : Jeudi 16 avril 2026 (8 - 12h)`, `Info A (Rennes
 * et Paris-Saclay) : Mardi 14 avril 2026 (14 - 18h)`). A reader reads the day and its
 * hours. Not a label that says the day is something else than the session's: a deadline
 * (`Date limite :`, `Rendu avant :`, `Inscriptions jusqu'au :`), a bound of a period
 * (`Début :`, `Fin :`), a day not settled (`À confirmer :`) or given up (`Ancienne date :`,
 * `Reporté :`); those stay an `unreadable-date` for the coordinator to write plainly.
 * Written by hand: a cell's grammar, which no date library reads.
 */
import { parseFrenchDate } from '../dates/french-dates.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { DateParseResult } from '../dates/types.js';
import { DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, FROM_A_DATE, HAND_IN, LIMIT, UNTIL, wordsAnywhere } from './deadline-words.js';

// A label and a colon before the date: 60 characters at most, no colon inside.
const COLON_LABEL = /^\s{0,3}([^:\s][^:]{0,59}?)\s{0,3}:\s{1,3}/;
// How many words a label may have: more is a sentence.
const MOST_LABEL_WORDS = 6;
// Words of a label (folded) that make its day no session's day (see above).
const NOT_THE_SESSION = wordsAnywhere([
  ...DEADLINE_PHRASES, LIMIT, ...DEADLINE_PREPOSITIONS, ...UNTIL, ...FROM_A_DATE, ...HAND_IN,
  'apres', 'debut', 'fin', 'du', 'au', 'inscriptions?', 'anciennes?', 'initiale?s?', 'a confirmer', 'a preciser',
  'provisoires?', 'reportee?s?', 'annulee?s?', 'deplacee?s?',
]);

/**
 * The date after a label and a colon (see above), read like a dates cell, its hours placed
 * in the whole text; undefined when the text is not so written, when the label is long
 * enough to be a sentence, or when it says the day is not the session's.
 */
export function dateAfterLabel(text: string): DateParseResult | undefined {
  const label = COLON_LABEL.exec(text);
  if (!label) return undefined;
  const words = label[1]!.trim();
  if (words.split(/\s+/).length > MOST_LABEL_WORDS || NOT_THE_SESSION.test(normaliseText(words))) return undefined;
  const parsed = parseFrenchDate(text.slice(label[0].length));
  if (!parsed.ok || parsed.value.mentions.length === 0) return undefined;
  const shift = label[0].length;
  return parsed.hours ? { ...parsed, hours: { ...parsed.hours, start: parsed.hours.start + shift, end: parsed.hours.end + shift } } : parsed;
}
