import { defineRule } from './define-rule.js';

/** Found when the file is decoded (src/engine/pipeline.ts), on the first byte that is not UTF-8; the rest is read as well as it can be. */
export const rule = defineRule({
  id: 'invalid-utf8',
  severity: 'warning',
  description: 'A file that is not valid UTF-8 from some point on.',
});
