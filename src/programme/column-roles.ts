import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import type { ColumnRole } from './model.js';

// Words that give a header its role, matched on whole words of the normalised header
// (case, accents, extra words and a trailing `s` ignored: `SESSIONS D'ACCOMPAGNEMENT`,
// `DATES 2019`, `Date et heure`). A French programme often has English headers, so both
// languages are listed. `horraire` is a misspelling the real documents use. The first
// role in this order wins: `Date et heure` is a dates column (whose cells may also carry
// a time), `Heure début` an hours column.
// `Jour`, `Day` and `Time` name the column only as its first word: `Programme du jour` is
// a title and `Full-time` nothing.
const firstWordRoles: ReadonlyMap<string, ColumnRole> = new Map([
  ['jour', 'dates'],
  ['day', 'dates'],
  ['time', 'hours'],
]);
const roleWords: Array<[ColumnRole, readonly string[]]> = [
  ['dates', ['date', 'quand', 'when']],
  ['hours', ['horaire', 'heure', 'horraire', 'creneau', 'hour']],
  ['place', ['lieu', 'lieux', 'salle', 'adresse', 'location', 'venue', 'room']],
  ['audience', ['public', 'audience', 'participant', 'mentor', 'promotion']],
  ['theme', ['thematique', 'theme', 'sujet']],
  [
    'title',
    [
      'session', 'seance', 'programme', 'evenement', 'activite', 'cours', 'titre', 'intitule',
      'description', 'event', 'talk', 'rendez-vous', 'atelier', 'title', 'quoi', 'what',
      'evaluation', 'examen', 'epreuve', 'soutenance', 'rencontre', 'seminaire', 'conference',
      'presentation', 'formation', 'module', 'contenu', 'matiere', 'activity', 'topic', 'action', 'concours',
    ],
  ],
];

// First words (folded) of a header that identifies, measures or counts the rows (`id_formation`,
// `Durée (heures)`, `Nb séances`): the words after them name what is counted, not the column's role.
const COUNTING_FIRST_WORDS = new Set(['id', 'duree', 'duration', 'nb', 'nbr', 'nombre', 'number']);
// A header (folded) that joins two fields: `Durée et horaires`, `Durée / Lieu`, `Nb & salle`.
const JOINS_FIELDS = /[/&+]| et | and /;

// A header that is `Temps` with a time zone's abbreviation in brackets (folded): `Temps (EDT)`.
const TIME_OF_DAY = /^temps \([a-z]{2,4}\)$/;

