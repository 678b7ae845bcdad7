import { defineRule } from './define-rule.js';

/** Found by the managed-block checks (src/links/check-links.ts); `programme-sync build` rewrites the block. */
export const rule = defineRule({
  id: 'managed-block-stale',
  severity: 'warning',
  description: 'A block the tool keeps up to date is out of date.',
});
