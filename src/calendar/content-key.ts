import murmurHash3 from 'murmurhash3js-revisited';

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
 * A 128-bit hash (MurmurHash3, x86) of the JSON of what an event renders from, 32 hex
 * digits; the same on every run and machine. Plain JSON rather than a canonical form with
 * sorted keys: the event is built by this code in a fixed order, and sorting cost a
 * 10,000-event rebuild a tenth of its calendar time; a change of that order changes the
 * keys, which only formats every event once more. Not SHA-256: nothing here needs a
 * cryptographic hash, and loading node:crypto (with the streams it pulls in) cost an
 * unchanged build of a small programme a twentieth of its time.
 */
export function contentKey(event: object): string {
  const json = JSON.stringify({ renderingVersion, event });
  return murmurHash3.x86.hash128(Buffer.from(json, 'utf8'));
}
