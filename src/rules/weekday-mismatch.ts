import type { Position } from 'unist';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { selectsDay } from '../dates/day-selector.js';
import { isoWeekday, isRealDate } from '../dates/plain-date.js';
import { plainText } from '../programme/plain-text.js';
import { walkNodes } from '../programme/walk-nodes.js';
import type { PlainDate } from '../dates/types.js';
import type { ResolvedDates } from '../dates/types.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { Field, Session } from '../programme/model.js';
import { hiddenRanges, isHidden } from '../programme/hidden-ranges.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { longDate, rowWhere, sectionWhere, subHeadingWhere } from './labels.js';

/** A weekday written next to a date that falls on another day (`mardi 14 mars 2019`, a Thursday). */
export const rule = defineRule({
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday), in the date, a header or a remark, or hours given for a day the row does not have.',
  check(context) {
    // A day carried down to more slots (an agenda's empty dates cell, the slots under a
    // day heading) is checked once, on the session that wrote it.
    for (const session of context.programme.sessions) {
      if (session.dayFrom === undefined) checkDates(context, session.dates, rowWhere(context, session));
      checkWrittenAround(context, session);
      checkHoursDays(context, session);
    }
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, sectionWhere(context, section));
      // Day agendas copied from year to year (`#### Jeudi 5 septembre`) keep last year's weekday.
      for (const sub of section.subHeadings) {
        const day = sub.day.value;
        if (day) checkWeekday(context, day.weekday, day.date, sub.day.text, sub.day.position, subHeadingWhere(context, sub, section));
      }
    }
    checkProse(context);
  },
});

/**
 * Full dates written in the text around the schedule (`le mercredi 29 novembre 2024`):
 * not sessions, but a weekday that does not fit a date whose year is written is a mistake
 * a reader sees, and a coordinator wants to hear about. Only a weekday, a day, a month and
 * a year together count; the lines the sessions and sections hold are checked above.
 */
function checkProse(context: RuleContext): void {
  const checked = new Set<number>();
  // A day heading over its slots is checked through its first slot; a commented-out block is not read.
  for (const session of context.programme.sessions) checked.add(session.position.start.line).add(session.dates.position.start.line);
  const hidden = hiddenRanges(context.source.text);
  for (const section of context.programme.sections) checked.add(section.heading.position.start.line);
  for (const node of walkNodes(context.tree)) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    if (checked.has(node.position!.start.line) || isHidden(hidden, node.position!.start.offset)) continue;
    const text = plainText(node);
    // A full date writes a four-digit year: most text has none, and is not parsed.
    if (!/\d{4}/.test(text)) continue;
    const found = extractDateFromHeading(text);
    const mention = found?.expression.mentions.length === 1 ? found.expression.mentions[0] : undefined;
    if (mention?.weekday === undefined || mention.year === undefined || !isRealDate(mention.year, mention.month, mention.day)) continue;
    const date = { year: mention.year, month: mention.month, day: mention.day };
    const where = context.say('line-label', { line: node.position!.start.line });
    checkWeekday(context, mention.weekday, date, mention.text, context.source.find(node.position!, mention.text), where);
  }
}

function checkDates(context: RuleContext, dates: Field<ResolvedDates | undefined>, where: string): void {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === undefined) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    checkWeekday(context, mention.weekday, date, mention.text, context.source.find(dates.position, mention.text), where);
  }
}

/**
 * A weekday written outside the dates cell, about a one-day row: in a column header that
 * names the day of its column (`Date (mardi)`, `Cours (vendredi)`), or in a remark of the
 * row (`/!\\ Exceptionnellement, la session a lieu un vendredi`). A row whose dates cell
 * writes its own weekday is checked by that one.
 */
function checkWrittenAround(context: RuleContext, session: Session): void {
  const dates = session.dates.value;
  const day = dates?.days.length === 1 ? dates.days[0] : undefined;
  if (!day || dates!.mentions.some((mention) => mention.weekday !== undefined)) return;
  const columns = session.tableIndex === undefined ? [] : (context.programme.tables[session.tableIndex]?.columns ?? []);
  const where = rowWhere(context, session);
  for (const column of columns) {
    const cell = session.cells[column.index];
    const named = weekdayNamedIn(column.header);
    if (named === undefined || !cell || (column.role !== 'dates' && cell.text === '')) continue;
    checkWeekday(context, named, day, column.header, column.role === 'dates' ? session.dates.position : cell.position, where);
  }
  for (const [index, cell] of session.cells.entries()) {
    if (columns[index]?.role === 'dates') continue;
    const remark = weekdayInRemark(cell.text);
    if (remark) checkWeekday(context, remark.weekday, day, remark.text, context.source.find(cell.position, remark.text), where);
  }
}

/**
 * Hours given for one day of the row (`9h - 12h30 le samedi`) that name none of its days:
 * the calendar cannot place them, so they are left out and said to be.
 */
function checkHoursDays(context: RuleContext, session: Session): void {
  const days = session.dates.value?.days;
  const hours = session.hours;
  if (!days || !hours?.value) return;
  for (const slot of hours.value) {
    if (!slot.day || days.some((day) => selectsDay(slot.day!, day))) continue;
    context.report(
      'hours-day-not-in-row',
      {
        hours: hours.text,
        where: rowWhere(context, session),
        day: slot.day.text,
        days: days.map((day) => longDate(context, day)).join(', '),
      },
      hours.position,
      { actual: hours.text },
    );
  }
}

const FULL_WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** The weekday a header names in full (`Date (mardi)`), if exactly one. */
function weekdayNamedIn(header: string): number | undefined {
  const words = normaliseText(header).split(/[^a-z]+/);
  const named = FULL_WEEKDAYS.filter((name) => words.includes(name));
  return named.length === 1 ? FULL_WEEKDAYS.indexOf(named[0]!) + 1 : undefined;
}

// `a lieu un vendredi`, `aura lieu le mardi`, `se tient un jeudi`, `se déroule le lundi`.
const REMARK = /\b((?:a|aura) lieu|se (?:tient|tiendra|deroule|deroulera)) (?:un|le|ce) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;

/** A remark that says on which weekday the session takes place, and its words as written. */
function weekdayInRemark(text: string): { weekday: number; text: string } | undefined {
  const folded = normaliseText(text);
  const found = REMARK.exec(folded);
  if (!found || folded.length !== text.length) return found ? { weekday: FULL_WEEKDAYS.indexOf(found[2]!) + 1, text } : undefined;
  return { weekday: FULL_WEEKDAYS.indexOf(found[2]!) + 1, text: text.slice(found.index, found.index + found[0].length) };
}

function checkWeekday(context: RuleContext, written: number, date: PlainDate, text: string, position: Position, where: string): void {
  const actual = isoWeekday(date);
  if (actual === written) return;
  context.report(
    'weekday-mismatch',
    {
      text,
      where,
      date: longDate(context, date),
      actual: context.say('weekday-name', { weekday: actual }),
      written: context.say('weekday-name', { weekday: written }),
    },
    position,
    { actual: text },
  );
}
