import { defineRule } from './define-rule.js';

/** Found by the managed-block checks (src/links/check-links.ts); build leaves such a block as written. */
export const rule = defineRule({
  id: 'managed-block-holds-marker',
  severity: 'warning',
  description: "A managed block holds another block's marker, so the tool does not rewrite it.",
});
