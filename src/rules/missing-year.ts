import { defineRule } from './define-rule.js';

/** Found by the reader when it infers years; declared here so it can be configured. */
export const rule = defineRule({
  id: 'missing-year',
  severity: 'error',
  description: 'No year anywhere for dates written without one.',
});
