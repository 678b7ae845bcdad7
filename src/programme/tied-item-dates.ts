/*
 * Events listed one sentence each, their name first and their day tied to it by `le`, `les`
 * or `du` inside the sentence: a neighbourhood's year (`- Troc des plantes le 12 juin 2016 à
 * l'ICAM de 10h à 13h`, `- Cinéma en plein air le 27 mai 2016 Place Baudin`), a painter's
 * shows (`- Exposition personnelle à Rueil-Malmaison du 26 au 28 Septembre 2025`). No item
 * opens or closes with its date, and no weekday marks it (inner-weekday-dates.ts reads
 * those), but each writes one day a reader can date, and the list is the calendar of those
 * events. The name must name an event (a concert, a meeting, a fair): a bulletin's news
 * (`La piscine rouvre le 3 juin`), a task (`Jean envoie le devis le 15 mars`), a chronology
 * or an obituary ties days to names the same way. Only a list most of whose items (two at
 * least) are so written or open with their date: a sentence that ties a day to a name in
 * passing is not a session. Written by hand over the date grammar's tokens, as
 * inner-weekday-dates.ts is.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { toldInPast } from '../dates/past-tense.js';
import { tokenize, type Token } from '../dates/tokenize.js';
import { toDayNumber } from '../dates/plain-date.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, FROM_A_DATE, HAND_IN, LIMIT, UNTIL, beforeADate, wordsAnywhere } from './deadline-words.js';
import { DAYS_OF_A_WEEK, runsOverAWeek } from './inner-year-dates.js';
import { STATE_WORDS } from './inner-weekday-dates.js';
import { dayAt } from './invited-days.js';
import { trimMarks } from './trim-marks.js';

// The words that tie an event's name to its day: `le 13 juin`, `les 6 et 13 juillet`, `du 26 au 28 septembre`.
const TIES = new Set(['le', 'les', 'du']);

// Folded words that make the tied day a bound, a deadline or a hand-in's (deadline-words.ts):
// `Inscriptions ouvertes jusqu'au 3 mai`, `Dossier à rendre le 20/10`, `Remise le 21 avril`.
const BOUND_OR_HAND_IN = wordsAnywhere([...beforeADate(DEADLINE_PREPOSITIONS), ...DEADLINE_PHRASES, LIMIT, ...UNTIL, ...FROM_A_DATE, ...HAND_IN, ...DEADLINE_NOUNS, 'dernier delai', 'a retourner', 'a payer', 'reponses?', 'resultats?']);

// Folded words right before the tie that make the day a record's, an estimate or a hand-in's, not
// an event's (with inner-weekday-dates.ts's states: `né le`, `publié le`): `[Consulté le 09 février
// 2019]`, `Abandonné le 13/05`, `(Terminé, le 4 octobre)`, `vers le 15 mars`, `Pour le mardi 8 avril`,
// `salle 2016 (sauf le 11 février : salle 2017)`.
const NOT_AN_EVENT_DAY = new Set(['consulte', 'consultee', 'abandonne', 'abandonnee', 'termine', 'terminee', 'fini', 'finie', 'acheve', 'achevee', 'cree', 'creee', 'ajoute', 'ajoutee', 'corrige', 'corrigee', 'livre', 'livree', 'accepte', 'acceptee', 'soumis', 'soumise', 'mis', 'mise', 'jour', 'vers', 'pour', 'depuis', 'fait', 'faite', 'sauf', 'hormis', 'excepte', 'reserve', 'reservee', 'loue', 'louee', 'date', 'indisponible', 'inaugure', 'inauguree', 'elu', 'elue', 'elus']);

// Folded nouns that name an event one attends, one of which the name before the tie must hold
// (`Troc des plantes`, `Repas de quartier`, `Cinéma en plein air`, `Exposition personnelle`).
const EVENT_WORDS = new Set([
  'exposition', 'expo', 'concert', 'concerts', 'spectacle', 'representation', 'projection', 'cinema', 'vernissage', 'festival', 'salon', 'forum',
  'conference', 'conferences', 'rencontre', 'rencontres', 'colloque', 'seminaire', 'atelier', 'ateliers', 'reunion', 'assemblee', 'ag', 'soiree',
  'fete', 'repas', 'pique-nique', 'troc', 'bal', 'loto', 'tombola', 'vide-grenier', 'brocante', 'marche', 'kermesse', 'sortie', 'visite',
  'balade', 'randonnee', 'stage', 'formation', 'seance', 'session', 'journee', 'journees', 'tournoi', 'match', 'competition', 'championnat',
  'webinaire', 'webinar', 'meetup', 'hackathon', 'keynote', 'permanence', 'apero', 'aperitif', 'gala', 'ceremonie', 'commemoration', 'messe',
  'celebration', 'animation', 'animations', 'portes', 'lecture', 'concours', 'course', 'nuit', 'event', 'evenement', 'cafe', 'debat', 'table',
  'commission', 'conseil', 'spectacles', 'veillee', 'collecte', 'chantier', 'nettoyage', 'cartopartie', 'mapathon', 'conference-debat',
]);

// A name that is a field's label, not an event's (folded): `Date du concours : le 17 mars`, `Dates d'inscription : du 1er février au 18 avril`, `Période`.
const FIELD_LABEL = /^[^a-z]{0,4}(?:dates?|periode|duree|inscriptions?|ouverture|fermeture|calendrier)(?![a-z])/;

// The oldest year an event of a list read so may fall in: before it, the list is history.
const OLDEST_YEAR = 1950;

// Folded verbs and auxiliaries that make the words before the day a sentence about the event (`Le hackathon se tient les 13 et 14 novembre`),
// which the page's own days may detail, not its name. Not `a`: folded, it is `à` too (`Exposition à Rueil`).
const SENTENCE_VERBS = new Set(['se', 's', 'est', 'sont', 'sera', 'seront', 'aura', 'auront', 'ont', 'va', 'vont', 'tient', 'deroule']);

/** Whether a name (an item's words before its tied day) holds a noun of an event one attends, and no verb that makes it a sentence. */
function namesAnEvent(name: string): boolean {
  const words = normaliseText(name).split(/[^a-z-]+/);
  return words.some((word) => EVENT_WORDS.has(word)) && !words.some((word) => SENTENCE_VERBS.has(word));
}

