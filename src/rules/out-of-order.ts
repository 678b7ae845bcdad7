import { compareDates } from '../dates/plain-date.js';
import type { Session } from '../programme/model.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';

/**
 * A row dated before the row above it. Years are inferred in reading order, so a month
 * that goes backwards rolls into the next year: `3 octobre` under `10 novembre` becomes
 * October of the next year. A careful reader sees a misplaced row there, not a session
 * eleven months later, so a roll-over of three months back or less is reported too,
 * while `9 janvier` under `12 décembre` (the programme crossing New Year) is not.
 */
export const rule = defineRule({
  id: 'out-of-order',
  severity: 'warning',
  description: 'A row dated before the row above it: the table is read in date order.',
  check(context) {
    let previous: Session | undefined;
    // Tables and logs are written in date order. A list may run newest first (a seminar's
    // past talks), and the slots of a day take their date from its heading (a festival
    // page lists its workshops' days, then its talks' days): neither is compared.
    for (const session of context.programme.sessions) {
      if (session.source === 'list' || session.dates.position.start.line !== session.position.start.line) continue;
      const dates = session.dates.value;
      if (!dates) continue;
      if (previous) checkPair(context, previous, session);
      previous = session;
    }
  },
});

// A roll-over this many months back or less is more likely a misplaced row.
const MISPLACED_MONTHS = 3;

function checkPair(context: RuleContext, previous: Session, session: Session): void {
  const before = previous.dates.value!;
  const now = session.dates.value!;
  const start = now.days[0]!;
  const previousStart = before.days[0]!;
  const related = { related: relatedAt(previous.position, relatedRow(context, previous)) };
  const first = now.mentions[0]!;
  const previousLast = before.mentions.at(-1)!;
  if (compareDates(start, previousStart) < 0) {
    context.report(
      'out-of-order',
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: longDate(context, start),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        previousDate: longDate(context, previousStart),
      },
      session.dates.position,
      related,
    );
    return;
  }
  // Only a year the reader inferred by counting can be a roll-over mistake; a written
  // year, or one a dated section gave, is what the document says.
  const rolled = first.year === undefined && now.yearSource === 'rollover' && first.resolvedYear === previousLast.resolvedYear + 1;
  const monthsBack = previousLast.month - first.month;
  if (rolled && monthsBack > 0 && monthsBack <= MISPLACED_MONTHS) {
    context.report(
      'out-of-order-rollover',
      {
        where: rowWhere(context, session),
        text: session.dates.text,
        date: context.say('month-year', { year: first.resolvedYear, month: first.month }),
        previous: rowWhere(context, previous),
        previousText: previous.dates.text,
        sameYear: context.say('month-year', { year: previousLast.resolvedYear, month: first.month }),
        year: first.resolvedYear,
      },
      session.dates.position,
      related,
    );
  }
}
