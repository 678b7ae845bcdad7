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
import { bracketedClockEnd, dateExpressionAt, END_WORDS, START_WORDS, timeAt, unsettledBracketAt } from './french-dates.js';
import { durationEnd, hoursExtentAt } from './hours-extent.js';
import { monthFromWord, weekdayFromWord } from './french-months.js';
import { isPunct, isWord, tokenize, type Token } from './tokenize.js';
import type { DateExpression, HoursInDateText } from './types.js';
import { hasLetter } from './letters.js';
import { toldInPast } from './past-tense.js';
import { normaliseText } from './normalise-text.js';
import { withLeadYear } from './lead-year.js';
import { withCountedWeekdays } from './counted-weekdays.js';
import { currentNumericOrder } from './numeric-order.js';

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
  /** The date opens a week (`Semaine du 11/03`, `semaine du 20 octobre 2025`), or each of its days does (`Semaine du 27/05 et du 03/06`): some day of their working days, not yet said which. */
  week?: true;
  /**
   * The other days the line gives, each with its own hours (`Vendredi 20 juin à 18h30 et
   * Samedi 21 juin à 17h`, `Samedi 24/01 : 10h à 17h - Dimanche 25/01 : 10h à 16h`): the same
   * session again on each, with the title of the whole line. Only when the first date has hours too.
   */
  also?: DatedLine[];
}

// Folded first words of a lead that names an event; any other word before the date
// makes the line prose. Kept short on purpose.
const LEAD_NOUNS = new Set([
  'seance', 'session', 'seminaire', 'journee', 'journees', 'week', 'weekend', 'semaine', 'reunion',
  'atelier', 'soiree', 'cours', 'rencontre', 'conference', 'hackathon', 'meetup', 'sortie',
  'formation', 'bootcamp', 'jour', 'td', 'tp', 'cm', 'evenement', 'webinaire', 'webinar', 'permanence',
  'visite', 'stage', 'forum', 'colloque', 'assemblee', 'ag', 'examen', 'soutenance', 'soutenances',
  'jury', 'lecon', 'module', 'cafe', 'apero', 'afterwork', 'conseil', 'comite', 'ceremonie',
  'chapitre', 'devoir', 'ds', 'controle', 'evaluation', 'partiel', 'abstract', 'expose', 'talk', 'workshop', 'seminar',
  'interrogation', 'interro', 'epreuve', 'oral', 'qcm', 'bac', 'brevet', 'demo',
]);

// Parts of a day a date may be named by (`matin du 1er octobre`, `après-midi du 2 octobre`,
// `soirée du 5 mars`): the date follows their link word; the hours are not told.
const PARTS_OF_DAY = new Set(['matin', 'matinee', 'midi', 'soir', 'soiree', 'journee', 'nuit']);

/** The token after a part of the day and its link word at `k` (`matin du`, `après-midi du`), or `k`. */
function afterPartOfDay(toks: Token[], k: number): number {
  const j = partOfDayAt(toks, k);
  return j !== k && isWord(toks[j], 'du', 'de', 'le') ? j + 1 : k;
}

/** The index past a part of the day at `k` (`matin`, `après-midi`, `soir`), or `k` when none stands there. */
function partOfDayAt(toks: Token[], k: number): number {
  if (isWord(toks[k], 'apres') && isPunct(toks[k + 1], '-') && isWord(toks[k + 2], 'midi')) return k + 3;
  return toks[k]?.kind === 'word' && PARTS_OF_DAY.has(toks[k]!.text) ? k + 1 : k;
}

/**
 * The end of a lead of session numbers (`1`, `5 & 6`, `10 et 11`, `3-4`) that opens the
 * line at `from` right before a bracket (`### 5 & 6 (4 octobre 2019)`): the index of the
 * bracket, or undefined. Only before a bracket: `5 & 6 octobre` is a date.
 */
function numberedLeadEnd(toks: Token[], from: number): number | undefined {
  let j = from;
  for (let n = 0; n < 4 && toks[j]?.kind === 'num' && toks[j]!.text.length <= 3; n++) {
    j++;
    if (isPunct(toks[j], '([')) return j;
    if (!(isPunct(toks[j], '&,-/') || isWord(toks[j], 'et'))) return undefined;
    j++;
  }
  return undefined;
}

// Periods a programme numbers before the days they hold: `1er trimestre 14 et 28 janvier ;
// 11 et 25 février`, `2e semestre : 3, 10 et 17 février`, `3e période du 6 au 10 mai`.
const NUMBERED_PERIODS = new Set(['trimestre', 'semestre', 'periode', 'quinzaine', 'cycle', 'bimestre', 'session', 'seance', 'semaine', 'mois', 'module']);
// Ordinal endings glued to a number (folded): `1er`, `1re`, `2e`, `2eme`, `2ième`, `2nd`, `2nde`.
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['er', 're', 'ere', 'e', 'eme', 'ieme', 'nd', 'nde']);

/** The token after a numbered period that opens the line at `from` (`1er trimestre`, `2e semestre`), or undefined. */
function afterNumberedPeriod(toks: Token[], from: number): number | undefined {
  const n = toks[from];
  const ending = toks[from + 1];
  const noun = toks[from + 2];
  if (n?.kind !== 'num' || n.text.length > 2 || ending?.kind !== 'word' || n.end !== ending.start || !ORDINAL_ENDINGS.has(ending.text)) return undefined;
  return noun?.kind === 'word' && NUMBERED_PERIODS.has(noun.text) ? from + 3 : undefined;
}

// Events held over days and seldom numbered (`Soutenance 11-12 janvier`, `Stage 3-7 juillet`):
// a number after one opens a run of days, where after `TP 2` or `Séance 11` it is the session's own.
const RUN_NOUNS = new Set([
  'soutenance', 'soutenances', 'stage', 'colloque', 'forum', 'hackathon', 'bootcamp', 'seminaire', 'formation', 'journees', 'sortie', 'weekend', 'jury', 'assemblee', 'ceremonie',
  // An exam held over days (`Examen 18-22 mai`, a remote exam's phase), a fair, a stay.
  'examen', 'examens', 'epreuves', 'partiels', 'salon', 'festival', 'congres', 'camp', 'sejour', 'voyage',
]);

