import { defineRule } from './define-rule.js';

/** Found by the reader when it reads an hours cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'invalid-hour',
  severity: 'error',
  description: 'An hour that is not a time of day, such as 25h or 9h75.',
});