/** Whether offset `at` of a text stands inside brackets opened before it and not closed (`Sortie au zoo (réponse souhaitée le 3 mai)`): an aside's day, not the event's. */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Whether a token is a tie word (`le`, `les`, `du`). */
function isTie(t: Token | undefined): boolean {
  return t?.kind === 'word' && TIES.has(t.text.toLowerCase());
}

// How many days a plain year has.
const DAYS_IN_PLAIN_YEAR = 365;
// A year with no 29 February, to measure a run of days whose year is not written.
const PLAIN_YEAR = 2001;

/** Whether a run of days spans more than a week, its year as written or, unwritten, any plain year (a run back across New Year ends in the next). */
function spansOverAWeek(expression: DatedLine['expression']): boolean {
  const [first, last] = [expression.mentions[0], expression.mentions.at(-1)];
  if (expression.kind !== 'range' || !first || !last) return false;
  if (first.year !== undefined && last.year !== undefined) return runsOverAWeek(expression);
  const from = toDayNumber({ year: PLAIN_YEAR, month: first.month, day: first.day });
  const to = toDayNumber({ year: PLAIN_YEAR, month: last.month, day: last.day });
  return (to >= from ? to - from : to + DAYS_IN_PLAIN_YEAR - from) > DAYS_OF_A_WEEK;
}

/**
 * The one day an item ties to the event it opens with (`Troc des plantes le 12 juin`), with
 * what follows the day as its rest; undefined when the item ties no day, ties several
 * (a story, a period), opens with its day, or makes it a bound, a hand-in or a day gone by.
 */
export function tiedItemDate(text: string): DatedLine | undefined {
  // Most items of most lists hold no digit, and no date without one.
  if (!/\d/.test(text)) return undefined;
  const toks = tokenize(text);
  let found: DatedLine | undefined;
  for (let k = 1; k < toks.length - 1; k++) {
    if (!isTie(toks[k])) continue;
    const day = dayAt(toks, k + 1, text);
    // `du` ties a run of days (`du 26 au 28 septembre`); before one day it names a document's or a part's (`Décret n° 2024-914 du 31 mars 2024`, `la soirée du 3 juillet`).
    if (!day || (toks[k]!.text.toLowerCase() === 'du' && day.expression.kind !== 'range')) continue;
    // The word before the tie, past a comma (`(Terminé, le 4 octobre)`).
    const before = toks[k - 1]?.text === ',' ? toks[k - 2] : toks[k - 1];
    if (before?.kind === 'word' && (STATE_WORDS.has(normaliseText(before.text)) || NOT_AN_EVENT_DAY.has(normaliseText(before.text)))) return undefined;
    // A second tied day further on (`conférence le 12 juin, suivie d'un atelier le 14 juin`): two events in one sentence.
    if (found) return undefined;
    found = { ...day, start: toks[k]!.from, dateText: day.dateText };
    while (k + 1 < toks.length && toks[k + 1]!.from < day.end) k++;
  }
  if (!found) return undefined;
  const name = trimMarks(text.slice(0, found.start), ' \t,;:\u2013-');
  if (!namesAnEvent(name) || insideBrackets(text, found.start)) return undefined;
  // A deadline's words may follow the day too (`Candidatures le 3 mai au plus tard`, `Rédaction le 12 mars à rendre`).
  const folded = normaliseText(text);
  // A period over a week (`du 5 octobre 2026 au 26 février 2027`, `Les semaines du 22 décembre au 2 janvier`) is a term's or a break's, no event's days;
  // a year long gone (`le 14 juillet 1789`) a chronology's.
  if (BOUND_OR_HAND_IN.test(folded) || FIELD_LABEL.test(folded) || spansOverAWeek(found.expression) || found.expression.mentions.some((mention) => mention.year !== undefined && mention.year < OLDEST_YEAR) || toldInPast(text)) return undefined;
  const start = text.indexOf(found.dateText, found.start);
  const rest = trimMarks(text.slice(found.end), ' \t,;.');
  return { ...found, start, lead: name, rest, title: rest === '' ? name : `${name} : ${rest}` };
}
