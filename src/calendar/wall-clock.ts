import { DateTime } from 'luxon';
import type { PlainDate, TimeOfDay } from '../dates/types.js';

/*
 * Every conversion between the programme's wall clock and UTC goes through luxon with an
 * explicit zone, so the machine's own zone (TZ) never enters: runners are UTC, Paris is not.
 * Day arithmetic without a zone is plain-date.ts's.
 */

/**
 * The UTC moment of a wall-clock time on a day in an IANA zone, summer time included.
 * A time skipped by the spring change (02:30 on the last Sunday of March in Paris) moves
 * forward an hour, as clocks do. In milliseconds since 1970 (UTC), as `Date` counts.
 */
export function wallClockToUtc(day: PlainDate, time: TimeOfDay, zone: string): number {
  const local = DateTime.fromObject({ ...day, hour: time.hour, minute: time.minute }, { zone });
  if (!local.isValid) throw new RangeError(`cannot place ${JSON.stringify({ day, time })} in ${zone}: ${local.invalidExplanation ?? ''}`);
  return local.toMillis();
}
