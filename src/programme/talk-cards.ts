/*
 * A talk or an event written as a card of a few lines joined by line breaks, one paragraph
 * each, as a researcher's page lists them under `# Communications scientifiques` or
 * `# Organisation de manifestations scientifiques`: the speakers and the talk's title, the
 * event in italics, then a line that opens with the day and its year and closes with the
 * place (`9 et 10 Juillet, 2024 - Essaouira, Maroc`, `21 Février 2025, EST Essaouira`), or a
 * field that labels it (`<i>Date</i>. 04/05/26`). A reader puts the card in the calendar on
 * that day, titled by the lines above it. Read only
 * under a heading that names talks (read-dated-headings.ts): a publication's card is written
 * so too. The list form of the same cards is read by read-dated-lists.ts (cardLineDate).
 */
import type { Paragraph } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { rangeSpan } from '../dates/day-runs.js';
import { datedTextOf } from './dated-text.js';
import { CALL_OR_DEADLINE } from './inner-year-dates.js';
import { paragraphSourceLines, plainTextLines } from './paragraph-lines.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// The most lines a card holds: speakers, title, event, day and place, a link.
const CARD_LINES = 6;

// How many days an event on a card may span at most: a school of two weeks, not a job's year.
const DAYS_OF_AN_EVENT = 15;

// The mark that closes a card's line naming the event: emphasis, bold, a quote, a bracket.
const NAME_CLOSED = /[*_"\u00bb\u201d)]$/;

// A card's line that labels its day (`Date. 04/05/26`, `Date : 19 mars 2026`, `Quand : …`), up to the day.
const DATE_FIELD = /^(?:date|dates|quand)\s?[.:]\s/i;
// Words of a published article's card (folded): its identifiers, its volume and pages (`DOI : …`, `vol. 12, pp. 3-17`).
const PUBLISHED = /(?:^|[^a-z])(?:doi|isbn|issn|arxiv|hal|vol|pp)(?:[^a-z]|$)/;
// A card's line labelled in English (`Title: …`, `Location: …`, `Slides: …`); `Speaker :` is written on French pages too.
const ENGLISH_LABEL = /^(?:title|location|venue|slides|abstract)\s?[.:]\s/i;
// A card's line that labels another field (`Emplacement. Minho, Portugal`), left out of the title but for its event's name and its talk's (`Titre. …`).
const FIELD_LABEL = /^(?:emplacement|lieu|location|place|diapositives|slides|affiche|poster)\s?[.:]\s/i;

/** The session a talk's card stands for (see above), or undefined when the paragraph is no such card. */
export function talkCard(node: Paragraph, source: SourceText): SessionDraft | undefined {
  const shown = plainTextLines(node);
  const raw = paragraphSourceLines(node, source).map(({ raw: line }) => withoutLineBreakMarks(line));
  // Each line as shown beside its markup (a paragraph whose lines do not pair up is no card).
  if (raw.length !== shown.length) return undefined;
  const lines = shown.flatMap((text, index) => (text === '' ? [] : [{ text, raw: raw[index]! }]));
  if (lines.length < 2 || lines.length > CARD_LINES) return undefined;
  let found: { at: number; dated: DatedLine; field: boolean } | undefined;
  for (let at = 1; at < lines.length; at++) {
    // `<i>Date</i>. 04/05/26`, `*Date* : 19 mars 2026`: the card's field of its day, the day alone after the label.
    const field = DATE_FIELD.exec(lines[at]!.text);
    const dated = field ? datedTextOf(lines[at]!.text.slice(field[0].length).trim(), false) : datedTextOf(lines[at]!.text, false);
    if (!dated || dated.lead !== '' || (field && dated.rest !== '')) continue;
    // Two dated lines: a story or a period, not one event's day.
    if (found) return undefined;
    found = { at, dated, field: field !== null };
  }
  if (!found) return undefined;
  const { at, dated, field } = found;
  // The day closes on its place, with no hour and no other figure (`- Essaouira, Maroc`).
  if (dated.hours || /\d/.test(dated.rest)) return undefined;
  if (dated.expression.mentions.some((mention) => mention.year === undefined) || rangeSpan(dated.expression) > DAYS_OF_AN_EVENT) return undefined;
  const texts = lines.map((line) => line.text);
  if (datedTextOf(texts[0]!, false) !== undefined || CALL_OR_DEADLINE.test(normaliseText(texts.join(' ')))) return undefined;
  // `*Revue européenne de mathématiques appliquées*` over `Date : 12/03/2025` and `DOI : …`: an
  // article's card, dated when it came out, under a heading of publications and talks.
  if (field && texts.some((text) => PUBLISHED.test(normaliseText(text)))) return undefined;
  // `Title: …`, `Location: …` over `Date: 04/25/2026`: an English card, whose numeric days may be written month first.
  if (field && texts.some((text) => ENGLISH_LABEL.test(text))) return undefined;
  // `*6th Workshop on Mathematics*  ` over its day: the line above the day closes on the mark
  // that sets the event's name apart. `L'association a été fondée le` over `12 mars 1998 à la
  // maison de quartier.` is a sentence wrapped before its day.
  // A field's label sets the day apart as well.
  if (!field && !NAME_CLOSED.test(lines[at - 1]!.raw)) return undefined;
  const title = (field ? texts.slice(0, at).filter((text) => !FIELD_LABEL.test(text)) : texts.slice(0, at)).join(' — ');
  const position = node.position!;
  return { source: 'list', title, position, dated: { line: dated, position: source.find(position, dated.dateText) }, cancelled: saysCancelled(texts.join(' ')), slots: 0 };
}

/** A line without what ends it: spaces, and a hard break's two spaces or backslash (trimmed by hand: a pattern anchored at the end would rescan each run of spaces). */
function withoutLineBreakMarks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === '\\' || /\s/.test(line[end - 1]!))) end--;
  return line.slice(0, end);
}
