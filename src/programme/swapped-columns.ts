import { parseFrenchHours } from '../dates/french-hours.js';
import type { Field } from './model.js';
import { hasLetter } from '../dates/letters.js';

/**
 * Whether a row's hours and place cells were typed in each other's column: the place
 * cell reads as clock hours and the hours cell, not empty, has none (`LLL, Atelier C`).
 * A person reads such a row the right way round, and so does the reader.
 */
export function hoursAndPlaceSwapped(hours: Field<string> | undefined, place: Field<string> | undefined): boolean {
  if (!hours || !place || hours.text === '' || place.text === '') return false;
  const inPlace = parseFrenchHours(place.text);
  if (!inPlace.ok || inPlace.slots.length === 0) return false;
  const inHours = parseFrenchHours(hours.text);
  return inHours.ok && inHours.slots.length === 0 && hasLetter(hours.text) && !/^(tbc|tbd|nc)$/i.test(hours.text.trim());
}
