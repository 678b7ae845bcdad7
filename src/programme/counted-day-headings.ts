/*
 * Days a programme counts rather than dates: `### Jour 1`, `### Jour 2`, `### Jour 3` over
 * each day's agenda, the period told once elsewhere on the page (`La formation aura lieu du
 * lundi 31 août 2020 … au mercredi 2 septembre 2020`, `du lundi 22 au vendredi 26/11/2021`).
 * A reader lays the counted days on the period's days in order when the counts agree: three
 * days from 31 August, Jour 2 is 1 September; five counted days over a period of five
 * working days and a weekend are its weekdays. In the reading tree only (reading-tree.ts),
 * each such heading is read with its day written after it (`Jour 2 — mardi 1 septembre
 * 2020`), as a heading that dates itself; the file is not touched. Nothing is read when the
 * counts disagree, when the page tells two such periods, or when a heading names a weekday
 * its day is not. Written by hand over the date grammar's tokens: it is the layout of a page.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { consecutiveDaySets, dayRuns } from '../dates/day-runs.js';
import { extractDateFromHeading } from '../dates/french-dates.js';
import { MONTH_NAMES, WEEKDAY_NAMES, weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { daysFromTo, isRealDate, isoWeekday, toIsoDate } from '../dates/plain-date.js';
import { tokenize } from '../dates/tokenize.js';
import type { DayMention, PlainDate } from '../dates/types.js';
import { plainText } from './plain-text.js';
import { walkNodes } from './walk-nodes.js';

// `Jour 1`, `Journée 2`, `J3`, `Day 4` (folded), after any mark or emoji; the number is the count.
const COUNTED = /^(?:jour|journee|day|j) ?(\d{1,2})(?![\d])/;
// `Premier jour`, `Deuxième journée` (folded): the count in words.
const ORDINAL = /^(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme) (?:jour|journee)(?![a-z])/;
const ORDINALS = new Map([['premier', 1], ['premiere', 1], ['deuxieme', 2], ['second', 2], ['seconde', 2], ['troisieme', 3], ['quatrieme', 4], ['cinquieme', 5], ['sixieme', 6], ['septieme', 7]]);
// A programme counts its days in a week or two; a longer count is a course's log of days, read elsewhere.
const MOST_DAYS = 14;
// How far after `du <day>` its `au <day>` may stand, hours and remarks between (`du lundi 31 août 2020 - 10:00 (accueil café à 9:30) au …`).
const RUN_REACH = 24;

/** The day a heading counts (`Jour 2 – Identification` is 2), or undefined. */
function countedDay(heading: Heading): number | undefined {
  const folded = normaliseText(plainText(heading)).replace(/^[^a-z0-9]+/, '');
  const numbered = COUNTED.exec(folded);
  if (numbered) return Number(numbered[1]);
  const worded = ORDINAL.exec(folded);
  return worded ? ORDINALS.get(worded[1]!) : undefined;
}

/**
 * The weekday a heading names beside its count (`Jour 1 (lundi)`), and the day number it
 * writes right after it (`Jour 1 - jeudi 13` is 13), each undefined when not written.
 */
function namedDay(heading: Heading): { weekday?: number; number?: number } {
  const toks = tokenize(plainText(heading));
  for (let k = 0; k < toks.length; k++) {
    const token = toks[k]!;
    const weekday = token.kind === 'word' && token.text.length > 3 ? weekdayFromWord(token.text) : undefined;
    if (weekday === undefined) continue;
    const next = toks[k + 1];
    return next?.kind === 'num' && next.text.length <= 2 ? { weekday, number: Number(next.text) } : { weekday };
  }
  return {};
}

/** The headings that count the page's days 1, 2, … in order, one each, at one depth and with no date of their own; empty when the page has no such run. */
function countedHeadings(tree: Root): Heading[] {
  const counted = tree.children.filter((node): node is Heading => node.type === 'heading' && countedDay(node) !== undefined);
  if (counted.length < 2 || counted.length > MOST_DAYS) return [];
  const inOrder = counted.every((heading, index) => countedDay(heading) === index + 1 && heading.depth === counted[0]!.depth);
  if (!inOrder || counted.some((heading) => extractDateFromHeading(plainText(heading)) !== undefined)) return [];
  return counted;
}

