/*
 * A heading or list item that starts with a date: `Lundi 21 septembre, 9h - 16h + verre`,
 * `Mardi le 24 mai: CCOB - Université McGill`, `Séminaire des 10 et 11 décembre 2020`,
 * `📆 Samedi 24 janvier 2026`, `Vendredi 1er octobre (17h30-19h) : Défi AECS.`,
 * `séance 7 (3h vendredi 19/09/25):`.
 *
 * A false session is worse than a missed one, so the date must open the line: only marks
 * (an emoji, `*`), a list number, or a short lead naming an event (`Séance 7`, `Séminaire
 * des`, `Week-end du`) may come before it. A sentence that mentions a date in its middle
 * (`Le rendu est à faire avant le 3 mars`) is prose and gives nothing. The date is tried at
 * a bounded number of token positions near the start, so any line is read in linear time.
 */
import { dateExpressionAt, timeAt } from './french-dates.js';
import { weekdayFromWord } from './french-months.js';
import { tokenize, type Token } from './tokenize.js';
import type { DateExpression, HoursInDateText } from './types.js';

/** What a dated heading or list item says. */
export interface DatedLine {
  expression: DateExpression;
  /** The date as written and its offsets in the line (`Vendredi 1er octobre`). */
  dateText: string;
  start: number;
  end: number;
  /** The clock hours written right after the date, for parseFrenchHours (`(17h30-19h)`). */
  hours?: HoursInDateText;
  /** The words before the date that name the session (`Séance 7`, `Séminaire`), or ``. */
  lead: string;
  /** What follows the date and hours, separators trimmed (`Défi AECS.`), or ``. */
  rest: string;
  /** The session's title: `lead` and `rest` joined by ` : ` when both are written. */
  title: string;
}

// Folded first words of a lead that names an event; any other word before the date
// makes the line prose. Kept short on purpose.
const LEAD_NOUNS = new Set([
  'seance', 'session', 'seminaire', 'journee', 'journees', 'week', 'weekend', 'semaine', 'reunion',
  'atelier', 'soiree', 'cours', 'rencontre', 'conference', 'hackathon', 'meetup', 'sortie',
  'formation', 'bootcamp', 'jour', 'td', 'tp', 'cm', 'evenement', 'webinaire', 'webinar', 'permanence',
  'visite', 'stage', 'forum', 'colloque', 'assemblee', 'ag', 'examen', 'soutenance', 'soutenances',
  'jury', 'lecon', 'module', 'cafe', 'apero', 'afterwork', 'conseil', 'comite', 'ceremonie',
]);

// Words that join a lead to its date: `Séminaire des`, `Week-end du`, `Séance le`.
const LINK_WORDS = new Set(['du', 'des', 'le', 'les', 'de']);

// How many tokens a lead may hold after its noun (`Journée Démo`, `Séance 7`, `hors-les-murs EIG`).
const LEAD_TOKENS = 6;

// A date followed directly by one of these words is the subject of a sentence (`3 mars est
// la date limite`), not a heading.
const PROSE_AFTER_DATE = new Set([
  'est', 'sera', 'etait', 'a', 'aura', 'nous', 'on', 'il', 'elle', 'ils', 'elles', 'je', 'vous', 'c', 'ce', 'se', 'sont', 'seront',
]);

function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && words.includes(t.text);
}

/** The index after a clock time at `k` (`9h`, `14h30`, `9 h 30`, `18:30`, and `18.00` as a range's end). */
function timeEnd(toks: Token[], k: number): number {
  const sep = toks[k + 1];
  if (isWord(sep, 'h')) {
    const m = toks[k + 2];
    return m !== undefined && m.kind === 'num' && m.text.length === 2 ? k + 3 : k + 2;
  }
  return k + 3;
}

/** Whether `18.00` starts at `k`: a typo read only as a range's end. */
function dottedTimeAt(toks: Token[], k: number): boolean {
  const [h, dot, m] = [toks[k], toks[k + 1], toks[k + 2]];
  return h?.kind === 'num' && h.text.length <= 2 && isPunct(dot, '.') && h.end === dot?.start && m?.kind === 'num' && m.text.length === 2 && dot.end === m.start;
}

