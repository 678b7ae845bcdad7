import { defineRule } from './define-rule.js';

/** Found by the reader when it reads an hours cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'unreadable-hours',
  severity: 'error',
  description: 'An hours cell that cannot be read as hours.',
});
