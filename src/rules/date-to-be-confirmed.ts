import { defineRule } from './define-rule.js';

/** Found by the reader when it reads a dates cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'date-to-be-confirmed',
  severity: 'info',
  description: 'A session whose date is not set yet (TBC, à venir): it stays out of the calendar.',
});
