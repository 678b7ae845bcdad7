import { compareDates, toDayNumber } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import type { DetailSection, Session } from '../programme/model.js';
import { groupsIn, audienceOf } from './audience.js';

function sharesDay(a: PlainDate[], b: PlainDate[]): boolean {
  return a.some((day) => b.some((other) => compareDates(day, other) === 0));
}

/**
 * The table rows a detail section describes: those on one of its days. When several
 * rows share the day, those for the people the heading names come first
 * (`### Session mentors | 19 septembre` before the EIG row of that day).
 */
export function rowsForSection(section: DetailSection, sessions: Session[]): Session[] {
  const days = section.dates.value?.days;
  if (!days) return [];
  const rows = sessions.filter((session) => session.dates.value && sharesDay(days, session.dates.value.days));
  const named = groupsIn(section.heading.text);
  const score = (session: Session): number => [...audienceOf(session)].filter((g) => named.has(g)).length;
  return rows
    .map((session, index) => ({ session, index, score: score(session) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.session);
}

/** The dated row nearest to a day, for a message that suggests where a section belongs. */
export function nearestRow(day: PlainDate, sessions: Session[]): Session | undefined {
  let best: { session: Session; distance: number } | undefined;
  for (const session of sessions) {
    for (const other of session.dates.value?.days ?? []) {
      const distance = Math.abs(toDayNumber(other) - toDayNumber(day));
      if (!best || distance < best.distance) best = { session, distance };
    }
  }
  return best?.session;
}
