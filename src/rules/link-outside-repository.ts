import { defineRule } from './define-rule.js';

/** Found by the link checks (src/links/check-links.ts), by `..` or through a symbolic link; nothing outside is read. */
export const rule = defineRule({
  id: 'link-outside-repository',
  severity: 'error',
  description: 'A link that leads outside the repository.',
});