/** Whether the tokens at `k - 1`, `k`, `k + 1` are two numbers a dash glues (`18-22`): maybe a run of days. */
function gluedNumbers(toks: Token[], k: number): boolean {
  const [before, dash, after] = [toks[k - 1], toks[k], toks[k + 1]];
  return before?.kind === 'num' && after?.kind === 'num' && isPunct(dash, '-') && before.end === dash!.start && dash!.end === after.start;
}

// Words that join a lead to its date: `Séminaire des`, `Week-end du`, `Séance le`.
const LINK_WORDS = new Set(['du', 'des', 'le', 'les', 'de']);

// How many tokens a bracketed aside in a lead may hold (`(ne nous appartient pas !!)`).
const ASIDE_TOKENS = 10;

// How many tokens a lead may hold after its noun (`Journée Démo`, `Séance 7`, `hors-les-murs EIG`).
const LEAD_TOKENS = 6;

// A date followed directly by one of these words is the subject of a sentence (`3 mars est
// la date limite`), not a heading.
const PROSE_AFTER_DATE = new Set([
  'est', 'sera', 'etait', 'a', 'aura', 'nous', 'on', 'il', 'elle', 'ils', 'elles', 'je', 'vous', 'c', 'ce', 'se', 'sont', 'seront',
]);

// Folded words right after a date that announce what takes place on it (`Le 24 novembre aura
// lieu le webinar …`), before its name: not the date as a sentence's subject (PROSE_AFTER_DATE).
const ANNOUNCING_AFTER_DATE: readonly string[][] = [
  ['aura', 'lieu'], ['auront', 'lieu'], ['se', 'tiendra'], ['se', 'tiendront'], ['se', 'deroulera'], ['se', 'derouleront'],
  ['a', 'lieu'], ['ont', 'lieu'], ['se', 'tient'], ['se', 'tiennent'], ['se', 'deroule'], ['se', 'deroulent'],
];

/**
 * What the words before the date require of what follows it:
 * - `free`: the date opens the line or follows an event lead; any title may follow;
 * - `apart`: led by `le`/`les`/`du` alone, prose-prone: the date must stand apart
 *   (`Le 3 mars : atelier`, not `Le 3 mars, nous irons`);
 * - `alone`: after a lead of any words and a colon (`Bac blanc de français : jeudi
 *   17/04/2025`): only a weekday date with nothing after it but hours or a duration;
 * - `closing`: after an event lead and its words with no mark between (`Journée
 *   Scientifique 13 Mars 2024`): only a date with its month in words and its year that
 *   closes the line, hours aside.
 */
type After = 'free' | 'apart' | 'alone' | 'closing';

/** A candidate start for the date, and what the words before it require. */
interface Start {
  at: number;
  /** The lead ends before this token (its link word or mark), for the title. */
  leadEnd: number;
  after: After;
  /** Opened by a bracket (`séance 7 (3h vendredi 19/09/25)`, `Séance 1 - [04/03/2025]`): its closing mark. */
  close?: string;
}

/** The first token after the leading marks and list number (`📆`, `*`, `1.`). */
function leadFromOf(toks: Token[]): number {
  let i = 0;
  while (i < toks.length && toks[i]?.kind === 'punct' && !isPunct(toks[i], '([')) i++;
  const n = toks[i];
  const mark = toks[i + 1];
  if (n?.kind === 'num' && isPunct(mark, '.)') && n.end === mark?.start && (toks[i + 2]?.start ?? 0) > mark.end) i += 2;
  return i;
}

