/*
 * A meeting's title heading that names its day (`AG de l'AFPC - 22 mai 2012 - CONVOCATION`),
 * then the section that says when (`Date et Lieu:` over `Le mardi 22 mai 2012 à 17h`): one
 * meeting, its day told twice, the second time with its hours, as a letter or a convocation
 * writes it. A reader lists it once, where its hours are, under the title's name.
 */
import { sameDays } from './invited-days.js';
import type { SessionDraft } from './session-drafts.js';
import { whenLabelKind } from './when-labels.js';

/** Whether a draft is a heading that only names an event's day: dated, no hours, no slots under it. */
function namesTheDayOnly(draft: SessionDraft): boolean {
  return draft.source === 'heading' && draft.dated !== undefined && !draft.hours && draft.slots === 0 && !draft.day && !draft.group;
}

/**
 * `drafts` (in document order) with each title heading that names the day the section right
 * after it says when, with hours, folded into that section's session, which takes its name.
 */
export function withTitlesOverWhenSections(drafts: SessionDraft[]): SessionDraft[] {
  const folded = new Set<SessionDraft>();
  for (let k = 0; k + 1 < drafts.length; k++) {
    const title = drafts[k]!;
    const when = drafts[k + 1]!;
    if (!namesTheDayOnly(title) || !when.dated || !when.hours || whenLabelKind(when.title) === undefined) continue;
    if (!sameDays(title.dated!.line, when.dated.line)) continue;
    when.title = title.title;
    folded.add(title);
  }
  return folded.size === 0 ? drafts : drafts.filter((draft) => !folded.has(draft));
}
