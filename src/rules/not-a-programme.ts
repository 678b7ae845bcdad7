import { defineRule } from './define-rule.js';

/** Found by the reader when the only dated tables of a file it was given are not schedules; declared here so it can be configured. */
export const rule = defineRule({
  id: 'not-a-programme',
  severity: 'info',
  description: 'A file given to check whose dated tables are not schedules (a press review, a changelog): it is not read.',
});
