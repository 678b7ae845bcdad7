/*
 * A page whose sessions are written in its front matter, as a list of maps that a site's
 * template turns into its agenda: Grav's and Jekyll's `events:` (`- date: '09/15/2025 01:00
 * pm'`, `title: 'Install Party'`, `venue_name: ...`), an `agenda:` or `sessions:` list,
 * TOML's `[[events]]`. Each map is a session on the line of its dash: its day as
 * front-matter-days.ts reads a page's (a start and an end, a key naming the day, a title
 * that names one, its `date:`), its time written with the day (`2025-09-17 19:30`, `06:30
 * pm`) or in a key of hours (`heure: 19h`), its title from its `title:` or `name:`.
 */
import type { Root } from 'mdast';
import type { TimeSlot } from '../dates/types.js';
import type { DatedLine } from '../dates/dated-line.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { leadingHours, matchLeadingHours } from './slot-hours.js';
import { datesOfEntries, dayOfKeyWords, TIME_KEYS } from './front-matter-days.js';
import { listedDayDrafts } from './front-matter-day-lists.js';
import { readFrontMatterSlotStarts } from './front-matter-slot-starts.js';
import { readFrontMatterDateLines } from './front-matter-date-lines.js';
import { pageMetadata, valueOffset, type MetadataEntry, type MetadataItem } from './page-metadata.js';
import { saysCancelled, type DraftHours, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { plainText } from './plain-text.js';

// Folded words of a key whose list holds a page's events (`events`, `upcoming_events`,
// `prochaines_rencontres`, `agenda`, `sessions`); a list of news, releases or authors does not.
const LIST_WORDS = new Set([
  'event', 'events', 'evenement', 'evenements', 'agenda', 'sessions', 'seances', 'rencontres', 'meetups', 'ateliers',
  'rendez', 'schedule', 'programme', 'program', 'calendrier', 'calendar', 'dates', 'concerts', 'spectacles', 'sorties',
  'repas', 'services', 'creneaux', 'permanences', 'reunions', 'formations', 'stages', 'cours', 'seminaires', 'conferences',
]);
// Keys of a map's name, most telling first.
const NAME_KEYS = ['title', 'titre', 'name', 'nom', 'summary', 'intitule', 'label', 'description'];

// A time written with an ISO day (`2025-09-17T19:30`, `2025-09-17 19:30:00 +0200`).
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

/** Whether a key's list holds events (see LIST_WORDS). */
function listsEvents(key: string): boolean {
  return key.split(' ').some((word) => LIST_WORDS.has(word));
}

/** The clock hours a map's day value writes after its day, or a key of hours gives, with where they stand. */
function itemHours(entries: MetadataEntry[], dated: { line: DatedLine; offset: number }, source: SourceText): DraftHours | undefined {
  const entry = entries.find((one) => one.offset === dated.offset);
  let text: string | undefined;
  let at = 0;
  if (entry) {
    const after = entry.value.slice(dated.line.end);
    const indent = after.length - after.trimStart().length;
    // A time of an English template after the date (`06:30 pm`, `1:00 PM`), read with its
    // a or p by the agenda lines' hours (slot-hours.ts), as a line `3:00 - 4:00 PM` is.
    const twelve = matchLeadingHours(after.trimStart())?.meridiem === undefined ? undefined : leadingHours(after.trimStart());
    const iso = ISO_TIME.exec(entry.value);
    if (twelve) {
      const from = valueOffset(entry, dated.line.end + indent + twelve.start);
      return { text: twelve.text, position: source.span(from, from + Math.min(twelve.text.length, 8)), slots: twelve.slots };
    } else if (iso && !(iso[1] === '00' && iso[2] === '00')) {
      text = `${iso[1]}:${iso[2]}`;
      at = valueOffset(entry, 11);
    } else if (dated.line.hours) {
      text = dated.line.hours.text;
      at = valueOffset(entry, dated.line.hours.start);
    }
  }
  if (text === undefined) {
    const pair = startAndEndHours(entries);
    if (pair) return { text: pair.text, position: source.span(pair.offset, pair.offset + Math.min(pair.text.length, 8)), slots: pair.slots };
    const time = entries.find((one) => TIME_KEYS.has(one.key) && one.value !== '');
    if (!time) return undefined;
    text = time.value;
    at = time.offset;
  }
  const parsed = parseFrenchHours(text);
  if (!parsed.ok || parsed.slots.length === 0) return undefined;
  return { text, position: source.span(at, at + Math.min(text.length, 8)), slots: parsed.slots };
}

// Keys of a map's start and end that a template fills with clock hours (`start: 15h00`, `end: 17h00`).
const START_KEYS = new Set(['start', 'debut', 'begin', 'from']);
const END_HOUR_KEYS = new Set(['end', 'fin', 'to', 'until']);

/** The range a map's `start:` and `end:` give when both are clock hours alone (`15h00`, `17h00`), or a `start:` alone; undefined when they are days. */
function startAndEndHours(entries: MetadataEntry[]): { text: string; offset: number; slots: TimeSlot[] } | undefined {
  const clock = (keys: Set<string>) => {
    const entry = entries.find((one) => keys.has(one.key) && one.value !== '');
    const parsed = entry ? parseFrenchHours(entry.value) : undefined;
    return entry && parsed?.ok && parsed.slots.length === 1 && parsed.slots[0]!.end === undefined ? { entry, start: parsed.slots[0]!.start } : undefined;
  };
  const start = clock(START_KEYS);
  if (!start) return undefined;
  const end = clock(END_HOUR_KEYS);
  const text = end ? `${start.entry.value} - ${end.entry.value}` : start.entry.value;
  return { text, offset: start.entry.offset, slots: [{ start: start.start, ...(end ? { end: end.start } : {}) }] };
}

// Keys of where an event is held besides PLACE_KEYS' (`localisation`, `ville`).
const MORE_PLACE_KEYS = new Set(['localisation', 'ville', 'city']);

// Inline markdown a template renders in a value (`"*Adieu Windows* par La Fabrique"`).
const INLINE_MARKS = /[*_`[]/;

/** A value's text as the page shows it: its inline markdown read by remark, as a list item's title is. */
function renderedTitle(value: string): string {
  if (!INLINE_MARKS.test(value)) return value;
  // Only a value that reads as one paragraph: `2. *Install party*` or `# Install` would be read
  // as a list or a heading, their number or mark lost, where the template shows them inline.
  const tree = parseMarkdown(value);
  return tree.children.length === 1 && tree.children[0]!.type === 'paragraph' ? plainText(tree).trim() || value : value;
}

/** Whether a map gives an event's hours (`start: 15h00`, `heure: 19h`) or its place (`localisation: Seine Innopolis`), filled or left empty for it. */
function saysWhenOrWhere(entries: MetadataEntry[]): boolean {
  return startAndEndHours(entries) !== undefined || entries.some((entry) => TIME_KEYS.has(entry.key) || PLACE_KEYS.has(entry.key) || MORE_PLACE_KEYS.has(entry.key));
}

/** One map of an events list as a session draft, when it names a day; `ownName` is the name the map is written under, if any (keyedEventDrafts). */
export function itemDraft(item: MetadataItem, source: SourceText, listKey: string, ownName?: string): SessionDraft | undefined {
  const dated = datesOfEntries(item.entries);
  if (!dated) return undefined;
  const name = NAME_KEYS.map((key) => item.entries.find((entry) => entry.key === key && entry.value !== '')).find(Boolean);
  const lineEnd = source.text.indexOf('\n', item.lineOffset);
  const hours = itemHours(item.entries, dated, source);
  // A map with no name (`- date_service: …` over `horaire: midi` in `repas:`) is named by its
  // list and the part of the day it says in words: the lunch and the dinner of one day are two.
  const partOfDay = item.entries.find((entry) => TIME_KEYS.has(entry.key) && entry.value !== '' && leadingHours(entry.value) === undefined);
  const title = renderedTitle(name?.value ?? ownName ?? (partOfDay ? `${listKey} ${partOfDay.value}` : dated.line.dateText));
  return {
    source: 'list',
    title,
    position: source.span(item.lineOffset, lineEnd < 0 ? source.text.length : lineEnd),
    dated: { line: dated.line, position: source.span(dated.offset, dated.offset + dated.length) },
    cancelled: saysCancelled(title) || item.entries.some((entry) => entry.key === 'status' && saysCancelled(entry.value)),
    slots: 0,
    ...(hours ? { hours } : {}),
  };
}

// Keys of a talk's or slot's name in a day's agenda, most telling first: its subject, a
// break's name (`pause: "Pause café"`), then a plain title.
const SLOT_NAME_KEYS = ['subject', 'sujet', 'title', 'titre', 'pause', 'name', 'nom', 'label', 'speaker', 'intervenant', 'type', 'categorie', 'category'];
// Keys of where a slot is: a slot that says only when and where (`heure: 14:00 - 16:00`,
// `salle: Salle d'atelier 1`) is a room booked with nothing in it yet, not a session.
const PLACE_KEYS = new Set(['salle', 'room', 'lieu', 'venue', 'location', 'place', 'adresse']);
// The last word of a key that holds a slot's hours among a day's own keys (`ouvertureHeure`), and of the key that names it (`ouvertureTitle`).
const PAIRED_TIME_WORDS = new Set(['heure', 'heures', 'horaire', 'horaires', 'time', 'hours']);
const PAIRED_NAME_WORDS = ['title', 'titre', 'name', 'nom', 'label', 'intitule'];

/** The first key of `keys` that holds a value among a map's entries. */
function firstValue(entries: MetadataEntry[], keys: readonly string[]): MetadataEntry | undefined {
  return keys.map((key) => entries.find((entry) => entry.key === key && entry.value !== '')).find(Boolean);
}

/** The timed slots of one day's map: each map of a list under it whose key of hours gives clock hours (`time: "09h30 - 09h45"`). */
function daySlots(day: MetadataItem, dated: { line: DatedLine; offset: number; length: number }, source: SourceText): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const list of day.entries) {
    for (const item of list.items ?? []) {
      const time = item.entries.find((entry) => TIME_KEYS.has(entry.key) && entry.value !== '');
      const parsed = time ? parseFrenchHours(time.value) : undefined;
      if (!time || !parsed?.ok || parsed.slots.length === 0) continue;
      if (item.entries.every((entry) => entry === time || PLACE_KEYS.has(entry.key) || entry.value === '')) continue;
      const name = firstValue(item.entries, SLOT_NAME_KEYS);
      const lineEnd = source.text.indexOf('\n', item.lineOffset);
      drafts.push({
        source: 'agenda',
        title: name?.value ?? time.value,
        position: source.span(item.lineOffset, lineEnd < 0 ? source.text.length : lineEnd),
        dated: { line: dated.line, position: source.span(dated.offset, dated.offset + dated.length) },
        hours: { text: time.value, position: source.span(time.offset, valueOffset(time, time.value.length)), slots: parsed.slots },
        cancelled: name !== undefined && saysCancelled(name.value),
        slots: 0,
      });
    }
  }
  drafts.push(...pairedSlots(day, dated, source));
  return drafts.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

