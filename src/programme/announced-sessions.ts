/*
 * Sessions announced in sentences, as a reader of a newsletter, a course page, minutes or
 * a club's README puts them in a calendar: `La prochaine séance aura lieu le mardi 12 mars
 * de 18h à 20h`, `Rendez-vous le samedi 30 novembre à 9h devant la mairie`, `L'examen final
 * sera le 13 décembre de 15h00 à 18h00.`, `Le cours du 2019-12-19 est annulé`, `Prochaine
 * réunion : jeudi 5 juin, 19h`, `Nous nous retrouverons les 9 et 16 octobre`.
 *
 * Prose is full of dates, so a sentence is a session only when a reader cannot read it
 * otherwise: it names an event (`séance`, `cours`, `examen`, `atelier`...) or announces one
 * (`aura lieu`, `se tiendra`, `rendez-vous`, `nous vous attendons`), it writes one date a
 * reader can put on a calendar (a weekday with its day and month, a year, or a month in
 * words with the clock hours beside it), and nothing in it says the date is something else:
 * a deadline (`avant le`, `au plus tard`, `date limite`, `jusqu'au`), a series (`tous les
 * mercredis`, `à partir du`), a past report (`s'est tenue`, `a eu lieu`, `nous avons`), a
 * publication or a birthday. The hours written after the date in the same sentence are its
 * hours. Written by hand over the date grammar's tokens (french-dates.ts, hours-extent.ts):
 * no library reads French announcements.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { Position } from 'unist';
import { RECORDING_NOUNS } from '../dates/dated-item.js';
import type { DatedLine } from '../dates/dated-line.js';
import { dateExpressionAt } from '../dates/french-dates.js';
import { normaliseText } from '../dates/normalise-text.js';
import { onTheFiveMinutes } from '../dates/minutes-of-day.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { isPunct, isWord, tokenize, type Token } from '../dates/tokenize.js';
import { textWithFieldColon } from './bold-field-label.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { headParagraph } from './page-metadata.js';
import { ANNOUNCING_PHRASES } from './invited-days.js';
import { isStruckThrough, plainText } from './plain-text.js';
import { saysCancelled, type DraftHours, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, FROM_A_DATE, HAND_IN, HAND_IN_VERBS, LIMIT, UNTIL, wordsAnywhere } from './deadline-words.js';
import { toldInPast } from '../dates/past-tense.js';
import { whenLabelKind } from './when-labels.js';

// Folded words that name an event a reader goes to.
const EVENT_WORDS = new Set([
  'seance', 'seances', 'cours', 'reunion', 'reunions', 'atelier', 'ateliers', 'rencontre', 'rencontres', 'examen', 'examens',
  'sortie', 'sorties', 'soiree', 'soirees', 'assemblee', 'ag', 'permanence', 'permanences', 'formation', 'formations',
  'conference', 'conferences', 'seminaire', 'journee', 'demonstration', 'visite', 'visites', 'spectacle', 'concert', 'projection',
  'repas', 'fete', 'apero', 'aperitif', 'randonnee', 'balade', 'stage', 'tournoi', 'competition', 'webinaire', 'session',
  'soutenance', 'soutenances', 'partiel', 'controle', 'epreuve', 'interrogation', 'conseil', 'comite', 'ceremonie', 'festival',
  'braderie', 'collecte', 'presentation', 'inauguration', 'vernissage', 'entrainement', 'hackathon',
  'meetup', 'afterwork', 'colloque', 'forum', 'jury', 'td', 'tp', 'cm', 'voyage', 'excursion', 'pique', 'gouter',
  'celebration', 'messe', 'culte', 'veillee', 'debat', 'exposition', 'editathon', 'workshop', 'meeting', 'evenement',
  'evenements', 'manifestation',
]);

// Folded phrases that announce an event's day: those that name it in an invitation
// (invited-days.ts: `aura lieu`, `se tiendra`, `rendez-vous`), and in the present or as a
// call (`a lieu`, `se tient`, `nous vous attendons`, `prochaine`, `est prévu`, `venez`).
const ANNOUNCING = [
  ...ANNOUNCING_PHRASES,
  ['a', 'lieu'], ['ont', 'lieu'], ['se', 'tient'], ['se', 'deroule'], ['nous', 'vous', 'attendons'], ['retrouvons', '-', 'nous'],
  ['rejoignez', '-', 'nous'], ['prochaine'], ['prochain'], ['est', 'prevu'], ['est', 'prevue'], ['sont', 'prevus'], ['sont', 'prevues'], ['venez'],
  // `**Save the date** : Mardi 10 décembre 2019 à 18:00`: a day to keep for a coming meeting.
  ['save', 'the', 'date'],
];

// What, anywhere in the sentence, says its date is not a session's: a deadline, a hand-in or a
// bound of a period (deadline-words.ts; and what is sent or dropped off, `à déposer`, `à envoyer`,
// `depuis` with or without its article), a series, a past report or minutes, a publication,
// a birthday (folded, on word boundaries).
const NOT_A_SESSION = new RegExp(
  String.raw`(?:^|[^a-z])(?:` +
    [
      // `avant la`, `d'ici le` but not `d'ici là` (meanwhile); `rendu` alone, not `rendus` nor
      // `remise` (`la remise des prix aura lieu…`, `présentation des rendus`).
      String.raw`avant le`, String.raw`avant la`, String.raw`d'?ici le`, ...DEADLINE_PHRASES, ...UNTIL, ...HAND_IN_VERBS, ...DEADLINE_NOUNS, String.raw`rendu`, ...FROM_A_DATE,
      String.raw`a deposer`, String.raw`a envoyer`, String.raw`inscriptions? (?:avant|jusqu)`, String.raw`tous les`, String.raw`toutes les`, String.raw`chaque`,
      String.raw`depuis`, String.raw`s'est tenue?`, String.raw`se sont tenue?s`, String.raw`a eu lieu`,
      String.raw`ont eu lieu`, String.raw`pas eu lieu`, String.raw`nous nous sommes`, String.raw`vous vous etes`, String.raw`s'est deroulee?`, String.raw`se sont deroulee?s`, String.raw`nous avons`, String.raw`avons`, String.raw`avez`,
      String.raw`etait`, String.raw`etaient`, String.raw`fut`, String.raw`furent`, String.raw`a ete`, String.raw`ont ete`, String.raw`anniversaire`,
      String.raw`nee?s? le`, String.raw`publiee?s?`, String.raw`mise? a jour`, String.raw`version`, String.raw`postee?`, String.raw`paru`, String.raw`parution`,
      String.raw`modifiee?`, String.raw`redigee?`, String.raw`ouvert`, String.raw`ouverte`,
      // `Ouverture des inscriptions le lundi 3 juin 2024`: a window that opens, no event.
      String.raw`ouverture des (?:inscriptions|reservations|candidatures|ventes|billetteries?)`,
      // `ferme` closed, not a farm named with its article (`l'espace conférence de La Ferme Digitale`).
      String.raw`(?<!(?:la|une|notre|votre|sa|cette) )ferme`,
      // An event told in the past (`la mission a organisé une rencontre le 20 mars`), or the
      // minutes of one (`Procès-verbal de l'assemblée générale en date du 26 janvier`, meeting-record.ts).
      String.raw`a organisee?s?`, String.raw`ont organisee?s?`, String.raw`avait organisee?s?`, String.raw`comptes?[- ]rendus?`,
      String.raw`proces[- ]verba(?:l|ux)`,
    ].join('|') +
    String.raw`)(?![a-z])`,
);

// A recording or a deck named by its day, opening the sentence (folded): `Vidéo du …`, `Slides du …`.
const RECORDING_LEAD = new RegExp(`^(?:${RECORDING_NOUNS.join('|')}) du `);

// A work that comes out (folded): `sortie du numéro 14`, `sortie de la version papier de mon
// roman`, not an outing. Told with no hour and no invitation, it is a release day; a launch
// one is invited to (`Venez fêter la sortie du livre … à 19h`) is a session.
const RELEASE = /(?:^|[^a-z])sortie (?:du|de la|de l'|de mon|de ma|de son|de sa|de notre) (?:numero|version|livre|roman|album|tome|disque|recueil|ebook)(?![a-z])/;

// A cancelled session may be told in the past (`a été annulé`): the cancelling word wins over the past tense.
const CANCELLED_PAST = /(?:^|[^a-z])(?:a ete|ont ete|est|sont) (?:annulee?s?|reportee?s?)(?![a-z])/;

// The next meeting set in the past tense (`La prochaine réunion a été programmée pour le
// mercredi 13 février à 14h`, `a été fixée au`): the setting is past, the meeting to come.
// Only an event named next (EVENT_WORDS, a few words of its own after it: `du comité de
// pilotage`), set for the day written right after the verb: `La date de la prochaine réunion a
// été fixée lors de la séance du 30 janvier` tells when it was set, `Le prochain numéro du
// bulletin a été fixé au 1er mars` is no event.
const NEXT_ONE_SET = new RegExp(
  String.raw`(?:^|[^a-z])(?:la prochaine|le prochain) (?:${[...EVENT_WORDS].join('|')}) (?:[^\s]+ ){0,4}?(?:a|ont) ete (?:programmee?s?|fixee?s?|planifiee?s?|prevue?s?|calee?s?|deplacee?s?) (?:pour le |pour |au |le |a la date du |a )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:\d|1er)`,
);

// After the next meeting's day, words that tell of another change (`la précédente ayant été
// annulée`, `mais elle a été remplacée`, `décalée d'une semaine`): the sentence is a story.
const CHANGED_AFTER = /(?:^|[^a-z])(?:ete|mais|annulee?s?|remplacee?s?|decalee?s?|reportee?s?)(?![a-z])/;

/**
 * The folded sentence with the past tense of its next meeting's setting taken out
 * (NEXT_ONE_SET), so that NOT_A_SESSION does not read it as a past report; the sentence as
 * it is when it sets no next meeting, or tells of another change after it.
 */
