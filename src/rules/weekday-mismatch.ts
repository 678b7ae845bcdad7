import type { Nodes } from 'mdast';
import type { Position } from 'unist';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { selectsDay } from '../dates/day-selector.js';
import { compareDates, isoWeekday, isRealDate } from '../dates/plain-date.js';
import { countYears, overruleByWeekdays, yearFromClue, type InferredYears } from '../dates/year-inference.js';
import type { DateExpression } from '../dates/types.js';
import { documentYearClues } from '../programme/year-clues.js';
import { eventDescriptions } from '../programme/front-matter-events.js';
import { frontMatterNode, valueOffset } from '../programme/page-metadata.js';
import { plainText } from '../programme/plain-text.js';
import { walkNodes } from '../programme/walk-nodes.js';
import { toldInPast } from '../dates/past-tense.js';
import type { PlainDate } from '../dates/types.js';
import type { ResolvedDates } from '../dates/types.js';
import { normaliseText } from '../dates/normalise-text.js';
import { WEEKDAY_NAMES, weekdayAlone } from '../dates/french-months.js';
import { columnRole } from '../programme/column-roles.js';
import type { Field, Session } from '../programme/model.js';
import { hiddenRanges, isHidden } from '../programme/hidden-ranges.js';
import { guardedPattern } from '../programme/guarded-pattern.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { longDate, rowWhere, sectionWhere, subHeadingWhere } from './labels.js';

/** A weekday written next to a date that falls on another day (`mardi 14 mars 2019`, a Thursday). */
export const rule = defineRule({
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday that is not the weekday of its date, such as mardi 14 mars 2019 (a Thursday), in the date, a header or a remark, or hours given for a day the row does not have.',
  check(context) {
    const guessed = yearGuessedFromCommit(context);
    // A day carried down to more slots (an agenda's empty dates cell, the slots under a
    // day heading) is checked once, on the session that wrote it.
    for (const session of context.programme.sessions) {
      if (session.dayFrom === undefined) checkDates(context, session.dates, rowWhere(context, session), guessed);
      checkWrittenAround(context, session);
      checkHoursDays(context, session);
    }
    for (const section of context.programme.sections) {
      checkDates(context, section.dates, sectionWhere(context, section), guessed);
      // Day agendas copied from year to year (`#### Jeudi 5 septembre`) keep last year's weekday.
      for (const sub of section.subHeadings) {
        const day = sub.day.value;
        if (day) checkWeekday(context, day.weekday, day.date, sub.day.text, sub.day.position, subHeadingWhere(context, sub, section));
      }
    }
    checkListsUnderWeekdayHeadings(context);
    checkSessionsOffTheirHabit(context);
    checkEventDescriptions(context);
    checkOpeningWeekday(context);
    checkProse(context);
  },
});

// A weekday named as the habit of a list's days in its heading (folded): a plural
// (`Disponibilités mardis midi-causeries`), `tous les jeudis`, `chaque mercredi`.
const WEEKDAY_HABIT = new RegExp(String.raw`\b(?:(${WEEKDAY_NAMES.join('|')})s|(?:tous les|chaque) (${WEEKDAY_NAMES.join('|')})s?)\b`, 'g');
// Words of an item that says it is not on the list's weekday on purpose (folded): a weekday, a move, a make-up.
const MOVED_ITEM = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')}|decale|decalee|reporte|reportee|deplace|deplacee|rattrapage|exceptionnellement|au lieu|ferie)\b`);

// How many of a list's days must fall on its heading's weekday for it to be that weekday's list.
const FEWEST_ON_THE_WEEKDAY = 3;
const MOST_ON_THE_WEEKDAY = 2 / 3;

// How many sessions of a kind must all be off its weekday, and all on it a year away, to say their year was copied.
const FEWEST_COPIED = 3;

/**
 * The year, one before or after the one written, in which every session of a kind falls on
 * the weekday the page gives that kind, when none falls on it as written: last year's dates
 * kept in this year's page (or the other way round). Undefined otherwise.
 */
function yearTheKindFits(sessions: readonly Session[], weekday: number): number | undefined {
  const live = sessions.filter((session) => session.status !== 'cancelled');
  if (live.length < FEWEST_COPIED) return undefined;
  const days = live.map((session) => session.dates.value!.days[0]!);
  if (days.some((day) => isoWeekday(day) === weekday)) return undefined;
  const years = new Set(days.map((day) => day.year));
  if (years.size > 2) return undefined;
  for (const shift of [1, -1]) {
    const fits = days.every((day) => isRealDate(day.year + shift, day.month, day.day) && isoWeekday({ year: day.year + shift, month: day.month, day: day.day }) === weekday);
    if (fits) return days[0]!.year + shift;
  }
  return undefined;
}

