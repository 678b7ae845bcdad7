/*
 * A heading or item that gives one session on several days, each with its own hours
 * (`## Vendredi 20 juin à 18h30 et Samedi 21 juin à 17h`, `- Samedi 24/01 : 10h à 17h -
 * Dimanche 25/01 : 10h à 16h`): a reader puts each day in the calendar at its hour, so the
 * draft is given again for each further day the date grammar found (DatedLine.also).
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Text struck through on the line (`~~…~~`), each run bounded.
const STRUCK = /~~[^~\n]{1,300}~~/g;

/** The drafts with, right after each draft whose line gives more days with their hours, one draft per such day. */
export function withMoreDatedHours(drafts: SessionDraft[], source: SourceText): SessionDraft[] {
  return drafts.flatMap((draft) => {
    const more = draft.dated?.line.also;
    // A day whose agenda is written below it is that agenda's day: its slots take only the first.
    if (more === undefined || draft.slots > 0 || draft.day !== undefined) return [draft];
    // `~~Vendredi 20 juin à 18h30~~ et samedi 21 juin à 17h`: only the day struck through is cancelled.
    const written = source.slice(draft.position);
    const struck = [...written.matchAll(STRUCK)].map((found) => found[0]);
    const isStruck = (dateText: string): boolean => struck.some((part) => part.includes(dateText));
    const firstStruck = isStruck(draft.dated!.line.dateText);
    return [draft, ...more.map((line): SessionDraft => {
      const parsed = parseFrenchHours(line.hours!.text, { hoursPlace: true });
      const { hours: _firstHours, ...rest } = draft;
      const cancelled = struck.length > 0 && firstStruck !== isStruck(line.dateText) ? isStruck(line.dateText) : draft.cancelled;
      return {
        ...rest,
        cancelled,
        dated: { line, position: source.find(draft.position, line.dateText) },
        ...(parsed.ok && parsed.slots.length > 0 ? { hours: { text: line.hours!.text, position: source.find(draft.position, line.hours!.text), slots: parsed.slots } } : {}),
      };
    })];
  });
}
