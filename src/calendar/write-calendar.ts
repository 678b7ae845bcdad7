import type { DateTime, EventAttributes } from 'ics';
import type { Organizer } from '../config/organizer.js';
import { contentKey, contentKeyProperty } from './content-key.js';
import type { EventTiming, PlannedEvent } from './event-plan.js';
import { foldCalendar, unfoldLines } from './fold-lines.js';
import { eventFingerprint, propertyName, type PreviousCalendar, type PreviousEvent } from './previous-calendar.js';
import { assignUids } from './uid.js';
import { addDays } from '../dates/plain-date.js';
import { compareStarts, holdPreviousEvents, localStart, type HeldSession, type LocalStart } from './held-events.js';
import type { wallClockToUtc } from './wall-clock.js';

/*
 * `ics` writes the events; what it cannot be told is done on its output: the refresh
 * interval, the time-zone name, each event's bookkeeping (UID, DTSTAMP, SEQUENCE,
 * LAST-MODIFIED), its content key, the organizer (see organizerLine) and folding by
 * octets rather than characters. It is
 * always given a UID and a DTSTAMP, so it never invents one (it would use a random UID
 * and the clock).
 *
 * An event whose content key is in the previous calendar is carried over from it line
 * for line (bookkeeping included): those lines are what `ics` would write again, and its
 * validation is most of a build's cost. `ics`, and the time-zone conversion (luxon and
 * the runtime's zone database), are loaded only when some event is new or changed, which
 * keeps them out of the start-up of a build that changes nothing.
 */

/** Fixed, with no version number: a new release must not rewrite every calendar. */
const productId = '-//programme-sync//programme-sync//EN';

/** How often subscribed clients should fetch the feed again. */
const refreshInterval = 'PT12H';

/** What a calendar file is made of. */
export interface CalendarInput {
  /** X-WR-CALNAME, the name clients show. */
  name: string;
  /** IANA zone of the programme's wall-clock times (X-WR-TIMEZONE). */
  timezone: string;
  events: PlannedEvent[];
  /**
   * Written as every event's ORGANIZER, and then the calendar says METHOD:PUBLISH: RFC 5546
   * requires an organizer of each event of a PUBLISH calendar. Without it the calendar has
   * no METHOD at all, a plain RFC 5545 calendar, which is what subscribing clients expect.
   */
  organizer?: Organizer;
  /** The calendar written last time, to keep UIDs, DTSTAMPs and SEQUENCEs. */
  previous?: PreviousCalendar;
  /**
   * DTSTAMP for new and changed events (see dtstamp.ts), or how to find it: asked only when
   * an event is new or changed, since finding it may start a git process.
   */
  stamp: string | (() => Promise<string>);
  /**
   * `false` formats every event and the header with `ics`, carrying nothing over: the
   * reference the carried-over output must equal byte for byte. Default `true`.
   */
  carryOver?: boolean;
}

// `ics` reads `timestamp` (DTSTAMP) but its type declarations forget it.
type IcsEvent = EventAttributes & { timestamp?: DateTime };

/** A session asking to keep its previous events (see held-events.ts), with what to write when it has none. */
export interface HeldRequest extends HeldSession {
  /** The events to write when no previous event is its own (a row that lost its hours is then all day). */
  fallback: PlannedEvent[];
}

/** A calendar's text, and what it kept and dropped of the previous one. */
export interface CalendarComposition {
  content: string;
  /** For each held request, in order: the previous events carried over for it, line for line. */
  kept: PreviousEvent[][];
  /** The previous events that are not in the new calendar. */
  removed: PreviousEvent[];
}

/** Writes a whole calendar: CRLF, folded at 75 octets, identical bytes for identical input. */
export async function writeCalendar(input: CalendarInput): Promise<string> {
  return (await composeCalendar(input)).content;
}

/**
 * Writes a whole calendar as writeCalendar does, keeping for each held request the previous
 * events no readable row claims, and says what was kept and what went.
 */