function nextOneSet(folded: string): string {
  const found = NEXT_ONE_SET.exec(folded);
  if (!found || CHANGED_AFTER.test(folded.slice(found.index + found[0].length))) return folded;
  return folded.slice(0, found.index) + found[0].replace(/(?:a|ont) ete/, ' ') + folded.slice(found.index + found[0].length);
}

// Words that say the day is not settled: `semble`, `à confirmer`, `sous réserve`, `à titre indicatif`.
const TENTATIVE = /(?:^|[^a-z])(?:semble|sembl\w+|probablement|a confirmer|sous reserve|provisoire\w*|peut-etre|pourrait|pourraient|envisagee?|titre indicatif|susceptibles?|peuvent etre modifiees?|a preciser)(?![a-z])/;

// How many tokens after the date its hours may begin (`vendredi 17 juillet (demain) à 17h00`).
const HOURS_AFTER = 8;
// How many tokens of a sentence are looked at: a sentence, not a page.
const SENTENCE_TOKENS = 120;

/** A sentence of a paragraph, and where it begins in the paragraph's text. */
interface Sentence {
  text: string;
  from: number;
}

// A weekday abbreviated with its dot before its day and month (`le mar. 26 janvier`), or a
// month so abbreviated after its day and before a year or an hour (`le mardi 26 janv. 18h`,
// `jeudi 6 nov. 2025`): the dot is the abbreviation's, no sentence ends there. A word that
// closes its sentence before a figure stays a sentence's end (`à la mer. 12 nouveaux membres`,
// `le dimanche 15 nov. 2 concerts`, `au mois de sept. 2 rencontres`).
const WEEKDAY_ABBREVIATION = /(?:^|[^\p{L}])(?:lun|mar|mer|jeu|ven|sam|dim)$/iu;
const DAY_AND_MONTH = /^(?:1er|\d{1,2})\s+(?:janv|f[e\u00e9]v|mars|avr|mai|juin|juil|ao[u\u00fb]|sept|oct|nov|d[e\u00e9]c)/iu;
const DAY_AND_MONTH_ABBREVIATION = /(?:^|[^\p{L}\d])(?:1er|\d{1,2})\s+(?:janv|f[e\u00e9]vr?|avr|juil|sept|oct|nov|d[e\u00e9]c)$/iu;
const YEAR_OR_HOUR = /^(?:\d{4}(?!\d)|\d{1,2}\s?[h:](?!\p{L}))/iu;

