/*
 * What a course page writes once, in its prose, that dates the rows of its plan of weeks:
 * - the weekday of its classes and their hours (`Cours : Jeudi, 09h30 - 12h30, PK-R610`,
 *   `- Mardi, 13h30 - 16h30`, `Horaire : mercredi 13h30-16h30`, `Les cours ont lieu le
 *   mardi, de 13h30 à 16h30.`, `les cours ont lieu le jeudi et les ateliers le mardi`);
 * - the day of a numbered week (`Semaine 1 : 28 août`, `Semaine 1 (28 août)`, `le mercredi
 *   6 novembre (semaine 45)`, `## Semaine 1` over `Commençant le lundi 17 février`);
 * - the day the classes start (`Début des cours : 4 septembre`, `Premier cours le 5
 *   septembre`, `Les cours commencent le mardi 27 août`): the first week of the plan.
 * A reader takes each from the sentence that writes it; so does this. Written by hand on
 * the date and hour grammars' tokens: these are phrasings, not a format.
 */
import type { Root, TableRow } from 'mdast';
import type { Position } from 'unist';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { tokenize } from '../dates/tokenize.js';
import type { DayMention } from '../dates/types.js';
import { plainText } from './plain-text.js';
import { walkNodes } from './walk-nodes.js';

/** A weekday the page gives its classes, with the hours written with it and the words that name what meets then. */
export interface CourseDay {
  weekday: number;
  /** The hours as written (`09h30 - 12h30`), when a range is written with the weekday. */
  hours?: string;
  /** The folded words before a colon that name what meets that day (`cours`, `atelier`); empty when none. */
  label: string[];
  /** That label as written (`Cours Magistraux`), when there is one. */
  labelText?: string;
  /** The paragraph or heading that writes it. */
  where?: Position;
  /** Whether the sentence says it is a habit of the course (a label, hours, `les cours ont lieu le mardi`). */
  classes: boolean;
}

/** A day the page ties to a week of its plan: `week` is the number written, or undefined for the first week (`Début des cours`). */
export interface WeekDay {
  week?: number;
  day: DayMention;
}

/** What a page writes once that dates its plan of weeks. */
export interface CourseWeekFacts {
  days: CourseDay[];
  weekDays: WeekDay[];
}

// A weekday named as the course's habit or slot: the name, maybe plural, not followed by a day number.
const WEEKDAY_WORD = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join('|')})s?\b`, 'g');
// The same, to ask whether a text names one: without the `g` flag, `test` keeps no state between calls.
const NAMES_A_WEEKDAY = new RegExp(WEEKDAY_WORD.source);
// Words that say a sentence is about when the course meets (folded).
const CLASS_WORDS = new Set(['cours', 'seance', 'seances', 'classe', 'classes', 'class', 'horaire', 'horaires', 'lecture', 'lectures', 'td', 'tp', 'atelier', 'ateliers', 'laboratoire', 'laboratoires', 'labo', 'labos', 'quand', 'when', 'schedule', 'lieu', 'reunion', 'reunions', 'rencontre', 'rencontres']);
// `ont lieu le mardi`, `tous les mardis`, `chaque mardi`, `le mardi` as a habit.
const HABIT = /\b(?:ont lieu|a lieu|se tiennent|se deroulent|tous les|toutes les|chaque|every|les|le)\s+$/;
// The start of the classes (folded), before its day.
const STARTS = /\b(?:debut des cours|debut du cours|debut des seances|premier cours|premiere seance|rentree|les cours (?:commencent|debutent|reprennent)|le cours (?:commence|debute)|commencant le|classes start|first class)\b/;
// A week named by its number in prose (folded): `semaine 45`, `semaine #6`, `sem. 3`, `week 4`.
const WEEK_NUMBER = /\b(?:semaine|sem|week)\.?[ ]{0,2}#?[ ]{0,2}(\d{1,2})\b/g;
// How far after a weekday its hours may be written, in characters (`Jeudi, 09h30 - 12h30`, `le mardi, de 13h30 à 16h30`).
const HOURS_WINDOW = 80;
// How many weekdays may share one range of hours (`le lundi, le mardi et le jeudi, de 9h à 12h`).
const JOINED_DAYS = 6;
// What joins two weekdays that share their hours (folded): `et le`, `,`, `ou`, `/`.
const JOINS = new Set([',', '/', '&', 'et', 'ou', 'and']);
const ARTICLES = new Set(['le', 'les', 'the']);

