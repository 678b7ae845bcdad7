/*
 * A line set in parts by commas, one of which is an event's noun and its date: an artist's
 * caption under a photograph of a show (`(vue d’exposition), *Gong Créole*, exposition du 22
 * mars au 1 juin 2024, Le Confort Moderne, Poitiers, France.`), a line of a CV
 * (`*Nuit blanche*, concert le 3 octobre 2020, Paris`). The noun says what happened on those
 * days; the other parts name it and where. Only a date that writes its year and fills its
 * part: a part that goes on (`exposition du 22 mars, prolongée jusqu'en mai`) tells more
 * than a day, and a caption of a work (`*Fantôme 14*, 2024, ruban adhésif`) names no day.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';

// Folded nouns of a show or an event, which a few words may qualify (`exposition collective`).
const EVENT_NOUNS = new Set([
  'exposition', 'expo', 'concert', 'spectacle', 'representation', 'projection', 'vernissage', 'finissage', 'residence', 'festival', 'salon', 'performance',
  'installation', 'lecture', 'conference', 'rencontre', 'colloque', 'seminaire', 'restitution',
]);
// How many words may qualify the noun before its date (`de fin de résidence`).
const NOUN_WORDS = 4;
// Folded words that say something was done on the day (posted, published, past), not shown.
const DONE_WORDS = new Set(['poste', 'postee', 'publie', 'publiee', 'passe', 'passee', 'mis', 'mise', 'ajoute', 'ajoutee', 'annonce', 'annoncee']);
// The link words between the noun and its day.
const LINKS = new Set(['le', 'les']);

/** The date a line's part gives after an event's noun (see above), with the parts before it as its title; undefined when no part, or more than one, does. */
export function eventNounPartDate(text: string): DatedLine | undefined {
  // Undefined until a part gives a day; null once a second one does.
  let found: DatedLine | null | undefined;
  let from = 0;
  text.split(',').forEach((part, index) => {
    const at = from;
    from += part.length + 1;
    if (found === null) return;
    const words = part.trim().split(/\s+/);
    const folded = words.map((word) => normaliseText(word));
    if (!EVENT_NOUNS.has(folded[0] ?? '')) return;
    // The noun, a few words that qualify it (`collective`, `de fin de résidence`), a link word, then the date.
    let line: DatedLine | undefined;
    let dateText = '';
    for (let k = 1; k <= 1 + NOUN_WORDS && k < words.length && !line; k++) {
      // `édition passée le 6 juillet 2023`, `posté le 5 mars 2024`: the day something was done, not the show's.
      if (DONE_WORDS.has(folded[k - 1] ?? '') || words[k - 1]!.includes(':')) break;
      const from = LINKS.has(folded[k] ?? '') ? k + 1 : k;
      dateText = words.slice(from).join(' ').replace(/\.$/, '');
      const read = /^\d|^du /i.test(dateText) ? datedTextOf(dateText, false) : undefined;
      const last = read?.expression.mentions.at(-1);
      if (read && read.lead === '' && read.rest === '' && !read.hours && last?.year !== undefined && read.expression.kind !== 'alternatives') line = read;
    }
    // The line's first part only with its month in words (`### Représentation le 14 mars 2025,
    // Théâtre de la Ville`): a heading that opens with the noun and a day in figures
    // (`## Installation le 05/03/2024, voir le wiki`) is a log's.
    if (!line || (index === 0 && !/\p{L}{3}/u.test(dateText))) return;
    // Two parts each with their day: a story of several shows, no one caption.
    if (found) {
      found = null;
      return;
    }
    const start = at + part.indexOf(dateText);
    const title = text.slice(0, at).replace(/,\s*$/, '').trim() || part.trim().split(/\s+/)[0]!;
    found = { ...line, start, end: start + dateText.length, lead: text.slice(0, start), rest: text.slice(start + dateText.length), title };
  });
  return found ?? undefined;
}
