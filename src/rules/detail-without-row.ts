import { defineRule, relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { nearestRow, rowsForSection } from './section-rows.js';

/** A detail section dated on a day that no row of the table has: one of the two is stale. */
export const rule = defineRule({
  id: 'detail-without-row',
  severity: 'warning',
  description: 'A detail section whose date no row of the schedule table has.',
  check(context) {
    const { sessions, tables } = context.programme;
    if (tables.length === 0 || sessions.length === 0) return;
    for (const section of context.programme.sections) {
      const day = section.dates.value?.days[0];
      if (!day || rowsForSection(section, sessions).length > 0) continue;
      const nearest = nearestRow(day, sessions);
      context.report(
        'detail-without-row',
        {
          heading: section.heading.text,
          text: section.dates.text,
          date: longDate(context, day),
          ...(nearest ? { nearest: rowWhere(context, nearest), nearestText: nearest.dates.text } : {}),
        },
        section.dates.position,
        nearest ? { related: relatedAt(nearest.position, relatedRow(context, nearest)) } : {},
      );
    }
  },
});
