/*
 * The day a page's sentences invite to: `aura lieu le 31/8`, `se tiendra le mercredi 16
 * décembre`, `rendez-vous le 20 septembre`, a `Quand ?` or `Date :` field (`**Date** : le 4
 * décembre 2024`). An event page (event-page.ts) and a page whose agenda takes the day it
 * names once (page-days.ts) read it the same way. Written by hand over the date grammar's
 * tokens: a phrase of a few words, then at most two link words, then a date.
 */
import type { RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DatedLine } from '../dates/dated-line.js';
import { dateExpressionAt } from '../dates/french-dates.js';
import { tokenize, type Token } from '../dates/tokenize.js';
import { plainText } from './plain-text.js';
import type { SourceText } from './source-text.js';
import { toldInPast } from '../dates/past-tense.js';
import { EVENT_NOUNS } from './when-labels.js';
import { ANY_CLOCK } from './slot-hours.js';
import { REGISTERING } from './deadline-words.js';

/**
 * Folded phrases, as tokens, that announce an event's day: `aura lieu`, `se tiendra`,
 * `rendez-vous`, `organise`, `nous retrouverons`. Read here before a day, and anywhere in
 * a sentence by announced-sessions.ts.
 */
export const ANNOUNCING_PHRASES: readonly string[][] = [
  ['aura', 'lieu'], ['auront', 'lieu'], ['se', 'deroulera'], ['se', 'derouleront'], ['se', 'tiendra'], ['se', 'tiendront'],
  ['rendez', '-', 'vous'], ['rdv'], ['organise'], ['organisons'], ['organisent'],
  ['se', 'retrouve'], ['nous', 'retrouverons'], ['se', 'retrouvera'],
];

/**
 * Folded names of events a page says are set for a day (`Soutenance prévue le lundi 12
 * juillet 2021`): `prévue le` after one of them invites to it; after anything else (`la fin
 * des travaux est prévue le …`) it does not.
 */
export const SET_FOR = ['soutenance', 'seance', 'reunion', 'conference', 'journee', 'rencontre', 'formation', 'ceremonie', 'assemblee', 'soiree', 'visite', 'inauguration'];

// Words after which a sentence names the event's day: the announcing phrases (`aura lieu
// le 31/8`, `se déroulera le samedi 3 juin`, `organise ce samedi 17 janvier`), a
// `Quand`/`Date` label (`Quand ? Le 20 septembre 2008`, `Date : jeudi 29 juin`), and
// where a page says it will meet its readers (`hâte de vous retrouver le 23 mars 2025`,
// `nous vous retrouverons le 12`) or invites them (`vous inviter le 22 juin`).
const DAY_AFTER = [
  ...ANNOUNCING_PHRASES, ['quand', '?'], ['quand', ':'], ['date', ':'], ['vous', 'retrouver'], ['vous', 'retrouverons'],
  // `a le plaisir de vous inviter le 22 juin 2022 à une journée de présentations`.
  ['vous', 'inviter'], ['vous', 'invite'], ['vous', 'invitons'], ['vous', 'invitent'],
  // `Retrouvez-nous le lundi 27 avril 2026 de 9h à 17h`, `Rejoignez-nous le 12 mars`.
  ['retrouvez', '-', 'nous'], ['rejoignez', '-', 'nous'],
  // `Soutenance prévue le lundi 12 juillet 2021 à 15h00`: the day set for an event, named
  // before it (not `la fin des travaux est prévue le …`).
  ...SET_FOR.flatMap((event) => [[event, 'prevue', 'le'], [event, 'prevu', 'le'], [event, 'est', 'prevue', 'le'], [event, 'est', 'prevu', 'le']]),
];
// One word that says how or how many between those words and the day (`Retrouvez-nous
// directement le samedi 23 avril`, `Venez nombreux le 3 mars`): an adverb in `-ment`, or `nombreux`.
const MANNER = /^(?:[a-z]{3,20}ment|nombreux|nombreuses)$/;
// Link words between those words and the day (`le`, `ce`, `du`).
const DAY_LINKS = new Set(['le', 'ce', 'les', 'du', 'des', 'a', 'au', 'partir']);
// How many tokens of a block are looked at for such a sentence: a page's paragraph.
const BLOCK_TOKENS = 400;

const isWord = (t: Token | undefined, word: string): boolean => t !== undefined && t.text === word;

