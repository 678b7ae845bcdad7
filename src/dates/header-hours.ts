/*
 * Hours written in a table's column header: `Cours (13:15 - 14:45)`, `Laboratoires
 * (14:55 - 16:30)`, `Matin 9h-12h`. The header names what the column holds (the label) and
 * when it happens (the hours), which apply to every row that has something in the column.
 *
 * A scan for brackets and a call to the hours grammar: linear, no backtracking regex.
 */
import { parseFrenchHours } from './french-hours.js';
import type { HoursWarning, TimeSlot } from './types.js';

/** The hours a column header writes and the label around them. */
export interface HeaderHours {
  /** The header without its hours, as written (`Cours`); may be empty (`(9h-12h)`). */
  label: string;
  /** The hours part as written, without brackets (`13:15 - 14:45`), and its offsets in the header. */
  hoursText: string;
  start: number;
  end: number;
  /** The slots the hours give, at least one. */
  slots: TimeSlot[];
  warnings?: HoursWarning[];
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Trims spaces and the marks that join a label to its hours (`Cours :`, `Matin -`). */
function trimLabel(text: string): string {
  let a = 0;
  let b = text.length;
  const junk = (ch: string | undefined): boolean => ch !== undefined && ' \t:-–,'.includes(ch);
  while (a < b && junk(text[a])) a++;
  while (b > a && junk(text[b - 1])) b--;
  return text.slice(a, b).replace(/ {2,}/g, ' ');
}

/** Reads `text.slice(start, end)` as hours; a result only when it gives at least one slot. */
function hoursBetween(text: string, start: number, end: number, label: string): HeaderHours | undefined {
  const hoursText = text.slice(start, end);
  const parsed = parseFrenchHours(hoursText);
  if (!parsed.ok || parsed.slots.length === 0) return undefined;
  const lead = hoursText.length - hoursText.trimStart().length;
  const trail = hoursText.length - hoursText.trimEnd().length;
  const found: HeaderHours = { label, hoursText: hoursText.trim(), start: start + lead, end: end - trail, slots: parsed.slots };
  if (parsed.warnings !== undefined) found.warnings = parsed.warnings;
  return found;
}

/**
 * The hours inside a column header and the label around them: `Cours (13:15 - 14:45)` gives
 * label `Cours` and one slot 13:15-14:45. Hours in brackets are looked for first; otherwise
 * the header may end with them (`Matin 9h-12h`, `Atelier : 14h-16h`). Undefined when the
 * header writes no clock hours (`Horaires`, `Date`) or hours the grammar cannot read.
 */
export function hoursInHeader(text: string): HeaderHours | undefined {
  // Each bracket group once, left to right: `Cours (vendredi) (13:15 - 14:45)`.
  let i = text.indexOf('(');
  while (i >= 0) {
    const close = text.indexOf(')', i + 1);
    if (close < 0) break;
    let hasDigit = false;
    for (let k = i + 1; k < close && !hasDigit; k++) hasDigit = isDigit(text[k]);
    if (hasDigit) {
      const label = trimLabel(`${text.slice(0, i)} ${text.slice(close + 1)}`.trim());
      const found = hoursBetween(text, i + 1, close, label);
      if (found !== undefined) return found;
    }
    i = text.indexOf('(', close + 1);
  }
  // No bracket: the hours are the header's tail, from its first digit.
  let first = 0;
  while (first < text.length && !isDigit(text[first])) first++;
  if (first === text.length) return undefined;
  // `de 9h à 12h`: the `de` belongs to the hours.
  const before = text.slice(0, first).trimEnd();
  let start = first;
  for (const word of ['de', 'dès', 'des']) {
    const at = before.length - word.length;
    if (at >= 0 && before.slice(at).toLowerCase() === word && (at === 0 || before[at - 1] === ' ')) start = at;
  }
  return hoursBetween(text, start, text.length, trimLabel(text.slice(0, start)));
}
