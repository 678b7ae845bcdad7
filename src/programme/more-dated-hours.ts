/*
 * A heading or item that gives one session on several days, each with its own hours
 * (`## Vendredi 20 juin à 18h30 et Samedi 21 juin à 17h`, `- Samedi 24/01 : 10h à 17h -
 * Dimanche 25/01 : 10h à 16h`): a reader puts each day in the calendar at its hour, so the
 * draft is given again for each further day the date grammar found (DatedLine.also).
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

/** The drafts with, right after each draft whose line gives more days with their hours, one draft per such day. */
export function withMoreDatedHours(drafts: SessionDraft[], source: SourceText): SessionDraft[] {
  return drafts.flatMap((draft) => {
    const more = draft.dated?.line.also;
    // A day whose agenda is written below it is that agenda's day: its slots take only the first.
    if (more === undefined || draft.slots > 0 || draft.day !== undefined) return [draft];
    return [draft, ...more.map((line): SessionDraft => {
      const parsed = parseFrenchHours(line.hours!.text, { afterDate: true });
      const { hours: _firstHours, ...rest } = draft;
      return {
        ...rest,
        dated: { line, position: source.find(draft.position, line.dateText) },
        ...(parsed.ok && parsed.slots.length > 0 ? { hours: { text: line.hours!.text, position: source.find(draft.position, line.hours!.text), slots: parsed.slots } } : {}),
      };
    })];
  });
}
