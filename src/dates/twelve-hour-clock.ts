/*
 * Times of a 12-hour clock (`7:00 PM`, `9 am`, `1:30 p.m.`), which a French page keeps when
 * it pastes an event from an English site (`Tue, Jul 2, 2024, 7:00 PM - 9:00 PM`). Written
 * by hand: the date libraries parse whole timestamps, not a clock time inside a cell.
 */
import type { TimeOfDay } from './types.js';

/**
 * A time of a 12-hour clock read with its mark (`a` or `p`) on the 24-hour clock; undefined
 * past 12. Twelve alone is noon whatever its mark: a programme's `12:00 am` or `12:30 am`
 * after a morning's slots (`10:15 am - 12:30 am`) is the slip of a writer who means noon. A
 * range tells midnight by its other end (`7 PM - 12 AM`, asTwentyFourHourClock).
 */
export function onTwelveHourClock(t: TimeOfDay, mark: string): TimeOfDay | undefined {
  const afternoon = mark.toLowerCase() === 'p';
  if (t.hour > 12) return undefined;
  if (t.hour === 12) return t;
  return afternoon ? { ...t, hour: t.hour + 12 } : t;
}

/**
 * A range's start that writes no mark, on the 24-hour clock when it takes its end's mark
 * (`3:00 - 4:00 PM` starts at 15:00); undefined when it would then start after its end
 * (`11:00 - 1:00 PM` starts at 11:00, as written). `end` is read on the 24-hour clock already.
 */
export function startOnEndsMark(start: TimeOfDay, end: TimeOfDay, mark: string): TimeOfDay | undefined {
  const shifted = onTwelveHourClock(start, mark);
  return shifted !== undefined && shifted.hour * 60 + shifted.minute <= end.hour * 60 + end.minute ? shifted : undefined;
}

// A clock time and its mark: `7:00 PM`, `9am`, `1:30 p.m.` (what stands before and after is checked in code).
const MARKED_TIME = /(\d\d?)(?::(\d\d))?\s?([ap])\.?m\.?/gi;
// An unmarked time right before a range mark and a marked end (`3:00 - 4:00 PM`, `5 to 8 pm`, `de 3 à 5 pm`).
const UNMARKED_START = /(\d\d?)(?::(\d\d))?(\s{0,3}(?:-{1,2}|[\u2010-\u2015\u2212]|to|\u00e0|a)\s{0,3})$/i;
// What may not follow a mark for it to be one: a letter or a figure (`PM2.5`, `9amis`), or
// the other mark (`9 AM-PM`, a span of the day, not a time).
const NOT_A_MARK_AFTER = /^(?:[\p{L}\d]|\s?-\s?[ap]\.?m)/iu;

/**
 * The text with each time of a 12-hour clock written on the 24-hour clock in the same
 * number of characters (`7 PM CEST` reads ` 19h CEST`), so that what reads French hours
 * reads it and every offset stays where it was. A range is written again whole in its room
 * (`7:00 PM - 9:00 PM` reads `    19:00 - 21:00`). Spaces go before the hours, so that a zone
 * after them stays one space away, or after them (`pad`) where the hours must open the line
 * (`10am : Accueil` reads `10h  : Accueil`). A range's start that writes no mark takes its
 * end's (`3:00 - 4:00 PM`), unless it would then start after its end (`11:00 - 1:00 PM` starts
 * at 11:00); an evening ends at midnight (`7 PM - 12 AM`), a night starts at it (`12:00 AM -
 * 2:00 AM`). English's `to` between two such times reads `à`. The text unchanged when it
 * writes no such time.
 */
