import { defineRule } from './define-rule.js';

/** Found by the reader when it reads an hours cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'end-before-start',
  severity: 'error',
  description: 'Hours that end before they start, such as 18h - 9h.',
});
