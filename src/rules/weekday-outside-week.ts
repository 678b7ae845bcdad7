import { defineRule } from './define-rule.js';

/** Found by the reader when it places weekdays in the week a heading names; declared here so it can be configured. */
export const rule = defineRule({
  id: 'weekday-outside-week',
  severity: 'warning',
  description: 'A weekday written without a date, under a week that does not hold it, such as Samedi under Semaine du 16 au 20 mars.',
});
