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
    for (const [earlier, later] of copiedDays(context.programme.sessions)) {
      context.report(
        'duplicate-session-copied-day',
        { where: rowWhere(context, later), first: earlier.position.start.line, previous: earlier.title.text, date: longDate(context, later.dates.value!.days[0]!) },
        // At the date, where it is corrected (`### Contenu (17/10/2023)` under `## Séance 6`).
        later.dates.position,
        { related: relatedAt(earlier.position, relatedRow(context, earlier)) },
      );
    }
  },
});

/**
 * A numbered session's title (folded) split into its series' words and its number (`seance
 * 6`, `tp 3`, `cours n 12` for `Cours n° 12`), or undefined. Read in code from the end: a pattern with a lazy
 * run before optional marks takes quadratic time on a long title.
 */
function seriesNumber(title: string): { series: string; number: number } | undefined {
  let end = title.length;
  while (end > 0 && title[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && start > end - 3 && /\d/.test(title[start - 1]!)) start--;
  if (start === end || (start > 0 && /\d/.test(title[start - 1]!))) return undefined;
  // The number's mark, as the folded title keeps it (`seance n 3`, `seance no 3`).
  const words = title.slice(0, start).trimEnd().replace(/ (?:n|no)$/, '').trimEnd();
  return LOG_SERIES.has(words) ? { series: words, number: Number(title.slice(start, end)) } : undefined;
}

// The folded words of a course log's numbered entries, one a day as a class meets: groups,
// workshops and juries (`Groupe 2`, `Atelier 3`) often share a day and stay out.
const LOG_SERIES = new Set(['seance', 'cours', 'tp', 'td', 'session', 'lecon', 'journal', 'entree', 'jour']);

// How many numbered sessions make a series whose days can be told apart.
const FEWEST_IN_SERIES = 3;

/**
 * Numbered sessions of one series written outside a table (`## Séance 5` then `## Séance 6`,
 * a course log's entries) where the next one is on the very day of the one before it, each
 * on one day, while every other session of the series has a day of its own: the later day
 * was most likely copied with its entry and not corrected (`### Contenu (17/10/2023)` twice).
 * Two sessions held apart by their hours are two sittings of one day, not a copy.
 */
function copiedDays(sessions: readonly Session[]): Array<[Session, Session]> {
  const series = new Map<string, Array<{ session: Session; number: number }>>();
  for (const session of sessions) {
    const days = session.dates.value?.days;
    const found = seriesNumber(titleKey(session));
    if (session.source === 'table' || session.status === 'cancelled' || days?.length !== 1 || !found) continue;
    const members = series.get(found.series);
    if (members) members.push({ session, number: found.number });
    else series.set(found.series, [{ session, number: found.number }]);
  }
  const copied: Array<[Session, Session]> = [];
  for (const members of series.values()) {
    if (members.length < FEWEST_IN_SERIES) continue;
    const dayOf = (member: { session: Session }) => toIsoDate(member.session.dates.value!.days[0]!);
    const counts = new Map<string, number>();
    for (const member of members) counts.set(dayOf(member), (counts.get(dayOf(member)) ?? 0) + 1);
    // Only one day held twice, by two sessions in a row: a series that meets twice a day has more.
    const twice = [...counts.entries()].filter(([, count]) => count > 1);
    if (twice.length !== 1 || twice[0]![1] !== 2) continue;
    for (let i = 1; i < members.length; i++) {
      const [before, after] = [members[i - 1]!, members[i]!];
      if (after.number === before.number + 1 && dayOf(before) === dayOf(after) && !heldApart(before.session, after.session)) copied.push([before.session, after.session]);
    }
  }
  return copied;
}
