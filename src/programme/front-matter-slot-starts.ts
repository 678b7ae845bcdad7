/*
 * A conference theme's page that keeps its one day's agenda in its front matter as a list of
 * slots, each giving only when it begins (`Agenda:` then `schedule:` over `- slot_begin_time:
 * "18h30"`, `title: "Quand la revue de code ne passe plus à l'échelle"`), the day written
 * elsewhere in the metadata (`title: "DevFestNoz - 12 Mars 2026 - Lannion"`, `when:` over
 * `date: 12 mars 2026` and `time: de 18h00 à 20h30`). A reader lists each slot on that day,
 * ending where the next begins, the last at the day's announced end; a last slot that only
 * says the day ends (`Fin de l'événement`, closing-slot.ts) is that end, no session.
 * Written by hand over the metadata's entries, as front-matter-events.ts reads its lists.
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import type { TimeSlot } from '../dates/types.js';
import { saysOnlyTheEnd } from './closing-slot.js';
import { datesOfEntries, TIME_KEYS } from './front-matter-days.js';
import { valueOffset, type MetadataEntry, type MetadataItem } from './page-metadata.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Words of a key (folded) that hold when a slot begins: `slot_begin_time`, `start_time`, `heure_debut`.
const START_WORDS = new Set(['begin', 'start', 'debut', 'starts']);
// Words of such a key that say it is a time, not a day (`start_date` is a day).
const CLOCK_WORDS = new Set(['time', 'heure', 'hour', 'horaire']);
// Keys of a slot's name, most telling first.
const NAME_KEYS = ['title', 'titre', 'name', 'nom', 'subject', 'sujet', 'label'];
// How deep the list of slots is looked for: `Agenda:` then `schedule:`, not deeper.
const SLOT_LIST_DEPTH = 3;
// Fewest slots that make an agenda: one timed map is a page's own start.
const FEWEST_SLOTS = 2;

/** The entry of a map that says when its slot begins, with the one clock time it holds. */
function slotStart(entries: MetadataEntry[]): { entry: MetadataEntry; slot: TimeSlot } | undefined {
  for (const entry of entries) {
    const words = entry.key.split(' ');
    const startKey = TIME_KEYS.has(entry.key) || (words.some((word) => START_WORDS.has(word)) && words.some((word) => CLOCK_WORDS.has(word)));
    if (!startKey || entry.value === '') continue;
    const parsed = parseFrenchHours(entry.value);
    if (parsed.ok && parsed.slots.length === 1) return { entry, slot: parsed.slots[0]! };
  }
  return undefined;
}

/** The first list of maps among `entries` (and the maps under them) whose maps mostly give their start and none its own day. */
function slotList(entries: MetadataEntry[], depth: number): MetadataItem[] | undefined {
  for (const entry of entries) {
    const items = entry.items ?? [];
    const timed = items.filter((item) => slotStart(item.entries) !== undefined);
    if (timed.length >= FEWEST_SLOTS && timed.length * 2 > items.length && items.every((item) => datesOfEntries(item.entries.filter((one) => one.key !== 'title' && one.key !== 'titre')) === undefined)) return items;
    if (entry.fields && depth < SLOT_LIST_DEPTH) {
      const found = slotList(entry.fields, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The page's one day: a map's day key under the page's keys (`when:` over `date:`), else the page's own keys' (its title's). */
function pageDay(entries: MetadataEntry[], depth = 0): ReturnType<typeof datesOfEntries> {
  for (const entry of entries) {
    if (!entry.fields || depth >= SLOT_LIST_DEPTH) continue;
    const keyed = datesOfEntries(entry.fields);
    if (keyed && keyed.line.expression.kind === 'single') return keyed;
    const deeper = pageDay(entry.fields, depth + 1);
    if (deeper) return deeper;
  }
  return depth === 0 ? datesOfEntries(entries) : undefined;
}

/** The end of the day the page announces beside its day (`time: de 18h00 à 20h30`), in minutes. */
function announcedEnd(entries: MetadataEntry[], depth = 0): number | undefined {
  for (const entry of entries) {
    if (TIME_KEYS.has(entry.key)) {
      const parsed = parseFrenchHours(entry.value);
      const end = parsed.ok && parsed.slots.length === 1 ? parsed.slots[0]!.end : undefined;
      if (end) return minutesOfDay(end);
    }
    if (entry.fields && depth < SLOT_LIST_DEPTH) {
      const found = announcedEnd(entry.fields, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The slots of the page's front-matter agenda of starts (see above), in the order written; [] when it has none. */
export function readFrontMatterSlotStarts(entries: MetadataEntry[], source: SourceText): SessionDraft[] {
  const items = slotList(entries, 0);
  const day = items ? pageDay(entries) : undefined;
  if (!items || !day || day.line.expression.kind !== 'single') return [];
  const slots = items.flatMap((item) => {
    const start = slotStart(item.entries);
    const name = NAME_KEYS.map((key) => item.entries.find((entry) => entry.key === key && entry.value !== '')).find(Boolean);
    return start ? [{ item, start, title: name?.value ?? start.entry.value }] : [];
  });
  const end = announcedEnd(entries);
  const drafts: SessionDraft[] = [];
  for (const [index, slot] of slots.entries()) {
    const next = slots[index + 1];
    // `Fin de l'événement` at 17h30, last: the day's end, which closes the slot before it.
    if (!next && index > 0 && saysOnlyTheEnd(slot.title)) break;
    const from = minutesOfDay(slot.start.slot.start);
    const until = next ? minutesOfDay(next.start.slot.start) : end;
    const closes = slot.start.slot.end ?? (until !== undefined && until > from ? { hour: Math.floor(until / 60), minute: until % 60 } : undefined);
    const lineEnd = source.text.indexOf('\n', slot.item.lineOffset);
    const written = slot.start.entry;
    drafts.push({
      source: 'agenda',
      title: slot.title,
      position: source.span(slot.item.lineOffset, lineEnd < 0 ? source.text.length : lineEnd),
      dated: { line: day.line, position: source.span(day.offset, day.offset + day.length) },
      hours: { text: written.value, position: source.span(written.offset, valueOffset(written, written.value.length)), slots: [{ start: slot.start.slot.start, ...(closes ? { end: closes } : {}) }] },
      cancelled: saysCancelled(slot.title),
      slots: 0,
    });
  }
  return drafts;
}
