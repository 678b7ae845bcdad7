import { isoWeekday } from '../dates/plain-date.js';
import type { Field, ResolvedDates } from '../programme/model.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { longDate, rowWhere } from './labels.js';

/** A weekday written next to a date that falls on another day (`mardi 14 mars 2019`, a Thursday). */
export const rule = defineRule({
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday).',
  check(context) {
    for (const session of context.programme.sessions) checkDates(context, session.dates, rowWhere(context, session));
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, context.say('section-label', { heading: section.heading.text }));
    }
  },
});

function checkDates(context: RuleContext, dates: Field<ResolvedDates | undefined>, where: string): void {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === undefined) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    const actual = isoWeekday(date);
    if (actual === mention.weekday) continue;
    context.report(
      'weekday-mismatch',
      {
        text: mention.text,
        where,
        date: longDate(context, date),
        actual: context.say('weekday-name', { weekday: actual }),
        written: context.say('weekday-name', { weekday: mention.weekday }),
      },
      context.source.find(dates.position, mention.text),
      { actual: mention.text },
    );
  }
}
