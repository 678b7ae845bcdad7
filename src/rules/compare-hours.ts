import type { TimeSlot } from '../dates/types.js';
import { groupsIn } from '../programme/audience.js';

function sameTime(a: TimeSlot['start'] | undefined, b: TimeSlot['start'] | undefined): boolean {
  return a === undefined || b === undefined || (a.hour === b.hour && a.minute === b.minute);
}

// Two slots agree when their times match; a missing end is less detail, not a contradiction.
function slotsAgree(a: TimeSlot, b: TimeSlot): boolean {
  return sameTime(a.start, b.start) && sameTime(a.end, b.end);
}

function sameGroups(a: TimeSlot, b: TimeSlot): boolean {
  if (!a.label || !b.label) return true;
  const ga = groupsIn(a.label);
  const gb = groupsIn(b.label);
  if (ga.size === 0 || gb.size === 0) return true;
  return [...ga].some((g) => gb.has(g));
}

/**
 * Whether a section's hours agree with its row's: every slot the section gives matches a
 * slot of the row (for the same people when both name them). A section may give one of
 * the row's audiences, or all of them; `14h - 17h30` and `14:00-17:30` are the same slot.
 */
export function hoursAgree(section: TimeSlot[], row: TimeSlot[]): boolean {
  return section.every((slot) => row.some((other) => sameGroups(slot, other) && slotsAgree(slot, other)));
}
