import { defineRule } from './define-rule.js';

/** Found by the reader when it reads hours it understands but that are mistyped; declared here so it can be configured. */
export const rule = defineRule({
  id: 'hours-typo',
  severity: 'warning',
  description: 'Hours read despite a typo, such as 17:30-18.00 (a dot for a colon): the calendar has 18:00, the text should say so.',
});
