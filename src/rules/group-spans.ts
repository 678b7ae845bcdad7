import { slotsOnDay } from '../dates/day-selector.js';
import type { PlainDate, TimeSlot } from '../dates/types.js';
import { groupsIn } from '../programme/audience.js';
import type { Session } from '../programme/model.js';

/** A span of the day in minutes, [start, end). */
export interface Span {
  start: number;
  end: number;
}

const WHOLE_DAY: Span = { start: 0, end: 24 * 60 };

function toMinutes(time: { hour: number; minute: number }): number {
  return time.hour * 60 + time.minute;
}

/** A slot as minutes; a slot with only a start runs to the end of the day. */
function spanOf(slot: TimeSlot): Span {
  // An evening past midnight runs on into the next day's minutes.
  if (slot.end && slot.nextDay) return { start: toMinutes(slot.start), end: toMinutes(slot.end) + WHOLE_DAY.end };
  return { start: toMinutes(slot.start), end: slot.end ? toMinutes(slot.end) : WHOLE_DAY.end };
}

/**
 * When a group is at a session: its labelled slot (`14h - 18h30 pour les mentors`), else
 * the span of the unlabelled slots, else of all slots; the whole day when no hours are given.
 * With a `day`, only the slots that hold on it (hours given per day of the row).
 */
export function spanFor(session: Session, group: string, day?: PlainDate): Span {
  const all = session.hours?.value ?? [];
  const slots = day ? slotsOnDay(all, day) : all;
  if (slots.length === 0) return WHOLE_DAY;
  const labelled = slots.filter((slot) => slot.label && groupsIn(slot.label).has(group));
  const unlabelled = slots.filter((slot) => !slot.label);
  const chosen = labelled.length > 0 ? labelled : unlabelled.length > 0 ? unlabelled : slots;
  const spans = chosen.map(spanOf);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
