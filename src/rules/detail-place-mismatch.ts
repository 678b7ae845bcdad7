import { defineRule } from './define-rule.js';
import { checkDetailField, wordedField } from './detail-field-check.js';

/** A section's `Lieu` that names another place than its row (more or less detail is not a disagreement). */
export const rule = defineRule({
  id: 'detail-place-mismatch',
  severity: 'warning',
  description: 'A detail section whose place contradicts its row in the schedule table.',
  check(context) {
    checkDetailField(context, wordedField('place', 'detail-place-mismatch'));
  },
});