/**
 * The tokens of the hours written from `i`: `[(] [de|à partir de] time [- time|- ...]
 * [et time [- time]] [)]`; the index of their last token, or undefined when no hours start
 * there. Stops at the hours' end so the title after them is kept (`13h30-14h30 : lancement`).
 */
function hoursExtentAt(toks: Token[], i: number): number | undefined {
  let j = i;
  const bracket = isPunct(toks[j], '(');
  if (bracket) j++;
  if (isWord(toks[j], 'de', 'des')) j++;
  else if (isWord(toks[j], 'a') && isWord(toks[j + 1], 'partir') && isWord(toks[j + 2], 'de')) j += 3;
  if (!timeAt(toks, j)) return undefined;
  j = timeEnd(toks, j);
  // `9h-12h et 14h-17h`: a few ranges at most, each looked at once.
  for (let ranges = 0; ranges < 4; ranges++) {
    if (isPunct(toks[j], '-') || isWord(toks[j], 'a', 'au')) {
      if (timeAt(toks, j + 1)) j = timeEnd(toks, j + 1);
      else if (dottedTimeAt(toks, j + 1)) j += 4;
      else if (isPunct(toks[j + 1], '.') && isPunct(toks[j + 2], '.') && isPunct(toks[j + 3], '.')) j += 4;
      else if (isPunct(toks[j + 1], '…?')) j += 2;
    }
    if (isWord(toks[j], 'et') && timeAt(toks, j + 1)) j = timeEnd(toks, j + 1);
    else break;
  }
  if (bracket) {
    if (!isPunct(toks[j], ')')) return undefined;
    j++;
  }
  return j - 1;
}

/** A candidate start for the date, and what the words before it require. */
interface Start {
  at: number;
  /** The lead ends before this token (its link word or mark), for the title. */
  leadEnd: number;
  /** Led by `le`/`les`/`du` alone: prose-prone, so the date must stand apart (`Le 3 mars : ...`). */
  strict: boolean;
  /** Opened by a bracket (`séance 7 (3h vendredi 19/09/25)`): the bracket must close after the date. */
  bracket: boolean;
}

/** The positions where the date may start, nearest first: a bounded list. */
function candidateStarts(toks: Token[]): Start[] {
  const starts: Start[] = [];
  let i = 0;
  // Marks before anything: `📆`, `*`, `>`, `#`.
  while (i < toks.length && toks[i]?.kind === 'punct' && !isPunct(toks[i], '(')) i++;
  const leadFrom = i;
  starts.push({ at: i, leadEnd: i, strict: false, bracket: false });
  // A list number: `1. Lundi 3 mars`, `2) 3 mars`.
  const n = toks[i];
  const mark = toks[i + 1];
  if (n?.kind === 'num' && isPunct(mark, '.)') && n.end === mark?.start && (toks[i + 2]?.start ?? 0) > mark.end) {
    starts.push({ at: i + 2, leadEnd: i + 2, strict: false, bracket: false });
  }
  if (isWord(toks[i], 'le', 'les', 'du')) starts.push({ at: i + 1, leadEnd: leadFrom, strict: true, bracket: false });
  const noun = toks[i];
  if (noun === undefined || noun.kind !== 'word' || !LEAD_NOUNS.has(noun.text)) return starts;
  // After the noun, a few words or numbers, then a link word, a mark, or a bracket.
  for (let j = i + 1; j <= i + 1 + LEAD_TOKENS && j < toks.length; j++) {
    const t = toks[j];
    if (t === undefined) break;
    if (isWord(t, ...LINK_WORDS)) starts.push({ at: j + 1, leadEnd: j, strict: false, bracket: false });
    else if (isPunct(t, ':|,-–')) starts.push({ at: j + 1, leadEnd: j, strict: false, bracket: false });
    else if (isPunct(t, '(')) {
      starts.push({ at: j + 1, leadEnd: j, strict: false, bracket: true });
      // `(3h vendredi 19/09/25)`: a duration before the date, not a clock time.
      const d = toks[j + 1];
      const h = toks[j + 2];
      if (d?.kind === 'num' && isWord(h, 'h') && d.end === h?.start) starts.push({ at: j + 3, leadEnd: j, strict: false, bracket: true });
      break;
    } else if (t.kind === 'word' && weekdayFromWord(t.text) !== undefined) {
      starts.push({ at: j, leadEnd: j, strict: false, bracket: false });
    }
  }
  return starts;
}

