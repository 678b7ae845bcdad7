import { defineRule } from './define-rule.js';
import { checkDetailField, wordedField } from './detail-field-check.js';

/** A section's `Thème` that names another theme than its row (more or less detail is not a disagreement). */
export const rule = defineRule({
  id: 'detail-theme-mismatch',
  severity: 'warning',
  description: 'A detail section whose theme contradicts its row in the schedule table.',
  check(context) {
    checkDetailField(context, wordedField('theme', 'detail-theme-mismatch'));
  },
});
