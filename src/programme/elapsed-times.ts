/*
 * A workshop's running order written as time since it began (`**0:00 — Accueil**`, then
 * `**0:15 — Manips 01 à 04**` … `**2:20 — Questions**`), under the one day it is held: the
 * times are how far into the session each part starts, not hours of the clock. Read as
 * clock hours they would put the workshop in the middle of the night. A reader puts the
 * day in the calendar, with no hours, and its parts are the session's plan.
 *
 * Only a day whose slots start at midnight, the first of them written `0:00` or `00:00`
 * with no end, each later one after the one before and all before six in the morning: no
 * programme starts its day at midnight and runs a night of one-hour parts, while a night
 * of a festival (`23h30 Filastine`, then `00h45 …`) starts before midnight.
 */
import type { SessionDraft } from './session-drafts.js';

// Minutes into the day before which a run of starts from midnight is no night of a programme.
const EARLY_MORNING = 6 * 60;
// How many parts make a running order (one `0:00` alone may be a midnight's start).
const FEWEST_PARTS = 3;

const minutesOf = (draft: SessionDraft): number | undefined => {
  const slot = draft.hours?.slots.length === 1 ? draft.hours.slots[0]! : undefined;
  return slot && slot.end === undefined ? slot.start.hour * 60 + slot.start.minute : undefined;
};

/**
 * The slots of the days whose hours are a running order from `0:00` (see above); their
 * days are left to be sessions of their own, all day.
 */
export function elapsedRunningOrders(drafts: SessionDraft[]): Set<SessionDraft> {
  const byDay = new Map<SessionDraft, SessionDraft[]>();
  for (const draft of drafts) if (draft.day) byDay.set(draft.day, [...(byDay.get(draft.day) ?? []), draft]);
  const elapsed = new Set<SessionDraft>();
  for (const [day, slots] of byDay) {
    if (slots.length < FEWEST_PARTS) continue;
    const starts = slots.map(minutesOf);
    if (starts[0] !== 0 || !/^\s*0{1,2}\s?[:h]\s?00/.test(slots[0]!.hours!.text)) continue;
    if (starts.some((start, k) => start === undefined || start >= EARLY_MORNING || (k > 0 && start <= starts[k - 1]!))) continue;
    for (const slot of slots) elapsed.add(slot);
    day.slots = Math.max(0, day.slots - slots.length);
    // The page's day (`**Fablab — 9 avril 2026**` under its title) lent itself to its slots; with none left, it is the session.
    day.borrowed = false;
  }
  return elapsed;
}
