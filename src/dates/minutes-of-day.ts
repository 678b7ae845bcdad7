import type { TimeOfDay } from './types.js';

/** Minutes from midnight of a time of day (`14:30` is 870): times compared or subtracted as numbers. */
export function minutesOfDay(time: TimeOfDay): number {
  return time.hour * 60 + time.minute;
}

/**
 * Whether a time falls on the five minutes (`13:35`, not `13:37`): every timetable sets its
 * hours so; a time off that grid is a machine's, or one logged as something happened.
 */
export function onTheFiveMinutes(time: TimeOfDay): boolean {
  return time.minute % 5 === 0;
}

// The earliest hour a start written alone may be a session's: before it, `à 1h`, `- 2h` are lengths said loosely.
const EARLIEST_START_ALONE = 6;

/** Whether a start written alone, on the hour, falls in the night (`1h`, `3h`): a length, no meeting's start. */
export function nightStartAlone(time: TimeOfDay): boolean {
  return time.hour < EARLIEST_START_ALONE && time.minute === 0;
}
