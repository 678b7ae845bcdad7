/*
 * The timestamps of an Emacs Org document exported to markdown: `<2018-02-05 lun.
 * 08:30>–<2018-02-05 lun. 09:20>`, `<2018-02-05 lun. 10:30-12:30>`, `<2018-02-02 ven.>`
 * (Org writes them so, an ISO day, its weekday abbreviated in the writer's language, then a
 * time or a range; its exporter wraps them in `<span class="timestamp">`). Read by hand: the
 * form is Org's own, fixed, and no date library reads it.
 */
import { compareDates } from './plain-date.js';
import type { PlainDate, TimeOfDay } from './types.js';

// The pieces of one stamp (`<2018-02-05 lun. 10:30-12:30>`), each matched where the last
// stopped, so that no pattern repeats an optional group: the day, its weekday, a time, an end.
const STAMP_DAY = /<(\d{4})-(\d{2})-(\d{2})/y;
const STAMP_WEEKDAY = / [^\s<>\d]{1,6}/y;
const STAMP_TIME = / (\d{1,2}):(\d{2})/y;
const STAMP_END = /-(\d{1,2}):(\d{2})/y;
// What joins two stamps of a range: Org's `--`, or the dash its exporter typesets.
const JOIN = /^(?:--|[\u2013\u2014-])/;

/** A line that is an Org timestamp and nothing else: its first day, its last when it spans several, and its times. */
export interface OrgTimestamp {
  day: PlainDate;
  lastDay?: PlainDate;
  start?: TimeOfDay;
  end?: TimeOfDay;
}

function stampAt(text: string): { day: PlainDate; start?: TimeOfDay; end?: TimeOfDay; length: number } | undefined {
  const piece = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    return pattern.exec(text);
  };
  const day = piece(STAMP_DAY, 0);
  if (!day) return undefined;
  let at = day[0].length;
  at += piece(STAMP_WEEKDAY, at)?.[0].length ?? 0;
  const start = piece(STAMP_TIME, at);
  if (start) at += start[0].length;
  const end = start ? piece(STAMP_END, at) : null;
  if (end) at += end[0].length;
  if (text[at] !== '>') return undefined;
  return {
    day: { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) },
    ...(start ? { start: { hour: Number(start[1]), minute: Number(start[2]) } } : {}),
    ...(end ? { end: { hour: Number(end[1]), minute: Number(end[2]) } } : {}),
    length: at + 1,
  };
}

/** The Org timestamp a line holds alone (`<2018-02-05 lun. 08:30>–<2018-02-05 lun. 09:20>`), or undefined. */
export function orgTimestamp(line: string): OrgTimestamp | undefined {
  const text = line.trim();
  const first = stampAt(text);
  if (!first) return undefined;
  let rest = text.slice(first.length);
  const join = JOIN.exec(rest);
  const second = join ? stampAt(rest.slice(join[0].length)) : undefined;
  if (second) rest = rest.slice(join![0].length + second.length);
  if (rest.trim() !== '') return undefined;
  const stamp: OrgTimestamp = { day: first.day, ...(first.start ? { start: first.start } : {}), ...(first.end ? { end: first.end } : {}) };
  if (!second) return stamp;
  // `<… 08:30>–<… 09:20>` on one day: a range of times; over several days, a span of days.
  if (compareDates(first.day, second.day) === 0) return second.start ? { ...stamp, end: second.start } : stamp;
  return { day: first.day, lastDay: second.day };
}
