import { defineRule } from './define-rule.js';

/** Found by the reader when it reads a dates cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'unreadable-date',
  severity: 'error',
  description: 'A dates cell that cannot be read as a French date.',
});
