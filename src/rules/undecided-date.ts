import { defineRule } from './define-rule.js';
import { rowWhere } from './labels.js';

/**
 * A date with options (`7 ou 14 novembre`) or marked as not settled (`21 mai (à confirmer)`,
 * `21 mai ?`): the calendar holds every option as tentative.
 */
export const rule = defineRule({
  id: 'undecided-date',
  severity: 'warning',
  description:
    'A date that gives a choice, such as 7 ou 14 novembre, or is marked as not settled, such as 21 mai (à confirmer): the calendar shows it as tentative.',
  check(context) {
    for (const session of context.programme.sessions) {
      const dates = session.dates.value;
      // A day carried down to more slots is reported once, on the row that wrote it.
      if (!dates || session.status === 'cancelled' || session.dayFrom !== undefined) continue;
      const where = rowWhere(context, session);
      if (dates.alternatives) {
        context.report('undecided-date', { text: session.dates.text, where }, session.dates.position, { actual: session.dates.text });
      } else if (dates.expression.unsettled) {
        const { text: mark, settled } = dates.expression.unsettled;
        context.report('unsettled-date', { text: session.dates.text, where, mark }, session.dates.position, {
          actual: session.dates.text,
          expected: settled,
        });
      }
    }
  },
});
