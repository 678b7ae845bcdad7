import { defineRule } from './define-rule.js';

/** Found when the file is decoded (src/engine/pipeline.ts): a file holding NUL bytes is not read at all. */
export const rule = defineRule({
  id: 'binary-file',
  severity: 'error',
  description: 'A file that is not text: it is not read.',
});