/** The positions where the date may start, nearest first: a bounded list. */
function candidateStarts(toks: Token[], heading = false): Start[] {
  const starts: Start[] = [];
  let i = 0;
  // Marks before anything: `📆`, `*`, `>`, `#`.
  while (i < toks.length && toks[i]?.kind === 'punct' && !isPunct(toks[i], '([')) i++;
  starts.push({ at: i, leadEnd: i, after: 'free' });
  const listed = leadFromOf(toks);
  // A list number: `1. Lundi 3 mars`, `2) 3 mars`.
  if (listed !== i) starts.push({ at: listed, leadEnd: listed, after: 'free' });
  if (isWord(toks[listed], 'le', 'les', 'du')) starts.push({ at: listed + 1, leadEnd: listed, after: 'apart' });
  // `## Pour le 01/10`: a course log's entry for the class of that day.
  if (heading && isWord(toks[listed], 'pour') && isWord(toks[listed + 1], 'le')) starts.push({ at: listed + 2, leadEnd: listed, after: 'apart' });
  // `la semaine de 13/03/2017` under a course's heading: the week named with its article, as `semaine du` is.
  const from = isWord(toks[listed], 'la') && isWord(toks[listed + 1], 'semaine') ? listed + 1 : listed;
  const noun = toks[from];
  const eventLead = noun !== undefined && noun.kind === 'word' && LEAD_NOUNS.has(noun.text);
  // `### 1 (matin du 1er octobre 2019)`, `### 5 & 6 (4 octobre 2019)`: numbered sessions, their date in brackets.
  const numbered = numberedLeadEnd(toks, from);
  if (numbered !== undefined) {
    const close = toks[numbered]!.text === '(' ? ')' : ']';
    starts.push({ at: numbered + 1, leadEnd: numbered, after: 'free', close });
  }
  // `S1 – 11-13 janv`, `TD2 : 3 mars`, `W4 - 12/10`: a session's code (a letter or three and
  // its number, glued), a dash or a colon, then its day.
  const code = toks[from];
  const codeNumber = toks[from + 1];
  if (code?.kind === 'word' && code.text.length <= 3 && codeNumber?.kind === 'num' && code.end === codeNumber.start && codeNumber.text.length <= 2 && isPunct(toks[from + 2], ':-\u2013\u2014')) {
    starts.push({ at: from + 3, leadEnd: from + 2, after: 'free' });
  }
  // `1er trimestre 14 et 28 janvier ; 11 et 25 février`: a numbered period, then its days.
  const period = afterNumberedPeriod(toks, from);
  if (period !== undefined) {
    const linked = isPunct(toks[period], ':,-–') || isWord(toks[period], ...LINK_WORDS) ? period + 1 : period;
    starts.push({ at: linked, leadEnd: period, after: 'free' });
  }
  // `### Séance 2/11`: the noun, then its day in numbers right after it, as `Séance du 2/11`
  // is (a bare day and month still only where the caller allows one: `TP 1/2` alone is not).
  if (eventLead && toks[from + 1]?.kind === 'num' && isPunct(toks[from + 2], '/')) starts.push({ at: from + 1, leadEnd: from + 1, after: 'free' });
  // `CM 13 septembre : Définitions`, `TD 4 octobre - exercices`: a day and its month in words
  // right after the noun, then a mark, are the session's date, not its number and a word.
  if (eventLead && dayThenMonthThenMark(toks, from + 1)) starts.push({ at: from + 1, leadEnd: from + 1, after: 'free' });
  // A date that closes an event's name (`Journée Scientifique 13 Mars 2024`): tried last.
  const closing: Start[] = [];
  // After the lead's first word, a few words or numbers, then a link word, a mark, or a bracket.
  // Tokens of a bracketed aside skipped in the lead (`Semaine 5 (hors projet) : mardi 2 déc`): not counted.
  let aside = 0;
  for (let j = from + 1; j <= from + 1 + LEAD_TOKENS + aside && j < toks.length; j++) {
    const t = toks[j];
    if (t === undefined) break;
    if (eventLead && t.kind === 'num') closing.push({ at: j, leadEnd: j, after: 'closing' });
    if (eventLead && isWord(t, ...LINK_WORDS)) starts.push({ at: j + 1, leadEnd: j, after: 'free' });
    else if (eventLead && gluedNumbers(toks, j) && ((j === from + 2 && RUN_NOUNS.has(noun.text)) || (j > from + 2 && toks[j - 2]?.kind === 'num'))) {
      // `Soutenance 11-12 janvier`: a dash glued between two numbers joins the days of a run
      // after an event that is held over days and not numbered; after another (`TP 2-3 mars`,
      // `Webinaire 2-9 avril`), the first may be the session's number. After a number the
      // lead already gave (`Examen : phase 1 [ 18-22 mai ]`), the two are days.
      starts.push({ at: j - 1, leadEnd: j - 1, after: 'free' });
    } else if (isPunct(t, ':|,-–')) {
      const weekdayNext = toks[j + 1]?.kind === 'word' && weekdayFromWord(toks[j + 1]?.text ?? '') !== undefined;
      if (eventLead) starts.push({ at: j + 1, leadEnd: j, after: 'free' });
      else if (weekdayNext && t.text === ':') starts.push({ at: j + 1, leadEnd: j, after: 'alone' });
    } else if (isPunct(t, '([')) {
      if (!eventLead) break;
      const close = t.text === '(' ? ')' : ']';
      starts.push({ at: j + 1, leadEnd: j, after: 'free', close });
      // `## Session 1 - Initialisation du projet (Date: 2025-07-15)`: the bracket's field names its date.
      if (isWord(toks[j + 1], 'date') && isPunct(toks[j + 2], ':')) starts.push({ at: j + 3, leadEnd: j, after: 'free', close });
      // `(3h vendredi 19/09/25)`: a duration before the date, not a clock time.
      const d = toks[j + 1];
      const h = toks[j + 2];
      if (d?.kind === 'num' && isWord(h, 'h') && d.end === h?.start) starts.push({ at: j + 3, leadEnd: j, after: 'free', close });
      // `Semaine 5 (ne nous appartient pas !!): Mardi 2 déc`: a numbered session's aside of
      // words, no figure, then a mark: the date may follow the mark, as after a lead with no aside.
      const shut = toks.findIndex((tok, k) => k > j && k <= j + 1 + ASIDE_TOKENS && isPunct(tok, close));
      if (toks[j - 1]?.kind !== 'num' || shut < 0 || toks.slice(j + 1, shut).some((tok) => tok.kind === 'num') || !isPunct(toks[shut + 1], ':-\u2013')) break;
      aside += shut - j;
      j = shut;
    } else if (eventLead && t.kind === 'word' && weekdayFromWord(t.text) !== undefined) {
      starts.push({ at: j, leadEnd: j, after: 'free' });
    }
  }
  return [...starts, ...closing];
}

/** Whether the tokens at `k` are a day of the month, its month in words, then a colon or a dash (`13 septembre :`). */
function dayThenMonthThenMark(toks: Token[], k: number): boolean {
  const day = toks[k];
  const month = toks[k + 1];
  if (day?.kind !== 'num' || day.text.length > 2 || Number(day.text) < 1 || Number(day.text) > 31) return false;
  return month?.kind === 'word' && monthFromWord(month.text) !== undefined && isPunct(toks[k + 2], ':-\u2013\u2014');
}

