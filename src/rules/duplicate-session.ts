import type { Session } from '../programme/model.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { toIsoDate } from '../dates/plain-date.js';
import { heldApart, sharedDay, titleKey } from './same-session.js';

/**
 * The same session listed twice: same title, same day, at hours that meet (or none given).
 * Rows of one title on one day at hours that do not meet are the slots of one session or
 * one course given at several times (same-session.ts, heldApart), not a copy.
 */
export const rule = defineRule({
  id: 'duplicate-session',
  severity: 'warning',
  description: 'The same session listed twice in the table: same title, same day, at the same hours.',
  check(context) {
    // The rows kept for each title and day: a later row with the same key is the duplicate
    // of the first of them whose hours meet its own (and whose audience is its own).
    const keptOf = new Map<string, Session[]>();
    for (const session of context.programme.sessions) {
      if (session.status === 'cancelled' || !session.dates.value) continue;
      const title = titleKey(session);
      // A day's agenda may hold two pauses or two parallel sessions with the same title: off a
      // table, the same title is the same session only at the same hours.
      // A second table that restates rows of the first (a course's weekly table, then its
      // table of evaluations with the exam days) sums them up: within one table only.
      const slot = session.source === 'table' ? `|table ${session.tableIndex ?? 0}` : `|${session.hours?.text ?? ''}`;
      const keys = title === '' ? [] : session.dates.value.days.map((day) => `${title}|${toIsoDate(day)}${slot}`);
      // So do the lists of a page: the same day and title in two lists under two headings is
      // each heading's own (`dimanche 27/11/22 - J.E.E.N` in two teams' fixtures), not a copy;
      // a list item that repeats a heading still is one.
      const otherList = (kept: Session) => kept.listStart !== undefined && session.listStart !== undefined && kept.listStart !== session.listStart;
      const earlier = keys.flatMap((key) => keptOf.get(key) ?? []).find((kept) => !heldApart(kept, session) && !otherList(kept));
      if (earlier) {
        const day = sharedDay(earlier, session)!;
        context.report(
          'duplicate-session',
          { where: rowWhere(context, session), first: earlier.position.start.line, title: session.title.text, date: longDate(context, day) },
          session.position,
          { related: relatedAt(earlier.position, relatedRow(context, earlier)) },
        );
      } else {
        for (const key of keys) keptOf.set(key, [...(keptOf.get(key) ?? []), session]);
      }
    }
  },
});
