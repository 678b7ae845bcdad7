/*
 * A map of a page's events list that writes its days as a list of their own, each with its
 * hours (a theatre company's tour: `- month: "Juillet 2017"`, `place: "Festival
 * d'Avignon"`, `dates:` over `- "le 6 juillet à 15h"` and `- "le 7 juillet à 11h & 15h"`):
 * each day is a performance, on its own line, in the year the map's other values write.
 */
import { extractYear } from '../dates/years.js';
import { datedTextOf } from './dated-text.js';
import { valueOffset, type MetadataEntry, type MetadataItem } from './page-metadata.js';
import { datedItemDraft } from './read-dated-lists.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Folded keys of a list of the map's days.
const DAY_LIST_KEYS = new Set(['dates', 'jours', 'representations', 'seances', 'days']);
// Keys of what the map's sessions are called, most telling first; a place names them when nothing else does.
const NAME_KEYS = ['title', 'titre', 'name', 'nom', 'place', 'lieu', 'venue', 'location'];

/**
 * The items of a list value as the metadata joined them (`a, b, c`), each with its index in
 * the value: the metadata's own `, ` stands where the next item begins, further on in the
 * page than the character before it (past its line's dash and quotes), which a comma
 * written inside an item never does.
 */
function listItems(entry: MetadataEntry): Array<{ text: string; at: number }> {
  const map = entry.map;
  if (!map) return [];
  const items: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (let k = 0; k + 2 < entry.value.length; k++) {
    if (k === 0 || entry.value.slice(k, k + 2) !== ', ' || map[k]! - map[k - 1]! <= 2) continue;
    items.push({ text: entry.value.slice(from, k), at: from });
    from = k + 2;
  }
  items.push({ text: entry.value.slice(from), at: from });
  return items.length >= 2 ? items : [];
}

/** One session per day a map lists under `dates:` (see above); [] when it lists none so. */
export function listedDayDrafts(item: MetadataItem, source: SourceText): SessionDraft[] {
  const list = item.entries.find((entry) => DAY_LIST_KEYS.has(entry.key));
  const items = list ? listItems(list) : [];
  if (items.length === 0) return [];
  const year = item.entries.map((entry) => (entry === list ? undefined : extractYear(entry.value))).find((found) => found !== undefined);
  const name = NAME_KEYS.map((key) => item.entries.find((entry) => entry.key === key && entry.value !== '')).find(Boolean);
  const drafts: SessionDraft[] = [];
  for (const { text, at } of items) {
    const dated = datedTextOf(text, false);
    // Every item a day and its hours, nothing more: a list of anything else is not the map's days.
    if (!dated || dated.rest !== '' || dated.expression.mentions.length === 0) return [];
    const line = year === undefined ? dated : { ...dated, expression: { ...dated.expression, mentions: dated.expression.mentions.map((mention) => ({ ...mention, year: mention.year ?? year })) } };
    const offset = valueOffset(list!, at);
    const lineStart = source.text.lastIndexOf('\n', offset) + 1;
    const lineEnd = source.text.indexOf('\n', offset);
    const draft = datedItemDraft(line, text, source.span(lineStart, lineEnd < 0 ? source.text.length : lineEnd), source, false);
    if (name) draft.title = name.value;
    drafts.push(draft);
  }
  return drafts;
}
