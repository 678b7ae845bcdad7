/*
 * A day's activities told as sentences in a list under its heading, each with its hours
 * somewhere inside it rather than before it: `#### 02/09/2024` over `- Un pique-nique est
 * prévu de 11h30 à 15h au Jardin Darralde.`, `- Concert de 20h à 22h place du village.`. A
 * reader lists each sentence as one slot of that day. Only when every sentence of the list
 * tells one time or range (list-hours-above.ts, onlyHours): a list where one item tells two
 * times, or none, is the day's notes, and the day stays one session. An item that holds
 * nothing but a picture or a badge (`- ![](…/badge/Pique--nique-8db600)`) only groups the
 * sentences nested under it. Written by hand: it is the layout of a list.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import { dateExpressionAt } from '../dates/french-dates.js';
import { saidAsStart } from '../dates/start-words.js';
import { tokenize } from '../dates/tokenize.js';
import { onlyHours } from './list-hours-above.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import { plainText } from './plain-text.js';
import type { SourceText } from './source-text.js';

// How deep the grouping items may nest their sentences: a badge over its list, no deeper.
const GROUP_DEPTH = 2;

/** The sentences of a list, each the paragraph opening a leaf item, through items that hold only a picture; undefined when an item holds anything else above a nested list. */
function sentencesOf(list: List, depth = 0): Paragraph[] | undefined {
  const sentences: Paragraph[] = [];
  for (const item of list.children) {
    const found = itemSentences(item, depth);
    if (found === undefined) return undefined;
    sentences.push(...found);
  }
  return sentences;
}

/** The sentences of one item: its paragraph when it holds only that, else those of the lists a picture alone groups (see above); undefined when it holds anything else. */
function itemSentences(item: ListItem, depth: number): Paragraph[] | undefined {
  const [first, ...rest] = item.children;
  const nested = rest.filter((node): node is List => node.type === 'list');
  if (first?.type === 'paragraph' && rest.length === 0 && plainText(first).trim() !== '') return [first];
  // `- ![](…badge…)` over `  - Un pique-nique est prévu de 11h30 à 15h …`: the badge groups the sentences.
  const grouping = first?.type === 'paragraph' && plainText(first).trim() === '' && first.children.every((node) => node.type === 'image' || node.type === 'text' || node.type === 'break');
  if (!grouping || nested.length !== rest.length || nested.length === 0 || depth + 1 >= GROUP_DEPTH) return undefined;
  const sentences: Paragraph[] = [];
  for (const list of nested) {
    const found = sentencesOf(list, depth + 1);
    if (found === undefined) return undefined;
    sentences.push(...found);
  }
  return sentences;
}

/** Whether a sentence's hours are a time of the day: a range, or a time set as a start (`à 20h`); not a length (`(1h30)`, `4:52`). */
function tellsTimeOfDay(sentence: Paragraph, hours: DraftHours): boolean {
  return hours.slots[0]?.end !== undefined || saidAsStart(plainText(sentence), hours.text);
}

/** Whether a sentence writes a day of its own (`… ce dimanche 03/10 de 14h à 18h`): its hours are that day's, not the heading's. */
function writesItsOwnDay(sentence: Paragraph): boolean {
  const text = plainText(sentence);
  const toks = tokenize(text);
  return toks.some((tok, k) => tok.kind !== 'punct' && dateExpressionAt(toks, k, text) !== undefined);
}

/** The slots of `day` a list of sentences tells (see above), one per sentence, or none when the list is not such a list. */
export function sentenceSlots(list: List, day: SessionDraft, source: SourceText): SessionDraft[] {
  const sentences = sentencesOf(list);
  if (sentences === undefined || sentences.length === 0) return [];
  const hours = sentences.map((sentence) => onlyHours(sentence, source));
  if (hours.some((told, index) => told === undefined || !tellsTimeOfDay(sentences[index]!, told) || writesItsOwnDay(sentences[index]!))) return [];
  return sentences.map((sentence, index) => ({
    source: 'agenda' as const,
    title: plainText(sentence).trim(),
    position: sentence.position!,
    day,
    hours: hours[index]!,
    cancelled: day.cancelled,
    slots: 0,
  }));
}
