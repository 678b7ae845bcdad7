import type { TimeOfDay } from './types.js';

/** Minutes from midnight of a time of day (`14:30` is 870): times compared or subtracted as numbers. */
export function minutesOfDay(time: TimeOfDay): number {
  return time.hour * 60 + time.minute;
}
