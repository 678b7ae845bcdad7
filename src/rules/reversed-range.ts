import { defineRule } from './define-rule.js';

/** Found by the reader when it gives each date its year; declared here so it can be configured. */
export const rule = defineRule({
  id: 'reversed-range',
  severity: 'error',
  description: 'A range of dates whose last day comes before its first, such as 15 au 11 février.',
});
