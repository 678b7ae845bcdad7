import { defineRule } from './define-rule.js';

/** Found by the reader when it reads a dates cell; declared here so it can be configured. */
export const rule = defineRule({
  id: 'missing-date',
  severity: 'error',
  description: 'A row with a title but an empty dates cell.',
});
