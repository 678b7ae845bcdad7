/*
 * The day a table's title cell writes, when a course plan or an event list names each
 * session and its day in one cell (`Séance 1 - mardi 16 septembre 2025, 14h-16h`, `TP noté
 * (lundi 12/02/2024)`, `Intra : jeudi 10 octobre, 12h00-13h50`). Read as a dated heading
 * is (dated-text.ts): the date opens the cell, follows the title after a ` - ` or ` : `,
 * or closes it in brackets, so a date inside a sentence stays prose.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { datedTextOf } from './dated-text.js';

/** A title cell's session name, and its date and hours as a dates cell would write them. */
export interface TitleDate {
  /** The words that name the session (`Séance 1`, `TP noté`). */
  title: string;
  /** The date and the hours after it, as written (`mardi 16 septembre 2025, 14h-16h`). */
  dates: string;
  line: DatedLine;
}

/** The date a title cell writes for its session, undefined when it writes none (or only inside prose). */
export function titleDate(text: string): TitleDate | undefined {
  const line = datedTextOf(text, true);
  if (!line || !line.title) return undefined;
  return { title: line.title, dates: text.slice(line.start, line.hours ? line.hours.end : line.end), line };
}
