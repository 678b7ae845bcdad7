/*
 * A talk or an event written as a card of a few lines joined by line breaks, one paragraph
 * each, as a researcher's page lists them under `# Communications scientifiques` or
 * `# Organisation de manifestations scientifiques`: the speakers and the talk's title, the
 * event in italics, then a line that opens with the day and its year and closes with the
 * place (`9 et 10 Juillet, 2024 - Essaouira, Maroc`, `21 Février 2025, EST Essaouira`). A
 * reader puts the card in the calendar on that day, titled by the lines above it. Read only
 * under a heading that names talks (read-dated-headings.ts): a publication's card is written
 * so too. The list form of the same cards is read by read-dated-lists.ts (cardLineDate).
 */
import type { Paragraph } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { toDayNumber } from '../dates/plain-date.js';
import { datedTextOf } from './dated-text.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, HAND_IN_VERBS, UNTIL, wordsAnywhere } from './deadline-words.js';
import { plainTextLines } from './paragraph-lines.js';
import type { SessionDraft } from './session-drafts.js';
import { ANY_CLOCK } from './slot-hours.js';
import type { SourceText } from './source-text.js';

// The most lines a card holds: speakers, title, event, day and place, a link.
const CARD_LINES = 6;

// How many days an event on a card may span at most: a school of two weeks, not a job's year.
const DAYS_OF_AN_EVENT = 15;

// Folded words that make the card's day a deadline or a bound (deadline-words.ts): a call's `Soumission … 15 mars 2024`.
const BOUND_OR_DEADLINE = wordsAnywhere([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, ...UNTIL, ...HAND_IN_VERBS, ...DEADLINE_NOUNS, 'soumissions?']);

/** The session a talk's card stands for (see above), or undefined when the paragraph is no such card. */
export function talkCard(node: Paragraph, source: SourceText): SessionDraft | undefined {
  const lines = plainTextLines(node).filter((line) => line !== '');
  if (lines.length < 2 || lines.length > CARD_LINES) return undefined;
  let found: { at: number; dated: DatedLine } | undefined;
  for (let at = 1; at < lines.length; at++) {
    const dated = datedTextOf(lines[at]!, false);
    if (!dated || dated.lead !== '') continue;
    // Two dated lines: a story or a period, not one event's day.
    if (found) return undefined;
    found = { at, dated };
  }
  if (!found) return undefined;
  const { at, dated } = found;
  // The day closes on its place, with no hour and no other figure (`- Essaouira, Maroc`).
  if (dated.hours || /\d/.test(dated.rest) || ANY_CLOCK.test(dated.rest)) return undefined;
  if (dated.expression.mentions.some((mention) => mention.year === undefined) || spansMoreThan(dated, DAYS_OF_AN_EVENT)) return undefined;
  if (datedTextOf(lines[0]!, false) !== undefined || BOUND_OR_DEADLINE.test(normaliseText(lines.join(' ')))) return undefined;
  const title = lines.slice(0, at).join(' — ');
  const position = node.position!;
  return { source: 'list', title, position, dated: { line: dated, position: source.find(position, dated.dateText) }, cancelled: false, slots: 0 };
}


/** Whether a run of days spans more than `most` days. */
function spansMoreThan(line: DatedLine, most: number): boolean {
  const [first, last] = [line.expression.mentions[0], line.expression.mentions.at(-1)];
  if (!first || !last || line.expression.kind !== 'range') return false;
  return toDayNumber({ year: last.year!, month: last.month, day: last.day }) - toDayNumber({ year: first.year!, month: first.month, day: first.day }) > most;
}
