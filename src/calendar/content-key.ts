import { createHash } from 'node:crypto';

/*
 * An event's content key: a hash of everything its rendered text depends on (the `ics`
 * attributes after zone conversion, and the identity its UID comes from). Two events
 * with the same key render to the same lines, so an event whose key is already in the
 * previous calendar is carried over from it instead of being formatted again.
 */

/** The event property that carries the key; iCalendar clients ignore X- properties. */
export const contentKeyProperty = 'X-PROGRAMME-SYNC-KEY';

// Raised when the rendering of an event changes (an `ics` upgrade that writes other
// bytes, a new property): every event is then formatted afresh once.
const renderingVersion = 1;

/** SHA-256 of a canonical JSON of what an event renders from, 32 hex digits; the same on every run and machine. */
export function contentKey(attributes: object, identity: { title: string; audience: string }): string {
  const canonical = canonicalJson({ renderingVersion, identity, attributes });
  // 128 bits are ample to tell a calendar's events apart, and keep the line unfolded.
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32);
}

// JSON with object keys sorted, so the order attributes were built in does not matter.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
