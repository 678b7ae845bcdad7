import type { TimeSlot } from '../dates/types.js';
import { hoursAgree } from './compare-hours.js';
import { defineRule } from './define-rule.js';
import { checkDetailField } from './detail-field-check.js';
import { checkKeyTimes } from './key-times-mismatch.js';

/** A section's `Heures` that disagree with its row's hours (compared as times, per audience). */
export const rule = defineRule({
  id: 'detail-hours-mismatch',
  severity: 'warning',
  description: 'A detail section whose hours disagree with its row in the schedule table, or a box of key times that contradicts the day agendas.',
  check(context) {
    checkDetailField<TimeSlot[]>(context, {
      messageId: 'detail-hours-mismatch',
      // Hours with no clock time (`Les 2 jours`) or prose the grammar cannot read say nothing to compare.
      fromSection: (section) => (section.hours?.value?.length ? section.hours : undefined),
      fromRow: (row) => (row.hours?.value?.length ? row.hours : undefined),
      agree: hoursAgree,
    });
    checkKeyTimes(context);
  },
});
