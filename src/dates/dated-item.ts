/*
 * The date of a list item that does not open with it, at the one other place a reader
 * looks for it: closing the item's line, after its label (`Rendu du projet : vendredi
 * 12/03 avant 18h`, `Soutenance : mardi 23/03, 9h-12h`, `Vidéos de la semaine 01 à avoir
 * vu pour le lundi 05 septembre 2022`, `TP noté le 3 avril (salle B12)`, `Sprint 1 -
 * 2024-02-23`). After the date only its hours and a remark in brackets may follow. The
 * caller asks only for items of a list of dated items (see read-dated-lists.ts): alone,
 * such a line is a sentence like any other.
 *
 * Prose is kept out by what the line says, not by where it stands in the page: an item
 * that writes two dates, or tells what happened (`Le site a ouvert le 5 juin 2021.`: a
 * past tense before the date), is not a session.
 */
import { ORDINAL_ENDINGS, namesALegalAct, type DatedLine, type DatedLineOptions } from './dated-line.js';
import { dateExpressionAt } from './french-dates.js';
import { hoursExtentAt } from './hours-extent.js';
import { isPunct, isWord, tokenize, type Token } from './tokenize.js';
import { foldedWords, normaliseText } from './normalise-text.js';
import { toldInPast } from './past-tense.js';

// How many tokens of an item are looked at: an item's line, not a page.
const ITEM_TOKENS = 80;

// Folded words that may stand between the date and its hours: `à 18h`, `avant 18h`, `vers 9h`, `dès 8h`.
const BEFORE_HOURS = new Set(['a', 'avant', 'vers', 'des', 'jusqu']);

// Folded words that tie a label to its date (`pour le`, `avant le`, `jusqu'au`): not the title's.
const LINK_WORDS = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux', 'pour', 'avant', 'jusqu', 'a', 'de', 'd', 'ici', 'partir', 'en']);


