import { defineRule } from './define-rule.js';

/** Found by the reader when it gives each date its year; declared here so it can be configured. */
export const rule = defineRule({
  id: 'range-too-long',
  severity: 'error',
  description: 'A range of dates longer than a year, such as 4 septembre 2019 au 3 février 2091: a year is mistyped.',
});
