import { defineRule } from './define-rule.js';

/** Found by the managed-block checks (src/links/check-links.ts) when neither `--repo`, GITHUB_REPOSITORY nor the origin remote names the repository. */
export const rule = defineRule({
  id: 'calendar-link-no-repository',
  severity: 'warning',
  description: 'The calendar link cannot be written: the repository is not known.',
});