/**
 * The slots a day's map gives in pairs of its own keys (`ouvertureHeure: 13:45 - 14:00` and
 * `ouvertureTitle: Accueil participants`, `fermetureHeure` and `fermetureTitle`): a key
 * whose last word names hours, over clock hours, is a slot when a key of the same first
 * words names it (`start_time` alone is an event's own start), on the hours key's line.
 */
function pairedSlots(day: MetadataItem, dated: { line: DatedLine; offset: number; length: number }, source: SourceText): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const entry of day.entries) {
    const words = entry.key.split(' ');
    if (words.length < 2 || !PAIRED_TIME_WORDS.has(words.at(-1)!) || entry.value === '') continue;
    const parsed = parseFrenchHours(entry.value);
    if (!parsed.ok || parsed.slots.length === 0) continue;
    const prefix = words.slice(0, -1).join(' ');
    const name = PAIRED_NAME_WORDS.map((word) => day.entries.find((other) => other.key === `${prefix} ${word}` && other.value !== '')).find(Boolean);
    // Only a pair: `start_time` and `end_time` of an event are its own hours, not slots of their own.
    if (!name) continue;
    const lineEnd = source.text.indexOf('\n', entry.lineOffset);
    drafts.push({
      source: 'agenda',
      title: name.value,
      position: source.span(entry.lineOffset, lineEnd < 0 ? source.text.length : lineEnd),
      dated: { line: dated.line, position: source.span(dated.offset, dated.offset + dated.length) },
      hours: { text: entry.value, position: source.span(entry.offset, valueOffset(entry, entry.value.length)), slots: parsed.slots },
      cancelled: saysCancelled(name.value),
      slots: 0,
    });
  }
  return drafts;
}

