/*
 * A line of its own that gives a label and a date, in a page with no table: `Date limite :
 * 3 avril 2024`, `Rentrée : lundi 2 septembre 2024 9h`, `Soutenance : mardi 12 mars, 14h`.
 * Set apart as its own paragraph, it is a field a coordinator wrote for the calendar, not
 * a sentence: a reader puts it there, titled by its label. Labels that date the page
 * itself (`Mis à jour : 3 avril 2024`, `Publié le : ...`) are the page's history, and
 * those that only say when (`Date :`, `Quand :`) name no session of their own.
 */
import type { Paragraph } from 'mdast';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { labelDatesThePage } from './page-history-label.js';
import { isStruckThrough } from './plain-text.js';
import { dateOfHeading, datedItemDraft } from './read-dated-lists.js';
import { NAMES_AN_OFFER_WINDOW } from './deadline-words.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { whenLabelKind } from './when-labels.js';


/** The session a one-line paragraph gives as `label : date` (see above), or undefined. */
export function labelledDateLine(node: Paragraph, source: SourceText): SessionDraft | undefined {
  // A closing `<br />` (`📅 Stage : lundi 5 janvier - vendredi 13 février 2026<br />`) ends the line, no line of its own.
  const lines = paragraphSourceLines(node, source).filter(({ raw }) => shownLine(raw).trim() !== '');
  if (lines.length !== 1) return undefined;
  const { raw, start } = lines[0]!;
  const text = shownLine(raw).replace(/[*_`]/g, '').trim();
  const given = dateOfHeading(text);
  if (!given?.label) return undefined;
  const words = foldedWords(normaliseText(given.label));
  // A label that asks only for the day (`Date :`, `Quand :`) says when, not what: on an
  // article, its own date; on an event's page, its day, which the page's reading takes (event-page.ts).
  // `**Validité :** du 1er au 30 septembre 2025`: when an offer may be taken, no session.
  if (words.length === 0 || whenLabelKind(given.label) === 'day' || labelDatesThePage(given.label) || NAMES_AN_OFFER_WINDOW.test(normaliseText(given.label))) return undefined;
  const dated = { ...given.dated, lead: given.label, title: given.label };
  return datedItemDraft(dated, text, source.span(start, start + raw.length), source, isStruckThrough(node));
}
