/*
 * A timesheet's table: a student's or an intern's log of the hours worked each day
 * (`| Date | Heures passées | Indications |`, `| jours | Matin in | Matin out | ... |
 * **Total** | ***Flex*** |`). Its dated rows are days worked, written after the fact, and
 * its hours a duration or a clocking: a reader puts none of it in a calendar, so it is
 * neither a schedule table (find-schedule-table.ts) nor a day's agenda (read-day-agendas.ts).
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { Table } from 'mdast';
import { columnRole } from './column-roles.js';
import { plainText } from './plain-text.js';
import { bareWeekday } from './week-anchor.js';

// Folded headers that name time spent or clocked: `Heures passées`, `Temps passé`,
// `Heures travaillées`, `Pointage`, a flexitime balance `Flex`, overtime (`Heures sup`), a
// clocked break (`Début de la pause`, `Fin de la pause`). Not a course plan's
// `Temps de travail personnel`, the work asked of students for each session.
const TIME_WORKED = /(?:^| )(?:heures? (?:passees?|travaillees?|effectuees?|sup|supplementaires?)|temps (?:passe|travaille)|pointage|flex|(?:debut|fin) de (?:la )?pause)(?: |$)/;

// Folded headers that open on a running sum of that time (`Total à partir du 7/05`,
// `Cumul`): in a table where no column names what happens, a total is time counted, and
// its `28h30` a duration, not an hour of the day.
const RUNNING_TOTAL = /^(?:total|cumul|cumule)(?: |$)/;
// A total of people, not of time (`Total participants`, `Total inscrits`).
const PEOPLE = /(?:^| )(?:participants?|inscrits?|inscriptions?|personnes?|eleves?|etudiants?|presents?|membres?|places?|joueurs?)(?: |$)/;

/**
 * Whether a column named by a weekday (`| Mardi |`) says, in words, what happens on most of
 * its rows (`EF 6 km Z2`): a timesheet's weekdays hold times and durations (`8h-12h`,
 * `7h30`), a training plan's what is done. Only a weekday's column: a timesheet's comment
 * or name column (`Commentaire`, `Nom`) says words too.
 */
function saysWhatHappens(table: Table, headers: readonly string[]): boolean {
  return headers.some((header, index) => {
    if (bareWeekday(header) === undefined) return false;
    const filled = table.children.slice(1).map((row) => (row.children[index] ? plainText(row.children[index]!).trim() : '')).filter((text) => text !== '');
    return filled.length >= 2 && filled.filter((text) => WORDS.test(text)).length * 2 > filled.length;
  });
}

// Two letters or more in a row: a word, not a unit of time (`7h30`).
const WORDS = /\p{L}{2}/u;

/**
 * Whether a table keeps the time someone worked, as its headers say: time spent, a
 * clocking, a clock-in and a clock-out of the same part of the day (`Matin in`, `Matin
 * out`), or a running total of it (`Total`, `Cumul`) beside no weekday's column that says
 * in words what happens (a training plan's `Total` of kilometres beside `| Mardi |` runs);
 * and no column named for what happens (`Séance`, `Activité`): a stay's `Activité |
 * Check-in | Check-out` is a programme.
 */
export function keepsTimeWorked(table: Table): boolean {
  const headers = table.children[0]?.children.map((cell) => plainText(cell)) ?? [];
  if (headers.some((header) => ['title', 'theme'].includes(columnRole(header) ?? ''))) return false;
  const phrases = headers.map((header) => normaliseText(header).split(/[^a-z0-9]+/).filter((word) => word !== '').join(' '));
  if (phrases.some((phrase) => TIME_WORKED.test(phrase))) return true;
  if (phrases.some((phrase) => RUNNING_TOTAL.test(phrase) && !PEOPLE.test(phrase)) && !saysWhatHappens(table, headers)) return true;
  const clockIns = new Set(phrases.filter((phrase) => / in$/.test(phrase)).map((phrase) => phrase.slice(0, -3)));
  return phrases.some((phrase) => / out$/.test(phrase) && clockIns.has(phrase.slice(0, -4)));
}
