import { compareDates } from '../dates/plain-date.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate, sectionWhere, subHeadingWhere } from './labels.js';

/**
 * A day agenda inside a detail section (`#### Vendredi 7 septembre`) on a day the section
 * is not (`### Séminaire | 5 & 6 septembre`): copied from another year, one of them is stale.
 */
export const rule = defineRule({
  id: 'sub-heading-outside-session',
  severity: 'warning',
  description: 'A dated sub-heading of a detail section on a day that is not one of the section\'s days.',
  check(context) {
    for (const section of context.programme.sections) {
      const sectionDates = section.dates.value;
      if (!sectionDates) continue;
      for (const sub of section.subHeadings) {
        const day = sub.day.value;
        if (!day || sectionDates.days.some((d) => compareDates(d, day.date) === 0)) continue;
        const first = sectionDates.days[0];
        const last = sectionDates.days.at(-1);
        const shown = sectionDates.expression.kind === 'range' && first && last ? [first, last] : sectionDates.days;
        context.report(
          'sub-heading-outside-session',
          {
            text: sub.day.text,
            where: subHeadingWhere(context, sub, section),
            date: longDate(context, day.date),
            sectionText: section.dates.text,
            days: context.say('section-days', { kind: sectionDates.expression.kind, dates: shown.map((d) => longDate(context, d)) }),
          },
          sub.day.position,
          { actual: sub.day.text, related: relatedAt(section.dates.position, sectionWhere(context, section)) },
        );
      }
    }
  },
});