export function asTwentyFourHourClock(text: string, pad: 'before' | 'after' = 'before'): string {
  const padded = (clock: string, length: number) => (pad === 'before' ? clock.padStart(length, ' ') : clock.padEnd(length, ' '));
  let out = '';
  let from = 0;
  // The last marked time written, where it stands in `out`, its clock and the room it took,
  // and (for a range's end to read it by) its time on the 24-hour clock and its minutes' writing.
  let last: { at: number; clock: string; room: number; time?: TimeOfDay; minutes?: boolean; midnight?: boolean } | undefined;
  MARKED_TIME.lastIndex = 0;
  for (let found = MARKED_TIME.exec(text); found; found = MARKED_TIME.exec(text)) {
    const at = found.index;
    const end = at + found[0].length;
    // `A380pm`, `2.5pm`, `10:9am` are no clock times; nor is a mark glued to a word (`9amis`).
    if (NOT_A_MARK_AFTER.test(text.slice(end)) || /[\d.:,\p{L}]/u.test(text[at - 1] ?? '')) continue;
    const time = onTwelveHourClock({ hour: Number(found[1]), minute: Number(found[2] ?? 0) }, found[3]!);
    if (!time || time.minute > 59) continue;
    const clock = written(time, found[2] !== undefined);
    let before = text.slice(from, at);
    let region = padded(clock, found[0].length);
    const minutes = found[2] !== undefined;
    // `12 AM` after a morning's `a`: midnight, a range's start (`12:00 AM - 2:00 AM`) or its end after an evening (`7 PM - 12 AM`).
    const midnight = found[3]!.toLowerCase() === 'a' && time.hour === 12;
    let joined: typeof last = { at: out.length + before.length, clock, room: found[0].length, time, minutes, midnight };
    const start = UNMARKED_START.exec(before);
    if (last !== undefined && last.at + last.room === out.length && RANGE_MARK_ONLY.test(before)) {
      // `10:15 am - 12:30 am`: two marked ends, written again as one range in their room. An
      // evening that runs to midnight ends at 0h (`7 PM - 12 AM`, `11:30 PM - 12:30 AM`), and
      // a night that starts at midnight starts at 0h (`12:00 AM - 2:00 AM`).
      const evening = last.time !== undefined && last.time.hour >= 12 && !last.midnight;
      const end = midnight && evening ? written({ ...time, hour: 0 }, minutes) : clock;
      const from = last.midnight && found[3]!.toLowerCase() === 'a' && time.hour < 12 && last.time ? written({ ...last.time, hour: 0 }, last.minutes === true) : last.clock;
      const room = last.room + before.length + found[0].length;
      const range = [`${from} - ${end}`, `${from}-${end}`].find((one) => one.length <= room);
      if (range !== undefined) {
        out = out.slice(0, last.at);
        before = '';
        region = padded(range, room);
        joined = { at: last.at, clock: range, room };
      }
    } else if (start && !/[\d.:,\p{L}]/u.test(before[start.index - 1] ?? '')) {
      const shifted = startOnEndsMark({ hour: Number(start[1]), minute: Number(start[2] ?? 0) }, time, found[3]!);
      if (shifted) {
        // The range rewritten whole, its mark's room shared by both ends (`3 - 4 pm` reads `15h-16h `).
        const ends = [written(shifted, start[2] !== undefined), clock];
        const room = start[0].length + found[0].length;
        const range = [`${ends[0]} - ${ends[1]}`, `${ends[0]}-${ends[1]}`].find((one) => one.length <= room);
        if (range !== undefined) {
          before = before.slice(0, start.index);
          region = padded(range, room);
          joined = { at: out.length + before.length, clock: range, room };
        }
      }
    }
    out += before + region;
    last = joined;
    from = end;
  }
  if (from === 0) return text;
  // `  9:30 to  10h`: English's range mark between the times, read as `à` (the same length).
  return (out + text.slice(from)).replace(ENGLISH_RANGE, '$1\u00e0 ');
}

// Only a range's mark between two marked times (`10:15 am - 12:30 am`, `9am to 5pm`).
const RANGE_MARK_ONLY = /^\s{0,3}(?:-{1,2}|[\u2010-\u2015\u2212]|to|\u00e0|a)\s{0,3}$/i;

// `to` between two times written on the 24-hour clock above (`  9:30 to  10h`).
const ENGLISH_RANGE = /(\d[h\d]?\s{1,4})to(?=\s{1,4}\d)/g;

/** `time` as `19:00`, or `9h` when no minutes were written. */
function written(time: TimeOfDay, minutes: boolean): string {
  return minutes ? `${time.hour}:${String(time.minute).padStart(2, '0')}` : `${time.hour}h`;
}