/** Offsets of `text` between two positions, with spaces and joining marks trimmed at both ends. */
function trimmedSlice(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  const junk = (ch: string | undefined): boolean => ch !== undefined && ' \t:,;|-–—('.includes(ch);
  // `2020-11-13 (14h-16h). Title`, `20 mai / 18h / Poussins`: a full stop or a slash after the
  // date or hours opens nothing.
  // `(Re)découvrir Git`, `(matin) : atelier A`: an opening bracket whose closing one is
  // followed by more of the title is the title's (`(annulé)` alone is trimmed to its words).
  const keptBracket = (at: number): boolean => {
    const close = text[at] === '(' ? text.indexOf(')', at) : -1;
    return close > at && close < b && /[\p{L}\p{N}]/u.test(text.slice(close + 1, b));
  };
  // `24 et 25 mars -> Découverte du sujet`: an arrow after the date leads to the title as a dash does.
  while (a < b && (junk(text[a]) || text[a] === '.' || text[a] === '/' || text[a] === '>' || text[a] === '\u2192') && !keptBracket(a)) a++;
  // A closing bracket at the end is trimmed only when its opening one was (`7 (3h ...):`).
  const open = text.indexOf('(', a);
  const unmatched = (end: number): boolean => text[end - 1] === ')' && (open < 0 || open >= end - 1);
  while (b > a && (junk(text[b - 1]) || unmatched(b))) b--;
  return text.slice(a, b);
}

/**
 * The title after a date or its hours that opens with a remark in brackets (`16h15-18h15
 * (créneau inhabituel) : ensembles simpliciaux`), the remark put after it whole (`ensembles
 * simpliciaux (créneau inhabituel)`); undefined when no such remark opens it, or nothing
 * follows the remark (trimmedSlice keeps its words).
 */
function remarkLast(text: string, from: number, to: number): string | undefined {
  let a = from;
  while (a < to && ' \t,;:-\u2013\u2014'.includes(text[a]!)) a++;
  if (text[a] !== '(') return undefined;
  const close = text.indexOf(')', a);
  if (close < 0 || close >= to || text.lastIndexOf('(', close) !== a) return undefined;
  // `(Re)découvrir Git`: a bracket glued to a word is part of it; `(matin) : atelier A ;
  // (après-midi) : atelier B`: each remark is its part's, and none is moved.
  if (/\p{L}/u.test(text[close + 1] ?? '') || text.slice(close + 1, to).includes('(')) return undefined;
  const title = trimmedSlice(text, close + 1, to);
  return title === '' ? undefined : `${title} ${text.slice(a, close + 1)}`;
}

// Whether a clock time ends at `k` (`14h`, `14h30`, `18:30`, `10:00 am`, and with `dotted` `18.30`): a dash after it is a range's, not a separator.
function endsTime(toks: Token[], k: number, dotted = true): boolean {
  const t = toks[k];
  if (isWord(t, 'h')) return toks[k - 1]?.kind === 'num';
  // `10:00 am - 11:30 am`: a 12-hour clock's mark closes its time, the dash joins a range.
  if (isWord(t, 'am', 'pm')) return toks[k - 1]?.kind === 'num';
  return t?.kind === 'num' && (isWord(toks[k - 1], 'h') || isPunct(toks[k - 1], dotted ? ':.' : ':'));
}

// How many tokens from the end of a line its closing hours may start: `, 13h30 - 14h30`,
// `de 9h à 12h / de 13h30 à 17h`.
const TRAILING_HOURS_TOKENS = 16;

/**
 * The `(…)` group that ends the line, if it holds only hours: `Soutien scolaire (17h -
 * 19h)`; or hours that close it after a comma or a dash (`lancement, 13h30-14h30`,
 * `Atelier QGIS - 14h à 17h`), or in words (`stage de 14h à 17h`, `réunion à 18h30`,
 * `soirée dès 19h`, a hand-in's `à remettre avant 23h50`): the index of their first token (the bracket, `de`, `dès` or the hours).
 */
function trailingHours(toks: Token[], from: number): number | undefined {
  const last = toks.length - 1;
  for (let k = Math.max(from + 1, last - TRAILING_HOURS_TOKENS); k < last; k++) {
    if (isPunct(toks[k], ',–-') && !endsTime(toks, k - 1) && hoursExtentAt(toks, k + 1) === last) return k + 1;
    // `stage de 14h à 17h`, `de 9h à midi`: a range after `de` (`cours de 2h` is a length).
    if (isWord(toks[k], 'de') && hoursExtentAt(toks, k) === last && isRange(toks, k, last)) return k;
    // `réunion à 18h30`, `soirée dès 19h`, `à partir de 20h`: a start.
    // The `à` of a range (`9h à 12h`) joins its ends: what follows is no start of its own; after
    // a dotted number (`salle 1.04 à 10h`) it opens the start.
    if (isWord(toks[k], 'a') && !isWord(toks[k + 1], 'partir') && !isWord(toks[k - 1], 'a') && !endsTime(toks, k - 1, false) && hoursExtentAt(toks, k + 1) === last && !isWord(toks[k + 1], 'de')) return k + 1;
    if ((isWord(toks[k], 'des') || (isWord(toks[k], 'a') && isWord(toks[k + 1], 'partir'))) && hoursExtentAt(toks, k) === last) return k;
    // `Rendu du travail avant 12h00`, `TP1 à remettre avant 23h50`: a hand-in's deadline, the instant it is due.
    if (isWord(toks[k], 'avant') && hoursExtentAt(toks, k + 1) === last && !isRange(toks, k + 1, last)) return k + 1;
  }
  if (!isPunct(toks[last], ')')) return undefined;
  let open = last - 1;
  while (open >= from && !isPunct(toks[open], '(')) open--;
  if (open < from) return undefined;
  return hoursExtentAt(toks, open) === last ? open : undefined;
}

// Whether the hours from `k` to `last` are a range (a dash, `à`, `au` or an arrow between two
// times, as french-hours.ts reads them: `10h > 17h`, `14h → 18h`), not a time alone.
function isRange(toks: Token[], k: number, last: number): boolean {
  for (let i = k + 2; i < last; i++) if (isPunct(toks[i], '-–>\u2192') || isWord(toks[i], 'a', 'au')) return true;
  return false;
}

