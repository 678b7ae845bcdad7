import { defineRule } from './define-rule.js';

/** Found by the managed-block checks (src/links/check-links.ts), which give the two marker lines to paste. */
export const rule = defineRule({
  id: 'managed-block-missing',
  severity: 'info',
  description: 'A block the tool keeps up to date is not in the programme yet.',
});
