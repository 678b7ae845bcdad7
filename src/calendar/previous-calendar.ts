import { contentKeyProperty } from './content-key.js';
import { unfoldLines } from './fold-lines.js';

/*
 * A reader for the calendars programme-sync itself writes, to carry UIDs, DTSTAMPs and
 * SEQUENCEs forward. ical.js would parse them too, but it is a large runtime dependency
 * for reading back our own plain output; this reader only unfolds lines and groups the
 * properties of each VEVENT.
 */

/** One event of a calendar written earlier. */
export interface PreviousEvent {
  uid: string;
  /** The whole unfolded DTSTART line (`DTSTART;VALUE=DATE:20190211`), to find the same day again. */
  start: string;
  /** The DTSTAMP value exactly as written (`20190124T101500Z`). */
  dtstamp?: string;
  sequence: number;
  /** The LAST-MODIFIED value as written, when there was one. */
  lastModified?: string;
  /** What the event says, minus the bookkeeping lines: equal fingerprints mean an unchanged event. */
  fingerprint: string;
  /** Its content key (see content-key.ts), when it was written with one. */
  key?: string;
  /** Its unfolded lines between BEGIN:VEVENT and END:VEVENT, as written: what is carried over. */
  lines: string[];
}

/** A calendar written earlier, as far as keeping events stable needs it. */
export interface PreviousCalendar {
  events: PreviousEvent[];
}

// Lines that record when and how often an event changed, not what it says. The content
// key is derived from what it says, so a calendar written before keys existed does not
// count as changed for lacking one.
const bookkeeping = new Set(['UID', 'DTSTAMP', 'SEQUENCE', 'LAST-MODIFIED', contentKeyProperty]);

/** The property name of a content line (`DTSTART;VALUE=DATE:2019...` -> `DTSTART`). */
export function propertyName(line: string): string {
  const end = line.search(/[;:]/);
  return (end < 0 ? line : line.slice(0, end)).toUpperCase();
}

function propertyValue(line: string): string {
  const colon = line.indexOf(':');
  return colon < 0 ? '' : line.slice(colon + 1);
}

/** The fingerprint of an event's unfolded lines (without BEGIN/END): its content lines, bookkeeping left out, in a fixed order. */
export function eventFingerprint(lines: readonly string[]): string {
  return lines
    .filter((line) => !bookkeeping.has(propertyName(line)))
    .sort()
    .join('\n');
}

/** Reads the events of a calendar text; lines it does not understand are kept in the fingerprint only. */
export function readPreviousCalendar(text: string): PreviousCalendar {
  const events: PreviousEvent[] = [];
  let body: string[] | undefined;
  for (const line of unfoldLines(text)) {
    if (line === 'BEGIN:VEVENT') {
      body = [];
    } else if (line === 'END:VEVENT' && body) {
      const event = toPreviousEvent(body);
      if (event) events.push(event);
      body = undefined;
    } else if (body) {
      body.push(line);
    }
  }
  return { events };
}

function toPreviousEvent(lines: string[]): PreviousEvent | undefined {
  // One pass over the event's lines, the first of each property kept (a calendar of
  // 10,000 events is read on every build).
  let uid: string | undefined;
  let start: string | undefined;
  let dtstamp: string | undefined;
  let lastModified: string | undefined;
  let key: string | undefined;
  let sequenceLine: string | undefined;
  for (const line of lines) {
    switch (propertyName(line)) {
      case 'UID':
        uid ??= line;
        break;
      case 'DTSTART':
        start ??= line;
        break;
      case 'DTSTAMP':
        dtstamp ??= line;
        break;
      case 'LAST-MODIFIED':
        lastModified ??= line;
        break;
      case contentKeyProperty:
        key ??= line;
        break;
      case 'SEQUENCE':
        sequenceLine ??= line;
        break;
    }
  }
  if (!uid || !start) return undefined;
  const sequence = Number(propertyValue(sequenceLine ?? 'SEQUENCE:0'));
  // Worked out on first use: only an event formatted again is compared with its old self,
  // and most events of a rebuild are carried over by key.
  let fingerprint: string | undefined;
  return {
    uid: propertyValue(uid),
    start,
    ...(dtstamp ? { dtstamp: propertyValue(dtstamp) } : {}),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    ...(lastModified ? { lastModified: propertyValue(lastModified) } : {}),
    get fingerprint() {
      return (fingerprint ??= eventFingerprint(lines));
    },
    ...(key ? { key: propertyValue(key) } : {}),
    lines,
  };
}
