/*
 * A day's agenda that runs past midnight: its slots are written in clock order, so a slot
 * that starts in the small hours after one that starts in the evening (`| 23h00 |
 * Dancefloor |`, then `| 04h00 | After |` under `### Samedi 13 juin 2026`) has crossed
 * midnight. A reader puts it, and the slots after it, on the next day: the night of the
 * 13th to the 14th, at 04:00 on the 14th. Without that turn of the clock a small hour
 * stays on its day (`### Dimanche` over `| 02h | Départ |` alone is that Sunday's).
 */
import type { DatedLine } from '../dates/dated-line.js';
import type { DayMention } from '../dates/types.js';
import type { SessionDraft } from './session-drafts.js';
import { isoWeekday } from '../dates/plain-date.js';
import { numberedDayInWeek } from './week-anchor.js';

// A start from this minute of the day on is an evening's: a night may follow it.
const EVENING = 20 * 60;
// A start before this minute, after an evening's, is in the small hours of the next day.
const SMALL_HOURS_END = 6 * 60;
// A night goes on for a few hours at most: an evening slot then one twelve hours later
// (`18H00` in an overview, then `06H15` opening the detailed agenda) is a new list, not a night.
const LONGEST_NIGHT = 8 * 60;

// Minutes from midnight at which a draft's first slot starts, or undefined without hours.
function startOf(draft: SessionDraft): number | undefined {
  const first = draft.hours?.slots[0];
  return first ? first.start.hour * 60 + first.start.minute : undefined;
}

/** The day after a one-day dated line's, as a line of its own; undefined when it cannot be known without a year. */
function nextDayLine(line: DatedLine): DatedLine | undefined {
  const { expression } = line;
  const mention = expression.mentions[0];
  if (expression.kind !== 'single' || expression.mentions.length !== 1 || !mention || line.week) return undefined;
  // Without a year, the day after 28 February depends on the year.
  if (mention.year === undefined && mention.month === 2 && mention.day >= 28) return undefined;
  const weekday = mention.weekday ?? (mention.year === undefined ? 1 : isoWeekday({ year: mention.year, month: mention.month, day: mention.day }));
  const next = numberedDayInWeek({ first: { month: mention.month, day: mention.day, ...(mention.year === undefined ? {} : { year: mention.year }) }, weekday, span: 1 }, 2);
  if (!next) return undefined;
  const day: DayMention = { ...next, ...(mention.weekday === undefined ? {} : { weekday: (mention.weekday % 7) + 1 }), text: mention.text };
  return { ...line, expression: { ...expression, mentions: [day] } };
}

/**
 * `drafts` (in document order) with the slots of a day that follow its turn past midnight
 * put on a day of their own, the next one: a draft that is only that day (borrowed, never
 * a session), set before the first slot it takes.
 */
export function carryPastMidnight(drafts: SessionDraft[]): SessionDraft[] {
  const last = new Map<SessionDraft, number>();
  const next = new Map<SessionDraft, SessionDraft | null>();
  const out: SessionDraft[] = [];
  for (const draft of drafts) {
    const day = draft.day;
    if (!day?.dated) {
      out.push(draft);
      continue;
    }
    const moved = next.get(day);
    if (moved) {
      draft.day = moved;
      out.push(draft);
      continue;
    }
    const start = startOf(draft);
    const before = last.get(day);
    if (start !== undefined) last.set(day, start);
    if (moved === null || start === undefined || before === undefined || before < EVENING || start >= SMALL_HOURS_END || start + 24 * 60 - before > LONGEST_NIGHT) {
      out.push(draft);
      continue;
    }
    const line = nextDayLine(day.dated.line);
    if (!line) {
      next.set(day, null);
      out.push(draft);
      continue;
    }
    const after: SessionDraft = { source: day.source, title: day.title, position: draft.position, dated: { line, position: day.dated.position }, cancelled: day.cancelled, slots: 0, borrowed: true };
    next.set(day, after);
    draft.day = after;
    out.push(after, draft);
  }
  return out;
}
