import { defineRule } from './define-rule.js';
import { delimiterMismatchOf } from '../programme/text-tables.js';

/**
 * A pipe table whose line under the header (`| --- | --- |`) has another number of cells
 * than the header, or that has no such line at all (pipe rows that kramdown shows as a
 * table). programme-sync still reads it as the table it means (text-tables.ts), but
 * GitHub and most markdown viewers show such a table as plain text, so the coordinator is
 * told where, and what line to write.
 */
export const rule = defineRule({
  id: 'table-delimiter-width',
  severity: 'warning',
  description: 'A table whose line under the header has another number of cells than the header, or is missing, so GitHub shows it as plain text.',
  check(context) {
    for (const node of context.tree.children) {
      if (node.type !== 'table') continue;
      const mismatch = delimiterMismatchOf(node);
      if (!mismatch) continue;
      const headerLine = node.position!.start.line;
      const fix = `|${' --- |'.repeat(mismatch.header)}`;
      if (mismatch.missing) {
        // No line under the header at all: the fix is a line to add, not one to rewrite.
        // Told for a table read as the schedule, whose sessions the calendar holds: pipe
        // rows of scores or names beside it are plain text on GitHub too, but lose no event.
        if (!context.programme.tables.some((table) => table.position.start.offset === node.position!.start.offset)) continue;
        context.report('table-delimiter-missing', { line: headerLine, fix }, { start: { line: mismatch.line, column: 1 }, end: { line: mismatch.line, column: mismatch.length + 1 } });
        continue;
      }
      if (mismatch.widened) {
        // A one-cell header over a wider grid: the header is what to complete, not the line under it.
        context.report('table-header-width', { line: headerLine, cells: mismatch.cells, header: mismatch.header, fix: mismatch.widened }, { start: { line: mismatch.line, column: 1 }, end: { line: mismatch.line, column: mismatch.length + 1 } });
        continue;
      }
      context.report(
        'table-delimiter-width',
        { line: headerLine, cells: mismatch.cells, header: mismatch.header, fix },
        { start: { line: mismatch.line, column: 1 }, end: { line: mismatch.line, column: mismatch.length + 1 } },
      );
    }
  },
});
