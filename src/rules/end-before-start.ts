import { addDays, compareDates } from '../dates/plain-date.js';
import { defineRule } from './define-rule.js';
import { rowWhere } from './labels.js';

/**
 * Hours that end before they start are found by the reader when it reads an hours cell
 * (it cannot read them as a slot); hours that end the very minute they start (`15h-15h`) it
 * reads, and this check reports: an event that lasts no time is an end time mistyped.
 */
export const rule = defineRule({
  id: 'end-before-start',
  severity: 'error',
  description: 'Hours that end before they start, such as 18h - 9h, or that end the minute they start, such as 15h-15h.',
  check(context) {
    for (const session of context.programme.sessions) {
      const hours = session.hours;
      // `14h-14h` over two days that follow each other runs a day and a night; `00:00 - 00:00` says the whole day.
      const days = session.dates.value?.days ?? [];
      if (hours?.value === undefined || (days.length === 2 && compareDates(addDays(days[0]!, 1), days[1]!) === 0)) continue;
      const still = hours.value.some(
        (slot) => slot.end !== undefined && !slot.nextDay && slot.end.hour === slot.start.hour && slot.end.minute === slot.start.minute && slot.start.hour + slot.start.minute > 0,
      );
      if (still) context.report('end-at-start', { text: hours.text, where: rowWhere(context, session) }, hours.position);
    }
  },
});