/**
 * The token after the separators, two at most, that part a date from its hours (`, 9h`,
 * `: 14h`, ` à 18h`, ` - 10h à 17h`, a log's ` > 14H30 - 17H30`). `à partir de 19h`: that `à` opens the hours
 * (hoursExtentAt reads it), it is no separator.
 */
function pastHourSeparators(toks: Token[], from: number): number {
  let k = from;
  for (let n = 0; n < 2 && (isPunct(toks[k], ',:-|\u2013/\\>\u2192') || (isWord(toks[k], 'a') && !isWord(toks[k + 1], 'partir'))); n++) k++;
  return k;
}

// How many more dates with their own hours one line may give after its first.
const MORE_DATED_HOURS = 6;

/**
 * Another date and its own hours at `j`, after a joining word or mark (`et Samedi 21 juin à
 * 17h`, `- Dimanche 25/01: 10h à 16h`, `, puis le 3 mars, 14h`), and the token after them.
 * The date must name its weekday or month in words: a bare `12/15` after hours may be an age.
 * After a dash or a slash, both days' hours must be whole ranges (`previousRanged`: the
 * hours before the mark are one): `à 18h - dimanche 22 juin à 17h` is one event's span.
 */
function moreDatedHoursAt(text: string, toks: Token[], j: number, previousRanged: boolean): { line: DatedLine; next: number; ranged: boolean } | undefined {
  let k = j;
  for (let n = 0; n < 2 && (isPunct(toks[k], ',;-\u2013&/') || isWord(toks[k], 'et', 'puis')); n++) k++;
  if (k === j) return undefined;
  if (isWord(toks[k], 'le')) k++;
  const found = dateExpressionAt(toks, k, text);
  if (found === undefined) return undefined;
  const firstTok = toks[found.first]!;
  const lastTok = toks[found.last]!;
  const dateText = text.slice(firstTok.from, lastTok.to);
  const h = pastHourSeparators(toks, found.last + 1);
  const hoursLast = hoursExtentAt(toks, h);
  if (hoursLast === undefined) return undefined;
  // `22/10 9h45-13h00 et 29/11 14h00-17h15`: a bare `d/m` is a day only with its slot right after it.
  if (!hasLetter(dateText) && !(BARE_DAY_MONTH.test(dateText) && h === found.last + 1 && isRange(toks, h, hoursLast))) return undefined;
  const from = toks[h]!.from;
  const to = toks[hoursLast]!.to;
  // `Vendredi 20 juin à 18h - dimanche 22 juin à 17h`: a dash or a slash between two starts is
  // one event's span, from the first to the last; between two whole ranges, two days' hours.
  const ranged = isRange(toks, h, hoursLast);
  const dashed = toks.slice(j, k).some((tok) => isPunct(tok, '-\u2013/'));
  if (dashed && !(ranged && previousRanged)) return undefined;
  const line: DatedLine = { expression: found.expression, dateText, start: firstTok.from, end: lastTok.to, lead: '', rest: '', title: '', hours: { text: text.slice(from, to), start: from, end: to } };
  return { line, next: hoursLast + 1, ranged };
}

// Folded words that open a sentence as its subject or its article (`Le 3 mars, Nous irons`,
// `Le 3 mars, La salle ferme`), or a clause before it (`Le 3 mars, En raison de la grève, …`,
// `Attention, changement de salle`, `Pour les retardataires, …`): no title.
const SUBJECT_WORDS = [
  'nous', 'vous', 'on', 'il', 'elle', 'ils', 'elles', 'je', 'j', 'c', 'ce', 'cette', 'ces', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'notre', 'nos',
  'votre', 'vos', 'leur', 'leurs', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'tout', 'tous', 'toute', 'toutes', 'pas', 'rien', 'aucun', 'aucune',
  'en', 'pour', 'attention', 'apres', 'avant', 'depuis', 'suite', 'comme', 'si', 'malgre', 'grace', 'faute', 'dans', 'par', 'sur', 'rappel', 'important', 'merci',
];
// How many words after the comma a name holds before a clause's own comma would show it is one (`En raison de la grève,`).
const NAME_BEFORE_CLAUSE = 6;
// Folded words after `au`, `aux` or `à` that make no place of them (`au plus tard`, `au lieu
// du 8`, `aux alentours de midi`, `à noter`, `à vos agendas`, `à peu près`).
const NOT_A_PLACE = ['plus', 'lieu', 'alentours', 'cours', 'sujet', 'noter', 'vos', 'peu', 'partir', 'moins', 'mieux', 'sein', 'niveau', 'bout', 'debut', 'milieu', 'terme', 'compter', 'retenir', 'confirmer', 'definir', 'venir', 'prevoir', 'savoir'];

/** How readDatedLine reads a line, besides the grammar. */
export interface DatedLineOptions {
  /**
   * Whether a bare `d/m` (`09/02`, no year, no weekday) may open the line. Alone it is too
   * weak (`1/2 journée`); in a list whose items all open with one (`* 09/02`, `* 16/02`,
   * `* 23/02 CC1 1H`) it is the list's way of writing dates, and the caller says so.
   */
  bareDayMonth?: boolean;
  /**
   * Whether the line is the value of a field labelled as dates (`Jours de formation : 02/03,
   * 03/03, 04/03`): there a list of bare `d/m` days is one too, as the label says what they are.
   */
  bareDayMonthList?: boolean;
  /**
   * Whether the line is a heading's: `## Pour le 01/10` heads a journal's entry for that
   * class, where a list's `- Pour le 5 mai : rendre le rapport` is a deadline.
   */
  heading?: boolean;
  /**
   * Whether the line is a list item's: there `le 19 janvier, Inrocks Indie Club` names the
   * event after the comma, where a paragraph's `Le 3 mars, Marie et Paul iront` is a sentence.
   */
  item?: boolean;
  /**
   * Whether a bare dotted pair (`## 31.1`, `# 04.12`) may open the line: on a page whose
   * headings write their days so (read-dated-headings.ts), where `19.30` alone is an hour
   * and `2.1` a version everywhere else. Read only with `bareDayMonth`.
   */
  dottedDayMonth?: boolean;
}

