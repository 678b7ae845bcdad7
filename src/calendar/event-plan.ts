import type { PlainDate, TimeOfDay, TimeSlot } from '../dates/types.js';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import type { Session } from '../programme/model.js';
import { addDays, compareDates, isRealDate } from '../dates/plain-date.js';
import { slotsOnDay } from '../dates/day-selector.js';

/** When an event happens: whole days, or a span of wall-clock time on one day. */
export type EventTiming =
  | { kind: 'all-day'; start: PlainDate; /** The day after the last day (DTEND is exclusive). */ endExclusive: PlainDate }
  | {
      kind: 'timed';
      day: PlainDate;
      start: TimeOfDay;
      /** Absent when the programme gives only a start. */
      end?: TimeOfDay;
      /** The end is on the day after `day` (`22h - 2h`). */
      endsNextDay?: true;
    };

/** An event as the programme means it, before UIDs, stamps and zones. */
export interface PlannedEvent {
  /** Who the event is for and what it is called: what keeps its UID (see uid.ts). */
  identity: { title: string; audience: string };
  timing: EventTiming;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  summary: string;
  description: string;
  location?: string;
  url?: string;
  /** The session's row, for ordering events of the same day as the table does. */
  rowIndex: number;
}

/** What planning needs besides the session. */
export interface PlanContext {
  language: Language;
  /** The link to the session's detail section, when the repository is known and a section matches. */
  detailUrl?: string;
  /** In a feed for one audience: keep only the hours labelled for it, when some are. */
  hoursFor?: (label: string) => boolean;
  /**
   * The name of an event whose session has no title of its own (`- Jeudi 27 novembre - 12 h
   * 30` under `**DATES** :` on a show's page): the programme's title, which is what the
   * page's dates are of; `Session` when it has none.
   */
  untitled?: string;
}

/**
 * The events a session becomes: one per day when it has clock hours, else one all-day
 * event per run of consecutive days; for an undecided date, the same for each option,
 * marked tentative. A session whose dates could not be read gives none (the engine has
 * reported it).
 */
export function planSessionEvents(session: Session, context: PlanContext): PlannedEvent[] {
  const dates = session.dates.value;
  if (!dates) return [];
  const options = dates.alternatives ?? [dates.days];
  const allSlots = session.hours?.value ?? [];
  // Hours given per day of the row (`9h30 - 17h le jeudi, 9h - 12h30 le vendredi`) hold on their day only.
  const spanOn = (day: PlainDate) => {
    const slots = slotsOnDay(allSlots, day);
    const ownSlots = context.hoursFor ? slots.filter((slot) => slot.label !== undefined && context.hoursFor!(slot.label)) : [];
    return timeSpan(ownSlots.length > 0 ? ownSlots : slots);
  };
  const status = session.status === 'cancelled' ? 'CANCELLED' : session.status === 'tentative' || dates.alternatives ? 'TENTATIVE' : 'CONFIRMED';
  const text = describe(session, allSlots, dates.alternatives, context);
  const identity = { title: session.title.text, audience: session.audience?.text ?? '' };

  const events: PlannedEvent[] = [];
  for (const days of options) {
    // A day that cannot exist never reaches the file; the engine reports it.
    const real = days.filter((day) => isRealDate(day.year, day.month, day.day));
    for (const timing of timingsOf(real, spanOn)) {
      events.push({
        identity,
        timing,
        status,
        ...text,
        ...(context.detailUrl ? { url: context.detailUrl } : {}),
        rowIndex: session.rowIndex,
      });
    }
  }
  return events;
}

/**
 * A day with hours is an event of its own with them; following days without hours make
 * one all-day event. In day order, so a row whose hours are given for some of its days
 * only (`9h - 12h le vendredi` on a Thursday-Friday row) keeps both kinds.
 */