/**
 * The sessions of a programme a theme's front matter holds as a list of days, each map
 * naming its day (`date : "16 avril 2024"`) and listing its talks with their hours
 * (`tablist_items:` then `- subject: ...` / `time : "09h30 - 09h45"`), under whatever keys
 * the theme chose: the shape says it, a day over a list of timed maps, as a dated heading
 * over its agenda does. Looked for in the page's keys and the maps under them.
 */
function readDayAgendas(entries: MetadataEntry[], source: SourceText): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const entry of entries) {
    if (entry.fields) drafts.push(...readDayAgendas(entry.fields, source));
    for (const item of entry.items ?? []) {
      const named = datesOfEntries(item.entries);
      const dated = named && named.key !== 'title' ? named : dayOfKeyWords(item.entries);
      if (dated) drafts.push(...daySlots(item, dated, source));
    }
  }
  return drafts;
}

/** The sessions a page's front matter lists (see above), in the order written; [] when it lists none. */
export function readFrontMatterEvents(tree: Root, source: SourceText): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  const agendas = readDayAgendas(pageMetadata(tree, source), source);
  if (agendas.length > 0) return agendas;
  readEventLists(pageMetadata(tree, source), false, source, drafts, 0);
  if (drafts.length > 0) return drafts;
  // `nextDate: |-` over `4 journées : 10 novembre, … de 9h30 à 16h30` and `6 demies-journées : …`.
  const lines = readFrontMatterDateLines(tree, source);
  // `Agenda:` over `schedule:` over `- slot_begin_time: "18h30"`, the day written elsewhere in the metadata.
  return lines.length > 0 ? lines : readFrontMatterSlotStarts(pageMetadata(tree, source), source);
}