export async function composeCalendar(input: CalendarInput & { held?: readonly HeldRequest[] }): Promise<CalendarComposition> {
  const carryOver = input.carryOver ?? true;
  const held = input.held ?? [];
  const planned = [...input.events, ...held.flatMap((request) => request.fallback)];
  // For each planned event, the held request whose fallback it is (-1: an event of its own).
  const ownerOf = [...input.events.map(() => -1), ...held.flatMap((request, index) => request.fallback.map(() => index))];
  const order = planned.map((_, index) => index).sort((a, b) => compareEvents(planned, a, b));
  let events = order.map((index) => planned[index]!);
  let owners = order.map((index) => ownerOf[index]!);
  let keys = events.map((event) => contentKey(keyedContent(event, input.timezone, input.organizer)));
  const previousEvents = input.previous?.events ?? [];
  let carried = matchByKey(keys, previousEvents);

  // One `ics` call for every event to format, with placeholder bookkeeping (its validation
  // is the costly part); each event's UID, DTSTAMP, SEQUENCE and LAST-MODIFIED are then
  // set once it is matched with the previous calendar, which needs what the event says first.
  const toRender = events.map((_, index) => index).filter((index) => !carryOver || !carried[index]);
  const needsRender = toRender.length > 0 || !carryOver;
  const stamp = !needsRender ? '' : typeof input.stamp === 'string' ? input.stamp : await input.stamp();
  let rendered: Awaited<ReturnType<typeof render>> | undefined;
  if (needsRender) {
    const toUtc = toRender.some((index) => events[index]!.timing.kind === 'timed') ? (await import('./wall-clock.js')).wallClockToUtc : undefined;
    rendered = await render(
      toRender.map((index) => ({ ...toIcsAttributes(events[index]!, input.timezone, toUtc), uid: 'draft', timestamp: stamp, sequence: 0 })),
      // `method: undefined` drops ics's default METHOD:PUBLISH.
      { productId, method: input.organizer ? 'PUBLISH' : undefined, calName: escapeText(input.name) },
    );
  }
  let blocks: Array<string[] | undefined> = events.map(() => undefined);
  const organizer = input.organizer ? organizerLine(input.organizer) : undefined;
  toRender.forEach((index, position) => (blocks[index] = withOrganizer(rendered!.blocks[position]!, organizer)));
  let starts = events.map((_, index) => carried[index]?.start ?? blocks[index]!.find((l) => propertyName(l) === 'DTSTART')!);

  let kept: PreviousEvent[][] = held.map(() => []);
  // A request whose fallback is already in the calendar as it is (a whole-day session with an
  // empty hours cell, rebuilt unchanged) has nothing to keep: no identity to hash for it.
  const settled = held.map(() => true);
  events.forEach((_, index) => {
    if (owners[index]! >= 0 && !carried[index]) settled[owners[index]!] = false;
  });
  held.forEach((request, index) => {
    if (request.fallback.length === 0) settled[index] = false;
  });
  const asking = held.map((_, index) => index).filter((index) => !settled[index]);
  if (asking.length > 0) {
    const own = events.map((_, index) => index).filter((index) => owners[index]! < 0);
    const claimed = new Set(carried.flatMap((event) => (event ? [event.uid] : [])));
    const found = holdPreviousEvents(
      asking.map((index) => held[index]!),
      own.map((index) => ({ identity: events[index]!.identity, start: starts[index]! })),
      claimed,
      previousEvents,
      input.timezone,
    );
    asking.forEach((index, position) => (kept[index] = found[position]!));
    // A request that keeps its previous events does not write its fallback too.
    const stays = events.map((_, index) => owners[index]! < 0 || kept[owners[index]!]!.length === 0);
    const pick = <T>(list: T[]): T[] => list.filter((_, index) => stays[index]);
    [events, owners, keys, carried, blocks, starts] = [pick(events), pick(owners), pick(keys), pick(carried), pick(blocks), pick(starts)];
  }
  const heldUids = new Set(kept.flat().map((event) => event.uid));

  const uids = assignUids(
    events.map((event, index) => ({ identity: event.identity, start: starts[index]! })),
    heldUids.size === 0 ? previousEvents : previousEvents.filter((event) => !heldUids.has(event.uid)),
    carried.map((event) => event?.uid),
  );
  const previousByUid = new Map(previousEvents.map((event) => [event.uid, event]));
  let finished = events.map((_, index) => {
    const block = blocks[index];
    if (!block) return carried[index]!.lines;
    const values = bookkeeping(uids[index]!, eventFingerprint(block), previousByUid.get(uids[index]!), stamp);
    return withBookkeeping(block, values, keys[index]!);
  });
  if (heldUids.size > 0) finished = withKeptEvents(events, finished, held, kept, input.timezone);
  const header =
    rendered && !carryOver ? withFeedProperties(rendered.header, input.timezone) : feedHeader(input.name, input.timezone, input.organizer !== undefined);
  const footer = rendered && !carryOver ? rendered.footer : ['END:VCALENDAR'];
  const lines = [...header, ...finished.flatMap((block) => ['BEGIN:VEVENT', ...block, 'END:VEVENT']), ...footer];
  const written = new Set([...uids, ...heldUids]);
  return { content: foldCalendar(lines), kept, removed: previousEvents.filter((event) => !written.has(event.uid)) };
}

