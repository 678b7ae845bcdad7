import { defineRule } from './define-rule.js';
import { rowWhere } from './labels.js';

/** A date with options (`7 ou 14 novembre`): the calendar holds every option as tentative. */
export const rule = defineRule({
  id: 'undecided-date',
  severity: 'warning',
  description: 'A date that gives a choice, such as 7 ou 14 novembre: the calendar shows every option as tentative.',
  check(context) {
    for (const session of context.programme.sessions) {
      if (!session.dates.value?.alternatives || session.status === 'cancelled') continue;
      context.report('undecided-date', { text: session.dates.text, where: rowWhere(context, session) }, session.dates.position, {
        actual: session.dates.text,
      });
    }
  },
});
