import { defineRule } from './define-rule.js';

/** Found by the reader (src/programme/read-programme.ts) when the markdown parser runs out of stack on thousands of nested quotes or lists. */
export const rule = defineRule({
  id: 'too-deeply-nested',
  severity: 'error',
  description: 'A document nested too deeply to be read.',
});