// Whether the words between two weekdays only join them (`et le`, `, `, `ou`): a mark or a conjunction, then an article.
function joins(between: string): boolean {
  const words = between.replace(/[,/&]/g, ' $& ').split(' ').filter((word) => word !== '');
  if (words.length > 2) return false;
  if (words.length === 2) return JOINS.has(words[0]!) && ARTICLES.has(words[1]!);
  return words.length === 0 || JOINS.has(words[0]!) || ARTICLES.has(words[0]!);
}
// How far after a week's number its day may be written, in characters (`Semaine 1 : lundi 1er septembre 2025`).
const WEEK_WINDOW = 48;
// How far, in characters, a week's number and its day may stand apart (`le mercredi 6 novembre (semaine 45)`).
const NEAR = 6;

/** The facts a page writes before `limit` (an offset: the plan's table) about its weeks and its classes' weekdays. */
export function courseWeekFacts(tree: Root, limit: number): CourseWeekFacts {
  const days: CourseDay[] = [];
  const weekDays: WeekDay[] = [];
  let weekHeading: number | undefined;
  for (const node of walkNodes(tree)) {
    const field = node.type === 'tableRow' ? fieldRowText(node) : undefined;
    if (node.type !== 'paragraph' && node.type !== 'heading' && field === undefined) continue;
    const at = node.position?.start.offset ?? 0;
    if (at >= limit) break;
    const text = field ?? plainText(node);
    const folded = normaliseText(text);
    days.push(...courseDaysIn(text, folded).map((day) => (node.position ? { ...day, where: node.position } : day)));
    const dated = weekDaysIn(text, folded);
    weekDays.push(...dated);
    // `## Semaine 1` over `Commençant le lundi 17 février`: the heading's week, the line's day.
    if (node.type === 'heading') {
      const only = /^(?:semaine|sem|week) ?(\d{1,2})$/.exec(folded.replace(/[^a-z0-9]/g, ' ').replace(/\s+/g, ' ').trim());
      weekHeading = only ? Number(only[1]) : undefined;
    } else if (weekHeading !== undefined && dated.length === 0) {
      const day = startDay(text, folded, /\b(?:commencant le|debutant le|a partir du|du|semaine du)\b/);
      if (day) weekDays.push({ week: weekHeading, day });
      weekHeading = undefined;
    }
    if (dated.length === 0) {
      const start = startDay(text, folded, STARTS);
      if (start) weekDays.push({ day: start });
    }
  }
  return { days, weekDays };
}

/**
 * A row of a table of the course's fields, read as the field it is (`| **Plage horaire** |
 * **Jeudi, 15h30 à 18h20** |` as `Plage horaire : Jeudi, 15h30 à 18h20`): two cells, the first
 * a label that names no weekday and writes no figure. Undefined for any other row.
 */
function fieldRowText(row: TableRow): string | undefined {
  if (row.children.length !== 2) return undefined;
  const label = plainText(row.children[0]!).trim();
  if (label === '' || /\d/.test(label) || NAMES_A_WEEKDAY.test(normaliseText(label))) return undefined;
  return `${label} : ${plainText(row.children[1]!).trim()}`;
}

// The weekdays a sentence gives the course, each with the hours written after it up to the next weekday.
function courseDaysIn(text: string, folded: string): CourseDay[] {
  const found: CourseDay[] = [];
  const colon = folded.indexOf(':');
  const matches = [...folded.matchAll(WEEKDAY_WORD)];
  matches.forEach((match, n) => {
    const from = match.index!;
    const to = matches[n + 1]?.index ?? folded.length;
    const after = folded.slice(from + match[0].length);
    // `mardi 12 mars` is a date, not the course's weekday; `mardi 13h30` is its hours.
    if (/^\s*\d{1,2}(?!\d)(?!\s*(?:h|:))/.test(after)) return;
    const label = colon >= 0 && colon < from ? foldedWords(folded.slice(0, colon)) : [];
    // `le mardi et le jeudi, de 18h à 19h`: weekdays joined with nothing between share the hours after the last.
    let end = to;
    for (let next = n + 1; next < matches.length && next <= n + JOINED_DAYS && joins(folded.slice(matches[next - 1]!.index! + matches[next - 1]![0].length, matches[next]!.index)); next++) {
      end = matches[next + 1]?.index ?? folded.length;
    }
    const hours = hoursIn(text.slice(from, Math.min(to, from + HOURS_WINDOW))) ?? (end === to ? undefined : hoursIn(text.slice(from, Math.min(end, from + HOURS_WINDOW * JOINED_DAYS))));
    const habit = HABIT.test(folded.slice(Math.max(0, from - 24), from));
    const classes = hours !== undefined || label.length > 0 || (habit && foldedWords(folded).some((word) => CLASS_WORDS.has(word)));
    if (!classes && !habit) return;
    const labelText = label.length > 0 ? text.slice(0, text.indexOf(':')).trim() : '';
    found.push({ weekday: WEEKDAY_NAMES.indexOf(match[1]!) + 1, ...(hours ? { hours } : {}), label, ...(labelText ? { labelText } : {}), classes });
  });
  return found;
}