/**
 * The sessions (of one day each) that fall on another weekday than `weekday`, with their day
 * and its weekday, when most of them (two in three, three at least) do fall on it; none
 * otherwise, and none cancelled.
 */
function offTheWeekday(sessions: readonly Session[], weekday: number): Array<{ session: Session; day: PlainDate; actual: number }> {
  const on = sessions.filter((session) => isoWeekday(session.dates.value!.days[0]!) === weekday).length;
  if (on < FEWEST_ON_THE_WEEKDAY || on < sessions.length * MOST_ON_THE_WEEKDAY) return [];
  return sessions
    .filter((session) => session.status !== 'cancelled')
    .map((session) => ({ session, day: session.dates.value!.days[0]!, actual: isoWeekday(session.dates.value!.days[0]!) }))
    .filter((off) => off.actual !== weekday);
}

/**
 * The sessions of a page that holds them on one weekday as a habit (`Quand ? : le dernier
 * vendredi de chaque mois, rdv 12h30`, series-hours.ts): a session on another weekday is a
 * date a reader sees is wrong, when most of the sessions (two in three, three at least) do
 * fall on it, as a list under a weekday's heading (below). Only sessions of one day whose
 * date writes no weekday of its own (that one is checked by its date), nor a move.
 */
function checkSessionsOffTheirHabit(context: RuleContext): void {
  const byHabit = new Map<string, Session[]>();
  for (const session of context.programme.sessions) {
    const dates = session.dates.value;
    if (!session.habitWeekday || dates?.days.length !== 1 || dates.mentions.some((m) => m.weekday !== undefined)) continue;
    if (MOVED_ITEM.test(normaliseText(session.title.text))) continue;
    const key = `${session.habitWeekday.line} ${session.habitWeekday.weekday}`;
    byHabit.set(key, [...(byHabit.get(key) ?? []), session]);
  }
  for (const sessions of byHabit.values()) {
    const { weekday, line, byKind } = sessions[0]!.habitWeekday!;
    // `**Cours magistral:** Lundi 15h15 - 16h45` over `Cours 1 (20/01/2013)`, `Cours 2
    // (27/01/2013)`, each a Sunday, each a Monday in 2014: the page's dates kept last year's
    // year (uvsq-in420-crypto-2014, whose reader reported each one).
    const year = byKind ? yearTheKindFits(sessions, weekday) : undefined;
    if (year !== undefined) {
      for (const session of sessions.filter((one) => one.status !== 'cancelled')) {
        const day = session.dates.value!.days[0]!;
        context.report(
          'weekday-mismatch-habit-year',
          {
            where: rowWhere(context, session),
            weekday: context.say('weekday-name', { weekday }),
            date: longDate(context, day),
            actual: context.say('weekday-name', { weekday: isoWeekday(day) }),
            habitLine: line,
            year,
          },
          session.dates.position,
          { actual: session.dates.text },
        );
      }
      continue;
    }
    for (const { session, day, actual } of offTheWeekday(sessions, weekday)) {
      context.report(
        'weekday-mismatch-habit',
        {
          where: rowWhere(context, session),
          weekday: context.say('weekday-name', { weekday }),
          date: longDate(context, day),
          actual: context.say('weekday-name', { weekday: actual }),
          habitLine: line,
        },
        session.dates.position,
        { actual: session.dates.text },
      );
    }
  }
}

/**
 * The days of a list under a heading that names them as one weekday's
 * (`#### Disponibilités mardis midi-causeries & ateliers` over `- 13 septembre`, `- 8 mars`):
 * a day that falls on another weekday is a date a reader sees is wrong, when most of the
 * list's days (two in three, three at least) do fall on it. Only items that write no weekday
 * of their own (those are checked by their own date) and one day each.
 */
