import type { PlainDate } from '../dates/types.js';
import type { Session } from '../programme/model.js';
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
