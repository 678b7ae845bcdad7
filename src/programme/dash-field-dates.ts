/*
 * An item written as fields set apart by spaced dashes, one of which is its date and nothing
 * else: a sprint's tasks (`Mise en place (Antoine) - 16/03 - vélocité 1`, `Analyse de base -
 * 17/03 au 20/03 - vélocité 3`), a list of meetings (`Réunion de lancement – 12 mars – salle
 * B`). The date is not where a date opens or closes an item, so only a list whose items are
 * mostly written so is read this way (read-dated-lists.ts): there, a field that is a bare
 * day and month in two digits each (`16/03`) is a date, as it is in a column of dates, while
 * `3/4` is a score or a fraction. A field of clock hours alone gives the hours, a length
 * (`1h`) does not. The title is the other fields, as written.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { nightStartAlone } from '../dates/minutes-of-day.js';
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';
import { DEADLINE_NOUNS, DEADLINE_PREPOSITIONS, FROM_A_DATE, HAND_IN_VERBS, LIMIT, UNTIL, wordsAnywhere } from './deadline-words.js';

// A field's separator: a hyphen or a dash with a space on one side at least (`(Arnaud)- 26/03`); a hyphen inside a word (`Jean-Pierre`) or a run (`19/04-20/04`) has none.
const FIELD_SEPARATOR = / [-\u2013\u2014] ?|[-\u2013\u2014] /;
// A field that is clock hours and nothing else: `14h-16h`, `9:30 - 12:00`, `18h30`.
const HOUR_ALONE = /^\d{1,2}[h:.]\d{0,2}$/i;
const HOUR_RANGE = /^\d{1,2}[h:.]\d{0,2} ?[-\u2013\u00e0a] ?\d{1,2}[h:.]?\d{0,2}$/i;
// Folded words of an item that says its date is a bound or a deadline, no session (deadline-words.ts).
const BOUND = wordsAnywhere([...DEADLINE_PREPOSITIONS, ...UNTIL, LIMIT, ...DEADLINE_NOUNS, ...HAND_IN_VERBS, ...FROM_A_DATE]);

/** The one field of an item, between its first and its last, that is a date and nothing else (see above), with the other fields as its title; undefined otherwise. */
export function dashFieldDate(text: string): DatedLine | undefined {
  if (!/\d/.test(text)) return undefined;
  // Three fields at least, the date between two: `Titre - date` alone is read where a date
  // closes an item, with its guards (a statement or a deadline before the dash is no title).
  const fields = joinedRanges(text.split(FIELD_SEPARATOR));
  if (fields.length < 3) return undefined;
  let found: { line: DatedLine; index: number } | undefined;
  for (const [index, field] of fields.entries()) {
    if (index === 0 || index === fields.length - 1) continue;
    // `3/4`, `6/4`, `8/10`: a score, a fraction or a mark between dashes; a bare day is written `16/03`.
    if (BARE_PAIR.test(field.trim()) && !TWO_DIGIT_PAIR.test(field.trim())) continue;
    const line = datedTextOf(field.trim(), false, { bareDayMonth: true });
    if (!line || line.lead !== '' || line.rest !== '') continue;
    if (found) return undefined;
    found = { line, index };
  }
  if (!found || BOUND.test(normaliseText(text))) return undefined;
  // A field of clock hours alone (`- 14h-16h -`) is the session's hours; a count (`vélocité 1`) is not.
  const timed = fields.findIndex((field, index) => index > 0 && index !== found!.index && isClockField(field.trim()));
  const hoursText = timed > 0 ? fields[timed]!.trim() : undefined;
  const title = fields.filter((_field, index) => index !== found!.index && index !== timed).map((field) => field.trim()).join(' - ');
  const shift = text.indexOf(found.line.dateText);
  const at = hoursText === undefined ? -1 : text.indexOf(hoursText);
  const hours = found.line.hours ?? (hoursText === undefined ? undefined : { text: hoursText, start: at, end: at + hoursText.length });
  // The rest is left empty: what the other fields say is the title, no hours to look for in it.
  return { ...found.line, start: shift, end: shift + found.line.dateText.length, ...(hours ? { hours } : {}), lead: '', rest: '', title };
}

// A bare day and month (`16/03`, `3/4`), and one written with two digits each (`16/03`, `05/11`).
const BARE_PAIR = /^\d{1,2}\/\d{1,2}$/;
const TWO_DIGIT_PAIR = /^\d{2}\/\d{2}$/;

/**
 * The fields with a range of hours the dashes cut back together (`9:30`, `12:00` from `9:30 -
 * 12:00`, `14h`, `16h` from `14h - 16h`): two fields of a time alone side by side are one range.
 */
function joinedRanges(fields: string[]): string[] {
  const joined: string[] = [];
  for (const field of fields) {
    const last = joined.at(-1);
    if (last !== undefined && HOUR_ALONE.test(last.trim()) && HOUR_ALONE.test(field.trim())) joined[joined.length - 1] = `${last.trim()} - ${field.trim()}`;
    else joined.push(field);
  }
  return joined;
}

/** Whether a field is clock hours and nothing else, giving a slot that starts in the day (a length `2h` aside). */
function isClockField(field: string): boolean {
  if (!HOUR_ALONE.test(field) && !HOUR_RANGE.test(field)) return false;
  const parsed = parseFrenchHours(field);
  if (!parsed.ok || parsed.slots.length === 0) return false;
  const first = parsed.slots[0]!;
  // `Revue de sprint - 16/03 - 1h`: a length, no start.
  return first.end !== undefined || !nightStartAlone(first.start);
}