// How deep event lists are looked for under the key that names them (`event:` then `month:`
// then each month's `item:`): a site's data nests a calendar by month, not deeper.
const EVENT_LIST_DEPTH = 3;

/**
 * Adds the sessions of the events lists among `entries`: a list under a key that names
 * events (`events:`, `agenda:`), or any list of maps under such a key (`event:` over `month:`
 * over `- label: Juillet 2021` and its `item:` list of `- date: 21/07/21`), each dated map a
 * session; a map that names no day of its own is looked into for its own list.
 */
function readEventLists(entries: MetadataEntry[], underEvents: boolean, source: SourceText, drafts: SessionDraft[], depth: number): void {
  for (const entry of entries) {
    const named = depth === 0 ? eventList(entry) : listsEvents(entry.key);
    const events = underEvents || named;
    const keyed = named && entry.fields ? keyedEventDrafts(entry.fields, source) : [];
    drafts.push(...keyed);
    if (entry.fields && events && keyed.length === 0 && depth < EVENT_LIST_DEPTH) readEventLists(entry.fields, true, source, drafts, depth + 1);
    if (!entry.items || !events) continue;
    for (const item of entry.items) {
      // `dates:` over `- "le 6 juillet à 15h"`, `- "le 7 juillet à 11h & 15h"`: one session a day (front-matter-day-lists.ts).
      const listed = listedDayDrafts(item, source);
      // A list nested under the events key but not named as events (`galerie:`, `documents:`,
      // `item:`) holds events only when its maps say when or where one is held: a photo or a
      // file has a date and no hours or place.
      const draft = listed.length > 0 || !(named || saysWhenOrWhere(item.entries)) ? undefined : itemDraft(item, source, entry.key);
      drafts.push(...listed, ...(draft ? [draft] : []));
      if (listed.length === 0 && !draft && depth < EVENT_LIST_DEPTH) readEventLists(item.entries, true, source, drafts, depth + 1);
    }
  }
}

