import { compareDates, toIsoDate } from '../dates/plain-date.js';
import { foldTitle } from '../programme/fold-title.js';
import type { PlainDate, TimeSlot } from '../dates/types.js';
import { audienceOf } from '../programme/audience.js';
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

function minutes(time: { hour: number; minute: number }): number {
  return time.hour * 60 + time.minute;
}

// Two slots meet when they start together, or when both give an end and their times cross.
// A start alone (`14:50`, a grid's slot) says nothing of its end: only its start can meet.
function slotsMeet(a: TimeSlot, b: TimeSlot): boolean {
  if (minutes(a.start) === minutes(b.start)) return true;
  if (!a.end || !b.end || a.nextDay || b.nextDay) return false;
  return minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end);
}

/**
 * Whether two rows of one title and one day are held apart, as a reader sees: both give
 * clock hours and none of their slots meet (a session split over two slots of the day,
 * `Prise en main (début)` at 8h15 and again at 10h30; one course given to three groups at
 * three times), or both say who they are for and share no group. A row repeated at the same
 * hours, or a copy whose hours cross the first's (a stale copy), is not held apart; nor is a
 * row that gives no hours beside one that does. Two runs of days that meet on one end day are.
 */
export function heldApart(a: Session, b: Session): boolean {
  // Two runs of days that meet on one day only, the last of one and the first of the other
  // (`17/07 | 18/07` then `18/07 | 19/07`): the stages of a tour, not one row written twice.
  // Runs that share more (a stale copy that moved its end) are still one session.
  const daysA = (a.dates.value?.days ?? []).map(toIsoDate);
  const daysB = (b.dates.value?.days ?? []).map(toIsoDate);
  const shared = daysA.filter((day) => daysB.includes(day));
  if (daysA.length > 1 && daysB.length > 1 && shared.length === 1 && (shared[0] === daysA.at(-1) || shared[0] === daysB.at(-1)) && daysA[0] !== daysB[0]) return true;
  const slotsA = a.hours?.value ?? [];
  const slotsB = b.hours?.value ?? [];
  if (slotsA.length > 0 && slotsB.length > 0 && !slotsA.some((slot) => slotsB.some((other) => slotsMeet(slot, other)))) return true;
  const groupsA = audienceOf(a);
  const groupsB = audienceOf(b);
  return groupsA.size > 0 && groupsB.size > 0 && ![...groupsA].some((group) => groupsB.has(group));
}
