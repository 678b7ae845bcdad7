import { compareDates } from '../dates/plain-date.js';
import { foldTitle } from '../programme/fold-title.js';
import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';

// Rules compare many pairs of rows: each title is folded once per run, not once per pair.
const titleKeys = new WeakMap<Session, string>();

// A web address written in a title (`Apéro Python https://meetup.com/e/123`): a generated
// list gives each copy of one evening another link, which does not make it another session.
const webAddress = /\b(?:https?:\/\/|www\.)\S+/gi;

/** A session's title as a reader compares it (see fold-title.ts), its web addresses aside, folded once per session. */
export function titleKey(session: Session): string {
  let key = titleKeys.get(session);
  if (key === undefined) {
    key = foldTitle(session.title.text.replace(webAddress, ' '));
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
