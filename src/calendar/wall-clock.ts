import { DateTime } from 'luxon';
import type { PlainDate, TimeOfDay } from '../dates/types.js';

/*
 * Every conversion between the programme's wall clock and UTC goes through luxon with an
 * explicit zone, so the machine's own zone (TZ) never enters: runners are UTC, Paris is not.
 */

/** A moment in UTC as the parts `ics` takes (`[y, m, d, h, min]` with `utc` input and output). */
export type UtcDateTime = [number, number, number, number, number];

/**
 * The UTC moment of a wall-clock time on a day in an IANA zone, summer time included.
 * A time skipped by the spring change (02:30 on the last Sunday of March in Paris) moves
 * forward an hour, as clocks do.
 */
export function wallClockToUtc(day: PlainDate, time: TimeOfDay, zone: string): UtcDateTime {
  const local = DateTime.fromObject({ ...day, hour: time.hour, minute: time.minute }, { zone });
  if (!local.isValid) throw new RangeError(`cannot place ${JSON.stringify({ day, time })} in ${zone}: ${local.invalidExplanation ?? ''}`);
  const utc = local.toUTC();
  return [utc.year, utc.month, utc.day, utc.hour, utc.minute];
}

/** Whether a day exists in the calendar (`30 février` does not). */
export function isRealDay(day: PlainDate): boolean {
  return DateTime.fromObject(day, { zone: 'utc' }).isValid;
}

/** The day `n` days after `day` (31 March + 1 = 1 April), by calendar arithmetic in UTC. */
export function addDays(day: PlainDate, n: number): PlainDate {
  const next = DateTime.fromObject(day, { zone: 'utc' }).plus({ days: n });
  return { year: next.year, month: next.month, day: next.day };
}

/** Whether `b` is the day after `a`. */
export function isNextDay(a: PlainDate, b: PlainDate): boolean {
  const next = addDays(a, 1);
  return next.year === b.year && next.month === b.month && next.day === b.day;
}

/** A day written out in a language (`7 novembre 2019`, `November 7, 2019`), for descriptions. */
export function formatDay(day: PlainDate, language: string): string {
  return DateTime.fromObject(day, { zone: 'utc' }).setLocale(language).toLocaleString(DateTime.DATE_FULL);
}
