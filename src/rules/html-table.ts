import { defineRule } from './define-rule.js';

/** Found by the reader when it looks for the schedule table; declared here so it can be configured. */
export const rule = defineRule({
  id: 'html-table',
  severity: 'info',
  description: 'A schedule written as a raw HTML table where it cannot be read: inside a quote or a list item.',
});