/** Whether the dot that ends `before` is an abbreviation's, read with the figure that opens `after`. */
function abbreviationDot(before: string, after: string): boolean {
  return (WEEKDAY_ABBREVIATION.test(before) && DAY_AND_MONTH.test(after)) || (DAY_AND_MONTH_ABBREVIATION.test(before) && YEAR_OR_HOUR.test(after));
}

/**
 * The sentences of a paragraph's text: split after `.`, `!`, `?` or `;` followed by a space
 * and a capital (or a bracket, a quote, a figure), and at line ends. `E.P.N. d'Arlon`, `9.00
 * h`, `M. Dupont` and `le mar. 26 janvier` stay whole enough for a reader's purpose.
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?;]\s+(?=[\p{Lu}\u00ab"(*\d])|\n+/gu;
  let from = 0;
  for (const found of text.matchAll(boundary)) {
    const next = found.index + found[0].length;
    if (found[0].startsWith('.') && abbreviationDot(text.slice(Math.max(from, found.index - 12), found.index), text.slice(next, next + 20))) continue;
    const end = found.index + 1;
    sentences.push({ text: text.slice(from, end), from });
    from = next;
  }
  if (from < text.length) sentences.push({ text: text.slice(from), from });
  return sentences.filter((sentence) => sentence.text.trim() !== '');
}

/** Whether the folded tokens hold one of the announcing phrases (`phrases`, all of ANNOUNCING unless given). */
function announcingVerb(toks: Token[], phrases: readonly string[][] = ANNOUNCING): boolean {
  for (let k = 0; k < toks.length; k++) {
    if (phrases.some((phrase) => phrase.every((word, n) => isWord(toks[k + n], word) || (word === '-' && toks[k + n]?.text === '-')))) return true;
  }
  return false;
}


