/*
 * A timesheet's table: a student's or an intern's log of the hours worked each day
 * (`| Date | Heures passées | Indications |`, `| jours | Matin in | Matin out | ... |
 * **Total** | ***Flex*** |`). Its dated rows are days worked, written after the fact, and
 * its hours a duration or a clocking: a reader puts none of it in a calendar, so it is
 * neither a schedule table (find-schedule-table.ts) nor a day's agenda (read-day-agendas.ts).
 */
import { normaliseText } from '../dates/normalise-text.js';
import { columnRole } from './column-roles.js';

// Folded headers that name time spent or clocked: `Heures passées`, `Temps passé`,
// `Heures travaillées`, `Pointage`, a flexitime balance `Flex`. Not a course plan's
// `Temps de travail personnel`, the work asked of students for each session.
const TIME_WORKED = /(?:^| )(?:heures? (?:passees?|travaillees?|effectuees?)|temps (?:passe|travaille)|pointage|flex)(?: |$)/;

// Folded headers that open on a running sum of that time (`Total à partir du 7/05`,
// `Cumul`): in a table where no column names what happens, a total is time counted, and
// its `28h30` a duration, not an hour of the day.
const RUNNING_TOTAL = /^(?:total|cumul|cumule)(?: |$)/;
// A total of people, not of time (`Total participants`, `Total inscrits`).
const PEOPLE = /(?:^| )(?:participants?|inscrits?|inscriptions?|personnes?|eleves?|etudiants?|presents?|membres?|places?|joueurs?)(?: |$)/;

/**
 * Whether a table's headers keep the time someone worked: time spent, a clocking, a
 * clock-in and a clock-out of the same part of the day (`Matin in`, `Matin out`), or a
 * running total of it (`Total`, `Cumul`), and no column names what happens (`Séance`,
 * `Activité`): a stay's `Activité | Check-in | Check-out` is a programme.
 */
export function keepsTimeWorked(headers: readonly string[]): boolean {
  if (headers.some((header) => ['title', 'theme'].includes(columnRole(header) ?? ''))) return false;
  const phrases = headers.map((header) => normaliseText(header).split(/[^a-z0-9]+/).filter((word) => word !== '').join(' '));
  if (phrases.some((phrase) => TIME_WORKED.test(phrase))) return true;
  if (phrases.some((phrase) => RUNNING_TOTAL.test(phrase) && !PEOPLE.test(phrase))) return true;
  const clockIns = new Set(phrases.filter((phrase) => / in$/.test(phrase)).map((phrase) => phrase.slice(0, -3)));
  return phrases.some((phrase) => / out$/.test(phrase) && clockIns.has(phrase.slice(0, -4)));
}
