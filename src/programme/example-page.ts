/*
 * A page that says it is an example, not an event's (`title: Documentation Blowfish —
 * Exemple de page événement : EVO France 2026`, `summary: Documentation fictive illustrant
 * la structuration d'une page…`): a theme's or a template's documentation, whose dates show
 * how to write an event. A reader puts none of them in a calendar.
 */
import type { MetadataEntry } from './page-metadata.js';
import { normaliseText } from '../dates/normalise-text.js';

// Keys of the page's name and of the summary a site shows under it (folded).
const NAME_AND_SUMMARY_KEYS = new Set(['title', 'titre', 'description', 'summary', 'resume']);
// Words that call the page an example or a fiction (folded): `documentation fictive`,
// `exemple de page`, `page d'exemple`, `contenu de démonstration`.
const CALLS_ITSELF_AN_EXAMPLE = /(?:^|[^a-z])(?:fictive?s?|exemple de page|page d'exemple|page exemple|contenu de demonstration|contenu fictif|lorem ipsum)(?![a-z])/;

/** Whether the page's title or summary calls it an example or a fiction (see above). */
export function isExamplePage(entries: readonly MetadataEntry[]): boolean {
  return entries.some((entry) => NAME_AND_SUMMARY_KEYS.has(entry.key) && CALLS_ITSELF_AN_EXAMPLE.test(normaliseText(entry.value)));
}
