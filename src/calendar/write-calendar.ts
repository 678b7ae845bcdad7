import { createEvents, type DateTime, type EventAttributes } from 'ics';
import type { EventTiming, PlannedEvent } from './event-plan.js';
import { foldCalendar, unfoldLines } from './fold-lines.js';
import { eventFingerprint, propertyName, type PreviousCalendar, type PreviousEvent } from './previous-calendar.js';
import { assignUids } from './uid.js';
import { wallClockToUtc } from './wall-clock.js';

/*
 * `ics` writes the calendar; what it cannot be told is done on its output: the refresh
 * interval, the time-zone name, each event's bookkeeping (UID, DTSTAMP, SEQUENCE,
 * LAST-MODIFIED) and folding by octets rather than characters. It is always given a UID
 * and a DTSTAMP, so it never invents one (it would use a random UID and the clock).
 */

/** Fixed, with no version number: a new release must not rewrite every calendar. */
export const productId = '-//programme-sync//programme-sync//EN';

/** How often subscribed clients should fetch the feed again. */
export const refreshInterval = 'PT12H';

/** What a calendar file is made of. */
export interface CalendarInput {
  /** X-WR-CALNAME, the name clients show. */
  name: string;
  /** IANA zone of the programme's wall-clock times (X-WR-TIMEZONE). */
  timezone: string;
  events: PlannedEvent[];
  /** The calendar written last time, to keep UIDs, DTSTAMPs and SEQUENCEs. */
  previous?: PreviousCalendar;
  /** DTSTAMP for new and changed events (see dtstamp.ts). */
  stamp: string;
}

// `ics` reads `timestamp` (DTSTAMP) but its type declarations forget it.
type IcsEvent = EventAttributes & { timestamp?: DateTime };

/** Writes a whole calendar: CRLF, folded at 75 octets, identical bytes for identical input. */
export function writeCalendar(input: CalendarInput): string {
  const order = input.events.map((_, index) => index).sort((a, b) => compareEvents(input.events, a, b));
  const events = order.map((index) => input.events[index]!);
  // One `ics` call with placeholder bookkeeping (its validation is the costly part); each
  // event's UID, DTSTAMP, SEQUENCE and LAST-MODIFIED are then set once it is matched with
  // the previous calendar, which needs what the event says first.
  const text = render(
    events.map((event) => ({ ...toIcsAttributes(event, input.timezone), uid: 'draft', timestamp: input.stamp, sequence: 0 })),
    { productId, method: 'PUBLISH', calName: escapeText(input.name) },
  );
  const { header, blocks, footer } = splitEvents(unfoldLines(text));
  const uids = assignUids(
    events.map((event, index) => ({ identity: event.identity, start: blocks[index]!.find((l) => propertyName(l) === 'DTSTART')! })),
    input.previous?.events ?? [],
  );
  const previousByUid = new Map((input.previous?.events ?? []).map((event) => [event.uid, event]));
  const finished = blocks.map((block, index) =>
    withBookkeeping(block, bookkeeping(uids[index]!, eventFingerprint(block), previousByUid.get(uids[index]!), input.stamp)),
  );
  const lines = [...header, ...finished.flatMap((block) => ['BEGIN:VEVENT', ...block, 'END:VEVENT']), ...footer];
  return foldCalendar(withFeedProperties(lines, input.timezone));
}

interface Bookkeeping {
  uid: string;
  dtstamp: string;
  sequence: number;
  lastModified?: string;
}

/** Unchanged events keep their stamp and sequence byte for byte; changed ones go up. */
function bookkeeping(uid: string, fingerprint: string, previous: PreviousEvent | undefined, stamp: string): Bookkeeping {
  if (!previous) return { uid, dtstamp: stamp, sequence: 0 };
  if (previous.fingerprint === fingerprint) {
    return {
      uid,
      dtstamp: previous.dtstamp ?? stamp,
      sequence: previous.sequence,
      ...(previous.lastModified ? { lastModified: previous.lastModified } : {}),
    };
  }
  // A stamp older than the event's last one (a build from an older commit) would look like going back in time.
  const changedAt = previous.dtstamp && previous.dtstamp > stamp ? previous.dtstamp : stamp;
  return { uid, dtstamp: changedAt, sequence: previous.sequence + 1, lastModified: changedAt };
}

// The lines of `ics`'s draft with the real bookkeeping; LAST-MODIFIED goes last, where `ics` puts it.
function withBookkeeping(block: string[], values: Bookkeeping): string[] {
  const lines = block.map((line) => {
    switch (propertyName(line)) {
      case 'UID':
        return `UID:${values.uid}`;
      case 'DTSTAMP':
        return `DTSTAMP:${values.dtstamp}`;
      case 'SEQUENCE':
        return `SEQUENCE:${values.sequence}`;
      default:
        return line;
    }
  });
  if (values.lastModified) lines.push(`LAST-MODIFIED:${values.lastModified}`);
  return lines;
}

function splitEvents(lines: string[]): { header: string[]; blocks: string[][]; footer: string[] } {
  const header: string[] = [];
  const blocks: string[][] = [];
  const footer: string[] = [];
  let block: string[] | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') block = [];
    else if (line === 'END:VEVENT' && block) {
      blocks.push(block);
      block = undefined;
    } else if (block) block.push(line);
    else (blocks.length === 0 ? header : footer).push(line);
  }
  return { header, blocks, footer };
}

function toIcsAttributes(event: PlannedEvent, zone: string): EventAttributes {
  const common = {
    title: event.summary,
    status: event.status,
    ...(event.description ? { description: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.url ? { url: event.url } : {}),
  };
  const timing: EventTiming = event.timing;
  if (timing.kind === 'all-day') {
    const { start, endExclusive: end } = timing;
    return { ...common, start: [start.year, start.month, start.day], end: [end.year, end.month, end.day] };
  }
  const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const;
  const start = wallClockToUtc(timing.day, timing.start, zone);
  if (!timing.end) {
    // Only a start was written: RFC 5545 reads a DTSTART without DTEND as an instant, which is what the programme says.
    return { ...common, ...utc, start } as EventAttributes;
  }
  return { ...common, ...utc, start, end: wallClockToUtc(timing.day, timing.end, zone) };
}

function render(events: IcsEvent[], header: { productId?: string; method?: string; calName?: string }): string {
  const { error, value } = createEvents(events as EventAttributes[], header);
  // Every value is built above from checked parts; an error here is a bug, not bad input.
  if (error || value === null) throw error ?? new Error('ics returned no calendar');
  return value;
}

// Chronological (a day's all-day events before its timed ones), then in table order.
function compareEvents(events: PlannedEvent[], a: number, b: number): number {
  const key = (index: number) => {
    const timing = events[index]!.timing;
    const day = timing.kind === 'all-day' ? timing.start : timing.day;
    const minutes = timing.kind === 'all-day' ? -1 : timing.start.hour * 60 + timing.start.minute;
    return [day.year, day.month, day.day, minutes, events[index]!.rowIndex, index];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

function withFeedProperties(lines: string[], timezone: string): string[] {
  const header = lines.filter((line) => propertyName(line) !== 'X-PUBLISHED-TTL');
  const at = header.findIndex((line) => line === 'BEGIN:VEVENT' || line === 'END:VCALENDAR');
  header.splice(
    at,
    0,
    `X-WR-TIMEZONE:${escapeText(timezone)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`,
    `X-PUBLISHED-TTL:${refreshInterval}`,
  );
  return header;
}

// `ics` escapes event text but writes the calendar name as given; TEXT values escape `\ ; ,` and newlines.
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