/**
 * Whether a lead (a heading or a `…:` line) labels the when of the page's event (`## Horaire`,
 * `Quand ?`, `Date et heure :`, when-labels.ts). The sentences under it tell when the event
 * is, whatever their words: `## Horaire` over `Le jeudi 6 mars à 19h30 et le jeudi 13 mars à 14h30.`
 */
export function labelsWhen(lead: string): boolean {
  return whenLabelKind(lead) !== undefined;
}

// A heading that names a page's programme and nothing else (folded): `## Programme`, `## Au programme`, `## Déroulement`.
const PROGRAMME_LABEL = /^(?:le |au )?(?:programme|deroule|deroulement)$/;

/** Whether a lead names the page's programme and nothing else (PROGRAMME_LABEL), marks aside. */
function labelsProgramme(lead: string): boolean {
  return PROGRAMME_LABEL.test(normaliseText(lead).replace(/[^a-z ]+/g, ' ').trim());
}

/** Folded words of a step before an event, or of its news: a deadline, a registration, a hand-in, a publication. */
export const STEP_WORDS = wordsAnywhere([...HAND_IN, ...DEADLINE_PHRASES, LIMIT, 'clotures?', 'delais?', 'inscriptions?', 'publications?', 'publiee?s?', 'ouvertures?', 'soumissions?', 'resumes?', 'candidatures?']);

/**
 * Whether a sentence that opens with its day under `## Programme` gives the programme's day:
 * it names what is held (`trois ateliers`, `une journée`), in the present or the future, and
 * no step before it (`Le 12/03/2024, clôture des inscriptions`, `remise des posters`), nor
 * the story of an earlier edition (`la première édition avait réuni…`).
 */
function givesTheProgrammeDay(sentence: string): boolean {
  return namesAnEventWord(sentence) && !toldInPast(sentence) && !STEP_WORDS.test(normaliseText(sentence));
}

/**
 * Whether a sentence under `## Programme` gives the programme's day: it opens with it, or says
 * the event takes place then (`La journée aura lieu le jeudi 11 avril 2024`), and tells no
 * step before it (givesTheProgrammeDay).
 */
function programmeSentence(sentence: string): boolean {
  return (opensWithADate(tokenize(sentence), sentence) && givesTheProgrammeDay(sentence)) || (saysItTakesPlace(sentence) && !STEP_WORDS.test(normaliseText(sentence)));
}

/**
 * Whether a sentence opens with its date (`Le 18/01/2022, en visioconférence, trois
 * ateliers…`): under `## Programme`, the day the programme is held, as a field would give it.
 */
function opensWithADate(toks: Token[], sentence: string): boolean {
  const first = isWord(toks[0], 'le') ? 1 : 0;
  return dateExpressionAt(toks, first, sentence) !== undefined;
}

/** Whether a lead is a short heading that names an event a reader goes to (`Examen final`, `Épreuves anticipées`), a plural's `s` aside. */
function headsAnEvent(lead: string): boolean {
  if (lead === '' || lead.endsWith(':')) return false;
  const words = tokenize(lead).filter((t) => t.kind === 'word');
  return words.length <= HEADING_WORDS && words.some((t) => EVENT_WORDS.has(t.text) || EVENT_WORDS.has(t.text.replace(/s$/, '')));
}

// The announcing phrases that say an event takes place (`a lieu`, `aura lieu`, `se tiendra`,
// `rendez-vous`, `venez`): not `prochaine` alone, which may date a week or a session unsure.
const TAKES_PLACE = ANNOUNCING.filter((phrase) => !(phrase.length === 1 && (phrase[0] === 'prochaine' || phrase[0] === 'prochain')));

/** Whether a sentence says an event takes place (TAKES_PLACE). */
export function saysItTakesPlace(sentence: string): boolean {
  return announcingVerb(tokenize(sentence), TAKES_PLACE);
}

// How many words a heading that names an event may have: a name, not a sentence.
const HEADING_WORDS = 8;

/** Whether a text names an event a reader goes to (`permanences`, `atelier`, `réunion`): one of EVENT_WORDS among its words. */
export function namesAnEventWord(text: string): boolean {
  return tokenize(text).some((t) => t.kind === 'word' && EVENT_WORDS.has(t.text));
}

/** Whether the folded tokens name an event or announce one. */
function announces(toks: Token[]): boolean {
  return toks.some((t) => t.kind === 'word' && EVENT_WORDS.has(t.text)) || announcingVerb(toks);
}

/** What one sentence announces: its date, its hours, whether it is cancelled or not settled. */
export interface Announcement {
  line: DatedLine;
  hours?: { text: string; slots: DraftHours['slots'] };
  cancelled: boolean;
  tentative: boolean;
  /**
   * A cancellation that names its day by day and month alone (`Le cours du 14 octobre est
   * annulé`): it cancels the session listed on that day, and is no session of its own.
   */
  cancels?: true;
  /** Dated by a field that says when (`Date : …`), the sentence naming no event. */
  whenField?: true;
}

