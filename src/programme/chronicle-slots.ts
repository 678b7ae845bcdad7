/*
 * A day's list of times told as they passed (`12h18 environ - La décision est prise de
 * changer de PC`, `12h22 - Le nouveau PC est démarré`): the chronicle of one meeting, kept
 * minute by minute as a workshop's report keeps it, not its programme. A programme sets its
 * slots on the five minutes (`9h`, `10h30`, `14h45`); a chronicle notes the minute something
 * happened. A reader puts the meeting in the calendar once, from the first time noted to the
 * last. Written by hand: a count over the slots already read.
 */
import type { TimeSlot } from '../dates/types.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';

// How many slots a chronicle holds at least, and how many of their times fall off the five minutes.
const FEWEST_TIMES = 4;
const OFF_THE_FIVE = 2;
const FIVE = 5;

/** Whether the timed drafts of one day are a chronicle (see above): each timed by a start alone, two at least off the five minutes. */
export function isChronicle(timed: readonly SessionDraft[]): boolean {
  const starts = timed.flatMap((draft) => draft.hours?.slots.map((slot) => slot.start) ?? []);
  if (timed.length < FEWEST_TIMES || starts.length !== timed.length) return false;
  // A programme gives its slots' ends; a chronicle notes when each thing began.
  if (timed.some((draft) => draft.hours!.slots[0]!.end !== undefined)) return false;
  return starts.filter((start) => start.minute % FIVE !== 0).length >= OFF_THE_FIVE;
}

/** The hours of the meeting a chronicle tells: from its earliest time to its latest (a log may run newest first), where the earliest is written. */
export function chronicleHours(timed: readonly SessionDraft[]): DraftHours {
  const minutes = (draft: SessionDraft) => draft.hours!.slots[0]!.start.hour * 60 + draft.hours!.slots[0]!.start.minute;
  const sorted = [...timed].sort((a, b) => minutes(a) - minutes(b));
  const first = sorted[0]!.hours!;
  const last = sorted.at(-1)!.hours!;
  const slot: TimeSlot = { start: first.slots[0]!.start, end: last.slots[0]!.start };
  return { text: `${first.text} - ${last.text}`, position: first.position, slots: [slot] };
}
