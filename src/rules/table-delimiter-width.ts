import { defineRule } from './define-rule.js';
import { delimiterMismatchOf } from '../programme/text-tables.js';

/**
 * A pipe table whose line under the header (`| --- | --- |`) has another number of cells
 * than the header. programme-sync still reads it as the table it means (text-tables.ts), but
 * GitHub and most markdown viewers show such a table as plain text, so the coordinator is
 * told where, and what line to write.
 */
export const rule = defineRule({
  id: 'table-delimiter-width',
  severity: 'warning',
  description: 'A table whose line under the header has another number of cells than the header, so GitHub shows it as plain text.',
  check(context) {
    for (const node of context.tree.children) {
      if (node.type !== 'table') continue;
      const mismatch = delimiterMismatchOf(node);
      if (!mismatch) continue;
      const headerLine = node.position!.start.line;
      context.report(
        'table-delimiter-width',
        { line: headerLine, cells: mismatch.cells, header: mismatch.header, fix: `|${' --- |'.repeat(mismatch.header)}` },
        { start: { line: mismatch.line, column: 1 }, end: { line: mismatch.line, column: mismatch.length + 1 } },
      );
    }
  },
});
