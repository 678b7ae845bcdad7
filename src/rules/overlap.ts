import { compareDates } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';
import { audienceOf, groupName } from '../programme/audience.js';
import { spanFor, type Span } from './group-spans.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';
import { rowsSharingADay } from './rows-sharing-a-day.js';
import { sameSession } from './same-session.js';
import { checkAgendaOverlaps } from './agenda-overlap.js';

/**
 * Two sessions that hold the same people at the same time. Only sessions whose audience
 * is known (audience column, title, hours labels) are compared, and a session that sits
 * inside a larger one for more people (the mentors' afternoon of an EIG + mentors day) is
 * part of it, not a clash.
 */
export const rule = defineRule({
  id: 'overlap',
  severity: 'warning',
  description: 'Two sessions for the same people at the same time; in a day agenda, a slot that starts before the one written above it ends.',
  check(context) {
    const sessions = context.programme.sessions.filter(
      (s) => s.status === 'confirmed' && s.dates.value && !s.dates.value.alternatives && audienceOf(s).size > 0,
    );
    for (const [first, second] of rowsSharingADay(sessions)) {
      const clash = findClash(first, second);
      if (clash) report(context, first, second, clash);
    }
    checkAgendaOverlaps(context);
  },
});

interface Clash {
  day: PlainDate;
  group: string;
}

function intersects(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function isStrictSuperset(big: Set<string>, small: Set<string>): boolean {
  return big.size > small.size && [...small].every((g) => big.has(g));
}

function findClash(a: Session, b: Session): Clash | undefined {
  // The same title on the same day is one session listed twice: duplicate-session says so.
  if (sameSession(a, b)) return undefined;
  const groupsA = audienceOf(a);
  const groupsB = audienceOf(b);
  const shared = [...groupsA].filter((g) => groupsB.has(g));
  if (shared.length === 0) return undefined;
  for (const day of a.dates.value!.days) {
    if (!b.dates.value!.days.some((other) => compareDates(day, other) === 0)) continue;
    for (const group of shared) {
      const spanA = spanFor(a, group, day);
      const spanB = spanFor(b, group, day);
      if (!intersects(spanA, spanB)) continue;
      if (within(spanB, spanA) && isStrictSuperset(groupsA, groupsB)) continue;
      if (within(spanA, spanB) && isStrictSuperset(groupsB, groupsA)) continue;
      return { day, group };
    }
  }
  return undefined;
}

function hoursText(context: RuleContext, session: Session): string {
  return session.hours?.value?.length ? session.hours.text : context.say('all-day', {});
}

function report(context: RuleContext, first: Session, second: Session, clash: Clash): void {
  context.report(
    'overlap',
    {
      where: rowWhere(context, second),
      other: rowWhere(context, first),
      group: groupName(clash.group),
      date: longDate(context, clash.day),
      hours: hoursText(context, second),
      otherHours: hoursText(context, first),
    },
    (second.hours ?? second.dates).position,
    { related: relatedAt(first.position, relatedRow(context, first)) },
  );
}
