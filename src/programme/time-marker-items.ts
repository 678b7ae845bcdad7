/*
 * A day's list whose clock times stand alone as items, between the items they bound (`*
 * 9h30`, `* **scipy_overview** Alexandre 30min`, `* **file_manipulation** Alexandre 45min`,
 * `* 10h45`, `* pause`, `* 11h`, …): each time opens a block, which the next time closes when
 * a break follows that time (`* 10h45`, `* pause`) or the block holds two talks or more; the
 * items between are its talks, each at the block's hours. The break is the gap between
 * blocks, no session. A time over one item alone (`* 10h30`, `* Messe à Notre-Dame`) is
 * that item's start. Written by
 * hand: no library reads a timetable laid out so.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { TimeSlot } from '../dates/types.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { plainText } from './plain-text.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';

// How many items a block must hold for the next time to close it when no break follows that
// time: a time over each item alone (`* 9h`, `* Messe`, `* 10h30`, `* Messe`) is each one's start.
const BLOCK_ITEMS = 2;
// How many times alone a list must hold to be laid out so: one is a start over its items.
const FEWEST_MARKERS = 2;
// An item that names a break between blocks (folded): `pause`, `pause déjeuner`, `déjeuner`, `repas`.
const BREAK = /^(?:pause|dejeuner|repas|break|lunch|coffee break)\b/;

// A time an item tells of its own: opening it before its title (`9h30 Ouverture`, not `1h30 de
// marche`), a range (`(10h - 11h)`), after `à` or `dès` (`à 11h15`). A length (`(1h)`, `Atelier
// de 2h`) is no time of its own.
const OWN_TIME = /^\d{1,2}\s?[h:]\d{0,2}\s(?!de\s|d'|d\u2019)|\d{1,2}\s?[h:]\d{0,2}\s?(?:-|\u2013|\u00e0|a)\s?\d{1,2}\s?[h:]|(?:^|\s)(?:\u00e0|a|d\u00e8s|des) \d{1,2}\s?[h:]/i;

/** An item's words, folded, marks aside. */
function folded(text: string): string {
  return normaliseText(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The one clock time an item holds and nothing else (`9h30`, `11h`), if it is one. */
function markerTime(text: string): TimeSlot | undefined {
  if (!/^\d{1,2}\s?[h:]\s?\d{0,2}$/i.test(text)) return undefined;
  const parsed = parseFrenchHours(text);
  return parsed.ok && parsed.slots.length === 1 && parsed.slots[0]!.end === undefined ? parsed.slots[0] : undefined;
}

/**
 * The sessions of a day's list laid out with its times alone as items (see above), each on
 * `day` at the hours of its block; undefined when the list is not laid out so: fewer than
 * two times alone, or an item before the first time.
 */
export function timeMarkerItems(list: List, day: SessionDraft, hidden: HiddenRanges): SessionDraft[] | undefined {
  const items = list.children.filter((item) => !isHidden(hidden, item.position?.start.offset));
  const texts = items.map((item) => (item.children.length === 1 && item.children[0]!.type === 'paragraph' ? plainText(item.children[0] as Paragraph).trim() : undefined));
  if (texts.some((text) => text === undefined)) return undefined;
  const markers = texts.map((text) => markerTime(text!));
  if (markers.filter(Boolean).length < FEWEST_MARKERS || markers[0] === undefined) return undefined;
  // `* 9h30 Ouverture officielle`, `* Conférence (10h - 11h)`, `* Table ronde à 11h15`: an item
  // that tells its own time is read at it, as the list's other readers read it.
  if (texts.some((text, k) => markers[k] === undefined && OWN_TIME.test(text!))) return undefined;
  const drafts: SessionDraft[] = [];
  let open: { slot: TimeSlot; item: ListItem; text: string } | undefined;
  let held: Array<{ item: ListItem; text: string }> = [];
  // The block's talks, at its start and, when a time closes it, its end.
  const close = (end?: { slot: TimeSlot; text: string }) => {
    for (const { item, text } of held) {
      drafts.push({
        source: 'list',
        title: text,
        position: item.position!,
        day,
        hours: { text: end ? `${open!.text} - ${end.text}` : open!.text, position: open!.item.position!, slots: [{ start: open!.slot.start, ...(end ? { end: end.slot.start } : {}) }] },
        cancelled: saysCancelled(text),
        slots: 0,
      });
    }
    held = [];
  };
  items.forEach((item, k) => {
    const text = texts[k]!;
    const marker = markers[k];
    if (marker) {
      // A time closes the block above it when a break or the list's end follows it (`*
      // 10h45`, `* pause`) or the block holds two talks; a time between single talks (`*
      // 10h30`, `* Messe à Notre-Dame`) starts the next, and the one above has no end told.
      close(closesABlock(k) ? { slot: marker, text } : undefined);
      open = { slot: marker, item, text };
      return;
    }
    // A break is the gap between two blocks, no talk of either.
    const words = folded(text);
    if (!BREAK.test(words) && words !== '') held.push({ item, text });
  });
  close();
  function closesABlock(k: number): boolean {
    const next = texts[k + 1];
    return next === undefined || BREAK.test(folded(next)) || held.length >= BLOCK_ITEMS;
  }
  return drafts.length > 0 ? drafts : undefined;
}