/**
 * The session a sentence announces, or undefined when it is prose: it names or announces an
 * event, writes exactly one date a reader can date, and says nothing that makes the date
 * a deadline, a series, a past report, a publication or a birthday.
 */
export function readAnnouncement(sentence: string, lead = ''): Announcement | undefined {
  const read = readAnnouncements(sentence, lead);
  return read.length === 1 ? read[0] : undefined;
}

/**
 * The sessions a sentence announces: the one of `readAnnouncement`, or one per day when the
 * sentence gives each of its days its own hours (`rendez-vous le samedi 8 juin à 19h45 et le
 * dimanche 9 juin à 14h45`, `Le jeudi 6 mars à 19h30 et le jeudi 13 mars à 14h30.`): a show's
 * or a workshop's performances, each on its day at its time. Two days without their own
 * hours stay a period, a move or a story, and give nothing.
 */
export function readAnnouncements(sentence: string, lead = ''): Announcement[] {
  if (!/\d/.test(sentence) || sentence.trim().endsWith('?')) return [];
  const toks = tokenize(sentence);
  // The words that lead a list may name the events its items date (`La FUN organise deux événements :`).
  // `Date : 28 novembre 2019 à 18:00` opening a post: a field that says when, its own lead.
  const labelled = isWhenField(sentence);
  // `## Programme` over `Le 18/01/2022, en visioconférence, trois ateliers…`: the programme's day, settled by its heading.
  const programmeDay = lead !== '' && labelsProgramme(lead) && opensWithADate(toks, sentence) && givesTheProgrammeDay(sentence);
  const byLead = lead !== '' && (labelsWhen(lead) || announces(tokenize(lead).slice(0, SENTENCE_TOKENS)) || programmeDay);
  if (toks.length > SENTENCE_TOKENS || !(announces(toks) || labelled || byLead)) return [];
  const dates: Array<NonNullable<ReturnType<typeof dateExpressionAt>>> = [];
  const hours: Array<TimedHours | undefined> = [];
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.kind === 'punct') continue;
    const at = dateExpressionAt(toks, k, sentence);
    if (!at) continue;
    // `- [x] Relire le chapitre ✅ 2025-11-17`: the day a task was ticked off (Obsidian's Tasks
    // stamps it so, in ISO), no event; `✅ mardi 10 décembre à 18h30` ticks a date that is one.
    if (DONE_MARK.test(sentence.slice(0, toks[at.first]!.from).trimEnd()) && ISO_DAY.test(sentence.slice(toks[at.first]!.from, toks[at.last]!.to))) return [];
    dates.push(at);
    if (dates.length > MOST_TIMED_DAYS) return [];
    // The date's own hours are read past, so that their minutes open no date (`19h45 et le dimanche 9 juin`).
    const timed = hoursAfter(toks, at.last + 1, sentence);
    hours.push(timed);
    k = timed?.last ?? at.last;
  }
  if (dates.length === 0) return [];
  const folded = toks.map((t) => t.text).join(' ').replace(/ ' /g, "'").replace(/ - /g, '-');
  // `Vidéo du mardi 8/9/2020 sur Youtube`: a class's recording, named by its day, at no time;
  // `Diaporama du vendredi 8 mars 2024 à 20h30` is an evening.
  if (RECORDING_LEAD.test(normaliseText(sentence.trimStart())) && hours.every((timed) => timed === undefined)) return [];
  const cancelled = saysCancelled(sentence);
  const unset = nextOneSet(folded);
  if (NOT_A_SESSION.test(unset) && !(cancelled && CANCELLED_PAST.test(folded) && !NOT_A_SESSION.test(folded.replace(CANCELLED_PAST, ' ')))) return [];
  if (RELEASE.test(folded) && hours.every((timed) => timed === undefined) && !announcingVerb(toks)) return [];
  // One date per sentence: two tell a period, a move or a story; unless each has its own hours (see above).
  if (dates.length > 1 && !dates.every((found, n) => hours[n] !== undefined && (n === 0 || joinedDays(toks, hours[n - 1]!.last + 1, found.first)))) return [];
  const read: Announcement[] = [];
  const byField = labelled && !announces(toks) && !byLead;
  // A lead that announces what comes or asks when, not one that only names an event.
  const announcedByLead = lead !== '' && (labelsWhen(lead) || announcesAMeeting(lead));
  // A field alone names an event only with its time (`Date : 28 novembre 2019 à 18:00`): `Date :
  // mardi 3 mars 2020` over a post is the day it was written.
  if (byField && hours.some((timed) => timed === undefined)) return [];
  for (const [n, found] of dates.entries()) {
    const one = announcementOf(found, hours[n], toks, sentence, folded, cancelled, programmeDay, announcedByLead);
    if (!one) return [];
    read.push(byField ? { ...one, whenField: true } : one);
  }
  return read;
}

