import { compareDates } from '../dates/plain-date.js';
import type { Session } from '../programme/model.js';
import { defineRule, relatedAt, type RuleContext } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';

/**
 * A row dated before the row above it. Years are inferred in reading order, so a month
 * that goes backwards rolls into the next year: `3 octobre` under `10 novembre` becomes
 * October of the next year. A careful reader sees a misplaced row there, not a session
 * eleven months later, so a roll-over of three months back or less is reported too,
 * while `9 janvier` under `12 décembre` (the programme crossing New Year) is not. Each
 * table is checked on its own, and a list kept newest first is checked the other way.
 */
export const rule = defineRule({
  id: 'out-of-order',
  severity: 'warning',
  description: 'A row dated before the row above it: the table is read in date order.',
  check(context) {
    // Tables and logs are written in date order. A dated list may run newest first or by
    // theme, and the slots of a day take their date from its heading (a festival page lists
    // its workshops' days, then its talks' days): neither is compared.
    const ordered = context.programme.sessions.filter(
      (session) => session.source !== 'list' && session.dates.position.start.line === session.position.start.line,
    );
    for (const group of listsOfSessions(ordered)) {
      const dated = group.filter((session) => session.dates.value);
      if (newestFirst(dated)) {
        for (let i = 1; i < dated.length; i++) checkNewestFirstPair(context, dated[i - 1]!, dated[i]!);
      } else {
        for (let i = 1; i < dated.length; i++) checkPair(context, dated[i - 1]!, dated[i]!);
      }
    }
  },
});

/** The sessions of each table, then those written otherwise, each list in document order. */
function listsOfSessions(sessions: readonly Session[]): Session[][] {
  const lists = new Map<number | undefined, Session[]>();
  for (const session of sessions) {
    const list = lists.get(session.tableIndex);
    if (list) list.push(session);
    else lists.set(session.tableIndex, [session]);
  }
  return [...lists.values()];
}

/**
 * Whether a list is kept newest first (a log of past events, a changelog-like agenda):
 * most of its rows, and at least three, are dated before the row above. Such a list is
 * in order when it goes down in time; a row that goes up is the one out of place.
 */
function newestFirst(dated: Session[]): boolean {
  let down = 0;
  let up = 0;
  for (let i = 1; i < dated.length; i++) {
    const order = compareDates(dated[i]!.dates.value!.days[0]!, dated[i - 1]!.dates.value!.days[0]!);
    if (order < 0) down++;
    else if (order > 0) up++;
  }
  return down >= 3 && down > up;
}

function checkNewestFirstPair(context: RuleContext, previous: Session, session: Session): void {
  if (compareDates(session.dates.value!.days[0]!, previous.dates.value!.days[0]!) > 0) reportMisplaced(context, 'out-of-order-newest-first', previous, session);
}

/** A row out of its list's order, said with both rows' dates and the row above as the related place. */
function reportMisplaced(context: RuleContext, messageId: 'out-of-order' | 'out-of-order-newest-first', previous: Session, session: Session): void {
  context.report(
    messageId,
    {
      where: rowWhere(context, session),
      text: session.dates.text,
      date: longDate(context, session.dates.value!.days[0]!),
      previous: rowWhere(context, previous),
      previousText: previous.dates.text,
      previousDate: longDate(context, previous.dates.value!.days[0]!),
    },
    session.dates.position,
    { related: relatedAt(previous.position, relatedRow(context, previous)) },
  );
}

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
    reportMisplaced(context, 'out-of-order', previous, session);
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