// The kept events among the others, each at its day and hour in the calendar's zone, after
// the planned events of the same start (their order is the table's).
function withKeptEvents(
  events: readonly PlannedEvent[],
  finished: string[][],
  held: readonly HeldRequest[],
  kept: readonly PreviousEvent[][],
  timezone: string,
): string[][] {
  const entries = events.map((event, index) => {
    const timing = event.timing;
    const start: LocalStart = timing.kind === 'all-day' ? { day: timing.start, minute: -1 } : { day: timing.day, minute: timing.start.hour * 60 + timing.start.minute };
    return { start, row: event.rowIndex, lines: finished[index]! };
  });
  held.forEach((request, index) => {
    for (const event of kept[index]!) entries.push({ start: localStart(event.start, timezone), row: request.rowIndex, lines: event.lines });
  });
  // Array.prototype.sort is stable: equal entries keep the order above.
  return entries.sort((a, b) => compareStarts(a.start, b.start) || a.row - b.row).map((entry) => entry.lines);
}

/** For each event, the previous event with the same content key, each previous event used once, in order. */
function matchByKey(keys: readonly string[], previous: readonly PreviousEvent[]): Array<PreviousEvent | undefined> {
  const byKey = new Map<string, PreviousEvent[]>();
  for (const event of previous) {
    if (event.key === undefined) continue;
    const list = byKey.get(event.key);
    if (list) list.push(event);
    else byKey.set(event.key, [event]);
  }
  return keys.map((key) => byKey.get(key)?.shift());
}

/**
 * The calendar's properties, as `ics` writes them followed by those added to its output
 * (the byte-identity test holds the two together). Written by hand so that a build with
 * nothing to format never loads `ics`.
 */
