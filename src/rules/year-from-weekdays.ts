import { defineRule } from './define-rule.js';

/** Found by the reader when only the weekdays tell the year; declared here so it can be configured. */
export const rule = defineRule({
  id: 'year-from-weekdays',
  severity: 'info',
  description: 'No year is written, and the year was taken from the weekdays the rows write (the one closest to the last commit).',
});
