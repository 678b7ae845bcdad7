import { isUnsettled, sameOrMoreDetailed } from './compare-text.js';
import { defineRule } from './define-rule.js';
import { checkDetailField } from './detail-field-check.js';

/** A section's `Lieu` that names another place than its row (more or less detail is not a disagreement). */
export const rule = defineRule({
  id: 'detail-place-mismatch',
  severity: 'warning',
  description: 'A detail section whose place contradicts its row in the schedule table.',
  check(context) {
    checkDetailField<string>(context, {
      messageId: 'detail-place-mismatch',
      fromSection: (section) => (section.place && !isUnsettled(section.place.text) ? section.place : undefined),
      fromRow: (row) => (row.place && !isUnsettled(row.place.text) ? row.place : undefined),
      agree: sameOrMoreDetailed,
    });
  },
});