function feedHeader(name: string, timezone: string, publish: boolean): string[] {
  const calName = escapeText(name);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${productId}`,
    ...(publish ? ['METHOD:PUBLISH'] : []),
    ...(calName ? [`X-WR-CALNAME:${calName}`] : []),
    ...feedProperties(timezone),
  ];
}

function feedProperties(timezone: string): string[] {
  return [`X-WR-TIMEZONE:${escapeText(timezone)}`, `REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`, `X-PUBLISHED-TTL:${refreshInterval}`];
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

// The lines of `ics`'s draft with the real bookkeeping and the content key (an X- property,
// which calendar clients ignore); LAST-MODIFIED goes last, where `ics` puts it.
function withBookkeeping(block: string[], values: Bookkeeping, key: string): string[] {
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
  lines.push(`${contentKeyProperty}:${key}`);
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
    else (blocks.length === 0 && line !== 'END:VCALENDAR' ? header : footer).push(line);
  }
  return { header, blocks, footer };
}

// What an event's key is taken from: the planned event without its table position (which
// orders events but is not written), the zone for wall-clock hours (see content-key.ts) and
// the organizer when there is one (a calendar without one keeps the keys it had).
function keyedContent(event: PlannedEvent, zone: string, organizer: Organizer | undefined): object {
  const { rowIndex: _order, ...content } = event;
  const zoned = event.timing.kind === 'timed' ? { ...content, zone } : content;
  return organizer ? { ...zoned, organizer } : zoned;
}

/**
 * `ORGANIZER;CN=Name:mailto:email`. Written here rather than by `ics`: `ics` quotes every
 * name and escapes a double quote in it with a backslash, which RFC 5545 parameter values
 * do not allow, and writes the scheme as `MAILTO:`. A name is quoted only when it holds
 * `:`, `;` or `,`; the settings refuse a name with a double quote or a control character.
 */
export function organizerLine(organizer: Organizer): string {
  const address = `mailto:${organizer.email}`;
  if (organizer.name === undefined) return `ORGANIZER:${address}`;
  const name = /[:;,]/.test(organizer.name) ? `"${organizer.name}"` : organizer.name;
  return `ORGANIZER;CN=${name}:${address}`;
}

// The organizer goes after STATUS, where `ics` itself writes an ORGANIZER.
function withOrganizer(block: string[], organizer: string | undefined): string[] {
  if (organizer === undefined) return block;
  const status = block.findIndex((line) => propertyName(line) === 'STATUS');
  const at = status < 0 ? block.length : status + 1;
  return [...block.slice(0, at), organizer, ...block.slice(at)];
}

// `toUtc` is given whenever a timed event is among those to format (loaded lazily above).
function toIcsAttributes(event: PlannedEvent, zone: string, toUtc: typeof wallClockToUtc | undefined): EventAttributes {
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
  if (!toUtc) throw new Error('a timed event was formatted without the time-zone conversion');
  const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const;
  const start = icsMoment(toUtc(timing.day, timing.start, zone));
  if (!timing.end) {
    // Only a start was written: RFC 5545 reads a DTSTART without DTEND as an instant, which is what the programme says.
    return { ...common, ...utc, start } as EventAttributes;
  }
  const endDay = timing.endsNextDay ? addDays(timing.day, 1) : timing.day;
  return { ...common, ...utc, start, end: icsMoment(toUtc(endDay, timing.end, zone)) };
}

/*
 * A moment as `ics` is given it: milliseconds since 1970, which it validates with one number
 * check and writes as `YYYYMMDDTHHMMSSZ`. A date array (`[y, m, d, h, min]`) writes the
 * same bytes, but `ics` validates it with a schema built afresh for each of its parts: that
 * was half the time of a first build of a large programme. `ics` accepts no negative
 * number, so a moment before 1970 goes as an array.
 */
function icsMoment(ms: number): DateTime {
  if (ms >= 0) return ms;
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** Formats events with `ics`, loaded on first use; its calendar's lines around and between the events. */
async function render(
  events: IcsEvent[],
  header: { productId?: string; method?: string; calName?: string },
): Promise<{ header: string[]; blocks: string[][]; footer: string[] }> {
  const { createEvents } = await loadIcs();
  const { error, value } = createEvents(events as EventAttributes[], header);
  // Every value is built above from checked parts; an error here is a bug, not bad input.
  if (error || value === null) throw error ?? new Error('ics returned no calendar');
  return splitEvents(unfoldLines(value));
}

type Ics = typeof import('ics');

// `ics` is CommonJS: Node gives its exports by name, a bundle's split chunk only as `default`.
async function loadIcs(): Promise<Ics> {
  const loaded = (await import('ics')) as Ics & { default?: Ics };
  return typeof loaded.createEvents === 'function' ? loaded : loaded.default!;
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

// `ics`'s header, its own refresh line replaced by the feed's properties.
function withFeedProperties(header: string[], timezone: string): string[] {
  return [...header.filter((line) => propertyName(line) !== 'X-PUBLISHED-TTL'), ...feedProperties(timezone)];
}

// `ics` escapes event text but writes the calendar name as given; TEXT values escape `\ ; ,` and newlines.
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
