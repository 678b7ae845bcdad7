/*
 * A day stamped into a code, the way files and folders are named (`TD20210922`,
 * `CR_2021-09-22` is read elsewhere): a short label glued to the year, month and day in
 * eight digits. A course's list of exercises named so (`| TD20211004 | C file from scratch
 * |`) dates each row by its name, and a reader reads that date. Only a label that names a
 * class's session or its report (`TD`, `TP`, `CR`, `Cours`), an underscore or a dash after
 * it, and a day that exists in the years a programme is written in; written by hand, no
 * library reads such stamps.
 */
import type { DateParseResult } from './types.js';

// Letters, an optional `_` or `-`, then YYYYMMDD, and nothing else but one lower-case letter
// that tells two of one day apart (`TD20200602b`, the day's second). Bounded: linear on any cell.
const STAMP = /^\s{0,3}([A-Za-z]{1,7})[_-]?(\d{4})(\d{2})(\d{2})[a-z]?\s{0,3}$/;
// Labels that name a class's sessions or their reports: a photo's, a backup's, a lot's or a
// slide deck's stamp (`IMG20230714`, `backup20210922`, `LOT20230714`) dates a file, no session.
const SESSION_LABELS = new Set(['td', 'tp', 'cm', 'cr', 'cours', 'seance', 'sem', 's', 'tuto', 'atelier', 'reunion', 'exam', 'ds', 'cc', 'labo', 'lab']);
// The years a stamp may write: a programme's, not a serial number's.
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2099;

/** The day a stamped code writes (`TD20210922` -> 22 September 2021), or undefined when the cell is not one. */
export function dateInStamp(text: string): DateParseResult | undefined {
  const found = STAMP.exec(text);
  if (!found) return undefined;
  if (!SESSION_LABELS.has(found[1]!.toLowerCase())) return undefined;
  const [year, month, day] = [Number(found[2]), Number(found[3]), Number(found[4])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  // The last day of that month (day 0 of the next), in UTC: no time zone moves it.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { ok: true, value: { kind: 'single', mentions: [{ day, month, year, text: text.trim() }] } };
}