// `A Lyon,`, `A l'événement Super Demain,`: a capital `A`, then a name or an elided article and a few words, then a comma.
const PLACE_FIRST = /^A (?:\p{Lu}\p{Ll}|l['\u2019])[^,;:]{0,40},/u;

// A series that starts on the date (`Tous les mercredis de 18h30 à 19h30, à partir du 2 juin`,
// `chaque lundi dès le 3 mars`): its date is when it begins, not a session, and a calendar
// of one-off events cannot hold it.
const RECURRING = /(?:^|\s)(?:tou(?:te)?s les|chaque|\u00e0 partir du|a partir du|d\u00e8s le|depuis le)\s/iu;

// A short title that opens with an article and is set apart from the date by a dash (`Les
// structures conditionnelles - 06 Mai 2024`, a course's chapters each with its day): a label
// although an article opens it, unless a verb makes it a statement (`La salle est fermée –
// 12 mai`, `Les inscriptions ferment - 3 mars`) or it names a deadline, results or a break.
const TITLE_BEFORE_DASH = /^\s*(?:(?:le|la|les)\s|l['\u2019])[^.!?,;]{1,60}\s[-\u2013\u2014]\s*$/iu;
const TITLE_WORDS = 6;
const NO_TITLE_WORDS = /(?:^|[^a-z])(?:est|sont|sera|seront|etait|etaient|a|ont|ferme|ferment|fermee?s?|ouvre|ouvrent|ouverte?s?|commence|commencent|debute|debutent|termine|terminent|finit|finissent|reprend|reprennent|due?s?|rendu|rendre|remise|limite|depot|inscriptions?|resultats?|vacances|conges?|cotisations?|echeance|deadline)(?![a-z])/;

/** Whether an item's lead is a short title then a dash (see TITLE_BEFORE_DASH), no sentence. */
function titleBeforeDash(lead: string): boolean {
  return TITLE_BEFORE_DASH.test(lead) && lead.trim().split(/\s+/).length <= TITLE_WORDS + 1 && !NO_TITLE_WORDS.test(normaliseText(lead));
}

// What opens a sentence rather than a label: an article or a pronoun as its subject.
const SENTENCE_START = /^\s*(?:le|la|les|un|une|nous|vous|il|elle|ils|elles|on|je|ce|cette|ces)\s|^\s*[ljc]['\u2019]/iu;

// Folded participles that say a piece of work was done, delivered or put online, right
// before the day it was (`Phase 0 ✅ LIVRÉE 2026-04-27`, `Page publiée le 3 mars`,
// `v2 déployée le 12/05/2024`, `Done 2024-03-01`): a plan's or a log's record of work.
const DONE_WORDS = new Set([
  'livre', 'livree', 'livres', 'livrees', 'deploye', 'deployee', 'deployes', 'deployees', 'publie', 'publiee', 'publies', 'publiees',
  'termine', 'terminee', 'termines', 'terminees', 'acheve', 'achevee', 'acheves', 'achevees', 'cree', 'creee', 'crees', 'creees',
  'modifie', 'modifiee', 'fusionne', 'fusionnee', 'done', 'delivered', 'shipped', 'merged', 'released', 'deployed', 'completed', 'finished',
]);
// The same said in two or three words: `mis en ligne`, `mise en production`, `mis à jour`.
const DONE_PHRASE = /(?:^| )mise? (?:en (?:ligne|production|prod|service)|a jour)$/;

/**
 * Whether the words before a date say when some work was done (`✅ LIVRÉE`, `publiée le`,
 * `mis en ligne le`) or name a record's own date (`Date de capture`): the date is a record
 * of that work or that copy, not a day something takes place.
 */
export function saysDoneOn(lead: string): boolean {
  const words = foldedWords(normaliseText(lead));
  if (['le', 'du', 'on', 'the'].includes(words.at(-1) ?? '')) words.pop();
  return DONE_WORDS.has(words.at(-1) ?? '') || DONE_PHRASE.test(words.slice(-4).join(' ')) || RECORD_DATE.test(words.join(' ')) || (words.length === 1 && RECORDING_WORDS.has(words[0]!));
}

/** Folded words naming a recording or a deck of a day (`Vidéo du mardi 8/9/2020`, `Slides du 3 mars`): what was kept of a class, not a meeting of its own. */
export const RECORDING_NOUNS = ['video', 'videos', 'enregistrement', 'replay', 'captation', 'podcast', 'slides', 'transparents', 'diaporama', 'photos'];
const RECORDING_WORDS = new Set(RECORDING_NOUNS);

/** Whether a word names a recording or a deck (RECORDING_WORDS): `Vidéo` of `Vidéo du 8/9/2020`. */
export function namesARecord(word: string): boolean {
  return RECORDING_WORDS.has(normaliseText(word));
}

// A record's own date named as such (`Date de capture`, `Date de création`, `Dernière
// consultation`), as a page copied from a site or an archive's card writes it (folded words).
const RECORD_DATE = /^(?:date (?:de |d )?(?:capture|creation|consultation|extraction|generation|impression|derniere modification|derniere mise a jour|modification|mise a jour|publication|acces)|derniere (?:consultation|modification|mise a jour)|consulte|capture)$/;

// A bare web address closing a line, after a space right after a word or a number: a
// reference's address after its full stop (`3Blue1Brown, 22 December 2019. https://…`) is a
// citation's, and stays to tell it apart.
const TRAILING_ADDRESS = /([\p{L}\d])\s+https?:\/\/\S{1,2000}\s*$/u;

/**
 * The date that closes an item's line after a label, with the hours right after it and the
 * label as the title; undefined when the line writes no date there, or more than one date.
 */
export function closingItemDate(written: string, options: DatedLineOptions = {}): DatedLine | undefined {
  // `Julia pour les statistiques à l'Agrocampus 7 février 2023 https://…`: the address the
  // item links to after its date is no part of it (its numbers are no second date).
  const text = written.replace(TRAILING_ADDRESS, '$1');
  const toks = tokenize(text).slice(0, ITEM_TOKENS);
  if (toks.length === ITEM_TOKENS) return undefined;
  let found: { expression: DatedLine['expression']; first: number; last: number } | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind === 'punct') continue;
    const at = dateExpressionAt(toks, k, text);
    if (!at || numbersTheLabel(toks, k, at.expression)) continue;
    // One date per item: a line that writes two tells a story or a period, not a session.
    if (found) return undefined;
    found = at;
    k = at.last;
  }
  if (!found) return undefined;
  const firstTok = toks[found.first]!;
  const lastTok = toks[found.last]!;
  const dateText = text.slice(firstTok.from, lastTok.to);
  const first = found.expression.mentions[0];
  // A bare `12/03` (no year, no weekday, no month in words) is a date only where the list writes them so.
  const bare = first !== undefined && first.year === undefined && first.weekday === undefined && !/\p{L}/u.test(dateText);
  if (bare && !options.bareDayMonth) return undefined;
  const lead = text.slice(0, firstTok.from);
  // `A Lyon, au meetup, mercredi 20 avril à 19h`, `A l’événement Super Demain, aux
  // Subsistances, le 18 mars`: a capital `A` opening the item before a place set apart by a
  // comma is `À` unaccented, no past tense (`A Pierre d'envoyer le devis pour le 12 mai`, a
  // task, and `A RENDRE : …` are left as they were).
  if (!/\p{L}/u.test(lead) || toldInPast(lead) || (/^A\s/u.test(lead) && !PLACE_FIRST.test(lead)) || RECURRING.test(lead) || saysDoneOn(lead) || namesALegalAct(lead)) return undefined;
  // `Rappel : le rendu est à faire avant le 3 mars`: a sentence after the label, not a label.
  const colon = lead.lastIndexOf(': ');
  const label = colon < 0 ? lead : lead.slice(colon + 2);
  if (SENTENCE_START.test(label) && !titleBeforeDash(label)) return undefined;
  // After the date: its hours (`, 9h-12h`, `à 18h`, `avant 18h`), a remark in brackets, a full stop.
  let j = found.last + 1;
  let hours: DatedLine['hours'];
  let k = j;
  if (isPunct(toks[k], ',-')) k++;
  // `avant 14h`, `jusqu'à 14h`: the hour a thing is due by, not when it starts.
  const bound = isWord(toks[k], 'avant', 'jusqu');
  if (toks[k]?.kind === 'word' && BEFORE_HOURS.has(toks[k]!.text)) k++;
  if (isPunct(toks[k], "'’")) k++;
  if (toks[k]?.kind === 'word' && toks[k]!.text === 'au') k++;
  const hoursLast = hoursExtentAt(toks, k);
  if (hoursLast !== undefined) {
    const from = toks[k]!.from;
    const to = toks[hoursLast]!.to;
    hours = { text: text.slice(from, to), start: from, end: to };
    j = hoursLast + 1;
  }
  // `… mercredi 20 avril à 19h; avec notamment Ronan Dunklau qui présentera …`: a day and its
  // hour, then a clause that says more of the event (the item writes no other date: see above).
  if (hours && isPunct(toks[j], ',;')) j = toks.length;
  // `Concert Fête de la musique 21 Juin 2025 à La Teste`: where the event is held, a name, closes the line.
  const place = toks[j + 1];
  if (isWord(toks[j], 'a', 'au', 'aux', 'chez') && place !== undefined && /^\p{Lu}/u.test(text.slice(place.from, place.to)) && !toks.slice(j).some((tok) => /\d/.test(tok.text))) j = toks.length;
  if (isPunct(toks[j], '(')) {
    let depth = 0;
    for (; j < toks.length; j++) {
      if (isPunct(toks[j], '(')) depth++;
      else if (isPunct(toks[j], ')') && --depth === 0) break;
    }
    j++;
  }
  // `Python 1 (18 janvier 2024) : premier carnet dans lequel on a vu …`: a short label, its
  // date in brackets, then a colon or a dash and what the session held, told in any tense.
  // Its hours may stand in the brackets too (`Python 1 (jeudi 18 janvier 2024, 14h-16h) :`).
  if (bracketedAfterLabel(lead, toks, j)) {
    const line = closingLine(found, text, toks, dateText, firstTok, lastTok);
    if (line && hours && !bound) line.hours = hours;
    return line;
  }
  const stop = j;
  while (isPunct(toks[j], '.;!')) j++;
  // `… - de 14h à 16h00. Sur ce cycle, les tableaux seront à l'honneur.`: a sentence after the
  // item's full stop says more of the session; one that writes a figure may be another date.
  if (j < toks.length && (j === stop || !opensSentence(text, toks, j) || toks.slice(j).some((tok) => /\d/.test(tok.text)))) return undefined;
  const line = closingLine(found, text, toks, dateText, firstTok, lastTok);
  if (line && hours) line.hours = hours;
  return line;
}

// The item's dated line, titled by its label (labelOf); undefined when no label is left.
function closingLine(found: { expression: DatedLine['expression']; first: number }, text: string, toks: Token[], dateText: string, firstTok: Token, lastTok: Token): DatedLine | undefined {
  const title = labelOf(text, toks, found.first);
  if (title === '') return undefined;
  return { expression: found.expression, dateText, start: firstTok.from, end: lastTok.to, lead: title, rest: '', title };
}

// Words of a label set before its date in brackets: a course's part or a talk's name, not a sentence.
const BRACKETED_LABEL_WORDS = 5;
// The label numbers its class in a series (`Python 1`, `Python2`, `TAL1`): a log's entry. A
// label without a number (`Thèse`, `Dupont et Martin`, `Merci à Julie`, `Vacances`) is a
// publication's, a thanks' or a break's, and a homework's (`DM 1`, `Devoir 2`) is a due date.
const NUMBERED_LABEL = /\d$/;
// Or counts it by an ordinal first (`1er cours`, `2e cours`, `3ème séance`: folded, a number
// glued to one of the ordinal endings of dated-line.ts, then a word), as a student's log does.
const ORDINAL_FIRST = /^\d{1,2}([a-z]+) [a-z]/;
const countsByOrdinal = (name: string): boolean => ORDINAL_ENDINGS.has(ORDINAL_FIRST.exec(normaliseText(name))?.[1] ?? '');
const HAND_IN_LABEL = /(?:^|[^a-z])(?:dm|devoirs?|rendus?|remises?|depots?|projets?|examens?|partiels?|notes?|corriges?)(?![a-z])/;

/**
 * Whether the date sits in brackets right after a short numbered label and the brackets
 * close on a colon or a dash (`Python 1 (18 janvier 2024) :`, `TAL1 (7 mars 2024) -`): a
 * log's entry, its label, its day, then what was done, which may tell it in the past.
 */
function bracketedAfterLabel(lead: string, toks: Token[], j: number): boolean {
  const label = lead.trimEnd();
  if (!label.endsWith('(')) return false;
  const name = label.slice(0, -1).trim();
  const words = name.split(/\s+/);
  if (words.length > BRACKETED_LABEL_WORDS || !(NUMBERED_LABEL.test(name) || countsByOrdinal(name)) || HAND_IN_LABEL.test(normaliseText(name))) return false;
  return isPunct(toks[j], ')') && isPunct(toks[j + 1], ':-\u2013\u2014');
}

/** Whether token `k` opens a sentence after a full stop: a capital, a space before it (`16h00. Sur ce cycle`; not `v2020-10-14.pdf`). */
function opensSentence(text: string, toks: Token[], k: number): boolean {
  const tok = toks[k]!;
  return tok.kind === 'word' && /^\p{Lu}/u.test(text.slice(tok.from, tok.from + 1)) && /\s/.test(text[tok.from - 1] ?? '');
}

/**
 * Whether what reads as a range from `k` is a label's number before a date written in
 * figures (`Sprint 1 - 2024-02-23`, `TP 3 - 12/03/2024`): a bare number after a word, then
 * a whole numeric date. A range of days writes its month in words (`Foire 9-13 juin`).
 */
function numbersTheLabel(toks: Token[], k: number, expression: DatedLine['expression']): boolean {
  const [first] = expression.mentions;
  const last = expression.mentions.at(-1);
  // `Congé du 07-09.05.2021`: after `du`, `le` or `les`, a run of days, not a label's number.
  if (isWord(toks[k - 1], 'du', 'le', 'les', 'des')) return false;
  // `Exam CC no. 1, 14/02/2026`, `TP n° 3 - 12/03/2024`: a number after its mark is the label's too.
  const marked = (isPunct(toks[k - 1], '.\u00b0\u00ba') && isWord(toks[k - 2], 'no', 'n', 'num')) || isPunct(toks[k - 1], '#');
  return (toks[k - 1]?.kind === 'word' || marked) && /^\d+$/.test(first?.text ?? '') && last !== undefined && !/\p{L}/u.test(last.text);
}

// The words before the date, the words and marks that tie them to it dropped (`Rendu du projet :`, `… pour le`).
function labelOf(text: string, toks: Token[], dateAt: number): string {
  let end = dateAt;
  while (end > 0) {
    const t = toks[end - 1]!;
    if (t.kind === 'punct' ? ':,-–—(|='.includes(t.text) || t.text === "'" || t.text === '’' : t.kind === 'word' && LINK_WORDS.has(t.text)) end--;
    else break;
  }
  // `Remise est le 21 avril`, `La soutenance aura lieu le 3 juin`: the verb that ties the
  // label to its day is not the title's either; `l'Est` (a place) keeps its word.
  const verb = toks[end - 1];
  if (verb?.kind === 'word' && COPULAS.has(verb.text) && !isPunct(toks[end - 2], "'’")) end--;
  else if (isWord(verb, 'lieu') && toks[end - 2]?.kind === 'word' && HAPPEN_VERBS.has(toks[end - 2]!.text)) end -= 2;
  return end === 0 ? '' : text.slice(0, toks[end - 1]!.to).trim();
}

// Folded verbs that say a label is on its day (`… est le`, `… sera le`): tie words, not title words.
const COPULAS = new Set(['est', 'sont', 'sera', 'seront']);
// Folded verbs before `lieu` (`a lieu`, `aura lieu`, `auront lieu`): the label happens on its day.
const HAPPEN_VERBS = new Set(['a', 'ont', 'aura', 'auront']);