/** Whether a lead announces what comes (`#### Prochaine réunion`), not the next step before it (`## Prochain rendu`, a hand-in's deadline). */
function announcesAMeeting(lead: string): boolean {
  return announcingVerb(tokenize(lead).slice(0, SENTENCE_TOKENS)) && !STEP_WORDS.test(normaliseText(lead));
}

// A ticked mark right before a date: a task's done stamp.
const DONE_MARK = /[\u2705\u2714]\ufe0f?$/u;
// A day written as ISO does, as a stamp: `2025-11-17`.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// How many days, each with its own hours, one sentence may announce.
const MOST_TIMED_DAYS = 4;
// Folded words that join a day's hours to the next day (`à 19h45 et le dimanche 9 juin`).
const DAY_JOINS = new Set(['et', 'le', 'puis', ',', ';']);

/**
 * Whether the tokens from `from` to `to` only join two timed days (`et le`, `,`, `puis`), or
 * give the first day's place, then join (`à 18h à la maison de proximité Camille Guérin,
 * mercredi 15 mai à 18h…`): the meetings of a series, each where it is held.
 */
function joinedDays(toks: Token[], from: number, to: number): boolean {
  const joins = (start: number) => to - start >= 1 && to - start <= 3 && toks.slice(start, to).every((tok) => DAY_JOINS.has(tok.text));
  if (joins(from)) return true;
  if (!PLACE_WORDS.has(toks[from]?.text ?? '') || to - from > PLACE_TOKENS) return false;
  // The place runs to the first join; no full stop or colon within it (another sentence, a list).
  for (let k = from + 1; k < to; k++) {
    if (toks[k]!.text === '.' || toks[k]!.text === ':') return false;
    if (DAY_JOINS.has(toks[k]!.text) && toks[k]!.text !== 'le' && joins(k)) return true;
  }
  return false;
}

// Folded words that open a meeting's place after its hours (`à la salle des fêtes`, `au château`).
const PLACE_WORDS = new Set(['a', 'au', 'aux', 'en', 'chez', 'salle', 'dans']);
// How many tokens a place between two timed days may take, its joining words with it.
const PLACE_TOKENS = 14;

/** The announcement of one date of a sentence (`readAnnouncements`), or undefined when the date is no session's. */
function announcementOf(found: NonNullable<ReturnType<typeof dateExpressionAt>>, timed: TimedHours | undefined, toks: Token[], sentence: string, folded: string, cancelled: boolean, programmeDay = false, led = false): Announcement | undefined {
  // `Annulée et reportée au mercredi 14 mars`: the day a session moves to, of a session not named; left to a reader.
  for (let k = Math.max(0, found.first - 3); k < found.first; k++) if (toks[k]!.kind === 'word' && /^(?:report|deplac|decal|repouss)/.test(toks[k]!.text)) return undefined;
  const { expression } = found;
  // `du 20 au 22 mai 2019`: a festival's or a stay's span, told in passing, not a session.
  if (expression.kind === 'range') return undefined;
  const from = toks[found.first]!.from;
  const to = toks[found.last]!.to;
  const dateText = sentence.slice(from, to);
  const hours = timed ? { text: timed.text, slots: timed.slots } : undefined;
  // A date a reader can put on a calendar: a weekday; a year with an announcing verb or under
  // a lead that announces or asks when (`#### Prochaine réunion` over `Date : 4 déc. 2024`), a
  // cancellation or hours (`Assemblée Générale 9 Septembre 2015` alone is a title slide's
  // day); a month in words, or such a lead, with its hours (`12/09 à 12h`).
  const weekday = expression.mentions.every((mention) => mention.weekday !== undefined);
  const year = expression.mentions.every((mention) => mention.weekday !== undefined || mention.year !== undefined);
  const settled = weekday || (year && (hours !== undefined || cancelled || programmeDay || led || announcingVerb(toks))) || (hours !== undefined && (led || /\p{L}/u.test(dateText)));
  const cancels = !settled && cancelled && /\p{L}/u.test(dateText);
  if (!settled && !cancels) return undefined;
  const line: DatedLine = { expression, dateText, start: from, end: to, lead: '', rest: '', title: sentence.trim() };
  return { line, ...(hours ? { hours } : {}), cancelled, tentative: expression.kind === 'alternatives' || TENTATIVE.test(folded), ...(cancels ? { cancels: true as const } : {}) };
}

/** Hours read after a date: as written, their slots, and the index of their last token. */
interface TimedHours {
  text: string;
  slots: DraftHours['slots'];
  last: number;
}