function checkListsUnderWeekdayHeadings(context: RuleContext): void {
  const nodes = context.tree.children;
  const headings = nodes.filter((node) => node.type === 'heading').map((node) => ({ line: node.position!.start.line, text: plainText(node) }));
  if (headings.length === 0) return;
  // The lists a label of their own introduces (`**Stages pendant les vacances :**`): another list than the heading's.
  const labelled = new Set<number>();
  nodes.forEach((node, index) => {
    const before = nodes[index - 1];
    if (node.type === 'list' && before?.type === 'paragraph' && (/:\s*$/.test(plainText(before)) || (before.children.length === 1 && before.children[0]!.type === 'strong'))) {
      labelled.add(node.position!.start.offset ?? -1);
    }
  });
  const byHeading = new Map<(typeof headings)[number], Session[]>();
  for (const session of context.programme.sessions) {
    const dates = session.dates.value;
    if (session.source !== 'list' || session.tableIndex !== undefined || dates?.days.length !== 1 || dates.mentions.some((m) => m.weekday !== undefined)) continue;
    if (session.listStart !== undefined && labelled.has(session.listStart)) continue;
    // `- 12 novembre (le lundi 11 est férié, décalé au mardi)`: an item that tells its own move.
    if (MOVED_ITEM.test(normaliseText(session.title.text))) continue;
    const above = headings.filter((heading) => heading.line < session.position.start.line).at(-1);
    if (above) byHeading.set(above, [...(byHeading.get(above) ?? []), session]);
  }
  for (const [heading, sessions] of byHeading) {
    const folded = normaliseText(heading.text);
    const named = new Set([...folded.matchAll(WEEKDAY_HABIT)].map((found) => WEEKDAY_NAMES.indexOf((found[1] ?? found[2])!) + 1));
    // `Répétitions les mardis (et exceptionnellement le jeudi 14 novembre)`: the heading names its exception.
    const written = new Set(folded.split(/[^a-z]+/).map((word) => word.replace(/s$/, '')).filter((word) => WEEKDAY_NAMES.includes(word)));
    if (named.size !== 1 || written.size !== 1) continue;
    const weekday = [...named][0]!;
    for (const { session, day, actual } of offTheWeekday(sessions, weekday)) {
      context.report(
        'weekday-mismatch-list-heading',
        {
          where: rowWhere(context, session),
          heading: heading.text,
          weekday: context.say('weekday-name', { weekday }),
          date: longDate(context, day),
          actual: context.say('weekday-name', { weekday: actual }),
        },
        session.dates.position,
        { actual: session.dates.text },
      );
    }
  }
}

/**
 * Dates written with a weekday in the text around the schedule (`le mercredi 29 novembre
 * 2024`, `Travail à faire pour le jeudi 10/03`, `Mardi 20-Mercredi 21 février 2019`, a
 * cell of a key-dates table): not sessions, but a weekday that does not fit its date is a
 * mistake a reader sees, and a coordinator wants to hear about. A date that writes no year
 * is checked in the year a reader gives it (yearOfYearless); the lines the sessions and
 * sections hold are checked above.
 */
