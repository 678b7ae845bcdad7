/*
 * A line of a day's agenda that starts with its clock hours: `19h00 : Accueil`,
 * `09h30 - 18h00 : Travail en équipe`, `14h-17h → open Atelier typo`, `8h30-9h Accueil`,
 * `17h30 Session Posters`. The day comes from the dated heading above; this reads only the
 * hours and the title.
 *
 * Conservative like dated lines: the hours must open the line (after marks or a list
 * number), a lone small whole hour (`2h : TP noté`) is a duration, not a time, and a
 * sentence that starts with a time (`9h30 est l'heure limite`) is prose.
 */
import { durationEnd, hoursExtentAt } from './hours-extent.js';
import { tokenize, type Token } from './tokenize.js';
import type { HoursInDateText } from './types.js';

/** What a timed agenda line says. */
export interface TimedLine {
  /** The hours as written, with their offsets in the line, for parseFrenchHours. */
  hours: HoursInDateText;
  /** What follows the hours, separators trimmed (`Accueil`), or ``. */
  title: string;
}

// A time followed directly by one of these words starts a sentence, not an agenda line.
const PROSE_AFTER_TIME = new Set(['est', 'sera', 'etait', 'a', 'au', 'nous', 'on', 'il', 'elle', 'je', 'vous', 'c', 'ce', 'se', 'du', 'de', 'le', 'la', 'les', 'pile', 'precise', 'precises']);

function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/**
 * The clock hours a line opens with and the title after them; undefined when the line
 * does not open with hours.
 */
export function readTimedLine(text: string): TimedLine | undefined {
  const toks = tokenize(text);
  let i = 0;
  // Marks (`*`, `-`, `>`, an emoji) but not a bracket: `(14h-17h)` alone is a remark.
  while (i < toks.length && toks[i]?.kind === 'punct' && !isPunct(toks[i], '(')) i++;
  const n = toks[i];
  const mark = toks[i + 1];
  // A list number: `1. 9h : accueil` (a time is glued: `9h`, `9:30`, never `9.`).
  if (n?.kind === 'num' && isPunct(mark, '.)') && n.end === mark?.start && (toks[i + 2]?.start ?? 0) > mark.end) i += 2;
  if (isPunct(toks[i], '(') || durationEnd(toks, i) !== undefined) return undefined;
  const last = hoursExtentAt(toks, i);
  if (last === undefined) return undefined;
  const next = toks[last + 1];
  if (next !== undefined && next.kind === 'word' && PROSE_AFTER_TIME.has(next.text)) return undefined;
  const start = toks[i]?.from ?? 0;
  const end = toks[last]?.to ?? start;
  let a = end;
  let b = text.length;
  const junk = (ch: string | undefined): boolean => ch !== undefined && ' \t:,;|-–—→>'.includes(ch);
  while (a < b && junk(text[a])) a++;
  while (b > a && (junk(text[b - 1]) || text[b - 1] === ':')) b--;
  return { hours: { text: text.slice(start, end), start, end }, title: text.slice(a, b) };
}