// `09/02` or `09/02 - 12/02`: a bare day and month with a slash, nothing else.
const BARE_DAY_MONTH = /^\d{1,2}\/\d{1,2}$/;
// Two bare days joined by a dash or an arrow, drawn or typed (`23/03 - 27/03`, `23/03 -> 27/03`, `23/03 → 27/03`).
const BARE_DAY_MONTHS = /^\d{1,2}\/\d{1,2} ?(?:[-\u2013]|-{1,2}>|=>|[\u2192\u27f6\u279d\u2794\u279c\u279e\u21d2\u27a1]\ufe0f?) ?\d{1,2}\/\d{1,2}$/;
// Two bare days of one month, the month written once (`24-27/06`, a journal's `## 24-27/06`):
// glued, as a spaced dash parts a number from a date (`## 1 - 08/26`, the first class).
const BARE_DAYS_OF_MONTH = /^(\d{1,2})[-\u2013](\d{1,2})\/\d{1,2}$/;

/** Whether a date is two bare days of one month, glued and going forward (`24-27/06`), on a page that writes its days first. */
function isBareDaysOfMonth(dateText: string): boolean {
  const found = BARE_DAYS_OF_MONTH.exec(dateText);
  return found !== null && Number(found[1]) < Number(found[2]) && currentNumericOrder() !== 'month-first';
}

// `31.1`, `04.12`: a bare dotted day and month, read only where the page writes its days so;
// and two joined by a dash (`30.06 - 06.07`), a week of such a page.
const BARE_DOTTED_DAY_MONTH = /^\d{1,2}\.\d{1,2}$/;
const BARE_DOTTED_DAY_MONTHS = /^\d{1,2}\.\d{1,2} ?[-\u2013] ?\d{1,2}\.\d{1,2}$/;

/**
 * Whether a date is bare `d/m` days and nothing else, two or more listed (`02/03, 03/03 et
 * 13/03`; not `7/7`, every day), or three or more a dash parts (`8/04 - 15/04 - 22/04`: two
 * would be a run).
 */
function isBareDayList(dateText: string): boolean {
  const listed = dateText.split(/,|\bet\b|&/);
  const dashed = dateText.split(/ [-\u2013] /);
  const parts = listed.length >= 2 ? listed : dashed.length >= 3 ? dashed : [];
  return parts.length >= 2 && parts.every((part) => BARE_DAY_MONTH.test(part.trim()));
}

// Dots that part a date from its hour (`2021. 14h`, `mai · 20h30`, `mars • 18h`); read only when hours follow.
const HOUR_DOTS = '.\u00b7\u2022';

/** The bracket holding a run's start inside its date (`(à partir de 9h00)` of `du 25 juin (à partir de 9h00) au 26 juin`): the index of its clock and of its `)`; else undefined. */
function bracketedStartWithin(toks: Token[], first: number, last: number): { clock: number; close: number } | undefined {
  for (let k = first + 1; k < last; k++) {
    const after = bracketedClockEnd(toks, k, START_WORDS);
    if (after === undefined || after > last) continue;
    let clock = k + 1;
    while (clock < after && !timeAt(toks, clock)) clock++;
    return { clock, close: after - 1 };
  }
  return undefined;
}

