import { basename, extname } from 'node:path';
import type { Organizer } from '../config/organizer.js';
import type { PlainDate } from '../dates/types.js';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../report/file-report.js';
import { audienceKey, isForAudience, type Audience } from '../programme/audience.js';
import type { FeedSplit } from '../config/config-file.js';
import { audiencesWithFeeds } from './audience-feeds.js';
import { calendarPath } from './calendar-paths.js';
import { detailUrl, headingAnchors, type RepositoryLocation } from './detail-links.js';
import { chooseStamp } from './dtstamp.js';
import { planSessionEvents, type PlannedEvent } from './event-plan.js';
import { eventsPerDay } from './day-events.js';
import type { Granularity } from '../config/reading-settings.js';
import type { Session } from '../programme/model.js';
import { readPreviousCalendar, type PreviousEvent } from './previous-calendar.js';
import { composeCalendar, type HeldRequest } from './write-calendar.js';
import { whenLabelKind } from '../programme/when-labels.js';

/** How to build a programme's calendars. Disk and git are reached only through the injected functions. */
export interface CalendarOptions {
  language: Language;
  /** IANA zone of the programme's wall-clock times. */
  timezone: string;
  /** Write calendars in this folder instead of beside the programme. */
  outDir?: string;
  /** `audience`: also one feed per audience named in the audience column; `none`: never; absent: the audience feeds that exist. */
  split?: FeedSplit;
  /** Whether a file is there already (an audience feed written by an earlier build). */
  exists?: (path: string) => boolean;
  /** Where the programme lives on GitHub; without it, descriptions carry no link. */
  repository?: RepositoryLocation;
  /** SOURCE_DATE_EPOCH, in seconds, when set. */
  sourceDateEpoch?: number;
  /** Written as every event's ORGANIZER, with METHOD:PUBLISH; without it the calendar has no METHOD. */
  organizer?: Organizer;
  /** `day`: one event per day, its sessions in the description (see day-events.ts); one per session when absent. */
  granularity?: Granularity;
  /** Reads a calendar written earlier; undefined when there is none. */
  readPrevious: (path: string) => string | undefined | Promise<string | undefined>;
  /** The programme file's last commit time in seconds; undefined when unknown. */
  commitTime: (programmePath: string) => Promise<number | undefined>;
}

/** One calendar file to write. */
export interface CalendarOutput {
  path: string;
  content: string;
  /** The file's content before this build, when it existed. */
  previous?: string;
  /** Whether `content` differs from what is on disk. */
  changed: boolean;
  /** The sessions that could not be read and kept their previous events, in document order. */
  kept: KeptSession[];
  /** The previous calendar's events that this one no longer has. */
  removed: PreviousEvent[];
  /** How many events the previous calendar had (0 when there was none). */
  previousCount: number;
}

/** Why a session keeps its previous events: its date, or its hours, cannot be read; or its hours cell was emptied. */
export type KeepReason = 'date' | 'hours' | 'hours-missing';

/** A session that could not be read, with the events of the previous calendar written again for it. */
export interface KeptSession {
  session: Session;
  reason: KeepReason;
  events: PreviousEvent[];
}

/**
 * Builds the calendar(s) of one programme, writing nothing: the full feed, and one feed
 * per audience as `audiencesWithFeeds` says. Sessions the engine could not date are left
 * out; the rest is still built.
 */
