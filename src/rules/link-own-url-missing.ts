import { defineRule } from './define-rule.js';

/** Found by the link checks (src/links/check-links.ts) on blob and raw URLs of the repository itself. */
export const rule = defineRule({
  id: 'link-own-url-missing',
  severity: 'error',
  description: 'A full link to this repository whose file is not in the last commit.',
});