/**
 * Whether a list of maps under a key of any name (`workshop_list:`, `upcoming:`) is an
 * agenda: two of its maps or more name a day, and each that does gives its hours (with the
 * day, `date: 8 janvier 2026 à 18h`, or in a key of hours): a list of posts has dates alone,
 * a gallery's photos dates and places.
 */
function holdsEvents(items: MetadataItem[]): boolean {
  const dated = items.flatMap((item) => {
    const day = datesOfEntries(item.entries);
    return day ? [{ item, day }] : [];
  });
  return dated.length >= 2 && dated.every(({ item, day }) => day.line.hours !== undefined || startAndEndHours(item.entries) !== undefined || item.entries.some((entry) => TIME_KEYS.has(entry.key) && entry.value !== ''));
}

/** Whether a key's list holds events: named so (listsEvents), or its maps are an agenda's (holdsEvents). */
function eventList(entry: MetadataEntry): boolean {
  return listsEvents(entry.key) || (entry.items !== undefined && holdsEvents(entry.items));
}

// A key as written at the start of its line, its quotes off (`    "RtD-approach":`).
const KEY_AS_WRITTEN = /^\s*['"]?([^:'"]+)/;

/**
 * The events of a map of maps under a key that names them, each map under its own name
 * (`sessions:` over `objet:` over `date: 20250403` and `link: "usagers-architecture"`): a
 * session per map that names its day, titled by its name as written unless a key of its
 * own names it. None unless every map of the key names a day: a map of settings is no agenda.
 */
function keyedEventDrafts(fields: MetadataEntry[], source: SourceText): SessionDraft[] {
  const maps = fields.filter((field) => field.fields && field.fields.length > 0);
  if (maps.length === 0 || maps.length !== fields.length || !maps.every((field) => datesOfEntries(field.fields!) !== undefined)) return [];
  return maps.flatMap((field) => {
    // The map's name as written on its line (`RtD-approach:`), the key being folded.
    const written = KEY_AS_WRITTEN.exec(source.text.slice(field.lineOffset, source.text.indexOf('\n', field.lineOffset)))?.[1]?.trim() || undefined;
    const draft = itemDraft({ entries: field.fields!, lineOffset: field.lineOffset }, source, field.key, written);
    return draft ? [draft] : [];
  });
}

// Keys of the words an event's map gives about it (folded), which may restate its day.
const DESCRIPTION_KEYS = new Set(['description', 'desc', 'summary', 'resume', 'texte', 'text', 'contenu', 'content', 'details', 'body']);

/** What an event of the front matter says of itself beside its date: the line of its map, and each description's value. */
export interface EventDescription {
  /** The offset of the map's first line, where its session stands. */
  lineOffset: number;
  /** The description entries, their values and offsets in the document. */
  entries: MetadataEntry[];
}

/**
 * The descriptions of the front matter's events (`description: 'Lundi 9 septembre aura lieu
 * l'atelier…'` beside `date: '09/09/2025 06:30 pm'`): the words a page shows under each
 * event, which restate its day, so that a weekday written there is checked against it.
 */
export function eventDescriptions(tree: Root, source: SourceText): EventDescription[] {
  const found: EventDescription[] = [];
  for (const entry of pageMetadata(tree, source)) {
    if (!entry.items || !eventList(entry)) continue;
    for (const item of entry.items) {
      const entries = item.entries.filter((one) => DESCRIPTION_KEYS.has(one.key) && one.value !== '');
      if (entries.length > 0) found.push({ lineOffset: item.lineOffset, entries });
    }
  }
  return found;
}
