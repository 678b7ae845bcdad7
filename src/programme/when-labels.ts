/*
 * The labels a page sets before its day to say when (`Date :`, `Quand ?`, `**Dates et
 * horaires**`, `### Horaire`, `Où et quand`, `When:`): one vocabulary, read the same way by
 * every reader of fields, headings and leads. Each asks for the day, the hours, or the day
 * with its hours or its place; a reader that only takes a day field asks for that kind.
 * Written by hand: a short closed list of French and English words. Left apart on purpose:
 * a table's column headers (column-roles.ts), whose role any word of the header gives
 * (`Date de la séance`, `Créneau`), a wider reading than a label's; a period's labels
 * (`Période`, `Planning`, rules/announced-period.ts); a session's own date label (`Date de
 * la session`, read-dated-lists.ts); and the records' other hours words (`Créneau`, `Time`).
 */
import { normaliseText } from '../dates/normalise-text.js';

// The words that ask for the day (folded).
const DAY_WORDS = new Set(['date', 'dates', 'quand', 'jour', 'jours', 'when', 'day']);
// The words that ask for the hours (folded).
const HOURS_WORDS = new Set(['horaire', 'horaires', 'heure', 'heures']);
// The words that ask for the place, beside the day (folded): `Date et lieu`, `Où et quand`.
const PLACE_WORDS = new Set(['lieu', 'lieux', 'ou']);

/** What a when-label asks for: the day, the hours, or the day with its hours or its place. */
export type WhenLabel = 'day' | 'hours' | 'day and hours' | 'day and place';

/**
 * Folded nouns of a gathering a page names (`séminaire`, `journée`, `atelier`): a label may
 * name it after it asks when (`Date et lieu du panel`, `Dates de la formation`, `Horaires de
 * l'atelier`), still the event's own when; a sentence may organise it (`nous organisons un
 * séminaire le jeudi 9 novembre`, invited-days.ts). Not what is handed in or closes (`Date du
 * rendu`, `Date limite`): those name no event.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'evenement', 'panel', 'atelier', 'ateliers', 'seminaire', 'formation', 'conference', 'rencontre', 'reunion', 'journee', 'journees',
  'soiree', 'session', 'seance', 'stage', 'colloque', 'forum', 'hackathon', 'meetup', 'manifestation', 'fete', 'festival',
  'concert', 'spectacle', 'visite', 'sortie', 'cours', 'webinaire', 'assemblee', 'debat', 'salon',
]);
// The words that join an event's noun to the label (folded, marks off): `du`, `de la`, `de l`, `des`.
const EVENT_LINKS = [['du'], ['de', 'la'], ['de', 'l'], ['des'], ['de']];

/** The label's words without the event it names at its end (`date lieu du panel` → `date lieu`), as EVENT_NOUNS allows. */
function withoutEventNamed(words: string[]): string[] {
  const noun = words.at(-1);
  if (noun === undefined || !EVENT_NOUNS.has(noun)) return words;
  for (const link of EVENT_LINKS) {
    const start = words.length - 1 - link.length;
    if (start >= 1 && link.every((word, n) => words[start + n] === word)) return words.slice(0, start);
  }
  return words;
}

/**
 * What a label asks for when it only asks when (`Date`, `Quand ?`, `Dates et horaires :`,
 * `Date/heure`, `Date(s)`, `Où et quand`), every mark and `et` aside, figures kept as words
 * (`Date 2` names a second date); undefined for a label that names something (`Date
 * limite`, `Date du rendu`, `Lieu`).
 */
export function whenLabelKind(label: string): WhenLabel | undefined {
  // `Date(s)`, `Horaire(s)`: the plural written in brackets is the word's own.
  const all = normaliseText(label).replace(/\(s\)/g, 's').replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter((word) => word !== '' && word !== 'et');
  const words = withoutEventNamed(all);
  const [first, second, ...rest] = words;
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) return DAY_WORDS.has(first) ? 'day' : HOURS_WORDS.has(first) ? 'hours' : undefined;
  const pair = new Set([first, second]);
  const day = [...pair].some((word) => DAY_WORDS.has(word));
  if (day && [...pair].some((word) => HOURS_WORDS.has(word))) return 'day and hours';
  if (day && [...pair].some((word) => PLACE_WORDS.has(word))) return 'day and place';
  return undefined;
}
