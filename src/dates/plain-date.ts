import type { PlainDate } from './types.js';

/*
 * Calendar arithmetic on plain days. Deliberately no `Date` and no luxon here: a
 * `Date` carries the machine's zone, and a programme day must not move when the tool
 * runs in Auckland. Everything goes through a day count (days since 1970-01-01 in the
 * proleptic Gregorian calendar), computed with integer formulas.
 */

/** Whether `year` is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in `month` (1..12) of `year`; 0 for a month outside 1..12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Whether the day exists: `30 février`, `29 février 2019`, `31 avril`, day 32 or month 13 do not. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), exact for any integer year. */
export function toDayNumber(date: PlainDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day `n` days after 1970-01-01 (inverse of `toDayNumber`). */
export function fromDayNumber(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: PlainDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The day `n` days later (earlier when negative): 31 March + 1 = 1 April. */
export function addDays(date: PlainDate, n: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** `2019-02-11`: the ISO 8601 calendar date, zero-padded. */
export function toIsoDate(date: PlainDate): string {
  const y = date.year < 0 ? `-${String(-date.year).padStart(4, '0')}` : String(date.year).padStart(4, '0');
  return `${y}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Negative when `a` is before `b`, 0 when the same day, positive when after. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Every day from `a` to `b`, both included; empty when `b` is before `a`. */
export function daysFromTo(a: PlainDate, b: PlainDate): PlainDate[] {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const days: PlainDate[] = [];
  for (let n = from; n <= to; n++) days.push(fromDayNumber(n));
  return days;
}
