/*
 * A meeting's title heading that names its day (`AG de l'AFPC - 22 mai 2012 - CONVOCATION`),
 * then the section that says when (`Date et Lieu:` over `Le mardi 22 mai 2012 à 17h`): one
 * meeting, its day told twice, the second time with its hours, as a letter or a convocation
 * writes it. A reader lists it once, where its hours are, under the title's name.
 */
import type { Root } from 'mdast';
import { sameDays } from './invited-days.js';
import type { SessionDraft } from './session-drafts.js';
import { whenLabelKind } from './when-labels.js';

/** Whether a draft is a heading that only names an event's day: dated, no hours, no slots under it. */
function namesTheDayOnly(draft: SessionDraft): boolean {
  return draft.source === 'heading' && draft.dated !== undefined && !draft.hours && draft.slots === 0 && !draft.day && !draft.group;
}

/** How many headings of `tree` begin after offset `from` and at or before offset `to`. */
function headingsBetween(tree: Root, from: number, to: number): number {
  return tree.children.filter((node) => node.type === 'heading' && (node.position?.start.offset ?? 0) > from && (node.position?.start.offset ?? 0) <= to).length;
}

/**
 * `drafts` (in document order) with each title heading that names the day the section right
 * after it says when, with hours, folded into that section's session, which takes its name.
 * The section's heading must follow the title's with no other between (`## Atelier 2` over
 * `### Quand` is another event's when).
 */
export function withTitlesOverWhenSections(drafts: SessionDraft[], tree: Root): SessionDraft[] {
  const folded = new Set<SessionDraft>();
  for (let k = 0; k + 1 < drafts.length; k++) {
    const title = drafts[k]!;
    const when = drafts[k + 1]!;
    if (!namesTheDayOnly(title) || !when.dated || !when.hours || whenLabelKind(when.title) === undefined) continue;
    if (headingsBetween(tree, title.position.start.offset ?? 0, when.position.start.offset ?? 0) !== 1) continue;
    if (!sameDays(title.dated!.line, when.dated.line)) continue;
    when.title = title.title;
    folded.add(title);
  }
  return folded.size === 0 ? drafts : drafts.filter((draft) => !folded.has(draft));
}
