import { toIsoDate } from '../dates/plain-date.js';
import type { Session } from '../programme/model.js';

/**
 * The pairs of rows that share at least one day, each as [earlier, later] in table order,
 * later rows in order. Rules that compare rows (overlap) only ever look at these: rows are
 * bucketed by day, so 10,000 rows cost 10,000 look-ups, not 50 million comparisons.
 */
export function* rowsSharingADay(sessions: readonly Session[]): Generator<[Session, Session]> {
  const byDay = new Map<string, number[]>();
  for (let later = 0; later < sessions.length; later++) {
    const earlier = new Set<number>();
    for (const day of sessions[later]!.dates.value?.days ?? []) {
      const key = toIsoDate(day);
      const bucket = byDay.get(key);
      if (bucket) for (const index of bucket) earlier.add(index);
      if (bucket) bucket.push(later);
      else byDay.set(key, [later]);
    }
    for (const index of [...earlier].sort((a, b) => a - b)) yield [sessions[index]!, sessions[later]!];
  }
}
