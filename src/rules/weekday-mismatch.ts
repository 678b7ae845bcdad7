import type { Position } from 'unist';
import { isoWeekday } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import type { ResolvedDates } from '../dates/types.js';
import type { Field } from '../programme/model.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { longDate, rowWhere, sectionWhere, subHeadingWhere } from './labels.js';

/** A weekday written next to a date that falls on another day (`mardi 14 mars 2019`, a Thursday). */
export const rule = defineRule({
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday).',
  check(context) {
    for (const session of context.programme.sessions) checkDates(context, session.dates, rowWhere(context, session));
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, sectionWhere(context, section));
      // Day agendas copied from year to year (`#### Jeudi 5 septembre`) keep last year's weekday.
      for (const sub of section.subHeadings) {
        const day = sub.day.value;
        if (day) checkWeekday(context, day.weekday, day.date, sub.day.text, sub.day.position, subHeadingWhere(context, sub, section));
      }
    }
  },
});

function checkDates(context: RuleContext, dates: Field<ResolvedDates | undefined>, where: string): void {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === undefined) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    checkWeekday(context, mention.weekday, date, mention.text, context.source.find(dates.position, mention.text), where);
  }
}

function checkWeekday(context: RuleContext, written: number, date: PlainDate, text: string, position: Position, where: string): void {
  const actual = isoWeekday(date);
  if (actual === written) return;
  context.report(
    'weekday-mismatch',
    {
      text,
      where,
      date: longDate(context, date),
      actual: context.say('weekday-name', { weekday: actual }),
      written: context.say('weekday-name', { weekday: written }),
    },
    position,
    { actual: text },
  );
}
