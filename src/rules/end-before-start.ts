import { addDays, compareDates } from '../dates/plain-date.js';
import type { TimeSlot } from '../dates/types.js';
import { defineRule } from './define-rule.js';
import { rowWhere } from './labels.js';

/**
 * Hours that end before they start are found by the reader when it reads an hours cell
 * (it cannot read them as a slot); hours that end the very minute they start (`15h-15h`) it
 * reads, and this check reports: an event that lasts no time is an end time mistyped.
 */
/** Whether a slot ends the minute it starts, midnight to midnight aside (a whole day). */
function endsAtStart(slot: TimeSlot): boolean {
  if (slot.end === undefined || slot.nextDay) return false;
  const midnight = slot.start.hour === 0 && slot.start.minute === 0;
  return !midnight && slot.end.hour === slot.start.hour && slot.end.minute === slot.start.minute;
}

export const rule = defineRule({
  id: 'end-before-start',
  severity: 'error',
  description: 'Hours that end before they start, such as 18h - 9h, or that end the minute they start, such as 15h-15h.',
  check(context) {
    for (const session of context.programme.sessions) {
      const hours = session.hours;
      // `14h-14h` over two days that follow each other runs a day and a night.
      const days = session.dates.value?.days ?? [];
      if (hours?.value === undefined || (days.length === 2 && compareDates(addDays(days[0]!, 1), days[1]!) === 0)) continue;
      if (hours.value.some(endsAtStart)) context.report('end-at-start', { text: hours.text, where: rowWhere(context, session) }, hours.position);
    }
  },
});