/** The clock hours written within a few tokens after the date (`de 12h00 à 13h50`, `, 19h`, `à partir de 14h`). */
function hoursAfter(toks: Token[], from: number, text: string): TimedHours | undefined {
  for (let k = from; k < toks.length && k < from + HOURS_AFTER; k++) {
    // `9.00 h`: the minutes of a time the grammar does not read are no time of their own.
    if (isPunct(toks[k - 1], '.:') && toks[k - 1]!.end === toks[k]!.start && toks[k - 2]?.kind === 'num') continue;
    const last = hoursExtentAt(toks, k);
    // `La séance du jeudi 6 février est avancée au lundi 3 février de 16h15 à 18h15`: hours
    // after another date are that date's.
    if (last === undefined && toks[k]!.kind !== 'punct' && dateExpressionAt(toks, k, text)) return undefined;
    if (last === undefined) continue;
    const written = text.slice(toks[k]!.from, toks[last]!.to);
    const parsed = parseFrenchHours(written);
    // `cours de 2h`: a length, not a clock time; a range or a time set apart is.
    const length = (isWord(toks[k], 'de') || isWord(toks[k - 1], 'de')) && parsed.ok && parsed.slots.every((slot) => slot.end === undefined);
    if (parsed.ok && parsed.slots.length > 0 && !length) return { text: written, slots: parsed.slots, last };
  }
  return undefined;
}

/** A paragraph of running text, whether it is a list item's, and the words that lead it. */
interface RunningParagraph {
  node: Paragraph;
  inItem: boolean;
  /** The heading right above it, or for a list item the heading or `…:` line right above its list. */
  lead: string;
  /** That heading, when the lead is one. */
  leadHeading?: Heading;
}

type Block = Root['children'][number];

// The heading or the line ending with a colon right before a block, which leads it.
function leadOf(previous: Block | undefined): string {
  if (previous?.type === 'heading') return plainText(previous);
  if (previous?.type === 'paragraph') {
    const text = plainText(previous);
    return text.endsWith(':') ? text : '';
  }
  return '';
}

/**
 * The paragraphs of a page a reader reads as running text: outside tables, headings and
 * hidden blocks. Walked with a stack, not recursion: hostile pages nest thousands of quotes.
 */
function paragraphsOf(tree: Root, hidden: HiddenRanges): RunningParagraph[] {
  const found: RunningParagraph[] = [];
  const stack: Array<{ node: Root | Block; inItem: boolean; lead: string; leadHeading?: Heading }> = [{ node: tree, inItem: false, lead: '' }];
  while (stack.length > 0) {
    const { node, inItem, lead, leadHeading } = stack.pop()!;
    if (node.type === 'paragraph') {
      if (!isHidden(hidden, node.position?.start.offset)) found.push({ node, inItem, lead, ...(leadHeading ? { leadHeading } : {}) });
      continue;
    }
    if (node.type === 'table' || node.type === 'heading' || node.type === 'code' || node.type === 'html' || !('children' in node)) continue;
    const children = node.children as Block[];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      // Items keep their list's lead; a list, or a paragraph of a page or a block, takes the heading or `…:` line right above it.
      const inherits = (node.type === 'listItem' || node.type === 'list') && child.type !== 'list';
      const own = inherits ? lead : leadOf(children[index - 1]);
      const previous = children[index - 1];
      const heading = inherits ? leadHeading : previous?.type === 'heading' ? previous : undefined;
      stack.push({ node: child, inItem: inItem || node.type === 'listItem', lead: own, ...(heading ? { leadHeading: heading } : {}) });
    }
  }
  return found;
}

// The paragraph's text as a reader sees it, code spans left out (a date in `code` is no
// session's), a bold when-label given its colon (bold-field-label.ts).
function readableText(node: Paragraph): string {
  return textWithFieldColon(node, plainText({ ...node, children: node.children.filter((child) => child.type !== 'inlineCode') }));
}

/**
 * The sessions the sentences of a page's paragraphs and list items announce, in document
 * order, left out those on a line in `taken` (a dated item or line already read there). A
 * session points at its item (a list item's first line) or at the line its sentence begins.
 * `underWhenOnly`: only the sentences under a lead that labels the when (`## Horaire`), for
 * a page with no other session, whose other sentences may be a story.
 */
