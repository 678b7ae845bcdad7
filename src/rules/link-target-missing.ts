import { defineRule } from './define-rule.js';

/** Found by the link checks (src/links/check-links.ts), which suggest the closest existing path. */
export const rule = defineRule({
  id: 'link-target-missing',
  severity: 'error',
  description: 'A link to a file of the repository that does not exist.',
});
