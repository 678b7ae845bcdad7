import type { PlainDate } from '../dates/types.js';
import type { DetailSection, Session, SubHeading } from '../programme/model.js';
import type { RuleContext } from './define-rule.js';

/** `the row "Mentors" (line 21)`, in the document's language. */
export function rowWhere(context: RuleContext, session: Session): string {
  return context.say('row-label', { title: session.title.text, line: session.position.start.line });
}

/** `the table row "Mentors" (line 21)`: the related place of a diagnostic. */
export function relatedRow(context: RuleContext, session: Session): string {
  return context.say('related-row', { title: session.title.text, line: session.position.start.line });
}

/** `14 March 2019` / `14 mars 2019`. */
export function longDate(context: RuleContext, date: PlainDate): string {
  return context.say('date-long', date);
}

/** `the section "Session EIG | 14 mars"`, in the document's language. */
export function sectionWhere(context: RuleContext, section: DetailSection): string {
  return context.say('section-label', { heading: section.heading.text });
}

/** `the sub-heading "Jeudi 5 septembre" of the section "Séminaire | 5 & 6 septembre"`. */
export function subHeadingWhere(context: RuleContext, sub: SubHeading, section: DetailSection): string {
  return context.say('sub-heading-label', { heading: sub.heading.text, section: section.heading.text });
}
