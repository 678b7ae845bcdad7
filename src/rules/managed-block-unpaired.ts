import { defineRule } from './define-rule.js';

/** Found by the managed-block checks (src/links/check-links.ts). */
export const rule = defineRule({
  id: 'managed-block-unpaired',
  severity: 'warning',
  description: 'A managed block whose start or end marker is missing.',
});