function timingsOf(days: PlainDate[], spanOn: (day: PlainDate) => DaySpan | undefined): EventTiming[] {
  const timings: EventTiming[] = [];
  let untimed: PlainDate[] = [];
  const flush = () => {
    for (const run of consecutiveRuns(untimed)) timings.push({ kind: 'all-day', start: run[0]!, endExclusive: addDays(run.at(-1)!, 1) });
    untimed = [];
  };
  for (const day of days) {
    const span = spanOn(day);
    if (!span) {
      untimed.push(day);
      continue;
    }
    flush();
    timings.push({ kind: 'timed', day, start: span.start, ...(span.end ? { end: span.end } : {}), ...(span.nextDay ? { endsNextDay: true } : {}) });
  }
  flush();
  return timings;
}

/** A span of one day's wall-clock time; `nextDay` when its end is past midnight. */
export interface DaySpan {
  start: TimeOfDay;
  end?: TimeOfDay;
  nextDay?: true;
}

/** From the earliest start to the latest end (an end past midnight counts after the day's); no end when no slot gives one. */
export function timeSpan(slots: readonly TimeSlot[]): DaySpan | undefined {
  if (slots.length === 0) return undefined;
  const minutes = (t: TimeOfDay) => t.hour * 60 + t.minute;
  const start = slots.map((s) => s.start).reduce((a, b) => (minutes(b) < minutes(a) ? b : a));
  const ends = slots.flatMap((s) => (s.end ? [{ time: s.end, at: minutes(s.end) + (s.nextDay ? 24 * 60 : 0) }] : []));
  const end = ends.length > 0 ? ends.reduce((a, b) => (b.at > a.at ? b : a)) : undefined;
  if (!end || end.at <= minutes(start)) return { start };
  return end.at >= 24 * 60 ? { start, end: end.time, nextDay: true } : { start, end: end.time };
}

function consecutiveRuns(days: PlainDate[]): PlainDate[][] {
  const runs: PlainDate[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && compareDates(addDays(run.at(-1)!, 1), day) === 0) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

function describe(
  session: Session,
  slots: TimeSlot[],
  alternatives: PlainDate[][] | undefined,
  { language, detailUrl, untitled }: PlanContext,
): Pick<PlannedEvent, 'summary' | 'description' | 'location'> {
  const title = session.title.text || untitled || say(language, 'calendar-untitled', {});
  const theme = session.theme?.text;
  let summary = theme && theme !== title ? `${title} – ${theme}` : title;
  if (session.status === 'cancelled') summary += ` ${say(language, 'summary-status', { status: 'cancelled' })}`;
  else if (session.status === 'tentative' || alternatives) summary += ` ${say(language, 'summary-status', { status: 'tentative' })}`;

  const lines: string[] = [];
  if (session.status === 'cancelled') lines.push(say(language, 'calendar-cancelled', {}));
  // The coordinator's own words (`reporté au 12 mars`), as written.
  if (session.remark?.text) lines.push(session.remark.text);
  if (alternatives) {
    const dates = alternatives.map((days) => days.map((day) => say(language, 'date-long', day)).join(', '));
    lines.push(say(language, 'calendar-not-settled', { dates }));
  }
  if (session.audience?.text) lines.push(say(language, 'calendar-audience', { audience: session.audience.text }));
  if (slots.length > 0) {
    const time = (t: TimeOfDay) => say(language, 'calendar-time', t);
    const hours = slots.map((slot) => {
      // A slot for one day of the row says which (`jeudi: 09:30–17:00`).
      const label = [slot.label, slot.day?.text].filter((part) => part !== undefined).join(', ');
      return say(language, 'calendar-slot', {
        ...(label ? { label } : {}),
        start: time(slot.start),
        ...(slot.end ? { end: time(slot.end) } : {}),
      });
    });
    lines.push(say(language, 'calendar-hours', { hours: hours.join(', ') }));
  }
  if (theme) lines.push(say(language, 'calendar-theme', { theme }));
  if (detailUrl) lines.push(say(language, 'calendar-details', { url: detailUrl }));
  return {
    summary,
    description: lines.join('\n'),
    ...(session.place?.text ? { location: session.place.text } : {}),
  };
}
