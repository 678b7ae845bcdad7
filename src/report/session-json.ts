import { toIsoDate } from '../dates/plain-date.js';
import type { TimeOfDay } from '../dates/types.js';
import type { Session } from '../programme/model.js';

/** A session as `--format json` prints it (the contract in the README; scripts rely on it). */
export interface SessionJson {
  title: string;
  line: number;
  /** Where it was written: a schedule table's row, a dated heading, a day agenda's slot, a dated list item. */
  source: Session['source'];
  status: Session['status'];
  days: string[];
  alternatives?: string[][];
  /** `day`: only for hours given per day of the row (`9h - 12h30 le vendredi`). */
  times: Array<{ label: string | null; start: string; end: string | null; day?: string }>;
  place: string | null;
  audience: string | null;
}

/** `HH:MM`, zero-padded. */
export function formatTime(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The JSON view of a session. */
export function sessionToJson(session: Session): SessionJson {
  const dates = session.dates.value;
  return {
    title: session.title.text,
    line: session.position.start.line,
    source: session.source,
    status: session.status,
    days: dates ? dates.days.map(toIsoDate) : [],
    ...(dates?.alternatives ? { alternatives: dates.alternatives.map((days) => days.map(toIsoDate)) } : {}),
    times: (session.hours?.value ?? []).map((slot) => ({
      label: slot.label ?? null,
      start: formatTime(slot.start),
      end: slot.end ? formatTime(slot.end) : null,
      // Only for hours given per day of the row (`9h - 12h30 le vendredi`): the day's words.
      ...(slot.day ? { day: slot.day.text } : {}),
    })),
    place: session.place?.text || null,
    audience: session.audience?.text || null,
  };
}
