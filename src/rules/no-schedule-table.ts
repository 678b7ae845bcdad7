import { defineRule } from './define-rule.js';

/** Found by the reader when it looks for the schedule table; declared here so it can be configured. */
export const rule = defineRule({
  id: 'no-schedule-table',
  // A narrative page is not a mistake: an info, so checking every markdown file stays quiet.
  severity: 'info',
  description: 'A document with no schedule: no table with a column of dates, no dated heading, agenda or list item.',
});
