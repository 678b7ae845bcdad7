import type { Session } from '../programme/model.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { sameSession, sharedDay } from './same-session.js';

/** The same session listed twice: same title, same day. */
export const rule = defineRule({
  id: 'duplicate-session',
  severity: 'warning',
  description: 'The same session listed twice in the table: same title, same day.',
  check(context) {
    const seen: Session[] = [];
    for (const session of context.programme.sessions) {
      if (session.status === 'cancelled' || !session.dates.value) continue;
      const earlier = seen.find((other) => sameSession(other, session));
      if (earlier) {
        const day = sharedDay(earlier, session)!;
        context.report(
          'duplicate-session',
          { where: rowWhere(context, session), first: earlier.position.start.line, title: session.title.text, date: longDate(context, day) },
          session.position,
          { related: relatedAt(earlier.position, relatedRow(context, earlier)) },
        );
      } else {
        seen.push(session);
      }
    }
  },
});
