import { basename, extname } from 'node:path';
import type { Organizer } from '../config/organizer.js';
import type { PlainDate } from '../dates/types.js';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../report/file-report.js';
import { audienceKey, isForAudience, programmeAudiences, type Audience } from '../programme/audience.js';
import { calendarPath } from './calendar-paths.js';
import { detailUrl, headingAnchors, type RepositoryLocation } from './detail-links.js';
import { chooseStamp } from './dtstamp.js';
import { planSessionEvents, type PlannedEvent } from './event-plan.js';
import { eventsPerDay } from './day-events.js';
import type { Granularity } from '../config/reading-settings.js';
import { readPreviousCalendar } from './previous-calendar.js';
import { writeCalendar } from './write-calendar.js';

/** How to build a programme's calendars. Disk and git are reached only through the injected functions. */
export interface CalendarOptions {
  language: Language;
  /** IANA zone of the programme's wall-clock times. */
  timezone: string;
  /** Write calendars in this folder instead of beside the programme. */
  outDir?: string;
  /** `audience`: also one feed per audience named in the audience column. */
  split?: 'audience';
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
}

/**
 * Builds the calendar(s) of one programme, writing nothing: the full feed, and with
 * `split: 'audience'` one feed per audience. Sessions the engine could not date are left
 * out; the rest is still built.
 */
export async function buildCalendars(report: FileReport, options: CalendarOptions): Promise<CalendarOutput[]> {
  const { programme } = report;
  const anchors = options.repository ? headingAnchors(report.read.tree) : undefined;
  const urls = programme.sessions.map((session) =>
    anchors && options.repository ? detailUrl(session, programme, anchors, options.repository) : undefined,
  );
  const title = programme.title || basename(report.path, extname(report.path));

  const feeds: Array<{ path: string; name: string; events: PlannedEvent[] }> = [];
  const perDay = (name: string, events: PlannedEvent[]) =>
    options.granularity === 'day' ? eventsPerDay(events, { language: options.language, name }) : events;
  feeds.push({ path: calendarPath(report.path, options), name: title, events: perDay(title, plan(undefined)) });
  if (options.split === 'audience') {
    for (const audience of programmeAudiences(programme.sessions)) {
      const name = say(options.language, 'calendar-audience-name', { title, audience: audience.name });
      feeds.push({ path: calendarPath(report.path, { ...options, audienceSlug: audience.slug }), name, events: perDay(name, plan(audience)) });
    }
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
    const content = await writeCalendar({
      name: feed.name,
      timezone: options.timezone,
      events: feed.events,
      ...(previous ? { previous } : {}),
      ...(options.organizer ? { organizer: options.organizer } : {}),
      stamp,
    });
    outputs.push({
      path: feed.path,
      content,
      ...(previousText !== undefined ? { previous: previousText } : {}),
      changed: content !== previousText,
    });
  }
  return outputs;

  function plan(audience: Audience | undefined): PlannedEvent[] {
    return programme.sessions.flatMap((session, index) => {
      if (audience && !isForAudience(session, audience)) return [];
      const url = urls[index];
      return planSessionEvents(session, {
        language: options.language,
        ...(url ? { detailUrl: url } : {}),
        ...(audience ? { hoursFor: (label: string) => audienceKey(label) === audience.key } : {}),
      });
    });
  }
}

function firstDayOf(events: PlannedEvent[]): { firstDay?: PlainDate } {
  const days = events.map((event) => (event.timing.kind === 'all-day' ? event.timing.start : event.timing.day));
  if (days.length === 0) return {};
  const first = days.reduce((a, b) => (b.year * 10000 + b.month * 100 + b.day < a.year * 10000 + a.month * 100 + a.day ? b : a));
  return { firstDay: first };
}