function checkProse(context: RuleContext): void {
  const checked = new Set<number>();
  // A day heading over its slots is checked through its first slot; a commented-out block is
  // not read. A session or section whose date the reader could not resolve (no year known
  // to it) is checked here, in the year a reader gives it.
  for (const session of context.programme.sessions) {
    if (session.dates.value) checked.add(session.position.start.line).add(session.dates.position.start.line);
  }
  const hidden = hiddenRanges(context.source.text);
  for (const section of context.programme.sections) {
    if (section.dates.value) checked.add(section.heading.position.start.line);
    for (const sub of section.subHeadings) if (sub.day.value) checked.add(sub.heading.position.start.line);
  }
  // A date that repeats, weekday and all, one a session or section writes (a minutes table
  // under the meetings table) is the same mistake, reported once where the session is.
  const written = new Set(
    [...context.programme.sessions.map((session) => session.dates), ...context.programme.sections.map((section) => section.dates)].flatMap(
      (dates) => (dates.value?.mentions ?? []).map((m) => `${m.weekday}-${m.day}-${m.month}`),
    ),
  );
  const yearOf = yearOfYearless(context);
  // Every date the text writes with a weekday, first gathered: their years are decided
  // together, as a schedule's rows are, before any is checked.
  const found: Array<{ node: Nodes; expression: DateExpression }> = [];
  for (const node of walkNodes(context.tree)) {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') continue;
    if (checked.has(node.position!.start.line) || isHidden(hidden, node.position!.start.offset)) continue;
    const text = plainText(node);
    // Most text names no weekday, and is not parsed.
    if (!FULL_WEEKDAY.test(normaliseText(text))) continue;
    let rest = text;
    // A sentence may write several dates (`du lundi 3 au mercredi 5 mars, puis le jeudi 10 avril`).
    for (let n = 0; n < 8; n++) {
      const date = extractDateFromHeading(rest);
      if (!date) break;
      // `Date Test : 2026-03-22 (samedi - 2 jours avant)`: one whole day, its weekday in brackets after it.
      const [only, ...more] = date.expression.mentions;
      const given = only && more.length === 0 && only.weekday === undefined && only.year !== undefined ? bracketedWeekday(rest.slice(date.end)) : undefined;
      found.push({ node, expression: given ? { ...date.expression, mentions: [{ ...only!, weekday: given.weekday }] } : date.expression });
      rest = rest.slice(date.end);
    }
  }
  const years = weekdaysOverrule(
    found.map(({ expression }) => expression),
    found.map(({ expression }) => yearsOf(expression, yearOf)),
    yearOf.amongSessions,
  );
  found.forEach(({ node, expression }, i) => {
    expression.mentions.forEach((mention, k) => {
      const year = years[i]?.[k];
      if (mention.weekday === undefined || year === undefined || !isRealDate(year, mention.month, mention.day)) return;
      if (mention.year === undefined && written.has(`${mention.weekday}-${mention.day}-${mention.month}`)) return;
      const date = { year, month: mention.month, day: mention.day };
      // A date that writes no year is a mistake only if its weekday fits none of the years
      // the document points to (the sessions' and the front matter's may differ).
      if (!expression.mentions.some((m) => m.year !== undefined) && yearOf.others(date).some((other) => isoWeekday({ ...date, year: other }) === mention.weekday)) return;
      const where = context.say('line-label', { line: node.position!.start.line });
      checkWeekday(context, mention.weekday, date, mention.text, context.source.find(node.position!, mention.text), where);
    });
  });
}

/**
 * The years of the dates written in the text, checked against their weekdays the way a
 * schedule's rows are (overruleByWeekdays): a title that names a course's edition
 * (`Cours Web - Mines Paris 2025` over `Mardi 10/02`, `Vendredi 20/02`, all of 2026) says
 * less than weekdays of which none fits its year and all fit another. A date that writes
 * its year keeps it; weekdays that fit no year (a typo) leave the years as they were.
 */
function weekdaysOverrule(expressions: DateExpression[], years: Array<number[] | undefined>, amongSessions: boolean): Array<number[] | undefined> {
  // A year the sessions around give (their own weekdays checked) is held as a written one:
  // `Pour le mardi 8 avril` among the 2020 sessions of `Mardi 7 avril` is a slip, not 2025.
  const inferred = years.map((own, i): InferredYears | undefined =>
    own === undefined ? undefined : { years: own, source: amongSessions || expressions[i]!.mentions.some((m) => m.year !== undefined) ? 'cell' : 'heading' },
  );
  return overruleByWeekdays(expressions, inferred).years.map((own) => own?.years);
}

