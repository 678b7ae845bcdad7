/*
 * The line a document closes with to say when it was written: after a rule, set apart in
 * italics or bold, a label that names the page or its writing and a full date (`---` then `*Plan opérationnel — 28 février
 * 2026*`, `_Dernière mise à jour : 12 mars 2024_`). A reader reads it as the page's date,
 * not a session: and as the year of the days the page plans when they write none
 * (`Samedi 1er mars` above it is in 2026, the weekday wrong or not).
 */
import type { RootContent } from 'mdast';
import { extractDateFromHeading } from '../dates/french-dates.js';
import type { PlainDate } from '../dates/types.js';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from './plain-text.js';
import { ANY_CLOCK } from './slot-hours.js';

// Words that name the page or its writing (folded): `plan`, `document`, `mis à jour`,
// `dernière mise à jour`, `rédigé`, `créé`, `généré`, `publié`, `version`, `révision`.
const STAMP_WORDS = /(?:^|[^a-z])(?:plan|document|mis|mise|maj|redige|redigee|ecrit|cree|creee|genere|generee|publie|publiee|edite|editee|version|revision|revise|etabli|etablie|updated?|written|generated)(?:[^a-z]|$)/;

// Blocks that close a page without saying anything a reader reads: a rule, a comment, a definition.
const SILENT = new Set(['thematicBreak', 'html', 'definition']);

/** The document's closing date stamp (see above), its node and date, or undefined when it has none. */
export function closingDateStamp(nodes: readonly RootContent[]): { node: RootContent; date: PlainDate } | undefined {
  let at = nodes.length - 1;
  while (at >= 0 && SILENT.has(nodes[at]!.type)) at--;
  const node = nodes[at];
  // A rule sets the stamp apart from the page's text.
  if (node?.type !== 'paragraph' || nodes[at - 1]?.type !== 'thematicBreak') return undefined;
  const marked = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (marked.length !== 1 || (marked[0]!.type !== 'emphasis' && marked[0]!.type !== 'strong')) return undefined;
  const text = plainText(node);
  const date = extractDateFromHeading(text);
  // The words before the date say the page (`Plan opérationnel`, `Dernière mise à jour`,
  // `Rédigé le`), not an event (`Assemblée générale le 21 juin 2025`).
  if (!date || !STAMP_WORDS.test(normaliseText(text.slice(0, date.start)))) return undefined;
  const mentions = date.expression.mentions;
  const first = mentions[0];
  // One day, its year written, no weekday and no hours: a weekday or an hour says an event.
  if (mentions.length !== 1 || first?.year === undefined || first.weekday !== undefined || ANY_CLOCK.test(text)) return undefined;
  return { node, date: { year: first.year, month: first.month, day: first.day } };
}
