/*
 * The hour one day of a table's programme starts, told right under the table rather than in
 * its row: a LAN's `| **Sam. 30 mai** | Phase suisse … |` then `- Le samedi démarre à **9 h
 * 30**.` below it. A reader gives that start to the row on that weekday that writes no hours
 * of its own; the other rows keep theirs (`| **Dim. 31 mai, 8 h 00** | Grande finale |`).
 * Only a line that says so and nothing more: the weekday, a verb of starting, the time.
 * Written by hand over the date grammar's tokens.
 */
import type { Root, Table } from 'mdast';
import type { TimeSlot } from '../dates/types.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { isPunct, isWord, tokenize } from '../dates/tokenize.js';
import { plainTextLines } from './paragraph-lines.js';
import { plainText } from './plain-text.js';
import type { DraftHours } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { parentOf } from './table-hours-around.js';

// Folded verbs that say a day starts at a time (`Le samedi démarre à 9h30`, `Les dimanches commencent à 10h`).
const STARTS = ['demarre', 'demarrent', 'commence', 'commencent', 'debute', 'debutent'];

/** The start each weekday takes from the lines right under a table (see above), by ISO weekday; undefined when none says so. */
export function weekdayStartsBelow(tree: Root, table: Table, source: SourceText): Map<number, DraftHours> | undefined {
  const parent = parentOf(tree, table);
  const below = parent?.children[parent.children.indexOf(table) + 1];
  if (below?.type !== 'list' && below?.type !== 'paragraph') return undefined;
  const lines = below.type === 'list' ? below.children.map((item) => ({ text: plainText(item.children[0] ?? item), node: item })) : plainTextLines(below).map((text) => ({ text, node: below }));
  const starts = new Map<number, DraftHours>();
  for (const { text, node } of lines) {
    const told = weekdayStart(text);
    if (!told || starts.has(told.weekday)) continue;
    starts.set(told.weekday, { text: told.hours, slots: told.slots, position: source.find(node.position!, told.hours) });
  }
  return starts.size > 0 ? starts : undefined;
}

/** The weekday a line says starts at a time, and that time (`Le samedi démarre à 9 h 30.`), or undefined. */
function weekdayStart(text: string): { weekday: number; hours: string; slots: TimeSlot[] } | undefined {
  const toks = tokenize(text);
  let k = isWord(toks[0], 'le', 'les') ? 1 : 0;
  const day = toks[k];
  const weekday = day?.kind === 'word' ? weekdayFromWord(day.text.replace(/s$/, '')) : undefined;
  if (weekday === undefined || !isWord(toks[k + 1], ...STARTS)) return undefined;
  k += 2;
  if (isWord(toks[k], 'a', 'vers', 'des')) k++;
  const last = hoursExtentAt(toks, k);
  // Nothing after the time but a full stop: `Le samedi démarre à 9h30, sauf pour les arbitres` is not the day's start.
  if (last === undefined || !toks.slice(last + 1).every((tok) => isPunct(tok, '.!'))) return undefined;
  const hours = text.slice(toks[k]!.from, toks[last]!.to);
  const parsed = parseFrenchHours(hours);
  if (!parsed.ok || parsed.slots.length !== 1) return undefined;
  return { weekday, hours, slots: parsed.slots };
}
