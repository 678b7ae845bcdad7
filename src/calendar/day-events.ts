import { addDays, compareDates, toDayNumber } from '../dates/plain-date.js';
import type { PlainDate, TimeOfDay, TimeSlot } from '../dates/types.js';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { timeSpan, type EventTiming, type PlannedEvent } from './event-plan.js';

/*
 * `--granularity day`: a subscriber who wants the day in their calendar, not each slot of
 * it. The sessions' events are planned as usual, then each day's become one event from
 * its first start to its last end, each slot listed in the description in the order of
 * the day. A day with no clock hours stays an all-day event.
 */

/** What merging needs: the words of the calendar, and the feed's name for a day of several sessions. */
export interface DayContext {
  language: Language;
  /** The feed's name (the programme's title): the summary of a day that holds more than one session. */
  name: string;
}

interface Entry {
  event: PlannedEvent;
  /** The part of the event on this day: all of it for a timed event. */
  timed: boolean;
}

/** One event per day holding the given events; the days in order. */
export function eventsPerDay(events: readonly PlannedEvent[], context: DayContext): PlannedEvent[] {
  const days = new Map<number, { day: PlainDate; entries: Entry[] }>();
  const add = (day: PlainDate, entry: Entry) => {
    const key = toDayNumber(day);
    const found = days.get(key);
    if (found) found.entries.push(entry);
    else days.set(key, { day, entries: [entry] });
  };
  for (const event of events) {
    const timing = event.timing;
    if (timing.kind === 'timed') add(timing.day, { event, timed: true });
    else for (let day = timing.start; compareDates(day, timing.endExclusive) < 0; day = addDays(day, 1)) add(day, { event, timed: false });
  }
  return [...days.keys()].sort((a, b) => a - b).map((key) => dayEvent(days.get(key)!.day, days.get(key)!.entries, context));
}

function dayEvent(day: PlainDate, entries: Entry[], context: DayContext): PlannedEvent {
  const ordered = [...entries].sort(byTimeOfDay);
  const timed = ordered.filter((entry) => entry.timed).map((entry) => entry.event.timing as Extract<EventTiming, { kind: 'timed' }>);
  const span = timeSpan(timed.map(asSlot));
  const timing: EventTiming = span
    ? { kind: 'timed', day, start: span.start, ...(span.end ? { end: span.end } : {}), ...(span.nextDay ? { endsNextDay: true } : {}) }
    : { kind: 'all-day', start: day, endExclusive: addDays(day, 1) };
  const summaries = new Set(ordered.map((entry) => entry.event.summary));
  // One session over the day keeps its own title; a day of several takes the programme's, with its date to tell days apart.
  const summary = summaries.size === 1 ? ordered[0]!.event.summary : say(context.language, 'calendar-day-summary', { title: context.name, date: say(context.language, 'date-long', day) });
  const locations = new Set(ordered.map((entry) => entry.event.location ?? ''));
  const urls = new Set(ordered.map((entry) => entry.event.url ?? ''));
  const location = locations.size === 1 ? ordered[0]!.event.location : undefined;
  const url = urls.size === 1 ? ordered[0]!.event.url : undefined;
  const description = ordered.map((entry) => line(entry, location === undefined, context.language)).join('\n');
  return {
    // Every day of the programme shares one identity, numbered as a session's days are (uid.ts): a day keeps its
    // UID when its first slot moves (same day) or when its date is corrected (matched in order).
    identity: { title: context.name, audience: '' },
    timing,
    status: dayStatus(ordered.map((entry) => entry.event.status)),
    summary,
    description,
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    rowIndex: Math.min(...ordered.map((entry) => entry.event.rowIndex)),
  };
}

// The day is cancelled when every slot is, tentative when none is settled; else it takes place.
function dayStatus(statuses: PlannedEvent['status'][]): PlannedEvent['status'] {
  if (statuses.every((status) => status === 'CANCELLED')) return 'CANCELLED';
  if (statuses.every((status) => status !== 'CONFIRMED')) return 'TENTATIVE';
  return 'CONFIRMED';
}

function line(entry: Entry, withPlace: boolean, language: Language): string {
  const { event } = entry;
  const place = withPlace && event.location ? ` (${event.location})` : '';
  if (!entry.timed || event.timing.kind !== 'timed') return say(language, 'calendar-day-entry', { when: say(language, 'all-day', {}), summary: `${event.summary}${place}` });
  const time = (t: TimeOfDay) => say(language, 'calendar-time', t);
  const { start, end } = event.timing;
  const when = say(language, 'calendar-slot', { start: time(start), ...(end ? { end: time(end) } : {}) });
  return say(language, 'calendar-day-entry', { when, summary: `${event.summary}${place}` });
}

function asSlot(timing: Extract<EventTiming, { kind: 'timed' }>): TimeSlot {
  return { start: timing.start, ...(timing.end ? { end: timing.end } : {}), ...(timing.endsNextDay ? { nextDay: true } : {}) };
}

// All-day entries first, then by start, then in the programme's order.
function byTimeOfDay(a: Entry, b: Entry): number {
  const minutes = (entry: Entry) => (entry.event.timing.kind === 'timed' && entry.timed ? entry.event.timing.start.hour * 60 + entry.event.timing.start.minute : -1);
  return minutes(a) - minutes(b) || a.event.rowIndex - b.event.rowIndex;
}
