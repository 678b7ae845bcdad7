import { defineRule } from './define-rule.js';

/** Found by the reader when no year is written and it had to guess one; declared here so it can be configured. */
export const rule = defineRule({
  id: 'guessed-year',
  severity: 'info',
  description: 'No year is written, so the year was guessed: from the weekdays the rows write, else from the last commit.',
});
