/*
 * An item written as fields set apart by spaced dashes, one of which is its date and nothing
 * else: a sprint's tasks (`Mise en place (Antoine) - 16/03 - vélocité 1`, `Analyse de base -
 * 17/03 au 20/03 - vélocité 3`), a list of meetings (`Réunion de lancement – 12 mars – salle
 * B`). The date is not where a date opens or closes an item, so only a list whose items are
 * mostly written so is read this way (read-dated-lists.ts): there, a field that is a bare
 * `d/m` is a date, as it is in a column of dates. The title is the other fields, as written.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';

// A field's separator: a hyphen or a dash with a space on one side at least (`(Arnaud)- 26/03`); a hyphen inside a word (`Jean-Pierre`) or a run (`19/04-20/04`) has none.
const FIELD_SEPARATOR = / [-\u2013\u2014] ?|[-\u2013\u2014] /;
// A field that is clock hours and nothing else: `14h-16h`, `9:30 - 12:00`, `18h30`.
const HOUR_ALONE = /^\d{1,2}[h:.]\d{0,2}$/i;
const HOUR_RANGE = /^\d{1,2}[h:.]\d{0,2} ?[-\u2013\u00e0a] ?\d{1,2}[h:.]?\d{0,2}$/i;
// Folded words of an item that says its date is a bound or a deadline, no session.
const BOUND = /(?:^|[^a-z])(?:avant|jusqu|limite|deadline|echeance|a rendre|a remettre|a partir|des le|depuis)(?![a-z])/;

/** The one field of an item, past its first, that is a date and nothing else (see above), with the other fields as its title; undefined otherwise. */
export function dashFieldDate(text: string): DatedLine | undefined {
  if (!/\d/.test(text)) return undefined;
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length < 2) return undefined;
  let found: { line: DatedLine; index: number } | undefined;
  for (const [index, field] of fields.entries()) {
    if (index === 0) continue;
    const line = datedTextOf(field.trim(), false, { bareDayMonth: true });
    if (!line || line.lead !== '' || line.rest !== '') continue;
    if (found) return undefined;
    found = { line, index };
  }
  if (!found || BOUND.test(normaliseText(text))) return undefined;
  // A field of clock hours alone (`- 14h-16h -`) is the session's hours; a count (`vélocité 1`) is not.
  const timed = fields.findIndex((field, index) => index > 0 && index !== found!.index && (HOUR_ALONE.test(field.trim()) || HOUR_RANGE.test(field.trim())) && hasSlots(field.trim()));
  const hoursText = timed > 0 ? fields[timed]!.trim() : undefined;
  const title = fields.filter((_field, index) => index !== found!.index && index !== timed).map((field) => field.trim()).join(' - ');
  const shift = text.indexOf(found.line.dateText);
  const at = hoursText === undefined ? -1 : text.indexOf(hoursText);
  const hours = found.line.hours ?? (hoursText === undefined ? undefined : { text: hoursText, start: at, end: at + hoursText.length });
  // The rest is left empty: what the other fields say is the title, no hours to look for in it.
  return { ...found.line, start: shift, end: shift + found.line.dateText.length, ...(hours ? { hours } : {}), lead: '', rest: '', title };
}

/** Whether a text parses as clock hours that give at least one slot. */
function hasSlots(text: string): boolean {
  const parsed = parseFrenchHours(text);
  return parsed.ok && parsed.slots.length > 0;
}