/** A written day with the month and year its run gives it (`lundi 22` of `… au vendredi 26/11/2021`), or undefined when no year is written. */
function dayOf(mention: DayMention, end: DayMention): PlainDate | undefined {
  const year = mention.year ?? end.year;
  if (year === undefined) return undefined;
  // A run across the new year (`du 29 décembre au 2 janvier 2025`) starts the year before.
  const start = { year: mention.year === undefined && mention.month > end.month ? year - 1 : year, month: mention.month, day: mention.day };
  return isRealDate(start.year, start.month, start.day) ? start : undefined;
}

/**
 * The runs of days a text tells (`du 12 au 14 mars 2024`, `du lundi 31 août 2020 - 10:00 au
 * mercredi 2 septembre 2020`, `les 13 et 14 novembre 2025`), each as its first and last day.
 */
function runsOf(text: string): Array<[PlainDate, PlainDate]> {
  const runs: Array<[PlainDate, PlainDate]> = [];
  for (const { from, to } of [...dayRuns(text, RUN_REACH), ...consecutiveDaySets(text)]) {
    const first = dayOf(from, to);
    const last = dayOf(to, to);
    if (first && last && toDays(first, last) !== undefined) runs.push([first, last]);
  }
  return runs;
}

/** The days from `first` to `last`, or undefined when they run backwards or past a few weeks. */
function toDays(first: PlainDate, last: PlainDate): PlainDate[] | undefined {
  const days = daysFromTo(first, last);
  return days.length > 0 && days.length <= 3 * MOST_DAYS ? days : undefined;
}

/** The days a run gives `count` counted days: all its days, or its weekdays when its weekend makes the difference; undefined otherwise. */
function countedDaysOf(run: [PlainDate, PlainDate], count: number): PlainDate[] | undefined {
  const days = toDays(run[0], run[1]) ?? [];
  if (days.length === count) return days;
  const weekdays = days.filter((day) => isoWeekday(day) <= 5);
  return weekdays.length === count ? weekdays : undefined;
}

/** The days of the one period of the page that has as many days as `count`, or undefined when none or several. */
function periodDays(tree: Root, count: number): PlainDate[] | undefined {
  const found = new Map<string, PlainDate[]>();
  for (const node of walkNodes(tree)) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    for (const run of runsOf(plainText(node))) {
      const days = countedDaysOf(run, count);
      if (days) found.set(days.map(toIsoDate).join(' '), days);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The heading with its day written after it, as a heading that dates itself writes it. */
function dated(heading: Heading, day: PlainDate, weekdayWritten: boolean): Heading {
  const words = `${weekdayWritten ? '' : `${WEEKDAY_NAMES[isoWeekday(day) - 1]} `}${day.day} ${MONTH_NAMES[day.month - 1]} ${day.year}`;
  return { ...heading, children: [...heading.children, { type: 'text', value: ` \u2014 ${words}`, ...(heading.position ? { position: heading.position } : {}) }] };
}

/** The tree with each counted day's heading read with the day the page's period gives it (see above); the tree itself when there is none. */
export function withCountedDayHeadings(tree: Root): Root {
  const counted = countedHeadings(tree);
  if (counted.length === 0) return tree;
  const days = periodDays(tree, counted.length);
  if (!days) return tree;
  const named = counted.map(namedDay);
  if (named.some(({ weekday }, index) => weekday !== undefined && weekday !== isoWeekday(days[index]!))) return tree;
  // `### Jour 1 - jeudi 13` under `Inscriptions les 6 et 7 novembre 2025`: the heading's own day is not the period's.
  if (named.some(({ number }, index) => number !== undefined && number !== days[index]!.day)) return tree;
  const datedOf = new Map<RootContent, Heading>(counted.map((heading, index) => [heading, dated(heading, days[index]!, named[index]!.weekday !== undefined)]));
  return { ...tree, children: tree.children.map((node) => datedOf.get(node) ?? node) };
}
