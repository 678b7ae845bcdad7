import { defineRule } from './define-rule.js';
import { tableAt } from './table-at.js';
import { lostLeadingCell } from '../programme/leading-pipe-rows.js';
import { plainText } from '../programme/plain-text.js';

/**
 * A schedule table's row that starts with `|` where its header does not (`|2|2025-01-22|…`
 * under ` Semaine| Cours | Date`): its empty first cell is lost on the page, its values shown
 * one column to the left. The reader reads the row as meant (leading-pipe-rows.ts), so the
 * calendar is right: an info, telling how to make the page show it so too.
 */
export const rule = defineRule({
  id: 'leading-pipe-row',
  severity: 'info',
  description: 'A table row that starts with "|" where its header does not: read as meant, shown one column to the left.',
  check(context) {
    for (const found of context.programme.tables) {
      const table = tableAt(context, found.position.start.offset);
      const header = table?.children[0];
      if (!table || !header) continue;
      const column = header.children[0] ? plainText(header.children[0]) : '';
      for (const row of table.children.slice(1)) {
        if (!lostLeadingCell(table, row, context.source.text, found.columns.find((one) => one.role === 'dates')?.index)) continue;
        const where = context.say('row-label', { title: row.children[0] ? plainText(row.children[0]) : '', line: row.position!.start.line });
        context.report('leading-pipe-row', { where, column }, row.position);
      }
    }
  },
});
