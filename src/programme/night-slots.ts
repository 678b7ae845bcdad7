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
  // The day whose night has begun, and the start of each day's slot read last.
  const crossed = new Set<SessionDraft>();
  const last = new Map<SessionDraft, { minutes: number; line: number; endsThatEvening: boolean }>();
  for (const draft of drafts) {
    const day = draft.day;
    const slot = draft.hours?.slots[0];
    if (!day || !slot || !isOneDate(day)) continue;
    const start = slot.start;
    const minutes = start.hour * 60 + start.minute;
    const before = last.get(day);
    last.set(day, { minutes, line: draft.position.end.line, endsThatEvening: slot.end !== undefined && !slot.nextDay });
    // `21H : Début du voyage` then `7H : Réveil corporel`, `8H : Petit déjeuner`: a night's
    // programme goes on into the next morning, the clock gone back on the line right after
    // an evening slot; what follows in the morning is the next day's too.
    if (crossed.has(day)) {
      if (start.hour < NEXT_NOON) night.add(draft);
      else crossed.delete(day);
    } else if (start.hour >= EARLIEST_EVENING_HOUR) evening.add(day);
    else if (start.hour < LATEST_NIGHT_HOUR && evening.has(day)) {
      night.add(draft);
      crossed.add(day);
    } else if (start.hour < NEXT_NOON && before !== undefined && !before.endsThatEvening && before.minutes >= EARLIEST_EVENING_HOUR * 60 && minutes < before.minutes && draft.position.start.line <= before.line + 1) {
      // Only after an evening slot that does not end that evening (`Groupe A : 18h-20h` over
      // `Groupe B : 8h-10h` lists a day's groups out of order), on the line right after it:
      // an evening told apart (a card of the day's parts,
      // `À partir de 17h` in the introduction) is no slot the morning's list goes on from.
      night.add(draft);
      crossed.add(day);
    }
  }
  return night;
}

// The morning after a night: a slot before noon, right after an evening slot, is the next day's.
const NEXT_NOON = 12;

// A day written as one date (`Samedi 26 mai 2012`), not a range or a week whose next day is no one day.
function isOneDate(day: SessionDraft): boolean {
  const expression = day.dated?.line.expression;
  return expression?.kind === 'single' && expression.mentions.length === 1 && !day.dated!.line.week;
}

/** The days of a slot played after midnight: its day's, one day later. */
export function nextDayOf(dates: ResolvedDates): ResolvedDates {
  return { ...dates, days: dates.days.map((day) => addDays(day, 1)) };
}