/** Words that date the writing of a page rather than its event, right before a date (folded). */
// `opened issue at`, `commented at`: an export of a forge's issues stamps each message so;
// `*Update 2017/08/04*:` a post's note of what changed since.
export const WRITTEN_ON = /(?:mis[e]? a jour|maj|publie[e]?s?|modifie[e]?|poste[e]?|ecrit[e]?|redige[e]?|updated?|published|posted|edit|edited|opened|commented)\b[^.]{0,16}$/;

/** A date that names a day (`17 janvier 2009`, `20 septembre`, `31/8`), starting at token `k`, as a dated line of `text`. */
export function dayAt(toks: Token[], k: number, text: string): DatedLine | undefined {
  const found = dateExpressionAt(toks, k, text);
  if (!found || found.expression.kind === 'alternatives') return undefined;
  const from = toks[found.first]!.from;
  const to = toks[found.last]!.to;
  return { expression: found.expression, dateText: text.slice(from, to), start: from, end: to, lead: '', rest: '', title: '' };
}

/** The dates a text writes anywhere (`du 4 septembre 2024 au 25 juin 2025`, `le 26 juin`), each once, in order. */
export function daysWritten(text: string): DatedLine[] {
  const toks = tokenize(text);
  const found: DatedLine[] = [];
  for (let k = 0; k < toks.length; k++) {
    const line = dayAt(toks, k, text);
    if (!line) continue;
    found.push(line);
    while (k + 1 < toks.length && toks[k + 1]!.from < line.end) k++;
  }
  return found;
}

/**
 * Whether token `k` is a `ce` that opens a day written with its weekday (`Ce lundi 30 mars,
 * à Libramont, aura lieu…`, `Ce **jeudi 24 avril dès 20h00**, nous aurons le plaisir de
 * vous recevoir`): the demonstrative points to a coming day, as an invitation does, unless
 * the sentence tells of it in the past.
 */
function demonstrativeDay(toks: Token[], k: number, text: string): boolean {
  if (!isWord(toks[k], 'ce')) return false;
  const found = dayAt(toks, k + 1, text);
  if (!found || found.expression.mentions[0]?.weekday === undefined) return false;
  const stop = /[.!?]\s/.exec(text.slice(found.end));
  const sentence = text.slice(toks[k]!.from, stop ? found.end + stop.index : text.length);
  // `Ce samedi 5 mars, nous avons accueilli…`: a report of the day, not an invitation to it.
  return !toldInPast(sentence);
}

// Folded words that say how soon an event comes before its day is named (`le mois prochain,`, `la semaine prochaine,`).
const COMING_TIMES = [['le', 'mois', 'prochain'], ['la', 'semaine', 'prochaine'], ['l', "'", 'an', 'prochain'], ['cette', 'annee']];

/** The token after a coming time and its comma at `j` (`le mois prochain,`), or `j`. */
function pastComingTime(toks: Token[], j: number): number {
  const phrase = COMING_TIMES.find((words) => words.every((word, n) => isWord(toks[j + n], word)));
  return phrase && toks[j + phrase.length]?.text === ',' ? j + phrase.length + 1 : j;
}

// The announcing phrases that may name what they organise before its day (folded).
const ORGANISING = new Set(['organise', 'organisons', 'organisent']);
// Folded articles before the gathering organised: `un séminaire`, `notre journée`.
const ARTICLES = new Set(['un', 'une', 'notre', 'nos', 'la', 'le', 'les', 'des', 'cette', 'ce']);
// How many tokens may qualify the gathering before its day (`une journée d'étude le`).
const QUALIFYING_TOKENS = 4;

/**
 * The token after the gathering an organising phrase names at `j` (`un séminaire`, `une
 * journée d'étude`), where its day's link word stands; `j` when no gathering (EVENT_NOUNS)
 * is named there, or no link word follows it closely.
 */
function pastOrganised(toks: Token[], j: number, text: string): number {
  if (!ARTICLES.has(toks[j]?.text ?? '') || !EVENT_NOUNS.has(toks[j + 1]?.text ?? '')) return j;
  for (let at = j + 2; at <= j + 2 + QUALIFYING_TOKENS && at < toks.length; at++) {
    const tok = toks[at]!;
    const day = DAY_LINKS.has(tok.text) ? dayAt(toks, at + 1, text) : undefined;
    if (day) return onlyWhenOfItsSentence(text, day) ? at : j;
    // `une formation complète, inscription close le vendredi 15 mars`: the qualifying words run
    // on unbroken (an apostrophe aside: `journée d'étude`); past a comma, the day is another matter's.
    if ((tok.kind === 'punct' && tok.text !== "'") || REGISTERING.test(tok.text) || CLOSING_WORD.test(tok.text)) return j;
  }
  return j;
}

