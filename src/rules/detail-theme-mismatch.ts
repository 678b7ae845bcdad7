import { isUnsettled, sameOrMoreDetailed } from './compare-text.js';
import { defineRule } from './define-rule.js';
import { checkDetailField } from './detail-field-check.js';

/** A section's `Thème` that names another theme than its row (more or less detail is not a disagreement). */
export const rule = defineRule({
  id: 'detail-theme-mismatch',
  severity: 'warning',
  description: 'A detail section whose theme contradicts its row in the schedule table.',
  check(context) {
    checkDetailField<string>(context, {
      messageId: 'detail-theme-mismatch',
      fromSection: (section) => (section.theme && !isUnsettled(section.theme.text) ? section.theme : undefined),
      fromRow: (row) => (row.theme && !isUnsettled(row.theme.text) ? row.theme : undefined),
      agree: sameOrMoreDetailed,
    });
  },
});
