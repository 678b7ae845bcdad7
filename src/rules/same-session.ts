import { compareDates } from '../dates/plain-date.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';

/** Titles compared as a reader would: case, accents and markup aside. */
export function sameTitle(a: Session, b: Session): boolean {
  const ta = normaliseText(a.title.text).replace(/[^a-z0-9]+/g, ' ').trim();
  return ta !== '' && ta === normaliseText(b.title.text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The first day two rows share, if any. */
export function sharedDay(a: Session, b: Session): PlainDate | undefined {
  return a.dates.value?.days.find((day) => b.dates.value?.days.some((other) => compareDates(day, other) === 0));
}

/** Two rows are one session listed twice when their titles match and they share a day. */
export function sameSession(a: Session, b: Session): boolean {
  return sameTitle(a, b) && sharedDay(a, b) !== undefined;
}
