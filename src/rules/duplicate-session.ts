import type { Session } from '../programme/model.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { toIsoDate } from '../dates/plain-date.js';
import { sharedDay, titleKey } from './same-session.js';

/** The same session listed twice: same title, same day. */
export const rule = defineRule({
  id: 'duplicate-session',
  severity: 'warning',
  description: 'The same session listed twice in the table: same title, same day.',
  check(context) {
    // The first row of each title and day: a later row with the same key is its duplicate.
    const firstOf = new Map<string, Session>();
    for (const session of context.programme.sessions) {
      if (session.status === 'cancelled' || !session.dates.value) continue;
      const title = titleKey(session);
      // A day's agenda may hold two pauses or two parallel sessions with the same title: off a
      // table, the same title is the same session only at the same hours.
      // A second table that restates rows of the first (a course's weekly table, then its
      // table of evaluations with the exam days) sums them up: within one table only.
      const slot = session.source === 'table' ? `|table ${session.tableIndex ?? 0}` : `|${session.hours?.text ?? ''}`;
      const keys = title === '' ? [] : session.dates.value.days.map((day) => `${title}|${toIsoDate(day)}${slot}`);
      const earlier = keys.map((key) => firstOf.get(key)).find((found) => found !== undefined);
      if (earlier) {
        const day = sharedDay(earlier, session)!;
        context.report(
          'duplicate-session',
          { where: rowWhere(context, session), first: earlier.position.start.line, title: session.title.text, date: longDate(context, day) },
          session.position,
          { related: relatedAt(earlier.position, relatedRow(context, earlier)) },
        );
      } else {
        for (const key of keys) firstOf.set(key, session);
      }
    }
  },
});