// A folded word that says something closes (`close`, `limite`), as registering words do (REGISTERING): its day is a deadline's.
const CLOSING_WORD = /^(?:clos\w*|limite)$/;

/**
 * Whether the sentence that holds `day` names no other day and no clock time: `nous organisons
 * une réunion le lundi 15 avril pour préparer la fête du samedi 25 mai` names the fête's day too,
 * and `… le mercredi 11 septembre à 18h` an evening's own time, neither the day of the lines below.
 */
function onlyWhenOfItsSentence(text: string, day: DatedLine): boolean {
  const before = text.slice(0, day.start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const stop = /[.!?](?:\s|$)/.exec(text.slice(day.end));
  const sentence = text.slice(from, stop ? day.end + stop.index : text.length);
  return daysWritten(sentence).length === 1 && !ANY_CLOCK.test(sentence);
}

/** The days the inviting sentences of a block name (`aura lieu le 31/8`), as dated lines of its text. */
export function invitedDays(text: string): DatedLine[] {
  const toks = tokenize(text).slice(0, BLOCK_TOKENS);
  const days: DatedLine[] = [];
  for (let k = 0; k < toks.length; k++) {
    const words = DAY_AFTER.find((phrase) => phrase.every((word, n) => isWord(toks[k + n], word))) ?? (demonstrativeDay(toks, k, text) ? [] : undefined);
    if (!words) continue;
    let j = k + words.length;
    // `aura lieu la semaine du 16 mars`: the week that day opens.
    const week = isWord(toks[j], 'la') && isWord(toks[j + 1], 'semaine') && (isWord(toks[j + 2], 'du') || isWord(toks[j + 2], 'de'));
    if (week) j += 3;
    if (!week && toks[j]?.kind === 'word' && MANNER.test(toks[j]!.text) && DAY_LINKS.has(toks[j + 1]?.text ?? '')) j++;
    // `aura lieu le mois prochain, le 16 Septembre 2017`: when it comes, then the day itself.
    if (!week) j = pastComingTime(toks, j);
    // `nous organisons un séminaire le jeudi 9 novembre`: the gathering organised, then its day.
    if (!week && ORGANISING.has(words.join(' '))) j = pastOrganised(toks, j, text);
    // `ce samedi`, `le 20`, `à partir du 3`: at most two link words before the day.
    for (let n = 0; n < 2 && !week && toks[j]?.kind === 'word' && DAY_LINKS.has(toks[j]!.text); n++) j++;
    const found = dayAt(toks, j, text);
    if (found && week && found.expression.kind === 'single') found.week = true;
    // `Date : 3 mars 2025 ou plus tard selon les inscriptions`: a day not settled names no day.
    const after = found ? toks.find((t) => t.from >= found.end) : undefined;
    if (found && !(after?.kind === 'word' && (after.text === 'ou' || after.text === 'or'))) days.push(found);
  }
  return days;
}

/** Whether two dated lines name the same days. */
// The same day written twice (`le 20 septembre` in the title, `Le 20 septembre 2008` in the
// list) is one day: compared by day and month, a year written on one and not the other aside.
export function sameDays(a: DatedLine, b: DatedLine): boolean {
  const key = (line: DatedLine) => line.expression.mentions.map((m) => `${m.day}/${m.month}`).join(' ');
  return key(a) === key(b);
}

/**
 * The one day the inviting sentences of `blocks` name, however often they write it, with
 * the block that names it (the first that writes its year, else the first), and where its
 * date stands in the source; undefined when they name none, or two days. Read as a reader
 * sees them (`**Quand** : jeudi 29 juin`: marks dropped), then found back in the source.
 */
export function oneInvitedDay(blocks: RootContent[], source: SourceText): { line: DatedLine; node: RootContent; position: Position } | undefined {
  const found = blocks.flatMap((node) => invitedDays(plainText(node)).map((line) => ({ line, node })));
  if (found.length === 0 || !found.every((one) => sameDays(one.line, found[0]!.line))) return undefined;
  const first = found.find((one) => one.line.expression.mentions.every((mention) => mention.year !== undefined)) ?? found[0]!;
  return { ...first, position: source.find(first.node.position!, first.line.dateText) };
}
