/*
 * A sentence that introduces the agenda below it and says which day it is the agenda of:
 * `La classe 52/1 passera le mardi 13 mai 2025 de 13h15 à 16h30 avec ce planning :` over
 * `| Heure | Nom | Prénom |` and its rows of start times, or `Les soutenances sont le
 * mercredi 15 janvier 2020 dans la salle du conseil. Voici le planning :` over a list of
 * `10h30 : Mathias P.` items. A reader takes the table's rows or the list's items as that
 * day's slots, as under a dated heading; the sentence is the day, not a session.
 *
 * Only a sentence a reader cannot read otherwise: it ends with the colon that points at
 * what follows, the table right below it has an hours column (a day's agenda) or most of
 * the list's items open with their hours, and it writes exactly one date, a single day
 * with its weekday or its year. A short pointer (`Voici le planning :`) lets the sentence
 * before it say the day. Written by hand
 * over the date grammar's tokens, as announced-sessions.ts reads sentences: no library
 * reads what a French sentence says about the table after it.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { dateExpressionAt } from '../dates/french-dates.js';
import { tokenize } from '../dates/tokenize.js';
import { plainText } from './plain-text.js';
import { WRITTEN_ON } from './invited-days.js';
import { normaliseText } from '../dates/normalise-text.js';
import { isDayAgendaTable } from './read-day-agendas.js';
import { agendaLineHours } from './slot-hours.js';
import type { List } from 'mdast';
import { DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, LIMIT, UNTIL, wordsAtEnd } from './deadline-words.js';

// Longest sentence read so, in tokens: an introduction is one sentence, not a paragraph.
const LONGEST_INTRODUCTION = 60;

// Folded words right before the date that make it a deadline or the end of a period, not the
// agenda's day (deadline-words.ts): `avant le`, `jusqu'au`, `au plus tard`, `date limite`, `d'ici le`.
const DEADLINE = wordsAtEnd([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, ...UNTIL], true);

type FoundDate = NonNullable<ReturnType<typeof dateExpressionAt>>;

/** The dates a text writes, each read once, left to right, over its tokens `toks`. */
function datesOf(text: string, toks: ReturnType<typeof tokenize>): FoundDate[] {
  const found: FoundDate[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.kind === 'punct') continue;
    const at = dateExpressionAt(toks, k, text);
    if (!at) continue;
    found.push(at);
    k = at.last;
  }
  return found;
}

/** Whether a text writes a date anywhere. */
export function hasDate(text: string): boolean {
  return datesOf(text, tokenize(text)).length > 0;
}

/**
 * The one day a sentence says an agenda is on: it writes exactly one date (two tell a period
 * or a change), a single day with its weekday or its year, not the day the page was written
 * (`Planning mis à jour le lundi 5 mai 2025 :`) nor a deadline (`avant le`, `jusqu'au`). Its
 * title is the sentence, without the colon that points at the agenda. Undefined otherwise.
 */
export function sentenceDay(text: string): DatedLine | undefined {
  const toks = tokenize(text);
  const [found, other] = datesOf(text, toks);
  if (!found || other || found.expression.kind !== 'single') return undefined;
  const before = normaliseText(text.slice(0, toks[found.first]!.from));
  if (WRITTEN_ON.test(before) || DEADLINE.test(before)) return undefined;
  const mention = found.expression.mentions[0]!;
  if (mention.weekday === undefined && mention.year === undefined) return undefined;
  const start = toks[found.first]!.from;
  const end = toks[found.last]!.to;
  return { expression: found.expression, dateText: text.slice(start, end), start, end, lead: '', rest: '', title: text.replace(/:$/, '').trim() };
}

/** Where the last sentence of a text begins: after the last `.`, `!` or `?` followed by a space. */
export function lastSentenceStart(text: string): number {
  let at = 0;
  for (let k = 0; k < text.length - 1; k++) if ('.!?'.includes(text[k]!) && text[k + 1] === ' ') at = k + 2;
  return at;
}

// How many tokens a pointer at the agenda may hold (`Voici le planning :`), the day then said just before it.
const LONGEST_POINTER = 8;
// How many of a list's items must open with their hours, and in what share, for it to be a day's agenda.
const FEWEST_TIMED_ITEMS = 2;
const TIMED_SHARE = 2 / 3;

/** Whether most of a list's items open with their hours (`10h30 : Mathias P.`): a day's agenda. */
function isAgendaList(list: List): boolean {
  const timed = list.children.filter((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && agendaLineHours(plainText(first).split('\n')[0]!.trim()) !== undefined;
  }).length;
  return timed >= FEWEST_TIMED_ITEMS && timed >= list.children.length * TIMED_SHARE;
}

/** The day a paragraph introduces for the agenda right after it, a table or a list (see above), with the text it is read from; undefined otherwise. */
export function agendaIntroductionDay(nodes: RootContent[], index: number): { text: string; dated: DatedLine } | undefined {
  const node = nodes[index];
  const next = nodes[index + 1];
  if (node?.type !== 'paragraph' || !((next?.type === 'table' && isDayAgendaTable(next)) || (next?.type === 'list' && isAgendaList(next)))) return undefined;
  const whole = plainText(node as Paragraph).replace(/\s+/g, ' ').trim();
  if (!whole.endsWith(':')) return undefined;
  // The sentence that points at the agenda: the last one of the paragraph, or the one
  // before a mere pointer (`Voici le planning :`) when it holds no date.
  const last = lastSentenceStart(whole);
  const pointer = whole.slice(last).trim();
  const earlier = last > 0 && tokenize(pointer).length <= LONGEST_POINTER && !hasDate(pointer) ? whole.slice(0, last).trim() : undefined;
  const text = earlier === undefined ? pointer : `${earlier.slice(lastSentenceStart(earlier))} ${pointer}`.trim();
  if (tokenize(text).length > LONGEST_INTRODUCTION) return undefined;
  const dated = sentenceDay(text);
  return dated ? { text, dated } : undefined;
}
