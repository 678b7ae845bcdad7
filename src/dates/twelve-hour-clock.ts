/*
 * Times of a 12-hour clock (`7:00 PM`, `9 am`, `1:30 p.m.`), which a French page keeps when
 * it pastes an event from an English site (`Tue, Jul 2, 2024, 7:00 PM - 9:00 PM`). Written
 * by hand: the date libraries parse whole timestamps, not a clock time inside a cell.
 */
import type { TimeOfDay } from './types.js';
import { isLetter } from './letters.js';

/** A time of a 12-hour clock read with its mark (`a` or `p`) on the 24-hour clock; undefined past 12. */
export function onTwelveHourClock(t: TimeOfDay, mark: string): TimeOfDay | undefined {
  const afternoon = mark.toLowerCase() === 'p';
  if (t.hour > 12) return undefined;
  if (t.hour === 12) return afternoon ? t : { ...t, hour: 0 };
  return afternoon ? { ...t, hour: t.hour + 12 } : t;
}

// A clock time and its mark: `7:00 PM`, `9am`, `1:30 p.m.` (the digits checked in code for what stands before them).
const MARKED_TIME = /(\d\d?)(?::(\d\d))?\s?([ap])\.?m\.?/gi;
// An unmarked time right before a range mark and a marked end (`3:00 - 4:00 PM`, `5 to 8 pm`).
const UNMARKED_START = /(\d\d?)(?::(\d\d))?(\s{0,3}(?:-{1,2}|[\u2010-\u2015\u2212]|to|\u00e0|a)\s{0,3})$/i;

/**
 * The text with each time of a 12-hour clock written on the 24-hour clock in the same
 * number of characters (`7:00 PM - 9:00 PM` reads `19:00   - 21:00   `), so that what reads
 * French hours reads it and every offset stays where it was. A range's start that writes no
 * mark takes its end's (`3:00 - 4:00 PM`), unless it would then start after its end
 * (`11:00 - 1:00 PM` starts at 11:00). The text unchanged when it writes no such time.
 */
export function asTwentyFourHourClock(text: string): string {
  let out = '';
  let from = 0;
  MARKED_TIME.lastIndex = 0;
  for (let found = MARKED_TIME.exec(text); found; found = MARKED_TIME.exec(text)) {
    const at = found.index;
    const end = at + found[0].length;
    // `A380pm`, `2.5pm`, `10:9am` are no clock times; nor is a mark glued to a word (`9amis`).
    if (isLetter(text[end] ?? '') || /[\d.:,\p{L}]/u.test(text[at - 1] ?? '')) continue;
    const time = onTwelveHourClock({ hour: Number(found[1]), minute: Number(found[2] ?? 0) }, found[3]!);
    if (!time || time.minute > 59) continue;
    let before = text.slice(from, at);
    let region = written(time, found[0].length, found[2] !== undefined);
    const start = UNMARKED_START.exec(before);
    if (start && !/[\d.:,\p{L}]/u.test(before[start.index - 1] ?? '')) {
      const shifted = onTwelveHourClock({ hour: Number(start[1]), minute: Number(start[2] ?? 0) }, found[3]!);
      if (shifted && shifted.hour * 60 + shifted.minute <= time.hour * 60 + time.minute) {
        // The range rewritten whole, its mark's room shared by both ends (`3 - 4 pm` reads `15h-16h `).
        const ends = [written(shifted, 0, start[2] !== undefined), written(time, 0, found[2] !== undefined)];
        const mark = start[3]!.trim();
        const room = start[0].length + found[0].length;
        const range = [`${ends[0]}${start[3]}${ends[1]}`, `${ends[0]} ${mark} ${ends[1]}`, `${ends[0]}${mark}${ends[1]}`].find((one) => one.length <= room);
        if (range !== undefined) {
          before = before.slice(0, start.index);
          region = range.padEnd(room, ' ');
        }
      }
    }
    if (region.length !== found[0].length + (text.slice(from, at).length - before.length)) continue;
    out += before + region;
    from = end;
  }
  if (from === 0) return text;
  // `9:30  to 10h `: English's range mark between the times, read as `à` (the same length).
  return (out + text.slice(from)).replace(ENGLISH_RANGE, '$1\u00e0 ');
}

// `to` between two times written on the 24-hour clock above (`9:30   to 10h `).
const ENGLISH_RANGE = /(\d[h\d]?\s{1,4})to(?=\s{1,3}\d)/g;

/** `time` as `19:00` (or `9h` when no minutes were written), padded with spaces to `length` characters (a marked time always has the room). */
function written(time: TimeOfDay, length: number, minutes: boolean): string {
  const clock = minutes ? `${time.hour}:${String(time.minute).padStart(2, '0')}` : `${time.hour}h`;
  return clock.padEnd(length, ' ');
}
