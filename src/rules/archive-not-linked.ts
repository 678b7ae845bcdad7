import { defineRule } from './define-rule.js';

/** Found by the link checks (src/links/check-links.ts) on the archived programmes beside the programme. */
export const rule = defineRule({
  id: 'archive-not-linked',
  severity: 'warning',
  description: 'A past programme in the archives that the programme does not link to.',
});
