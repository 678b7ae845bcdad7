import { toDayNumber } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import type { DetailSection, Session } from '../programme/model.js';
import { groupsIn, audienceOf } from '../programme/audience.js';

// Sections look their rows up by day; the index is built once per programme, so a
// programme of 10,000 rows and 2,500 sections costs look-ups, not 25 million comparisons.
const indexes = new WeakMap<Session[], Map<number, Session[]>>();

function rowsByDay(sessions: Session[]): Map<number, Session[]> {
  let index = indexes.get(sessions);
  if (!index) {
    index = new Map();
    for (const session of sessions) {
      for (const day of session.dates.value?.days ?? []) {
        const key = toDayNumber(day);
        const rows = index.get(key);
        if (!rows) index.set(key, [session]);
        else if (rows.at(-1) !== session) rows.push(session);
      }
    }
    indexes.set(sessions, index);
  }
  return index;
}

/**
 * The table rows a detail section describes: those on one of its days. When several
 * rows share the day, those for the people the heading names come first
 * (`### Session mentors | 19 septembre` before the EIG row of that day).
 */
export function rowsForSection(section: DetailSection, sessions: Session[]): Session[] {
  const days = section.dates.value?.days;
  if (!days) return [];
  const index = rowsByDay(sessions);
  const found = new Set<Session>();
  for (const day of days) for (const session of index.get(toDayNumber(day)) ?? []) found.add(session);
  // Table order, as a reader meets the rows.
  const rows = [...found].sort((a, b) => a.rowIndex - b.rowIndex);
  const named = groupsIn(section.heading.text);
  const score = (session: Session): number => [...audienceOf(session)].filter((g) => named.has(g)).length;
  return rows
    .map((session, index) => ({ session, index, score: score(session) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.session);
}

// The index's days in order, so the nearest is found by a binary search rather than by a
// scan of every row for each section without a row (quadratic when many are stale).
const sortedDays = new WeakMap<Session[], number[]>();

function daysInOrder(sessions: Session[]): number[] {
  let days = sortedDays.get(sessions);
  if (!days) {
    days = [...rowsByDay(sessions).keys()].sort((a, b) => a - b);
    sortedDays.set(sessions, days);
  }
  return days;
}

/** The dated row nearest to a day, for a message that suggests where a section belongs. */
export function nearestRow(day: PlainDate, sessions: Session[]): Session | undefined {
  const days = daysInOrder(sessions);
  const target = toDayNumber(day);
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]! < target) low = middle + 1;
    else high = middle;
  }
  // The nearest day is just before or at/after the target; at equal distance, the row met
  // first in table order wins.
  const candidates = [days[low - 1], days[low]].filter((d): d is number => d !== undefined);
  if (candidates.length === 0) return undefined;
  const distance = Math.min(...candidates.map((d) => Math.abs(d - target)));
  const index = rowsByDay(sessions);
  const rows = candidates.filter((d) => Math.abs(d - target) === distance).map((d) => index.get(d)![0]!);
  return rows.reduce((first, row) => (row.rowIndex < first.rowIndex ? row : first));
}
