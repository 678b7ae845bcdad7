import { compareDates } from '../dates/plain-date.js';
import { foldTitle } from '../programme/fold-title.js';
import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';

// Rules compare many pairs of rows: each title is folded once per run, not once per pair.
const titleKeys = new WeakMap<Session, string>();

/** A session's title as a reader compares it (see fold-title.ts), folded once per session. */
export function titleKey(session: Session): string {
  let key = titleKeys.get(session);
  if (key === undefined) {
    key = foldTitle(session.title.text);
    titleKeys.set(session, key);
  }
  return key;
}

/** Titles compared as a reader would: case, accents and markup aside. */
export function sameTitle(a: Session, b: Session): boolean {
  const ta = titleKey(a);
  return ta !== '' && ta === titleKey(b);
}

/** The first day two rows share, if any. */
export function sharedDay(a: Session, b: Session): PlainDate | undefined {
  return a.dates.value?.days.find((day) => b.dates.value?.days.some((other) => compareDates(day, other) === 0));
}

/** Two rows are one session listed twice when their titles match and they share a day. */
export function sameSession(a: Session, b: Session): boolean {
  return sameTitle(a, b) && sharedDay(a, b) !== undefined;
}
