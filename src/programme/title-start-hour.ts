import { parseFrenchHours } from '../dates/french-hours.js';
import type { TimeSlot } from '../dates/types.js';

// A time after `à` or `dès` inside a title, followed by what sets the rest of the title
// apart: a dash, a bracket, a comma or a semicolon (`Départ de Tunis à 23:35 (Turkish
// Airlines TK658)`, `Arrivée à Houston à 19:05 – Installation et repos`). Written by hand:
// the hours grammar reads a cell of hours, not one time inside a sentence.
const START_WITHIN = /(?:^|\s)(?:\u00e0|d\u00e8s)\s(\d{1,2}(?::\d{2}|h\d{2}|h)(?![\dh:]))(?=\s{0,3}(?:[(\u2013\u2014,;]|- ))/giu;
// Every clock time a title writes: the start is read only when it is the only one.
const ANY_TIME = /\d{1,2}(?::\d{2}|h\d{0,2})(?![\d:])/giu;

/**
 * The one start a table row's title writes inside it, after `à` or `dès` and before a dash
 * or a bracket, when the title writes no other clock time: a reader takes it for when the
 * row begins, as the hours closing a title are (read-programme.ts, hoursClosingTitle).
 * Several times (`départ à 8h, retour à 18h`) are a day's story, not its start: nothing.
 */
export function titleStartHour(title: string): { text: string; slot: TimeSlot } | undefined {
  if ((title.match(ANY_TIME) ?? []).length !== 1) return undefined;
  START_WITHIN.lastIndex = 0;
  const found = START_WITHIN.exec(title);
  if (!found) return undefined;
  const parsed = parseFrenchHours(found[1]!);
  if (!parsed.ok || parsed.slots.length !== 1 || parsed.slots[0]!.end !== undefined) return undefined;
  return { text: found[1]!, slot: parsed.slots[0]! };
}