export async function buildCalendars(report: FileReport, options: CalendarOptions): Promise<CalendarOutput[]> {
  const { programme } = report;
  const anchors = options.repository ? headingAnchors(report.read.tree) : undefined;
  const urls = programme.sessions.map((session) =>
    anchors && options.repository ? detailUrl(session, programme, anchors, options.repository) : undefined,
  );
  const title = programme.title || basename(report.path, extname(report.path));
  // The name of an event whose session has no title: the programme's own title, not a first
  // heading that only asks when (`## Dates` over `- Jeudi 27 novembre - 12 h 30`).
  const untitled = programme.title && whenLabelKind(programme.title) === undefined ? programme.title : undefined;

  // With `granularity: day`, each feed's events become one per day, named after the feed.
  const perDay = (name: string, feed: FeedPlan): FeedPlan =>
    options.granularity === 'day' ? { ...feed, events: eventsPerDay(feed.events, { language: options.language, name }) } : feed;
  const feeds: Array<{ path: string; name: string } & FeedPlan> = [];
  feeds.push({ path: calendarPath(report.path, options), name: title, ...perDay(title, plan(undefined)) });
  const audiencePath = (audience: Audience) => calendarPath(report.path, { ...options, audienceSlug: audience.slug });
  const exists = options.exists ?? (() => false);
  for (const audience of audiencesWithFeeds(programme.sessions, options.split, (audience) => exists(audiencePath(audience)))) {
    const name = say(options.language, 'calendar-audience-name', { title, audience: audience.name });
    feeds.push({ path: audiencePath(audience), name, ...perDay(name, plan(audience)) });
  }

  // Asked once, and only when an event is new or changed: it may start a git process.
  let commitTime: Promise<number | undefined> | undefined;
  const outputs: CalendarOutput[] = [];
  for (const feed of feeds) {
    const previousText = await options.readPrevious(feed.path);
    const previous = previousText === undefined ? undefined : readPreviousCalendar(previousText);
    const stamp = async (): Promise<string> => {
      const committed = options.sourceDateEpoch === undefined ? await (commitTime ??= options.commitTime(report.path)) : undefined;
      return chooseStamp({
        ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
        ...(committed !== undefined ? { commitTime: committed } : {}),
        ...(previous ? { previous } : {}),
        ...firstDayOf(feed.events),
      });
    };
    const composed = await composeCalendar({
      name: feed.name,
      timezone: options.timezone,
      // Without a previous calendar there is nothing to keep: each held session writes what it reads.
      events: previous ? feed.events : [...feed.events, ...feed.held.flatMap((entry) => entry.request.fallback)],
      ...(previous ? { previous, held: feed.held.map((entry) => entry.request) } : {}),
      ...(options.organizer ? { organizer: options.organizer } : {}),
      stamp,
    });
    const kept = previous
      ? feed.held.flatMap((entry, index) => (composed.kept[index]!.length > 0 ? [{ session: entry.session, reason: entry.reason, events: composed.kept[index]! }] : []))
      : [];
    outputs.push({
      path: feed.path,
      content: composed.content,
      ...(previousText !== undefined ? { previous: previousText } : {}),
      changed: composed.content !== previousText,
      kept,
      removed: composed.removed,
      previousCount: previous?.events.length ?? 0,
    });
  }
  return outputs;

  function plan(audience: Audience | undefined): FeedPlan {
    const events: PlannedEvent[] = [];
    const held: FeedPlan['held'] = [];
    programme.sessions.forEach((session, index) => {
      if (audience && !isForAudience(session, audience)) return;
      const url = urls[index];
      const planned = planSessionEvents(session, {
        language: options.language,
        ...(url ? { detailUrl: url } : {}),
        ...(untitled ? { untitled } : {}),
        ...(audience ? { hoursFor: (label: string) => audienceKey(label) === audience.key } : {}),
      });
      const reason = unreadablePart(session);
      if (reason === undefined) events.push(...planned);
      else held.push({ session, reason, request: heldRequest(programme.sessions, index, reason, planned) });
    });
    return { events, held };
  }
}

/** The events of one feed, and the sessions of it that ask to keep their previous events. */
interface FeedPlan {
  events: PlannedEvent[];
  held: Array<{ session: Session; reason: KeepReason; request: HeldRequest }>;
}

/**
 * What of a session can no longer be read, when something can: its dates (unreadable,
 * impossible, no year), its hours (unreadable, impossible), or its hours cell, emptied in a
 * table that has one. An empty cell is not a written choice: a whole-day session says so
 * (`Journée`, `Les 2 jours`), so an emptied cell keeps the hours the calendar had.
 */
function unreadablePart(session: Session): KeepReason | undefined {
  if (!session.dates.value) return 'date';
  if (session.hours && session.hours.value === undefined) return 'hours';
  if (session.source === 'table' && session.hours && session.hours.text === '' && session.hours.value?.length === 0) return 'hours-missing';
  return undefined;
}

function heldRequest(sessions: readonly Session[], index: number, reason: KeepReason, fallback: PlannedEvent[]): HeldRequest {
  const session = sessions[index]!;
  const identity = { title: session.title.text, audience: session.audience?.text ?? '' };
  const dates = session.dates.value;
  if (dates && reason !== 'date') {
    const days = (dates.alternatives ?? [dates.days]).flat();
    return { identity, rowIndex: session.rowIndex, days, ...(reason === 'hours-missing' ? { timedOnly: true } : {}), fallback };
  }
  // Its neighbours' days bound where its previous events lie (a schedule table runs in order).
  const before = sessions.slice(0, index).findLast((other) => other.dates.value)?.dates.value?.days.at(-1);
  const after = sessions.slice(index + 1).find((other) => other.dates.value)?.dates.value?.days[0];
  return { identity, rowIndex: session.rowIndex, ...(before ? { after: before } : {}), ...(after ? { before: after } : {}), fallback };
}

function firstDayOf(events: PlannedEvent[]): { firstDay?: PlainDate } {
  const days = events.map((event) => (event.timing.kind === 'all-day' ? event.timing.start : event.timing.day));
  if (days.length === 0) return {};
  const first = days.reduce((a, b) => (b.year * 10000 + b.month * 100 + b.day < a.year * 10000 + a.month * 100 + a.day ? b : a));
  return { firstDay: first };
}
