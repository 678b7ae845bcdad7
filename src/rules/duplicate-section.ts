import { toIsoDate } from '../dates/plain-date.js';
import { foldTitle } from '../programme/fold-title.js';
import type { DetailSection } from '../programme/model.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate } from './labels.js';

/**
 * The same dated detail section written twice: the same heading on the same day, one of
 * them usually a stale copy left behind when the section was rewritten. Only the later
 * copy is reported, naming the earlier one's line.
 */
export const rule = defineRule({
  id: 'duplicate-section',
  severity: 'warning',
  description: 'The same dated detail section written twice: same heading, same day.',
  check(context) {
    const firstOf = new Map<string, DetailSection>();
    for (const section of context.programme.sections) {
      const days = section.dates.value?.days;
      const heading = foldTitle(section.heading.text);
      if (!days || days.length === 0 || heading === '') continue;
      const key = `${heading}|${days.map(toIsoDate).join(',')}`;
      const earlier = firstOf.get(key);
      if (!earlier) {
        firstOf.set(key, section);
        continue;
      }
      const first = earlier.heading.position.start.line;
      context.report(
        'duplicate-section',
        { heading: section.heading.text, line: section.heading.position.start.line, first, date: longDate(context, days[0]!) },
        section.heading.position,
        { related: relatedAt(earlier.heading.position, context.say('related-section', { heading: earlier.heading.text, line: first })) },
      );
    }
  },
});
