import { defineRule } from './define-rule.js';

/** Found by the reader, which swaps the two cells back so the calendar is right even when this rule is off; declared here so it can be configured. */
export const rule = defineRule({
  id: 'swapped-columns',
  severity: 'warning',
  description: 'Hours in the place column and a place in the hours column; read the way a person would.',
});
