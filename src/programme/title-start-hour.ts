import { normaliseText } from '../dates/normalise-text.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { TimeSlot } from '../dates/types.js';
import { DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, HAND_IN, LIMIT, wordsAtEnd } from './deadline-words.js';

/**
 * The words right before a time that make it a deadline (`envoi avant 17h`, `au plus tard
 * 12h`, `limite 18h`, `d'ici 16h`: deadline-words.ts; `before 5pm`, `by 5pm`), read on the folded text.
 */
export const DEADLINE_BEFORE = wordsAtEnd([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, 'before', 'by']);

// A time after `à` or `dès` inside a title, followed by what sets the rest of the title
// apart: a dash, a bracket, a comma or a semicolon (`Départ de Tunis à 23:35 (Turkish
// Airlines TK658)`, `Arrivée à Houston à 19:05 – Installation et repos`). Written by hand:
// the hours grammar reads a cell of hours, not one time inside a sentence.
const START_WITHIN = /(?:^|\s)(?:\u00e0|d\u00e8s)\s(\d{1,2}(?::\d{2}|h\d{2}|h)(?![\dh:]))(?=\s{0,3}(?:[(\u2013\u2014,;]|- ))/iu;
// Every clock time a title writes: the start is read only when it is the only one.
const ANY_TIME = /\d{1,2}(?::\d{2}|h\d{0,2})(?![\d:])/giu;
// What, right before `à`, makes the time no start (folded): the end of a range written
// `de 9 à 12h`, the end of the day (`fin à 17h`, `retour à l'hôtel à 19h`), a deadline
// (`dépôt au plus tard à 18h`), a hand-in (`rendu à 18h`, `à remettre à 12h`: deadline-words.ts).
// Alternatives, not an optional minutes group: no quantified part sits in a quantified one.
// `jusqu'` alone: the `à` after it is the one the time is read after (`jusqu' à 18h`).
const NO_START_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:de|entre) (?:\d{1,2}|\d{1,2}h|\d{1,2}h\d{2})|(?:^|\s)(?:fin|retour|jusqu'|jusqu|termine|cloture|depot|${HAND_IN.join('|')}))\s*$`,
);

/**
 * The one start a table row's title writes inside it, after `à` or `dès` and before a dash
 * or a bracket, when the title writes no other clock time: a reader takes it for when the
 * row begins, as the hours closing a title are (read-programme.ts, hoursClosingTitle). Only
 * in the title's first clause: after a comma (`Visite, retour à l'hôtel à 19h`) the time
 * tells how the day goes on. Several times (`départ à 8h, retour à 18h`) are a day's
 * story, not its start: nothing.
 */
export function titleStartHour(title: string): { text: string; slot: TimeSlot } | undefined {
  if ((title.match(ANY_TIME) ?? []).length !== 1) return undefined;
  const found = START_WITHIN.exec(title);
  if (!found) return undefined;
  const before = normaliseText(title.slice(0, found.index));
  if (/[,;]/.test(before) || NO_START_BEFORE.test(before) || DEADLINE_BEFORE.test(before)) return undefined;
  const parsed = parseFrenchHours(found[1]!);
  if (!parsed.ok || parsed.slots.length !== 1 || parsed.slots[0]!.end !== undefined) return undefined;
  return { text: found[1]!, slot: parsed.slots[0]! };
}
