/*
 * A run of days whose line counts the weekdays it is held on: `du 2 novembre 2019 au 23
 * novembre 2019 (4 samedis = 12 heures)`, `du 5 au 26 mars 2024, 4 mardis`. A reader keeps
 * only those weekdays: the course meets on four Saturdays, not on twenty-two days. Only when
 * the count follows the date and is exactly the number of such weekdays in the run, its
 * ends' years written, and the line tells no exception or days besides (NOT_ALL_ITS_DAYS): a
 * count that does not fit says something else (`3 samedis sur 4`). Written by hand over the
 * folded text: no library reads French counts of weekdays.
 */
import type { DatedLine } from './dated-line.js';
import { weekdayFromWord } from './french-months.js';
import { normaliseText } from './normalise-text.js';
import { daysFromTo, isoWeekday, toDayNumber } from './plain-date.js';

// A count then a weekday in the plural, right after the date, past a bracket or a mark (folded):
// `(4 samedis = 12 heures)`, `, 8 mardis`, `— 4 lundis de théâtre`.
const COUNTED_WEEKDAYS = /^[\s(,:\-\u2013\u2014]{0,4}(\d{1,2}) (lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)(?![a-z])/;
// Folded words that make the count a part of the run, not all its days: an exception (`sauf
// les 2 dimanches`, `fermé 4 samedis`), a part (`11 jours dont 2 samedis`), days besides
// (`ouvert tous les jours, animations les 4 dimanches`, `4 lundis + 1 stage`).
const NOT_ALL_ITS_DAYS = /(?:^|[^a-z])(?:sauf|dont|hors|excepte|fermee?s?|tous les|toutes les|chaque|pas le|pas de)(?![a-z])|\+/;
// Any count of weekdays in the line (folded).
const ANY_COUNT = /\d (?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)(?![a-z])/g;
// The longest run a count of weekdays is read in: a season.
const LONGEST_RUN = 200;

/** The line with its run narrowed to the weekdays its text counts, when the count fits; the line itself otherwise. */
export function withCountedWeekdays(line: DatedLine, text: string): DatedLine {
  const { expression } = line;
  if (expression.kind !== 'range' || expression.mentions.length !== 2) return line;
  const [from, to] = expression.mentions as [typeof expression.mentions[0], typeof expression.mentions[0]];
  if (from.year === undefined || to.year === undefined) return line;
  const counted = COUNTED_WEEKDAYS.exec(normaliseText(text.slice(line.end)));
  const folded = normaliseText(text);
  // One count in the line: `(4 samedis = 12 heures, et 3 dimanches en option)` counts days besides.
  if (counted === null || NOT_ALL_ITS_DAYS.test(folded) || [...folded.matchAll(ANY_COUNT)].length !== 1) return line;
  const count = Number(counted[1]);
  const weekday = weekdayFromWord(counted[2]!.slice(0, -1));
  if (weekday === undefined) return line;
  const [first, last] = [{ year: from.year, month: from.month, day: from.day }, { year: to.year, month: to.month, day: to.day }];
  if (toDayNumber(last) - toDayNumber(first) > LONGEST_RUN) return line;
  const run = daysFromTo(first, last);
  const days = run.filter((day) => isoWeekday(day) === weekday);
  if (days.length !== count || count < 2) return line;
  const mentions = days.map((day) => ({ day: day.day, month: day.month, year: day.year, weekday, text: line.dateText }));
  return { ...line, expression: { ...expression, kind: 'set', mentions } };
}
