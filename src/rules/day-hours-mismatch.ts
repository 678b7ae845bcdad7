import type { TimeSlot } from '../dates/types.js';
import type { Session } from '../programme/model.js';
import { leadingHours } from '../programme/slot-hours.js';
import { walkNodes } from '../programme/walk-nodes.js';
import { defineRule, relatedAt } from './define-rule.js';
import { longDate, relatedRow } from './labels.js';

/**
 * The hours a day announces (on its heading, `### Lundi 21 septembre, 9h - 16h`, or on the
 * line below it, `#### 9h - 17h : Le Lieu` or `**9h30 - 17h30 : En ligne**`) are when its
 * agenda starts and ends: a reader expects the day to open with a slot at its first hour
 * and a slot to end at its last (an after-work after the last formal slot is extra, and
 * fine). When no slot starts at the announced start, or none ends at the announced end,
 * one of the two was not updated: `9h - 17h` over slots that end at 16h and 18h.
 */
export const rule = defineRule({
  id: 'day-hours-mismatch',
  severity: 'warning',
  description: 'A day whose hours, on its heading or the line below (### Lundi 21 septembre, 9h - 17h), are not when a slot of its agenda starts and when one ends.',
  check(context) {
    const lines = context.source.text.split('\n');
    const headingLines = new Set<number>();
    for (const node of walkNodes(context.tree)) if (node.type === 'heading') headingLines.add(node.position!.start.line);
    for (const [line, slots] of agendaDays(context.programme.sessions)) {
      if (!headingLines.has(line)) continue;
      const announced = announcedHours(lines, line, slots);
      if (!announced) continue;
      const { start, end } = announced.slot;
      const minutes = (time: { hour: number; minute: number }) => time.hour * 60 + time.minute;
      const timed = slots.flatMap((slot) => slot.hours?.value ?? []);
      // A slot a few minutes inside the day's hours still opens or closes it (`de 13h30 à
      // 17h30` over talks from 13h40 to 17h20): the welcome and the closing words are the day's.
      const afterStart = timed.map((slot) => minutes(slot.start) - minutes(start));
      const beforeEnd = timed.flatMap((slot) => (slot.end === undefined ? [] : [minutes(end!) - minutes(slot.end)]));
      const startsThere = meets(afterStart);
      // When the slot that starts last gives only its start (`| 17h | Talk |` under `de 14h
      // à 18h`), when the day ends is not written in the agenda: nothing to compare.
      const latest = timed.reduce<(typeof timed)[number] | undefined>((found, slot) => (!found || minutes(slot.start) >= minutes(found.start) ? slot : found), undefined);
      const openEnded = latest !== undefined && latest.end === undefined && minutes(latest.start) < minutes(end!);
      const endsThere = openEnded || meets(beforeEnd);
      if (startsThere && endsThere) continue;
      const first = slots[0]!;
      const last = slots.at(-1)!;
      context.report(
        startsThere ? 'day-hours-mismatch' : endsThere ? 'day-hours-mismatch-start' : 'day-hours-mismatch-both',
        {
          hours: announced.text,
          line: announced.line,
          date: longDate(context, first.dates.value!.days[0]!),
          first: first.position.start.line,
          last: last.position.start.line,
        },
        announced.position,
        { actual: announced.text, related: relatedAt(first.position, relatedRow(context, first)) },
      );
    }
  },
});

// How many minutes inside the day's announced hours its first slot may start, or its last end.
const INSIDE_GRACE = 15;

/**
 * Whether the slots' gaps to an announced hour, in minutes counted inwards (a start after
 * the day's start, an end before its end), meet it: one is none, or none falls outside
 * the day and one is at most INSIDE_GRACE.
 */
function meets(gaps: number[]): boolean {
  return gaps.includes(0) || (gaps.some((gap) => gap <= INSIDE_GRACE) && gaps.every((gap) => gap >= 0));
}

/** The slots under each day heading, by the heading's line, in document order. */
function agendaDays(sessions: readonly Session[]): Map<number, Session[]> {
  const days = new Map<number, Session[]>();
  for (const session of sessions) {
    const line = session.dates.position.start.line;
    if (session.source === 'table' || line === session.position.start.line || !session.dates.value || session.status === 'cancelled') continue;
    const day = days.get(line);
    if (day) day.push(session);
    else days.set(line, [session]);
  }
  return days;
}

interface Announced {
  text: string;
  line: number;
  slot: TimeSlot;
  position: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/**
 * The hours written after the day on its heading, else on the first line below it that is
 * no slot of its own and opens with hours; only a start and an end count.
 */
function announcedHours(lines: string[], line: number, slots: readonly Session[]): Announced | undefined {
  const slotLines = new Set(slots.map((slot) => slot.position.start.line));
  const heading = lines[line - 1] ?? '';
  const dateText = slots[0]!.dates.text;
  const at = heading.indexOf(dateText);
  const candidates: Array<{ line: number; text: string; offset: number }> = [];
  if (at >= 0) candidates.push({ line, text: heading.slice(at + dateText.length), offset: at + dateText.length });
  for (let next = line + 1; next <= lines.length && next <= line + 2; next++) {
    const text = lines[next - 1] ?? '';
    if (text.trim() === '') continue;
    if (!slotLines.has(next)) candidates.push({ line: next, text, offset: 0 });
    break;
  }
  for (const candidate of candidates) {
    // The marks a heading or a bold line wraps its words in, and the separator after the day.
    const lead = /^[\s#*_>,:(\u2013-]*/.exec(candidate.text)![0].length;
    const found = leadingHours(candidate.text.slice(lead).replace(/[*_]/g, ''));
    const slot = found?.slots.length === 1 ? found.slots[0] : undefined;
    if (!found || !slot?.end) continue;
    const column = candidate.offset + lead + 1;
    return {
      text: found.text,
      line: candidate.line,
      slot,
      position: { start: { line: candidate.line, column }, end: { line: candidate.line, column: column + found.text.length } },
    };
  }
  return undefined;
}