/** A header word without its plural mark: `dates` -> `date`, `créneaux` -> `creneau`, `lieux` stays (listed as is). */
function singular(word: string): string {
  if (word.endsWith('eaux')) return word.slice(0, -1);
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

// Words that make a column one of links, or of how to reach something online: beside them
// `public` says who may open the link (`Lien public`, `URL public`, `Accès public`, as a
// blog's export of its posts writes), not who a session is for.
const linkWords = new Set(['lien', 'link', 'url', 'acces']);

// What a date column may date that is no session (folded, singular): when a row's record was
// made or put online (`Date vidéos sur le groupe`, `Date de publication`, `Date d'ajout`), as a
// setlist or a catalogue keeps it beside each row.
// Not `enregistrement` nor `envoi`: a podcast's recordings, a mailing's sends are sessions of a plan.
const RECORD_NOUNS = new Set(['videos', 'publication', 'ajout', 'creation', 'modification', 'maj', 'upload', 'parution', 'commit']);
// Words between a header's head word and the noun it is of (folded): `Date de publication`,
// `Date d'ajout`, `Heure de la remise`.
const NOUN_OF = new Set(['de', 'du', 'des', 'd', 'la', 'l']);

/** The folded noun a header's first head word is of (`Date de publication` -> `publication`, `Heure d'installation` -> `installation`), if a word follows it. */
function nounAfter(header: string, isHead: (word: string) => boolean): string | undefined {
  const written = normaliseText(header).split(/[^a-z0-9-]+/).filter(Boolean);
  const at = written.findIndex((word) => isHead(singular(word)));
  if (at < 0) return undefined;
  let next = at + 1;
  while (next < written.length && NOUN_OF.has(written[next]!)) next++;
  return written[next];
}

/** Whether a header dates a record of the row (RECORD_NOUNS: `Date vidéos sur le groupe`), not a session. */
export function datesARecord(header: string): boolean {
  const noun = nounAfter(header, (word) => word === 'date');
  return noun !== undefined && RECORD_NOUNS.has(noun);
}

// What an hours column may time that is not the session (folded, singular): a speaker's or an
// exhibitor's errand around it (`Heure de dépôt de la présentation`, `Heure d'installation`,
// `Heure de démontage`, as oscanada-guide-table-ronde-2025 writes beside `Date et heure`).
// Not `début`, `fin`, `passage` nor `arrivée`: the session's own start, end or slot; nor
// `remise` (`Horaire de la remise des prix`, a gala's) nor `livraison` (a food bank's rounds).
const ERRAND_NOUNS = new Set(['depot', 'installation', 'demontage', 'montage', 'envoi', 'soumission', 'rangement']);
// The words of a header that name a time of day (folded, singular).
const TIME_WORDS = new Set(['heure', 'horaire', 'hour', 'time']);

/** Whether a header times an errand around the session (ERRAND_NOUNS: `Heure de dépôt`), not the session. */
function timesAnErrand(header: string): boolean {
  const noun = nounAfter(header, (word) => TIME_WORDS.has(word));
  return noun !== undefined && ERRAND_NOUNS.has(singular(noun));
}

/** The role a schedule-table header names, if any (`Thématique` -> `theme`, `Venue` -> `place`). */
export function columnRole(header: string): ColumnRole | undefined {
  // `Où` folds to `ou`, which is also "or": only the header that is that word alone is a place.
  if (/^\s*o\u00f9\s*\??\s*$/i.test(header)) return 'place';
  // Each word as written and without its plural mark (`cours` is singular too).
  const written = normaliseText(header).split(/[^a-z0-9-]+/).filter(Boolean);
  if (datesARecord(header) || timesAnErrand(header)) return undefined;
  const words = [...written, ...written.map(singular)];
  // `id_formation`, `duree_heures`, `Nombre de séances`: a row's key, a length or a count, whatever
  // it is of; unless the header joins a second field to it (`Durée et horaires`, `Durée / Lieu`).
  if (written[0] !== undefined && COUNTING_FIRST_WORDS.has(written[0]) && !JOINS_FIELDS.test(normaliseText(header))) return undefined;
  const first = written[0] === undefined ? undefined : firstWordRoles.get(singular(written[0]));
  if (first) return first;
  // `Temps (EDT)`: the time of day with its zone; `Temps` alone or `Temps estimé` is how long.
  if (TIME_OF_DAY.test(normaliseText(header).trim())) return 'hours';
  const ofLinks = words.some((word) => linkWords.has(word));
  for (const [role, keys] of roleWords) {
    if (words.some((word) => keys.includes(word) && !(ofLinks && word === 'public'))) return role;
  }
  return undefined;
}

// Who runs a session: a table with such a column is a programme even without hours or place.
const speakerWords = new Set([
  'intervenant', 'intervenante', 'orateur', 'oratrice', 'conferencier', 'conferenciere', 'speaker', 'animateur', 'animatrice', 'formateur', 'formatrice', 'enseignant', 'responsable',
]);

/** Whether a header names who runs a session (`Intervenant`, `Speaker`), a sign of a programme. */
export function namesSpeaker(header: string): boolean {
  return normaliseText(header)
    .split(/[^a-z0-9-]+/)
    .some((word) => speakerWords.has(word) || speakerWords.has(singular(word)));
}

// Words that name a column of each row's weight in the mark (`Pondération`, `Coefficient`,
// `Barème`): a table of graded work, an assessment list, not a day's plan.
const weightWords = new Set(['ponderation', 'poids', 'coefficient', 'coef', 'bareme', 'weight', 'weighting']);

/** Whether a header names each row's weight in the mark (`Pondération`, `Poids`, `Coefficient`). */
export function namesWeights(header: string): boolean {
  return normaliseText(header)
    .split(/[^a-z0-9-]+/)
    .some((word) => weightWords.has(word) || weightWords.has(singular(word)));
}

// Words that name the start and the end of a period in a header (`Début | Fin`, `Du | Au`,
// `Date de début | Date de fin`, `Ouverture | Clôture`, `Start | End`): a stage, a
// registration window, a module over several days, each row from one day to the other.
const periodStartWords = new Set(['debut', 'du', 'start', 'ouverture', 'depart', 'from', 'begin', 'commencement']);
const periodEndWords = new Set(['fin', 'au', 'end', 'cloture', 'fermeture', 'to', 'until', 'jusqu', 'retour']);

/** Whether a header names the start (`'start'`) or the end (`'end'`) of a period, if either. */
export function periodBound(header: string): 'start' | 'end' | undefined {
  const words = foldedWords(normaliseText(header));
  if (words.some((word) => periodStartWords.has(word))) return 'start';
  if (words.some((word) => periodEndWords.has(word))) return 'end';
  return undefined;
}
