import type { PlainDate } from '../dates/types.js';
import type { PreviousCalendar } from './previous-calendar.js';

/*
 * DTSTAMP never comes from the clock, so that building twice gives the same bytes. It is
 * taken, in this order, from SOURCE_DATE_EPOCH, from the programme file's last commit,
 * from the previous calendar (its latest DTSTAMP), and last from the content itself:
 * midnight UTC on 1 January of the year of the programme's first event (1 January 1980,
 * the zip epoch, when there is no event).
 */

/** Where a build's DTSTAMP can come from, most trusted first; all optional. */
export interface StampSources {
  /** SOURCE_DATE_EPOCH, in seconds. */
  sourceDateEpoch?: number;
  /** The programme file's last commit time, in seconds. */
  commitTime?: number;
  previous?: PreviousCalendar;
  /** The earliest day of the calendar's events. */
  firstDay?: PlainDate;
}

/** `20190124T101500Z`: an iCalendar UTC date-time for a Unix time in seconds. */
function formatStamp(epochSeconds: number): string {
  // toISOString is always UTC, whatever TZ says.
  const iso = new Date(epochSeconds * 1000).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** The DTSTAMP given to new and changed events of a build. */
export function chooseStamp(sources: StampSources): string {
  if (sources.sourceDateEpoch !== undefined) return formatStamp(sources.sourceDateEpoch);
  if (sources.commitTime !== undefined) return formatStamp(sources.commitTime);
  const previous = latestStamp(sources.previous);
  if (previous) return previous;
  const year = sources.firstDay?.year ?? 1980;
  return `${String(year).padStart(4, '0')}0101T000000Z`;
}

/** Reads SOURCE_DATE_EPOCH from an environment; undefined when unset or not a whole number of seconds. */
export function sourceDateEpochOf(env: Record<string, string | undefined>): number | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function latestStamp(previous: PreviousCalendar | undefined): string | undefined {
  const stamps = (previous?.events ?? []).flatMap((event) => (event.dtstamp ? [event.dtstamp] : []));
  return stamps.length > 0 ? stamps.reduce((a, b) => (b > a ? b : a)) : undefined;
}