/** Reads a line from a start; undefined when what follows the date does not fit a heading. */
function readFrom(text: string, toks: Token[], start: Start, options: DatedLineOptions): DatedLine | undefined {
  const dotted = options.bareDayMonth === true && options.dottedDayMonth === true;
  const found = dateExpressionAt(toks, start.at, text, dotted) ?? dateExpressionAt(toks, afterPartOfDay(toks, start.at), text, dotted);
  if (found === undefined) return undefined;
  let { expression } = found;
  const firstTok = toks[found.first];
  const lastTok = toks[found.last];
  if (firstTok === undefined || lastTok === undefined) return undefined;
  const dateText = text.slice(firstTok.from, lastTok.to);
  const first = expression.mentions[0];
  // `1/2 journée`: a bare `d/m` with no year and no weekday is too weak to open a session.
  const bare = first !== undefined && first.year === undefined && first.weekday === undefined && !hasLetter(dateText);
  const bareRefused = bare && !(options.bareDayMonth && (BARE_DAY_MONTH.test(dateText) || BARE_DAY_MONTHS.test(dateText) || isBareDaysOfMonth(dateText) || (dotted && (BARE_DOTTED_DAY_MONTH.test(dateText) || BARE_DOTTED_DAY_MONTHS.test(dateText))))) && !(options.bareDayMonthList && isBareDayList(dateText));
  // Only one bare `d/m` may still be a day: one with its slot right after it (below).
  if (bareRefused && !BARE_DAY_MONTH.test(dateText)) return undefined;
  // `du 19 au 23 février 2024 terminée`: a run opened by `du` is a period whatever follows it,
  // not the subject of a sentence the way `Le 3 mars` may be (`nous`, `est` still make prose).
  const after = start.after === 'apart' && expression.kind === 'range' && isWord(toks[start.at - 1], 'du') ? 'free' : start.after;
  if (after === 'alone' && first?.weekday === undefined) return undefined;
  if (start.after === 'closing' && (expression.mentions.at(-1)?.year === undefined || !hasLetter(dateText))) return undefined;
  let j = found.last + 1;
  // `Vendredi 1er avril 2016 (à confirmer)`: the date is not settled, the session tentative.
  const unsettled = expression.unsettled ? undefined : unsettledBracketAt(toks, j, text);
  if (unsettled) {
    expression = { ...expression, unsettled: unsettled.mark };
    j = unsettled.next;
  }
  if (start.close !== undefined) {
    // `Cours 1 (mercredi 12/01 matin) :`, `(jeudi 13/01 après-midi)`: the half of the day the
    // session takes, before the bracket closes.
    const part = partOfDayAt(toks, j);
    if (part !== j && isPunct(toks[part], start.close)) j = part;
    if (!isPunct(toks[j], start.close)) return undefined;
    j++;
  }
  // The hours right after the date, past at most two separators: `, 9h - 16h`, `: 14h`, ` à 18h`,
  // a full stop or a middle dot (`Jeudi 18 novembre 2021. 14h`, `Samedi 4 mai · 20h30`,
  // `Mardi 5 mars • 18h`) or a spaced slash (`Jeudi 20 mai / 18h00 - 19h30 / Poussins`, or
  // a backslash: `30/11/2022 \ 12h30 - 15h15`): writers
  // part a date from its hour with any of them, as they part fields on a line; only hours read right after it count, so a sentence that goes on is no hour.
  let hours: HoursInDateText | undefined;
  // `du mercredi 25 juin (à partir de 9h00) au jeudi 26 juin 2025`: the start the run's first
  // day says in brackets is its hours; an end the last day says after it (`(jusqu'à 17h)`) is
  // read past, its hours told apart from the start's (a sentence may join them: section-hours.ts).
  const startBracket = bracketedStartWithin(toks, found.first, found.last);
  if (startBracket !== undefined) {
    const endBracket = bracketedClockEnd(toks, j, END_WORDS);
    if (endBracket !== undefined) j = endBracket;
    else hours = { text: text.slice(toks[startBracket.clock]!.from, toks[startBracket.close]!.from).trimEnd(), start: toks[startBracket.clock]!.from, end: toks[startBracket.close - 1]!.to };
  }
  const dateEnd = j;
  let k = hours === undefined ? pastHourSeparators(toks, j) : j;
  if (k === j && isPunct(toks[k], HOUR_DOTS) && hoursExtentAt(toks, k + 1) !== undefined) k++;
  const duration = hours === undefined ? durationEnd(toks, k) : undefined;
  // A dotted hour (`16.00`) only once a separator parts it from the date: glued to it, it is a date's.
  const hoursLast = duration === undefined && hours === undefined ? hoursExtentAt(toks, k, { dotted: k > j }) : undefined;
  if (duration !== undefined) {
    j = duration + 1;
  } else if (hoursLast !== undefined) {
    const from = toks[k]?.from ?? 0;
    const to = toks[hoursLast]?.to ?? from;
    hours = { text: text.slice(from, to), start: from, end: to };
    j = hoursLast + 1;
  }
  let ranged = hoursLast !== undefined && isRange(toks, k, hoursLast);
  // `**TP** : 22/10 9h45-13h00 et 29/11 14h00-17h15`: a bare `d/m` right before a range of
  // clock hours, then another day with its own, is a list of days and their slots. One alone
  // after words is a part's number as often (`## Jour 1/2 9h-17h`, `Permanence 24/7 8h-20h`).
  const bareSlot = ranged && k === dateEnd;
  if (bareRefused && !bareSlot) return undefined;
  const also: DatedLine[] = [];
  for (let more = hours === undefined ? undefined : moreDatedHoursAt(text, toks, j, ranged); more !== undefined && also.length < MORE_DATED_HOURS; more = moreDatedHoursAt(text, toks, j, ranged)) {
    also.push(more.line);
    j = more.next;
    ranged = more.ranged;
  }
  // `- 9/11 9h30-12h30 : bases du langage`, `### 4/12 de 10h à 12h30 : démos`: one opening the line is a day too.
  if (bareRefused && also.length === 0 && start.at !== leadFromOf(toks)) return undefined;
  // `## Le 24 novembre aura lieu le webinar "Créer des services"`: the day, the words that
  // announce what takes place on it, then what does, its title.
  // `Le mardi 14 mai prochain aura lieu`, `Le 21 mai, se tiendra`: `prochain` and a comma may come between.
  let phraseAt = isWord(toks[j], 'prochain', 'prochaine') ? j + 1 : j;
  if (isPunct(toks[phraseAt], ',')) phraseAt++;
  const announcing = hours === undefined ? ANNOUNCING_AFTER_DATE.find((words) => words.every((word, n) => isWord(toks[phraseAt + n], word))) : undefined;
  const announced = announcing !== undefined && toks[phraseAt + announcing.length]?.kind === 'word';
  if (announced) j = phraseAt + announcing!.length;
  // The event's name without its article: `le webinar "…"` titles it `webinar "…"`.
  if (announced && isWord(toks[j], 'le', 'la', 'les', 'un', 'une') && toks[j + 1]?.kind === 'word') j++;
  const next = toks[j];
  if (next !== undefined) {
    // `Rencontre chocolat 23 mars 2024 17h-20h : L'industrie du chocolat`: a date that closes an
    // event's name, then its hours, then a colon or a dash before the rest of the title.
    const titledAfterHours = after === 'closing' && hours !== undefined && isPunct(next, ':\u2013\u2014-|');
    if (after === 'alone' || (after === 'closing' && !titledAfterHours)) return undefined;
    // `à la poterne` after a date or its hours is a place; only `a` without its accent is a verb (`3 mars a été`).
    const place = isWord(next, 'a') && /^\u00e0$/iu.test(text.slice(next.from, next.to)) && toks[j + 1]?.kind === 'word';
    if (isWord(next, ...PROSE_AFTER_DATE) && !place) return undefined;
    // In a heading, a capitalised word right after the date opens its title (`## Les 14 et 15/03
    // Portes Ouvertes`); prose goes on in lower case (`## Le 3 mars nous partons`).
    const titled = options.heading === true && next.kind === 'word' && /^\p{Lu}/u.test(text.slice(next.from, next.to));
    // `- Le 4 décembre au Marché des créateurs, à Spa`, `- Le 9 mai chez Paul`: in an item, where
    // the day is spent follows it as a title does. A heading's place (`## Les 8 et 9 mars 2023
    // à l'institut Pasteur`) names the event's span over its days' own headings.
    const placed = options.heading !== true && (place || isWord(next, 'au', 'aux', 'chez')) && toks[j + 1]?.kind === 'word' && !isWord(toks[j + 1], ...NOT_A_PLACE) && !toldInPast(text.slice(next.from));
    // `- le 19 janvier, Inrocks Indie Club à la Maroquinerie`, `- le 22 mai, [Sleater-Kinney][2] au
    // Nouveau Casino`: in an item, a comma then a name (a capital, or a link's bracket) opens
    // the title; a sentence goes on with its subject (`Le 3 mars, nous irons`, `Le 3 mars, le club…`).
    const named = toks[j + 1];
    const clause = toks.slice(j + 2, j + 2 + NAME_BEFORE_CLAUSE).some((tok) => isPunct(tok, ','));
    const commaTitled = options.item === true && isPunct(next, ',') && named !== undefined && !clause &&
      ((named.kind === 'word' && /^\p{Lu}/u.test(text.slice(named.from, named.to)) && !isWord(named, ...SUBJECT_WORDS)) || isPunct(named, '[')) &&
      !toldInPast(text.slice(next.to));
    if (hours === undefined && duration === undefined && after === 'apart' && !isPunct(next, ':|-–(') && !titled && !placed && !commaTitled && !announced) return undefined;
  }
  // Hours may also close the line, after the title: `Lundi 19/10 : Soutien scolaire (17h - 19h)`.
  let restEnd = text.length;
  if (hours === undefined && next !== undefined) {
    const open = trailingHours(toks, j);
    const openTok = open === undefined ? undefined : toks[open];
    if (openTok !== undefined) {
      hours = { text: text.slice(openTok.from, toks[toks.length - 1]?.to ?? text.length), start: openTok.from, end: toks[toks.length - 1]?.to ?? text.length };
      restEnd = openTok.from;
    }
  }
  const lead = trimmedSlice(text, toks[leadFromOf(toks)]?.from ?? 0, toks[start.leadEnd]?.from ?? 0);
  const restFrom = toks[j - 1]?.to ?? text.length;
  let rest = remarkLast(text, restFrom, restEnd) ?? trimmedSlice(text, restFrom, restEnd);
  if (rest.endsWith(':')) rest = rest.slice(0, -1).trimEnd();
  // The word that led the closing hours (`réunion à 18h30`, `Rendu avant 12h00`) is theirs, not the title's.
  if (restEnd < text.length) rest = rest.replace(/\s(?:\u00e0|a|avant)$/iu, '');
  const title = lead !== '' && rest !== '' ? `${lead} : ${rest}` : lead || rest;
  const line: DatedLine = { expression, dateText, start: firstTok.from, end: lastTok.to, lead, rest, title };
  // `Semaine du 27/05 et du 03/06`: weeks written together, each by its first day.
  const weeks = expression.kind === 'single' || (expression.kind === 'set' && expression.mentions.every((m) => m.weekday === undefined));
  if (weeks && isWord(toks[start.at - 1], 'du', 'de', 'of') && isWord(toks[start.at - 2], 'semaine', 'week')) line.week = true;
  if (hours !== undefined) line.hours = hours;
  if (also.length > 0) line.also = also.map((day) => ({ ...day, lead, rest, title }));
  return line;
}

