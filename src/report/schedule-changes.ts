import { foldTitle } from '../programme/fold-title.js';
import type { SessionJson } from './session-json.js';

/** How a session changed for someone subscribed to the calendar. */
export type ScheduleChangeKind = 'added' | 'moved' | 'cancelled' | 'removed';

/** One change between two versions of a programme; `before`/`after` are the session in each. */
export interface ScheduleChange {
  kind: ScheduleChangeKind;
  title: string;
  before?: SessionJson;
  after?: SessionJson;
}

/**
 * What changes for subscribers between two versions of a programme's sessions: sessions
 * added, moved (other days, hours or place), cancelled, removed. Rows are paired first when
 * nothing changed, then by title and days, then by title in order (the same title recurs:
 * "Mentors" every month), so editing one monthly session reports that one only.
 * Ordered as in the new document, removed sessions last.
 */
export function compareSchedules(before: readonly SessionJson[], after: readonly SessionJson[]): ScheduleChange[] {
  const unpairedBefore = [...before];
  const unpairedAfter = [...after];
  const pairs: Array<[SessionJson, SessionJson]> = [];
  const pairBy = (same: (a: SessionJson, b: SessionJson) => boolean): void => {
    for (const next of [...unpairedAfter]) {
      const index = unpairedBefore.findIndex((previous) => same(previous, next));
      if (index < 0) continue;
      pairs.push([unpairedBefore[index]!, next]);
      unpairedBefore.splice(index, 1);
      unpairedAfter.splice(unpairedAfter.indexOf(next), 1);
    }
  };
  pairBy((a, b) => sameTitle(a, b) && sameDays(a, b) && sameTimes(a, b) && a.place === b.place && a.status === b.status);
  pairBy((a, b) => sameTitle(a, b) && sameDays(a, b));
  pairBy(sameTitle);

  const changes: ScheduleChange[] = [];
  for (const [previous, next] of pairs) {
    const kind = changeOf(previous, next);
    if (kind) changes.push({ kind, title: next.title, before: previous, after: next });
  }
  for (const next of unpairedAfter) {
    // A row added already struck through never reaches a subscriber as a session.
    if (next.status !== 'cancelled') changes.push({ kind: 'added', title: next.title, after: next });
  }
  changes.sort((a, b) => a.after!.line - b.after!.line);
  for (const previous of unpairedBefore) {
    if (previous.status !== 'cancelled') changes.push({ kind: 'removed', title: previous.title, before: previous });
  }
  return changes;
}

function changeOf(before: SessionJson, after: SessionJson): ScheduleChangeKind | undefined {
  if (after.status === 'cancelled') return before.status === 'cancelled' ? undefined : 'cancelled';
  // A cancelled session written again comes back to subscribers' calendars.
  if (before.status === 'cancelled') return 'added';
  if (!sameDays(before, after) || !sameTimes(before, after) || before.place !== after.place) return 'moved';
  return undefined;
}

function sameTitle(a: SessionJson, b: SessionJson): boolean {
  return foldTitle(a.title) === foldTitle(b.title);
}

function sameDays(a: SessionJson, b: SessionJson): boolean {
  return a.days.join() === b.days.join() && JSON.stringify(a.alternatives ?? null) === JSON.stringify(b.alternatives ?? null);
}

function sameTimes(a: SessionJson, b: SessionJson): boolean {
  return JSON.stringify(a.times) === JSON.stringify(b.times);
}