// A weekday written in full: an abbreviation (`mar`, `sam`) in prose is too often something else.
// Guarded (guarded-pattern.ts): most documents never write one in prose, and then the
// pattern is never compiled.
const FULL_WEEKDAY = guardedPattern(/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b/, ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/**
 * The year of each mention of a date written in prose: counted from the year it writes
 * (`Mardi 20-Mercredi 21 février 2019`), else the year a reader gives it from the document.
 */
function yearsOf(expression: DateExpression, yearOf: (date: { month: number; day: number }) => number | undefined): number[] | undefined {
  const relative = countYears({ ...expression, mentions: expression.mentions.map(({ year: _year, ...rest }) => rest) }, 0);
  const written = expression.mentions.findIndex((mention) => mention.year !== undefined);
  const first = expression.mentions[0];
  const base = written >= 0 ? expression.mentions[written]!.year! - relative[written]! : first && yearOf(first);
  return base === undefined ? undefined : relative.map((year) => year + base);
}

// How far around the sessions a year-less date in the text is taken to be about them.
const AROUND_DAYS = 62;

/**
 * The year a careful reader gives a date written without one: the one year that puts it
 * among the programme's sessions (within two months of the first and last) when their year
 * was not guessed from the last commit, else the year the front matter or a heading of the
 * document gives; none when that is not clear.
 */
function yearOfYearless(context: RuleContext): YearOfYearless {
  const clues = documentYearClues(context.tree, context.programme.title, undefined);
  const clueList = [clues.frontMatter, clues.otherHeadingYear, clues.nearbyDate && { near: clues.nearbyDate }].filter((clue) => clue !== undefined);
  const others = (date: { month: number; day: number }) => clueList.map((clue) => yearFromClue(clue, date));
  // Sessions whose year was guessed from the last commit (no year written, no weekday to
  // go by) do not say which year a sentence is in: a weekday there is checked only against
  // a year the document writes.
  const days = yearGuessedFromCommit(context)
    ? []
    : [
        ...context.programme.sessions.flatMap((session) => session.dates.value?.days ?? []),
        ...context.programme.sections.flatMap((section) => section.dates.value?.days ?? []),
      ].sort(compareDates);
  const first = days[0];
  const last = days.at(-1);
  if (first && last) {
    const from = Date.UTC(first.year, first.month - 1, first.day) - AROUND_DAYS * 86_400_000;
    const to = Date.UTC(last.year, last.month - 1, last.day) + AROUND_DAYS * 86_400_000;
    return Object.assign(({ month, day }: { month: number; day: number }) => {
      const fits: number[] = [];
      for (let year = first.year - 1; year <= last.year + 1; year++) {
        const at = Date.UTC(year, month - 1, day);
        if (at >= from && at <= to) fits.push(year);
      }
      return fits.length === 1 ? fits[0] : undefined;
    }, { others, amongSessions: true });
  }
  const clue = clueList[0];
  return Object.assign((date: { month: number; day: number }) => (clue === undefined ? undefined : yearFromClue(clue, date)), { others, amongSessions: false });
}

/** The year a reader gives a date written without one, and the other years the document points to. */
interface YearOfYearless {
  (date: { month: number; day: number }): number | undefined;
  others(date: { month: number; day: number }): number[];
  /** Whether the year is the sessions' (a date among them), not a clue's. */
  amongSessions: boolean;
}

/**
 * Whether the document's year was only guessed from the last commit (no year written, no
 * weekday to go by: guessed-year says so). A weekday is then checked only where its date
 * writes its year: against a guessed year, a weekday that does not fit says as much about
 * the guess as about the weekday.
 */
function yearGuessedFromCommit(context: RuleContext): boolean {
  return context.programme.sessions.some((session) => session.dates.value?.yearSource === 'commit');
}

function checkDates(context: RuleContext, dates: Field<ResolvedDates | undefined>, where: string, guessed: boolean): void {
  for (const mention of dates.value?.mentions ?? []) {
    if (mention.weekday === undefined || (guessed && mention.year === undefined)) continue;
    const date = { year: mention.resolvedYear, month: mention.month, day: mention.day };
    if (mention.year !== undefined && mention.year !== mention.resolvedYear) {
      // A year kept from last year's page, read in the year of the rows around it (year-inference.ts).
      const asWritten = { ...date, year: mention.year };
      context.report(
        'weekday-mismatch-copied-year',
        {
          text: mention.text,
          where,
          writtenYear: mention.year,
          year: mention.resolvedYear,
          date: longDate(context, asWritten),
          actual: context.say('weekday-name', { weekday: isoWeekday(asWritten) }),
          written: context.say('weekday-name', { weekday: mention.weekday }),
        },
        context.source.find(dates.position, mention.text),
        { actual: mention.text },
      );
      continue;
    }
    checkWeekday(context, mention.weekday, date, mention.text, context.source.find(dates.position, mention.text), where);
  }
}

/**
 * A weekday written outside the dates cell, about a one-day row: in a column header that
 * names the day of its column (`Date (mardi)`, `Cours (vendredi)`), alone in a second
 * column of days (`| 15/04/2026 | Mar |`), or in a remark of the
 * row (`/!\\ Exceptionnellement, la session a lieu un vendredi`). A row whose dates cell
 * writes its own weekday is checked by that one.
 */
function checkWrittenAround(context: RuleContext, session: Session): void {
  const dates = session.dates.value;
  const day = dates?.days.length === 1 ? dates.days[0] : undefined;
  if (!day || dates!.mentions.some((mention) => mention.weekday !== undefined)) return;
  checkBracketedWeekday(context, session, day);
  const columns = session.tableIndex === undefined ? [] : (context.programme.tables[session.tableIndex]?.columns ?? []);
  const where = rowWhere(context, session);
  for (const column of columns) {
    const cell = session.cells[column.index];
    const named = weekdayNamedIn(column.header);
    if (named === undefined || !cell || (column.role !== 'dates' && cell.text === '')) continue;
    checkWeekday(context, named, day, column.header, column.role === 'dates' ? session.dates.position : cell.position, where);
  }
  for (const column of columns) {
    // A second column of days (`| Date | Jour |`, `| Date | Day |`) that writes the weekday
    // alone (`Mar`, `mercredi`, `Ven.`): the row's weekday, written beside its date.
    const cell = session.cells[column.index];
    if (column.role === 'dates' || !cell || columnRole(column.header) !== 'dates') continue;
    const weekday = weekdayAlone(cell.text);
    if (weekday !== undefined) checkWeekday(context, weekday, day, cell.text, cell.position, where);
  }
  for (const [index, cell] of session.cells.entries()) {
    if (columns[index]?.role === 'dates') continue;
    const remark = weekdayInRemark(cell.text);
    if (remark) checkWeekday(context, remark.weekday, day, remark.text, context.source.find(cell.position, remark.text), where);
  }
}

// A weekday in brackets right after a date (folded): `20/01/2026 (Lundi)`, `2026-03-22 (samedi - 2 jours avant)`.
// Not a weekday told relative to the date (`(dimanche précédent : relâche)`, `(mardi prochain)`).
const BRACKETED_WEEKDAY = new RegExp(String.raw`^ ?\((${WEEKDAY_NAMES.join('|')})(?![a-z])(?! (?:precedent|suivant|prochain|dernier|d'avant|d'apres|avant|apres|d'ensuite)(?![a-z]))`);

/** The weekday `after` (the text right after a date) gives in brackets, where it stands in it and as written. */
function bracketedWeekday(after: string): { weekday: number; at: number; text: string } | undefined {
  const found = BRACKETED_WEEKDAY.exec(normaliseText(after.slice(0, 24)));
  if (!found) return undefined;
  const at = after.indexOf('(') + 1;
  return { weekday: WEEKDAY_NAMES.indexOf(found[1]!) + 1, at, text: after.slice(at, at + found[1]!.length) };
}

/**
 * The weekday a one-day session's date gives in brackets right after it, its year written
 * (`**Échéance** : 20/01/2026 (Lundi)`, a Tuesday): the date's weekday, set apart.
 */
function checkBracketedWeekday(context: RuleContext, session: Session, day: PlainDate): void {
  const end = session.dates.position.end.offset;
  if (end === undefined || !session.dates.value!.mentions.every((mention) => mention.year !== undefined)) return;
  const given = bracketedWeekday(context.source.text.slice(end));
  if (given) checkWeekday(context, given.weekday, day, given.text, context.source.span(end + given.at, end + given.at + given.text.length), rowWhere(context, session));
}

/**
 * The weekday an event of the front matter's list restates in its description (`date:
 * '09/09/2025 06:30 pm'` beside `description: 'Lundi 9 septembre aura lieu l'atelier…'`, 9
 * September 2025 a Tuesday): the day and month the description writes are the event's, so
 * its weekday must be the date's. A description that names another day speaks of another.
 */
function checkEventDescriptions(context: RuleContext): void {
  const described = eventDescriptions(context.tree, context.source);
  if (described.length === 0) return;
  for (const session of context.programme.sessions) {
    const dates = session.dates.value;
    const day = dates?.days.length === 1 ? dates.days[0] : undefined;
    const event = day ? described.find((one) => one.lineOffset === session.position.start.offset) : undefined;
    if (!day || !event) continue;
    for (const entry of event.entries) {
      const date = extractDateFromHeading(entry.value);
      const mention = date?.expression.mentions[0];
      if (!date || !mention || mention.weekday === undefined || mention.day !== day.day || mention.month !== day.month) continue;
      // A year the description writes is another year's day (`Depuis le lundi 16 septembre 2019`);
      // against a year only guessed from the commit, a weekday says as much about the guess.
      if ((mention.year !== undefined && mention.year !== day.year) || (mention.year === undefined && dates!.yearSource === 'commit')) continue;
      const at = valueOffset(entry, date.start);
      checkWeekday(context, mention.weekday, day, date.dateText, context.source.span(at, valueOffset(entry, date.end)), rowWhere(context, session));
    }
  }
}

// A body's opening words that name its event's day by its weekday alone: then the town or
// hall it is held in (`Samedi à Saint Aignan de Grandlieu, les Diabolos …`), the evening
// (`Vendredi soir, …`), or as coming (`Samedi prochain`, `Ce samedi`); folded but for the
// place's capital. A weekday set otherwise tells as often of another day than the event's: a
// deadline (`Jeudi au plus tard, merci de confirmer`), the setting up (`Samedi dès 14h, les
// bénévoles montent les chapiteaux`), the registration (`Lundi de 9h à 12h, les inscriptions
// …`), a news item (`Lundi, la mairie a confirmé …`), a field (`Dimanche : le club est fermé`).
const OPENING_WEEKDAY = new RegExp(String.raw`^(?:(ce) (${WEEKDAY_NAMES.join('|')})(?![a-z])|(${WEEKDAY_NAMES.join('|')})(?: (?:soir|prochain)(?![a-z])| a (?=\p{Lu})))`, 'u');

/**
 * An event's page dated in its front matter (`begin_date: 2025-01-24 19:00`, a Friday) whose
 * body opens by naming the day by its weekday alone (`Samedi à Saint Aignan de Grandlieu, les
 * Diabolos vont …`): the weekday a reader is told first is not the date's. Only a page of
 * one session on one day, only its body's first paragraph, and only when its first sentence
 * names no other weekday and tells of nothing past (`Lundi, la mairie a confirmé …`): a
 * weekday further down may tell of anything else.
 */
function checkOpeningWeekday(context: RuleContext): void {
  const front = frontMatterNode(context.tree)?.node;
  const sessions = context.programme.sessions.filter((session) => session.dates.value);
  const session = sessions.length === 1 ? sessions[0]! : undefined;
  const day = session?.dates.value!.days.length === 1 ? session.dates.value!.days[0] : undefined;
  if (!front || !session || !day || (session.dates.position?.start.offset ?? 0) > (front.position?.end.offset ?? 0)) return;
  const opening = context.tree.children.find((node) => node !== front && node.type !== 'html');
  if (opening?.type !== 'paragraph') return;
  const text = plainText(opening);
  // Folded but for its case: the place after `à` keeps its capital (normaliseText keeps one character for each).
  const folded = normaliseText(text).split('').map((character, k) => (/\p{Lu}/u.test(text[k] ?? '') && k > 0 ? character.toUpperCase() : character)).join('');
  const found = OPENING_WEEKDAY.exec(folded);
  if (!found) return;
  const stop = /[.!?](?:\s|$)/.exec(text);
  const sentence = stop ? text.slice(0, stop.index) : text;
  const weekdays = normaliseText(sentence).split(/[^a-z]+/).filter((word) => (WEEKDAY_NAMES as readonly string[]).includes(word));
  if (weekdays.length !== 1 || toldInPast(sentence)) return;
  const name = found[2] ?? found[3]!;
  const at = found[1] ? found[1].length + 1 : 0;
  const words = text.slice(at, at + name.length);
  checkWeekday(context, WEEKDAY_NAMES.indexOf(name) + 1, day, words, context.source.find(opening.position!, words), rowWhere(context, session));
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

/** The weekday a header names in full (`Date (mardi)`), if exactly one. */
function weekdayNamedIn(header: string): number | undefined {
  const words = normaliseText(header).split(/[^a-z]+/);
  const named = WEEKDAY_NAMES.filter((name) => words.includes(name));
  return named.length === 1 ? WEEKDAY_NAMES.indexOf(named[0]!) + 1 : undefined;
}

// `a lieu un vendredi`, `aura lieu le mardi`, `se tient un jeudi`, `se déroule le lundi`.
// Guarded (guarded-pattern.ts): V8 compiled it in about 2.7 million instructions on every
// document, and few write such a remark.
const REMARK = guardedPattern(
  /\b((?:a|aura) lieu|se (?:tient|tiendra|deroule|deroulera)) (?:un|le|ce) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/,
  ['a lieu', 'se tien', 'se deroul'],
);

/** A remark that says on which weekday the session takes place, and its words as written. */
function weekdayInRemark(text: string): { weekday: number; text: string } | undefined {
  const folded = normaliseText(text);
  const found = REMARK.exec(folded);
  if (!found || folded.length !== text.length) return found ? { weekday: WEEKDAY_NAMES.indexOf(found[2]!) + 1, text } : undefined;
  return { weekday: WEEKDAY_NAMES.indexOf(found[2]!) + 1, text: text.slice(found.index, found.index + found[0].length) };
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