// The folded opening of a legal act's name: its kind, then its number or the day it was
// signed (`Décision n°`, `Arrêté n° 2024-12`, `Arrêté du 7 décembre 2022 fixant le calendrier
// scolaire`), after the marks a line may open with; and how much of a line to fold for it.
const ACT_NAME = /^[^a-z0-9]{0,4}(?:decision|arrete|decret|deliberation|loi|ordonnance|circulaire|reglement|directive) (?:n ?\u00b0|no|numero|nr)(?![a-z])/;
// Only the acts a council does not meet for: `Délibération du 12 mars 2024 : conseil municipal à 19h` is its meeting.
const ACT_OF_DAY = /^[^a-z0-9]{0,4}(?:arrete|decret|loi|ordonnance|circulaire|directive) (?:du|des) \d/;
const ACT_NAME_LENGTH = 40;

/** Whether a line opens with a legal act's name and number or day (`Décision n° DEC20230150 du …`, `Décret du 3 mars`): its date is the act's, no session's. */
export function namesALegalAct(text: string): boolean {
  const folded = normaliseText(text.slice(0, ACT_NAME_LENGTH));
  return ACT_NAME.test(folded) || ACT_OF_DAY.test(folded);
}

/**
 * The date a heading or list item starts with (markup already removed), the hours right
 * after it, and the rest as the title; undefined when the line does not start with a date.
 */
export function readDatedLine(text: string, options: DatedLineOptions = {}): DatedLine | undefined {
  // `Décision n° DEC20230150 du 26 juin 2023`, `Arrêté n° 2024-12 du 3 mars 2024`: a legal
  // act's name, dated by its signing, no session.
  if (namesALegalAct(text)) return undefined;
  const toks = tokenize(text);
  for (const start of candidateStarts(toks, options.heading)) {
    const line = readFrom(text, toks, start, options);
    // `1 août 2018 12:44:49`: a clock with its seconds stamps a record (a wiki's revision, a
    // log's entry); nobody sets a session to the second (see SECONDS).
    if (line?.hours && /\d:\d\d$/.test(line.hours.text) && SECONDS.test(text.slice(line.hours.end))) return undefined;
    if (line !== undefined) return withCountedWeekdays(withLeadYear(line), text);
  }
  return undefined;
}

// The seconds right after a clock time written `hh:mm` (`:49` of `12:44:49`); `18h:21h30` is a
// span. A calendar's export writes a set time with `:00` seconds (`18:30:00`): that is no stamp.
const SECONDS = /^:(?!00)[0-5]\d(?![\p{L}\d])/u;