export function readAnnouncedSessions(tree: Root, source: SourceText, hidden: HiddenRanges, taken: ReadonlySet<number>, underWhenOnly = false): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  // A fence-less head (`Date: 2024-07-21` over `Description: … Rendez-vous au parc`) is the page's metadata, no sentence.
  const head = headParagraph(tree, source);
  const paragraphs = paragraphsOf(tree, hidden);
  // One field that says when, in the page's head (above its first section, under its title at
  // most), is the page's event's; two (`*Quand :* Vendredi 18 novembre …` under one event,
  // `*Quand :* Jeudi, de 18h @ 21h` under the next) are a page of several, and one in a section
  // (`## Prochains concerts` over `**Date** : …`) is that section's to tell.
  const firstSection = tree.children.find((node) => node.type === 'heading' && node.depth > 1)?.position?.start.offset ?? Infinity;
  const whenFields = underWhenOnly ? paragraphs.filter(({ node }) => isWhenField(readableText(node))) : [];
  // A head that signs the page (`**Auteur :** Paul`, `Publié par …`) stamps it: its `Date :` is the post's.
  const signed = paragraphs.some(({ node }) => (node.position?.start.offset ?? 0) < firstSection && SIGNED.test(normaliseText(readableText(node))));
  const oneWhenField = whenFields.length === 1 && !signed && (whenFields[0]!.node.position?.start.offset ?? 0) < firstSection;
  for (const { node, inItem, lead, leadHeading } of paragraphs) {
    // `### Examen final` over `L'examen aura lieu le 24.06.2025, de 9h00 à 12h00`: a heading
    // that names the event leads its announcement, as one that asks when does.
    // Under `## Programme`, only a sentence that gives the programme's day (programmeSentence).
    const byProgramme = underWhenOnly && !labelsWhen(lead) && labelsProgramme(lead);
    const byHeading = underWhenOnly && !labelsWhen(lead) && !byProgramme;
    if (node === head) continue;
    const position = node.position!;
    if (taken.has(position.start.line)) continue;
    const text = readableText(node);
    if (!/\d/.test(text)) continue;
    // `**Quand:** 15/10/2020, 14h-17h` among a course page's fields (`**Où:**`, `**Instructeurs:**`):
    // the page's one field that says when is the when's own label, whatever heads it.
    const whenField = byHeading && oneWhenField && isWhenField(text);
    if (byHeading && !whenField && !headsAnEvent(lead)) continue;
    for (const sentence of sentencesOf(text)) {
      // Under a heading that names the event, only a sentence that says it takes place (`aura
      // lieu`, `se tiendra`): `Prochaine séance : …, à confirmer`, `la semaine prochaine on révise` are not.
      if (byHeading && !whenField && !saysItTakesPlace(sentence.text)) continue;
      if (byProgramme && !programmeSentence(sentence.text)) continue;
      for (const read of readAnnouncements(sentence.text, lead)) {
      // `**Date :** 12/03/2024 à 10:32`: a time off the five minutes is the moment a post was saved, no event's.
      if (whenField && read.hours && !read.hours.slots.every((slot) => onTheFiveMinutes(slot.start))) continue;
      const dated = source.find(position, read.line.dateText);
      // `#### Prochaine réunion` over `* Date : 4 déc. 2024`: the heading names the meeting its
      // fields tell, and the session begins there, as a heading over its fields does.
      const fieldsOf = inItem && leadHeading !== undefined && isWhenField(text) && announcesAMeeting(lead) ? leadHeading : undefined;
      const at: Position = fieldsOf ? fieldsOf.position! : inItem ? position : sentenceStart(source, position, sentence.text, dated);
      if (taken.has(at.start.line)) continue;
      drafts.push({
        source: 'list',
        // `… sur les thèmes suivants :`: the colon that leads a list, and the space before it, off.
        title: fieldsOf ? lead : sentence.text.trim().replace(/[.;:]$/, '').trimEnd(),
        position: at,
        dated: { line: read.line, position: dated },
        ...(read.hours ? { hours: { ...read.hours, position: source.find(position, read.hours.text) } } : {}),
        cancelled: read.cancelled || isStruckThrough(node),
        slots: 0,
        announced: read.cancels ? 'cancels' : read.tentative ? 'tentative' : 'confirmed',
        ...(read.whenField ? { whenField: true as const } : {}),
      });
      }
    }
  }
  return drafts;
}

// A field or words that sign a page (folded): `Auteur :`, `Auteurs :`, `Par :`, `Publié par`, `Rédigé par`, `Author:`.
const SIGNED = /^(?:auteure?s?|autrices?|par|author|authors|by)\s?:|(?:^|[^a-z])(?:publie|redige|ecrit|poste)e? par(?![a-z])/;

/** Whether a paragraph is a field that says when (`Quand : …`, `Date : …`): its label, before its colon, labels the when. */
function isWhenField(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && labelsWhen(text.slice(0, colon));
}

// Where a sentence begins in the source: its first words found in the paragraph, else its date.
function sentenceStart(source: SourceText, paragraph: Position, sentence: string, dated: Position): Position {
  const opening = sentence.trim().split(/\s+/).slice(0, 3).join(' ');
  const index = source.text.indexOf(opening, paragraph.start.offset ?? 0);
  if (opening === '' || index < 0 || index > (dated.start.offset ?? 0)) return dated;
  return source.span(index, dated.end.offset ?? index);
}
