import { defineRule } from './define-rule.js';

/** Found by the link checks (src/links/check-links.ts), with the heading slugs GitHub makes. */
export const rule = defineRule({
  id: 'link-anchor-missing',
  severity: 'error',
  description: 'A link to a heading that does not exist.',
});
