/** The French date and hour grammar: reading cells and headings, inferring years, resolving days. */
export type {
  DateExpression,
  DateParseResult,
  DayMention,
  HoursParseResult,
  PlainDate,
  TimeOfDay,
  TimeSlot,
  YearSource,
} from './types.js';
export { normaliseText } from './normalise-text.js';
export {
  addDays,
  compareDates,
  daysFromTo,
  daysInMonth,
  isLeapYear,
  isoWeekday,
  isRealDate,
  toIsoDate,
} from './plain-date.js';
export { MONTH_NAMES, WEEKDAY_NAMES, monthFromWord, weekdayFromWord } from './french-months.js';
export { extractDateFromHeading, parseFrenchDate } from './french-dates.js';
export { parseFrenchHours } from './french-hours.js';
export { extractYear } from './years.js';
export { inferYears, type InferredYears, type YearHints } from './year-inference.js';
export { resolveDates, type ResolveResult } from './resolve-dates.js';
