import type { Heading } from 'mdast';
import { extractYear } from '../dates/years.js';
import { plainText } from '../programme/plain-text.js';
import { defineRule } from './define-rule.js';
import { longDate, rowWhere } from './labels.js';

/**
 * A row that writes a year other than the one its table sits under. Lists kept year by
 * year (`## 2016` then a table) are copied from one year to the next, and a row that kept
 * the new year's date under the old year's heading is a slip a reader sees at once. Only
 * a heading that is a year and nothing else counts, and only a year the row writes.
 */
export const rule = defineRule({
  id: 'heading-year-mismatch',
  severity: 'warning',
  description: 'A table row whose written year is not the year of the heading its table sits under (## 2016).',
  check(context) {
    const yearHeadings = context.tree.children
      .filter((node): node is Heading => node.type === 'heading')
      .map((heading) => ({ line: heading.position!.start.line, text: plainText(heading) }))
      .filter((heading) => /^\d{4}$/.test(heading.text.trim()) && extractYear(heading.text) !== undefined);
    if (yearHeadings.length === 0) return;
    context.programme.tables.forEach((table, tableIndex) => {
      const above = yearHeadings.filter((heading) => heading.line < table.position.start.line).at(-1);
      if (!above) return;
      const year = Number(above.text.trim());
      for (const session of context.programme.sessions) {
        if (session.tableIndex !== tableIndex) continue;
        const written = session.dates.value?.mentions.find((mention) => mention.year !== undefined);
        if (!written || written.year === year) continue;
        context.report(
          'heading-year-mismatch',
          {
            where: rowWhere(context, session),
            text: session.dates.text,
            date: longDate(context, { year: written.resolvedYear, month: written.month, day: written.day }),
            heading: above.text.trim(),
            line: above.line,
          },
          session.dates.position,
          { actual: session.dates.text },
        );
      }
    });
  },
});
