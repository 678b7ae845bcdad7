import type { PlainDate } from '../dates/types.js';
import type { PreviousEvent } from './previous-calendar.js';
import { identityHash } from './uid.js';

/*
 * Last known good, event by event. A row that had events in the calendar and can no
 * longer be read (its date or hours unreadable, impossible or gone) keeps them as they
 * were, line for line, until it is corrected: a typo must not take a session away from
 * subscribers. A row is matched to its previous events the way UIDs are (uid.ts): by the
 * identity hash of its title and audience, among the previous events no readable row
 * claims (by content key or by the same start). Written by hand: it is this project's own
 * bookkeeping over its own calendars.
 */

/** A session whose events cannot be planned (or lost what made them timed), asking to keep its previous ones. */
export interface HeldSession {
  identity: { title: string; audience: string };
  /** The session's order in the document, to place its events among the others of a day. */
  rowIndex: number;
  /**
   * When the row still reads its days (its hours are what broke): only previous events on
   * these days are its own. Absent when the date itself cannot be read.
   */
  days?: readonly PlainDate[];
  /** Only previous events with clock hours are its own (the hours cell was emptied). */
  timedOnly?: boolean;
  /**
   * The last day of the nearest dated session before it and the first of the nearest after
   * it, in document order: where its previous events lie when other rows of the same name
   * compete for them.
   */
  after?: PlainDate;
  before?: PlainDate;
}

/** What a planned event says about itself for matching: its identity and its DTSTART line. */
export interface PlannedStart {
  identity: { title: string; audience: string };
  start: string;
}

/** A previous event's day and minute in the calendar's zone (minute -1: all day). */
export interface LocalStart {
  day: PlainDate;
  minute: number;
}

/**
 * For each held session, the previous events it keeps (possibly none), in calendar order.
 * `claimed` are the UIDs already carried over by content key; planned events then claim the
 * previous event of the same identity on the same start, as UID assignment does, before any
 * held session is served.
 */
export function holdPreviousEvents(
  held: readonly HeldSession[],
  planned: readonly PlannedStart[],
  claimed: ReadonlySet<string>,
  previous: readonly PreviousEvent[],
  timezone: string,
): PreviousEvent[][] {
  const taken = new Set(claimed);
  const hashOf = new Map<string, string>();
  const hash = (identity: { title: string; audience: string }): string => {
    const key = `${identity.title}\u0000${identity.audience}`;
    let value = hashOf.get(key);
    if (value === undefined) hashOf.set(key, (value = identityHash(identity)));
    return value;
  };
  const heldHashes = new Set(held.map((session) => hash(session.identity)));
  const previousByHash = new Map<string, PreviousEvent[]>();
  for (const event of previous) {
    const eventHash = /^([0-9a-f]{16})-\d+@programme-sync$/.exec(event.uid)?.[1];
    if (eventHash === undefined || !heldHashes.has(eventHash)) continue;
    const list = previousByHash.get(eventHash);
    if (list) list.push(event);
    else previousByHash.set(eventHash, [event]);
  }
  // Planned events of the held names claim their exact previous event first; those left
  // unclaimed compete with the held sessions (a readable row whose date moved).
  const competitors = new Map<string, number>();
  for (const event of planned) {
    const eventHash = hash(event.identity);
    const earlier = previousByHash.get(eventHash);
    if (!earlier) continue;
    const same = earlier.find((candidate) => !taken.has(candidate.uid) && candidate.start === event.start);
    if (same) taken.add(same.uid);
    else competitors.set(eventHash, (competitors.get(eventHash) ?? 0) + 1);
  }
  const heldCount = new Map<string, number>();
  for (const session of held) heldCount.set(hash(session.identity), (heldCount.get(hash(session.identity)) ?? 0) + 1);

  const local = new Map<string, LocalStart>();
  const startOf = (event: PreviousEvent): LocalStart => {
    let value = local.get(event.uid);
    if (!value) local.set(event.uid, (value = localStart(event.start, timezone)));
    return value;
  };
  const kept: PreviousEvent[][] = held.map(() => []);
  // Sessions that still read their days first: they name their events exactly.
  const order = held.map((_, index) => index).sort((a, b) => Number(held[a]!.days === undefined) - Number(held[b]!.days === undefined) || a - b);
  for (const index of order) {
    const session = held[index]!;
    const sessionHash = hash(session.identity);
    const pool = (previousByHash.get(sessionHash) ?? [])
      .filter((event) => !taken.has(event.uid))
      .filter((event) => !session.timedOnly || startOf(event).minute >= 0)
      .filter((event) => !session.days || session.days.some((day) => sameDay(day, startOf(event).day)))
      .sort((a, b) => compareStarts(startOf(a), startOf(b)));
    const alone = (heldCount.get(sessionHash) ?? 0) === 1 && (competitors.get(sessionHash) ?? 0) === 0;
    let mine: PreviousEvent[];
    if (session.days || alone) mine = pool;
    else if (session.after || session.before) mine = pool.filter((event) => within(startOf(event).day, session.after, session.before));
    // Several rows of one name, nothing to tell them apart: one event each, in order.
    else mine = pool.slice(0, 1);
    for (const event of mine) taken.add(event.uid);
    kept[index] = mine;
  }
  return kept;
}

/** Where an event starts, in the calendar's zone, from its DTSTART line as this project writes it. */
export function localStart(line: string, timezone: string): LocalStart {
  const value = line.slice(line.indexOf(':') + 1);
  const timed = /^\d{8}T\d{6}Z?$/.test(value);
  if (!timed && !/^\d{8}$/.test(value)) return { day: { year: 0, month: 1, day: 1 }, minute: -1 };
  const [y, mo, d, h, mi] = [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8), value.slice(9, 11), value.slice(11, 13)];
  if (!timed) return { day: { year: Number(y), month: Number(mo), day: Number(d) }, minute: -1 };
  if (!value.endsWith('Z')) return { day: { year: Number(y), month: Number(mo), day: Number(d) }, minute: Number(h) * 60 + Number(mi) };
  // A UTC start is shown on the wall clock of the programme's zone (Intl, built in: no library needed).
  const instant = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { day: { year: part('year'), month: part('month'), day: part('day') }, minute: part('hour') * 60 + part('minute') };
}

function sameDay(a: PlainDate, b: PlainDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayNumber(day: PlainDate): number {
  return day.year * 10000 + day.month * 100 + day.day;
}

function within(day: PlainDate, after: PlainDate | undefined, before: PlainDate | undefined): boolean {
  return (after === undefined || dayNumber(day) >= dayNumber(after)) && (before === undefined || dayNumber(day) <= dayNumber(before));
}

/** Chronological order of two local starts (a day's all-day events first). */
export function compareStarts(a: LocalStart, b: LocalStart): number {
  return dayNumber(a.day) - dayNumber(b.day) || a.minute - b.minute;
}
