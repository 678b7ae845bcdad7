/*
 * A table of a course's graded work (`| Travail/Examen | Pondération | Échéance |`, `| TP1 |
 * 5% | 3 février 2026 |`): what each piece of work weighs in the mark and when it is due. Beside
 * the course's calendar it restates the calendar's deadlines and exams rather than adding
 * sessions; the check `event-dates-mismatch` holds the two together.
 */
import type { Table } from 'mdast';
import { namesWeights } from './column-roles.js';
import { plainText } from './plain-text.js';
import type { Session } from './model.js';
import type { PlainDate } from '../dates/types.js';

// A cell that is a share of the mark (`20%`, `20 %`, `**15 %**`).
const SHARE = /^\d{1,3}[.,]?\d{0,3} ?%$/;

/** The index of a table's column of weights in the mark, by its header's words or by most of its cells being shares (`20%`). */
export function weightColumn(table: Table): number | undefined {
  const [header, ...rows] = table.children;
  if (!header) return undefined;
  const named = header.children.findIndex((cell) => namesWeights(plainText(cell)));
  if (named >= 0) return named;
  for (let column = 0; column < header.children.length; column++) {
    const shares = rows.filter((row) => SHARE.test(plainText(row.children[column] ?? { type: 'tableCell', children: [] }).trim())).length;
    if (rows.length >= 2 && shares * 2 > rows.length) return column;
  }
  return undefined;
}

/** Whether a table is a list of graded work with its weights (see above). */
export function isGradedWorkTable(table: Table): boolean {
  return weightColumn(table) !== undefined;
}

/**
 * The sessions of a document's tables without the rows of its tables of graded work, when a
 * calendar stands beside them whose classes fall on most days they date (`graded`: whether
 * each table, by its index, is one), each renumbered in the document's order. Their rows were read, so a date that cannot be read in
 * them is still reported; alone on the page, such a table keeps its rows as sessions.
 */
export function withoutGradedWork(sessions: Session[], graded: boolean[]): Session[] {
  if (!graded.includes(true) || graded.every(Boolean)) return sessions;
  const isGraded = (session: Session) => session.tableIndex !== undefined && graded[session.tableIndex] === true;
  // It restates the calendar when half its dated rows at least fall on days the calendar holds
  // a class on (`| 3 février 2026 |` due on the Tuesday of the course; a project's code due on
  // a Sunday at 23:59 beside its exam and its presentation in class): work all due on Sundays
  // beside a plan of weeks (`| L1 | 24/05 | … | 15% |`) is the page's only word on those days.
  const dayKey = (day: PlainDate) => `${day.year}-${day.month}-${day.day}`;
  const calendarDays = new Set(sessions.filter((session) => !isGraded(session)).flatMap((session) => (session.dates.value?.days ?? []).map(dayKey)));
  const dated = sessions.filter((session) => isGraded(session) && session.dates.value?.days.length);
  const onClassDays = dated.filter((session) => session.dates.value!.days.every((day) => calendarDays.has(dayKey(day))));
  if (onClassDays.length * 2 < dated.length) return sessions;
  const kept = sessions.filter((session) => !isGraded(session));
  const renumbered = new Map(kept.map((session, index) => [session.rowIndex, index]));
  return kept.map((session) => ({
    ...session,
    rowIndex: renumbered.get(session.rowIndex)!,
    ...(session.dayFrom === undefined ? {} : { dayFrom: renumbered.get(session.dayFrom)! }),
  }));
}
