import { createHash } from 'node:crypto';

/*
 * An event's content key: a hash of everything its rendered text depends on, as the
 * programme says it: the planned event (identity, days, wall-clock hours, text) and, for
 * timed events, the zone of those hours. Two events with the same key render to the same
 * lines, so an event whose key is already in the previous calendar is carried over from
 * it instead of being formatted again.
 *
 * The key is taken before any conversion to UTC on purpose: a build where nothing changed
 * then never consults the time-zone database, whose first use costs more than the rest of
 * a small build. The price: when a zone's rules change (a country drops summer time), an
 * event already in the calendar keeps the UTC time it was written with until its row is
 * edited; a new rendering version (below) rewrites every event.
 */

/** The event property that carries the key; iCalendar clients ignore X- properties. */
export const contentKeyProperty = 'X-PROGRAMME-SYNC-KEY';

// Raised when the rendering of an event changes (an `ics` upgrade that writes other
// bytes, a new property, a new time-zone database to apply): every event is then
// formatted afresh once. 2: keys from the planned event instead of UTC attributes.
const renderingVersion = 2;

/**
 * SHA-256 of the JSON of what an event renders from, 32 hex digits; the same on every run
 * and machine. Plain JSON rather than a canonical form with sorted keys: the event is
 * built by this code in a fixed order, and sorting cost a 10,000-event rebuild a tenth
 * of its calendar time. A change of that order changes the keys, which only formats every
 * event once more.
 */
export function contentKey(event: object): string {
  const json = JSON.stringify({ renderingVersion, event });
  // 128 bits are ample to tell a calendar's events apart, and keep the line unfolded.
  return createHash('sha256').update(json, 'utf8').digest('hex').slice(0, 32);
}