// The one range of hours written in a piece of a sentence (`, 09h30 - 12h30, PK-R610`), as written.
function hoursIn(piece: string): string | undefined {
  const toks = tokenize(piece);
  for (let k = 0; k < toks.length; k++) {
    const last = hoursExtentAt(toks, k);
    if (last === undefined) continue;
    const written = piece.slice(toks[k]!.from, toks[last]!.to);
    const parsed = parseFrenchHours(written);
    return parsed.ok && parsed.slots.length === 1 && parsed.slots[0]!.end ? written : undefined;
  }
  return undefined;
}

// The days a sentence ties to a week's number: right after it (`Semaine 1 : 28 août`,
// `Semaine 1 (28 août)`, `semaine 1 du 28 août`) or right before it (`le mercredi 6
// novembre (semaine 45)`).
function weekDaysIn(text: string, folded: string): WeekDay[] {
  const found: WeekDay[] = [];
  for (const match of folded.matchAll(WEEK_NUMBER)) {
    const week = Number(match[1]);
    const end = match.index! + match[0].length;
    const after = extractDateFromHeading(text.slice(end, end + WEEK_WINDOW));
    const gap = after ? normaliseText(text.slice(end, end + after.start)).replace(/\b(?:du|de|le|commencant|debutant)\b/g, '') : '';
    if (after && /^[\s:(\-\u2013\u2014,.]*$/.test(gap) && after.expression.mentions[0]) {
      found.push({ week, day: after.expression.mentions[0] });
      continue;
    }
    const before = text.slice(Math.max(0, match.index! - 60), match.index!);
    const last = lastDateIn(before);
    if (last && before.length - last.end <= NEAR && /^[\s(,\-\u2013\u2014]*$/.test(before.slice(last.end))) found.push({ week, day: last.day });
  }
  return found;
}

// The last day written in a piece of text, and where it ends.
function lastDateIn(text: string): { day: DayMention; end: number } | undefined {
  let from = 0;
  let last: { day: DayMention; end: number } | undefined;
  for (;;) {
    const found = extractDateFromHeading(text.slice(from));
    const mention = found?.expression.mentions[0];
    if (!found || !mention) return last;
    last = { day: found.expression.mentions.at(-1)!, end: from + found.end };
    from += found.end;
  }
}

// The one day a sentence writes right after the words that say the classes start
// (`Début des cours : 4 septembre`, `Le premier cours est le mardi 2 septembre`).
function startDay(text: string, folded: string, opening: RegExp): DayMention | undefined {
  const match = opening.exec(folded);
  if (!match) return undefined;
  const end = match.index + match[0].length;
  const gap = startGap(folded.slice(end, end + START_WINDOW));
  const found = extractDateFromHeading(text.slice(end + gap, end + gap + START_WINDOW));
  if (!found || found.start !== 0 || found.expression.kind !== 'single' || found.expression.mentions.length !== 1) return undefined;
  return found.expression.mentions[0];
}

// How far after the words that say the classes start their day may begin, in characters.
const START_WINDOW = 40;
// Marks and words that may stand between the words that say the classes start and their day (folded).
const START_MARK = /^[\s:,\-\u2013\u2014(]+/;
const START_WORD = /^(?:est|sera|aura|a|lieu|prevu|prevue|le|du|au|on|is)\s+/;

// How long the marks and words between the start words and their day are (`est le `, ` : `).
function startGap(text: string): number {
  let at = START_MARK.exec(text)?.[0].length ?? 0;
  for (let word = START_WORD.exec(text.slice(at)); word; word = START_WORD.exec(text.slice(at))) at += word[0].length;
  return at;
}
