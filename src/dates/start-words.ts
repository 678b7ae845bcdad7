/*
 * The words that set a lone time of day as a start right before it: `à 20h`, `dès 19h`,
 * `vers 18h`, `à partir de 14h`, and a meeting's (`rdv 12h30`, `rendez-vous à 12h30`). A
 * time so set is when a thing begins, where a bare one may be a length (`(1h30)`). Shared
 * by the readers of a sentence's hours (sentence-slots.ts) and of a series' (series-hours.ts).
 */
import { normaliseText } from './normalise-text.js';

// The start words, folded, ending the words before the time.
const START_WORD = /\b(?:a|des|vers|a partir de|rdv|rendez-vous)$/;

/** Whether the words of `text` right before `hours` (as written in it) set that time as a start. */
export function saidAsStart(text: string, hours: string): boolean {
  const at = text.indexOf(hours);
  return at > 0 && START_WORD.test(normaliseText(text.slice(0, at)).trimEnd());
}
