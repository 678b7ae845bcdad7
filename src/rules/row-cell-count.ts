import type { Nodes, Table } from 'mdast';
import { defineRule, type RuleContext } from './define-rule.js';
import { isConflictMarkerText } from '../programme/conflict-markers.js';
import { parseFrenchDate } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { Column } from '../programme/model.js';
import { plainText } from '../programme/plain-text.js';

/**
 * A row with more cells than the header (the extra ones are not shown), or with fewer
 * cells where one was left out in the middle, so that values sit under the wrong column.
 * Short rows are common and harmless when it is the last cells that are left out (they
 * show as empty), so a short row is reported only when a value under the dates or hours
 * column does not read as one: the sign that the cells after a gap moved left.
 */
export const rule = defineRule({
  id: 'row-cell-count',
  severity: 'warning',
  description: 'A table row with more cells than the header, or with a cell left out so that values sit under the wrong column.',
  check(context) {
    const table = scheduleTable(context);
    const columns = context.programme.table?.columns;
    if (!table || !columns) return;
    const [header, ...rows] = table.children;
    if (!header) return;
    const width = header.children.length;
    for (const row of rows) {
      const cells = row.children;
      const texts = cells.map((cell) => plainText(cell));
      if (texts.every((text) => text === '') || isConflictMarkerText(texts[0] ?? '')) continue;
      const where = context.say('row-label', { title: titleOf(context, row.position!.start.line, texts), line: row.position!.start.line });
      if (cells.length > width) {
        const extra = cells.slice(width).filter((cell) => plainText(cell) !== '');
        if (extra.length === 0) continue;
        const position = { start: extra[0]!.position!.start, end: extra.at(-1)!.position!.end };
        const text = extra.map((cell) => plainText(cell)).join(' | ');
        context.report('row-cell-count-extra', { where, cells: cells.length, header: width, extra: text }, position, { actual: text });
      } else if (cells.length < width && looksShifted(texts, columns)) {
        const missing = columns.slice(cells.length);
        const names = missing.map((column) => column.header).join(', ');
        context.report('row-cell-count-missing', { where, cells: cells.length, header: width, columns: names }, row.position);
      }
    }
  },
});

function scheduleTable(context: RuleContext): Table | undefined {
  const offset = context.programme.table?.position.start.offset;
  if (offset === undefined) return undefined;
  // An explicit stack, not recursion: a hostile document may nest thousands of quotes.
  const stack: Nodes[] = [context.tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'table' && node.position?.start.offset === offset) return node;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return undefined;
}

function looksShifted(texts: string[], columns: Column[]): boolean {
  return columns.some((column) => {
    const text = texts[column.index];
    if (!text) return false;
    if (column.role === 'dates') {
      const parsed = parseFrenchDate(text);
      return !parsed.ok && parsed.reason === 'unreadable';
    }
    if (column.role === 'hours') return !parseFrenchHours(text).ok;
    return false;
  });
}

function titleOf(context: RuleContext, line: number, texts: string[]): string {
  return context.programme.sessions.find((s) => s.position.start.line === line)?.title.text ?? texts[0] ?? '';
}
