/*
 * A night listed under its evening's day. A festival writes its concerts in the order they
 * are played under the day whose evening they open (`Samedi 26 mai` over `22h00 Moldover`,
 * `23H30 Filastine`, `00H45 Ruby My Dear`, `02H00 Subjex`): the slots that start in the small
 * hours after an evening slot of the same day are played after midnight, on the next day's
 * date, as a reader who goes to them knows. Slots written before any evening slot (`01h00`
 * opening a day's list) are that day's own small hours, and stay on it.
 */
import { addDays } from '../dates/plain-date.js';
import type { ResolvedDates } from '../dates/types.js';
import type { SessionDraft } from './session-drafts.js';

// The evening a night follows: a slot starting from this hour (as an evening slot that ends
// after midnight is read, slot-hours.ts).
const EARLIEST_EVENING_HOUR = 17;
// The small hours: a slot starting before this hour, after an evening slot, is past midnight.
const LATEST_NIGHT_HOUR = 6;

/**
 * The slots of `drafts` (in document order) that start after midnight of their day's
 * evening: each a slot on a day of one date, starting before 6h, below a slot of the same
 * day that starts from 17h.
 */
export function slotsAfterMidnight(drafts: readonly SessionDraft[]): Set<SessionDraft> {
  const night = new Set<SessionDraft>();
  const evening = new Set<SessionDraft>();
  for (const draft of drafts) {
    const day = draft.day;
    const start = draft.hours?.slots[0]?.start;
    if (!day || !start || !isOneDate(day)) continue;
    if (start.hour >= EARLIEST_EVENING_HOUR) evening.add(day);
    else if (start.hour < LATEST_NIGHT_HOUR && evening.has(day)) night.add(draft);
  }
  return night;
}

// A day written as one date (`Samedi 26 mai 2012`), not a range or a week whose next day is no one day.
function isOneDate(day: SessionDraft): boolean {
  const expression = day.dated?.line.expression;
  return expression?.kind === 'single' && expression.mentions.length === 1 && !day.dated!.line.week;
}

/** The days of a slot played after midnight: its day's, one day later. */
export function nextDayOf(dates: ResolvedDates): ResolvedDates {
  return { ...dates, days: dates.days.map((day) => addDays(day, 1)) };
}