/** Offsets of `text` between two positions, with spaces and joining marks trimmed at both ends. */
function trimmedSlice(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  const junk = (ch: string | undefined): boolean => ch !== undefined && ' \t:,;|-–—('.includes(ch);
  while (a < b && junk(text[a])) a++;
  // A closing bracket at the end is trimmed only when its opening one was (`7 (3h ...):`).
  const open = text.indexOf('(', a);
  const unmatched = (end: number): boolean => text[end - 1] === ')' && (open < 0 || open >= end - 1);
  while (b > a && (junk(text[b - 1]) || unmatched(b))) b--;
  return text.slice(a, b);
}

/** Reads a line from a start; undefined when what follows the date does not fit a heading. */
function readFrom(text: string, toks: Token[], start: Start): DatedLine | undefined {
  const found = dateExpressionAt(toks, start.at, text);
  if (found === undefined) return undefined;
  const { expression } = found;
  const firstTok = toks[found.first];
  const lastTok = toks[found.last];
  if (firstTok === undefined || lastTok === undefined) return undefined;
  const dateText = text.slice(firstTok.from, lastTok.to);
  // `1/2 journée`: a bare `d/m` with no year and no weekday is too weak to open a session.
  const first = expression.mentions[0];
  if (first !== undefined && first.year === undefined && first.weekday === undefined && !/\p{L}/u.test(dateText)) return undefined;
  let j = found.last + 1;
  if (start.bracket) {
    if (!isPunct(toks[j], ')')) return undefined;
    j++;
  }
  // The hours right after the date, past at most two separators: `, 9h - 16h`, `: 14h`, ` à 18h`.
  let hours: HoursInDateText | undefined;
  let k = j;
  for (let n = 0; n < 2 && (isPunct(toks[k], ',:-|–') || isWord(toks[k], 'a')); n++) k++;
  const hoursLast = hoursExtentAt(toks, k);
  if (hoursLast !== undefined) {
    const from = toks[k]?.from ?? 0;
    const to = toks[hoursLast]?.to ?? from;
    hours = { text: text.slice(from, to), start: from, end: to };
    j = hoursLast + 1;
  }
  const next = toks[j];
  if (next !== undefined && hours === undefined) {
    if (start.strict && !isPunct(next, ':|-–(')) return undefined;
    if (isWord(next, ...PROSE_AFTER_DATE)) return undefined;
  }
  const lead = trimmedSlice(text, toks[candidateLeadFrom(toks)]?.from ?? 0, toks[start.leadEnd]?.from ?? 0);
  const restFrom = toks[j - 1]?.to ?? text.length;
  let rest = trimmedSlice(text, restFrom, text.length);
  if (rest.endsWith(':')) rest = rest.slice(0, -1).trimEnd();
  const title = lead !== '' && rest !== '' ? `${lead} : ${rest}` : lead || rest;
  const line: DatedLine = { expression, dateText, start: firstTok.from, end: lastTok.to, lead, rest, title };
  if (hours !== undefined) line.hours = hours;
  return line;
}

/** The first token after the leading marks and list number. */
function candidateLeadFrom(toks: Token[]): number {
  let i = 0;
  while (i < toks.length && toks[i]?.kind === 'punct' && !isPunct(toks[i], '(')) i++;
  const n = toks[i];
  const mark = toks[i + 1];
  if (n?.kind === 'num' && isPunct(mark, '.)') && n.end === mark?.start && (toks[i + 2]?.start ?? 0) > mark.end) i += 2;
  return i;
}

/**
 * The date a heading or list item starts with (markup already removed), the hours right
 * after it, and the rest as the title; undefined when the line does not start with a date.
 */
export function readDatedLine(text: string): DatedLine | undefined {
  const toks = tokenize(text);
  for (const start of candidateStarts(toks)) {
    const line = readFrom(text, toks, start);
    if (line !== undefined) return line;
  }
  return undefined;
}
