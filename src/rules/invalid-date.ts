import { defineRule } from './define-rule.js';

/** Found by the reader (src/programme/read-programme.ts) when it gives each date its year; declared here so it can be configured. */
export const rule = defineRule({
  id: 'invalid-date',
  severity: 'error',
  description: 'A date that does not exist, such as 30 février or 29 février 2019.',
});
