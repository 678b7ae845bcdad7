/*
 * Events a page lists in the script of a calendar widget it embeds (FullCalendar's
 * `events: [ { "title": "Traitement d'image", "start": "2020-10-20T15:30:00", "end":
 * "2020-10-20T17:00:00" }, … ]`, in a `<script>` a Hugo or Jekyll page holds): the widget
 * shows them as the page's agenda, and the page's reader reads them so. Each object that
 * names its event (`title`) and its start is a session on the line of its title, read as a
 * front matter's map of an events list is (front-matter-events.ts). A day written alone is
 * an all-day event, whose `end` the widget keeps exclusive (`"end": "2021-03-06"` ends on
 * the 5th). Written by hand: the objects are JavaScript, not JSON (keys unquoted, quotes
 * single or double, comments), and no library reads a script's literals without running it.
 */
import type { Root } from 'mdast';
import { addDays, toIsoDate } from '../dates/plain-date.js';
import { itemDraft } from './front-matter-events.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { foldedKey, type MetadataEntry } from './metadata-values.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { SourceText } from './source-text.js';

// How long a script may be to be read: a page's widget, not a bundled library.
const SCRIPT_LENGTH = 200_000;
// How many objects an events array gives at most: a calendar of a page, not a data dump.
const MOST_EVENTS = 500;
// The array of events a widget's options give (`events: [`, `"events": [`).
const EVENTS_ARRAY = /["']?events["']?\s{0,4}:\s{0,4}\[/g;
// A key and its quoted value inside an event's object (`"title": "Introduction à R"`, `start: '2021-02-05T14:00'`).
// The value in either quote, the other allowed in it (`"Traitement d'image"`), and its own escaped (`'Traitement d\\'image'`).
const QUOTED_FIELD = /["']?([A-Za-z_][\w]{0,30})["']?[ \t]{0,4}:[ \t]{0,4}(?:"((?:[^"\\\n]|\\.){0,300})"|'((?:[^'\\\n]|\\.){0,300})')/g;
// A day and its time (`2020-10-20T15:30:00`, `2020-10-20 15:30`).
const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/;
// An event written all day: `allDay: true`, `"allDay": "true"`.
const ALL_DAY = /["']?allDay["']?[ \t]{0,4}:[ \t]{0,4}["']?true\b/;
// A day and time with its zone: `Z`, `+02:00`, `-0500`.
const ZONE_AT_END = /(?:Z|[+-]\d\d:?\d\d)$/;
// A day written alone, with no time (`2021-03-06`).
const DAY_ALONE = /^\d{4}-\d{2}-\d{2}$/;
// The keys an event's object is read by: its name, its start and its end.
const READ_KEYS = new Set(['title', 'start', 'end']);

/** The objects of the array that opens at `open` (its `[`), each as [start, end) offsets, and where the array ends. */
function objectsOf(text: string, open: number, limit: number): { objects: Array<[number, number]>; end: number } {
  const objects: Array<[number, number]> = [];
  let depth = 0;
  let quote: string | undefined;
  let start = -1;
  for (let at = open + 1; at < limit; at++) {
    const ch = text[at]!;
    if (quote !== undefined) {
      if (ch === '\\') at++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '/' && text[at + 1] === '/') {
      // A line comment (`//eventDidMount: …`) says nothing the widget reads.
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? limit : newline;
    } else if (ch === '/' && text[at + 1] === '*') {
      // A block comment (`/* l'atelier du 19 est reporté */`), whose quotes open no string.
      const shut = text.indexOf('*/', at + 2);
      at = shut < 0 ? limit : shut + 1;
    } else if (ch === '{' || ch === '[') {
      if (depth === 0 && ch === '{') start = at;
      depth++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) return { objects, end: at };
      depth--;
      if (depth === 0 && ch === '}' && start >= 0) {
        objects.push([start, at + 1]);
        if (objects.length >= MOST_EVENTS) return { objects, end: at };
        start = -1;
      }
    }
  }
  return { objects, end: limit };
}

/** The fields of one event's object that say what and when, as metadata entries at their offsets; an all-day end made inclusive. */
function eventEntries(text: string, from: number, to: number): MetadataEntry[] {
  const body = text.slice(from, to);
  const entries: MetadataEntry[] = [];
  // The keys written as a day alone: only such an end is exclusive, not a zoned time's day.
  const dayAlone = new Set<string>();
  // Only the object's own fields: a nested object's (`extendedProps: { title: 'Salle 3' }`) are blanked, offsets kept.
  for (const found of ownFields(body).matchAll(QUOTED_FIELD)) {
    const key = foldedKey(found[1]!);
    if (!READ_KEYS.has(key) || entries.some((entry) => entry.key === key)) continue;
    const at = from + found.index;
    const written = found[2] ?? found[3]!;
    // `\'` is the quote itself, `\u0026` a character by its code: the value as the widget shows it.
    const unescaped = written.trim().replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_, code: string | undefined, char: string | undefined) => (code ? String.fromCharCode(parseInt(code, 16)) : char!));
    // A time given in UTC or with its offset (`2020-10-20T13:30:00Z`) is shown in the widget's zone, which the page does not
    // settle: the day alone is kept (its first ten characters, so that its offsets still hold).
    const value = (key === 'start' || key === 'end') && DAY_AND_TIME.test(unescaped) && ZONE_AT_END.test(unescaped) ? unescaped.slice(0, 10) : unescaped;
    if (DAY_ALONE.test(unescaped)) dayAlone.add(key);
    const offset = at + found[0].length - 1 - written.length + (written.length - written.trimStart().length);
    entries.push({ key, value, offset, lineOffset: text.lastIndexOf('\n', at) + 1 });
  }
  const start = entries.find((entry) => entry.key === 'start');
  const end = entries.find((entry) => entry.key === 'end');
  // The widget ends an all-day event at the start of its end day: its last day is the one before.
  // An end written with its time (`'2023-10-29T19:30:00Z'`, its day kept above) ends on its own day.
  if (end && dayAlone.has('end') && (ALL_DAY.test(body) || dayAlone.has('start'))) {
    const [year, month, day] = end.value.split('-').map(Number) as [number, number, number];
    const last = toIsoDate(addDays({ year, month, day }, -1));
    if (start === undefined || last >= start.value) end.value = last;
    else entries.splice(entries.indexOf(end), 1);
  }
  return entries;
}

/** `body` with every nested object's text blanked (same length), so that only the outer object's fields are read. */
function ownFields(body: string): string {
  let depth = 0;
  let out = '';
  for (const ch of body) {
    if (ch === '{') depth++;
    out += depth > 1 ? ' '.repeat(ch.length) : ch;
    if (ch === '}') depth--;
  }
  return out;
}

/** The hours from an event's start to its end on the same day (`15:30` to `17:00`), when both write their time. */
function sameDayHours(entries: MetadataEntry[], source: SourceText): DraftHours | undefined {
  const start = entries.find((entry) => entry.key === 'start');
  const startTime = start ? DAY_AND_TIME.exec(start.value) : null;
  const endTime = DAY_AND_TIME.exec(entries.find((entry) => entry.key === 'end')?.value ?? '');
  if (!start || !startTime || !endTime || startTime[1] !== endTime[1]) return undefined;
  const text = `${startTime[2]}:${startTime[3]} - ${endTime[2]}:${endTime[3]}`;
  const parsed = parseFrenchHours(text);
  if (!parsed.ok || parsed.slots.length !== 1) return undefined;
  const at = start.offset + startTime[1]!.length + 1;
  return { text, position: source.span(at, at + 5), slots: parsed.slots };
}

/** The sessions the events arrays of a page's scripts give (see above), in the order written; none in a part folded away. */
export function readScriptEvents(tree: Root, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const text = source.text;
  const drafts: SessionDraft[] = [];
  // A script shown as code (a tutorial's ```html block) is an example, not the page's widget.
  const shown = tree.children.filter((node) => node.type === 'code').map((node) => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const);
  // The next `</script>`, looked for again only once passed: many openings cost one scan.
  let close = -1;
  for (let at = text.indexOf('<script'); at >= 0; at = text.indexOf('<script', at + 7)) {
    if (close !== Infinity && close < at) {
      const found = text.indexOf('</script>', at);
      close = found < 0 ? Infinity : found;
    }
    const limit = close === Infinity ? text.length : close;
    if (limit - at > SCRIPT_LENGTH || isHidden(hidden, at) || shown.some(([from, to]) => from <= at && at < to)) continue;
    // The script alone is searched (at most SCRIPT_LENGTH), and the next one after it: each part of the text once.
    const script = text.slice(at, limit);
    EVENTS_ARRAY.lastIndex = 0;
    for (let found = EVENTS_ARRAY.exec(script); found !== null; found = EVENTS_ARRAY.exec(script)) {
      const { objects, end } = objectsOf(text, at + found.index + found[0].length - 1, limit);
      for (const [from, to] of objects) {
        const entries = eventEntries(text, from, to);
        const title = entries.find((entry) => entry.key === 'title');
        if (!title || !entries.some((entry) => entry.key === 'start')) continue;
        const draft = itemDraft({ entries, lineOffset: title.lineOffset }, source, 'events');
        if (!draft) continue;
        const hours = sameDayHours(entries, source);
        if (hours) draft.hours = hours;
        drafts.push(draft);
      }
      EVENTS_ARRAY.lastIndex = Math.max(end - at, found.index + 1);
    }
    at = limit;
  }
  return drafts;
}
