/*
 * Talks and events listed as a CV or a lab's page lists them, one sentence each, the day
 * with its year set between commas after the talk's title and before its place: `"Méthodes
 * lettrées", colloque "Des humanités numériques littéraires ?", 16.06.2017, Cerisy`, `Atelier
 * du GDRI, 12-17.05.2004, Fondation des Treilles, Tourtour`. No item opens or closes with
 * its date, but each writes one day a reader can date, and the list is the calendar of
 * those talks. Read only under a heading that names talks (read-dated-lists.ts), and only
 * in a list most of whose items (three at least) are so written: a publication's line
 * (`SFC 2009, 2-4 septembre 2009, Grenoble.`) is written so too, under another heading.
 * Written by hand over the date grammar's tokens, as inner-weekday-dates.ts is.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { dateExpressionAt } from '../dates/french-dates.js';
import { rangeSpan } from '../dates/day-runs.js';
import { isPunct, tokenize, type Token } from '../dates/tokenize.js';
import { normaliseText } from '../dates/normalise-text.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, HAND_IN_VERBS, UNTIL, wordsAnywhere } from './deadline-words.js';
import { ANY_CLOCK } from './slot-hours.js';
import { trimMarks } from './trim-marks.js';

/** Folded words that make a talk's day a deadline, a bound or a call's step (deadline-words.ts): `Date limite de soumission, 15 mars 2025`. */
export const CALL_OR_DEADLINE = wordsAnywhere([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, ...UNTIL, ...HAND_IN_VERBS, ...DEADLINE_NOUNS, 'soumissions?', 'notifications?']);

// How many items of a list must write one day with its year between commas.
const INNER_YEAR_ITEMS = 3;

/** How many days a talk's or an event's run may span at most (`12-17.05.2004`, a week's workshop): a longer span (`2012-2015`, `1er septembre 2019 - 31 août 2020`) is a job's, a project's or a term's. */
export const DAYS_OF_A_WEEK = 7;

// A year or a span of years opening an item, set apart by a space (`2015 `, `2005-2006 `).
const YEAR_LABEL = /^\d{4} /;
const YEARS_LABEL = /^\d{4}[-\u2013]\d{4} /;

/** The one day with its year an item writes between commas after its first words, undefined when it writes none or more than one. */
export function innerYearDate(text: string): DatedLine | undefined {
  const toks = tokenize(text);
  let found: { first: number; last: number; expression: DatedLine['expression'] } | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind !== 'num') continue;
    const at = dateExpressionAt(toks, k, text);
    if (!at) continue;
    // A second date further on: the item tells a story or a period, not one talk.
    if (found) return undefined;
    found = at;
    k = at.last;
  }
  if (!found || !setApart(toks, found.first, found.last)) return undefined;
  const { expression } = found;
  if (expression.mentions.some((mention) => mention.year === undefined) || runsOverAWeek(expression)) return undefined;
  const start = toks[found.first]!.from;
  const end = toks[found.last]!.to;
  // `La forêt, 16 octobre 2025, 20h30`: an evening announced with its time, which the list's
  // other readers read; `Date limite de soumission, 15 mars 2025`: a deadline, no talk.
  if (ANY_CLOCK.test(text.slice(end)) || CALL_OR_DEADLINE.test(normaliseText(text))) return undefined;
  // `<span>2015</span> THATCamp Paris 2015`: the CV's label of the year its items fall in opens the first one.
  const title = trimMarks(text.slice(0, start), ' \t,;:').replace(YEARS_LABEL, '').replace(YEAR_LABEL, '');
  if (!/\p{L}/u.test(title)) return undefined;
  return { expression, dateText: text.slice(start, end), start, end, lead: '', rest: trimMarks(text.slice(end), ' \t,;.'), title };
}

/** Whether a run of days spans more than a week (`1er septembre 2019 - 31 août 2020`, a job's span on a CV): no talk's days. */
export function runsOverAWeek(expression: DatedLine['expression']): boolean {
  return rangeSpan(expression) > DAYS_OF_A_WEEK;
}

/** Whether a date stands between commas: a comma before it, and a comma, a full stop or the end after it. */
function setApart(toks: Token[], first: number, last: number): boolean {
  const after = toks[last + 1];
  return isPunct(toks[first - 1], ',') && (after === undefined || isPunct(after, ',.;'));
}

/** Whether most of a list's items, three at least, each write one day with its year between commas (see above). */
export function writesInnerYearDates(items: string[]): boolean {
  const dated = items.filter((text) => innerYearDate(text) !== undefined).length;
  return dated >= INNER_YEAR_ITEMS && dated * 2 > items.length;
}
