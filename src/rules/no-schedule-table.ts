import { defineRule } from './define-rule.js';

/** Found by the reader when it looks for the schedule table; declared here so it can be configured. */
export const rule = defineRule({
  id: 'no-schedule-table',
  severity: 'warning',
  description: 'A document with no markdown table that has a column of dates.',
});
