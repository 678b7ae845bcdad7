/*
 * A day named on a line of its own that is no heading, then that day's timed lines. People
 * write the day line in many ways besides a heading:
 * - a date set apart in bold or italics, then its title on the same line (`**Dimanche 7
 *   octobre** : Cross des couleurs`, `**16 et 17 février** : championnat`), a badge written
 *   in HTML before it (`<span class="badge">annulation</span> **Samedi 19 janvier 2019**`);
 * - a plain line that is the date alone (a calendar mark before it aside: `📅 Samedi 4 mai`,
 *   `🗓️ 12/05/2024`; marks on both sides: `🔥 **Samedi 4 juillet 2026** 🔥`), closed by a colon (`Jeudi 12 juin :`, `Le 12 juin 2025 :`) or with
 *   timed lines right below it (`Vendredi 13 juin` over `- 9h - 12h : ateliers`);
 * - a label, then the date alone, over timed lines (`Jour 1 - Jeudi 12 juin :`);
 * - the summary of a `<details>` shown as the programme (`<summary>Samedi 12 juin</summary>`,
 *   see hidden-ranges.ts).
 * A plain date line with nothing timed below it and no colon may be a post's date or a
 * sentence's start (an event post's `📅 Samedi 30 novembre 2024` over its text), so it is
 * not a day here (dated paragraphs and event pages read those).
 * The day line then opens a day as a dated heading does (read-dated-headings.ts).
 */
import type { Paragraph, RootContent } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { datedTextOf } from './dated-text.js';
import { normaliseText } from '../dates/normalise-text.js';
import { dayUnderMonth, type MonthHeading } from './month-heading-days.js';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { plainText } from './plain-text.js';
import { agendaLineHours, leadingHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';

/** The day a `<details>` block's summary names (`<summary>Samedi 12 juin 2025</summary>`), its text and date. */
export function summaryDay(html: string): { text: string; dated: DatedLine } | undefined {
  const open = /<summary\b[^<>]{0,200}>/i.exec(html);
  if (!open) return undefined;
  const close = html.indexOf('</summary>', open.index);
  if (close < 0) return undefined;
  const text = withoutColon(shownLine(html.slice(open.index + open[0].length, close)).replace(/[*_`]/g, '').replace(/\s+/g, ' ')).text;
  const dated = datedTextOf(text, true);
  return dated ? { text, dated } : undefined;
}

/** A paragraph's first line read as a day line: its text as a reader sees it, and the date it names. */
export interface DayLine {
  /** The line, markup and any leading badge or calendar mark dropped (`Dimanche 7 octobre : Cross`). */
  text: string;
  dated: DatedLine;
  /** Whether a title follows the date on the line (`**Dimanche 7 octobre** : Cross`): then the line reads as a dated item. */
  titled: boolean;
  /** The whole first line as shown, badge included (`annulation Samedi 19 janvier 2019 (…)`), for a cancellation. */
  shown: string;
}

// An HTML element that opens a line before its day (`<span class="badge badge-danger">annulation</span> `): a badge.
// A block element is the line itself (`<p>Journée du samedi 11 avril 2015</p>`), no badge before it.
const LEADING_ELEMENT = /\s{0,3}<(?!(?:p|div|h[1-6]|li|dt|dd|td|th|header|section|article|center|blockquote)\b)([a-z]{1,10})\b[^<>]{0,200}>[^<>]{0,60}<\/\1>\s{0,3}/iy;
// How many badges may stand before a day.
const MOST_BADGES = 3;

/** The HTML elements a line opens with (`<span class="badge">annulation</span> `), as written, or undefined when none. */
function leadingBadges(raw: string): string | undefined {
  LEADING_ELEMENT.lastIndex = 0;
  let end = 0;
  for (let n = 0; n < MOST_BADGES; n++) {
    const found = LEADING_ELEMENT.exec(raw);
    if (!found) break;
    end = LEADING_ELEMENT.lastIndex;
  }
  return end > 0 ? raw.slice(0, end) : undefined;
}

// Bold written in HTML (`<b>`, `<strong>`, with attributes or not).
const BOLD_TAG = /<\/?(?:b|strong)\b[^<>]{0,200}>/gi;

/**
 * A line of HTML with its bold tags written as markdown's marks: `<b><font color="red">Mercredi
 * 19 juin à 13h</font></b> : l'équipe 7` sets its date apart as `**Mercredi 19 juin à 13h** :
 * l'équipe 7` does, for the same reader (a news page or a PHP view writes its day lines so).
 */
function boldTagsAsMarks(raw: string): string {
  return raw.includes('<') ? raw.replace(BOLD_TAG, '**') : raw;
}

// Where one bold run ends and the next begins after a space (`**\>>** **Dimanche**`).
const BOLD_RUNS_MET = /\*\* {1,3}\*\*(?=\S)/g;

// A date set apart in bold or italics at the start of a line, and what follows it.
const MARKED_START = /^(\*\*|__|\*|_)(?=\S)(.{1,80}?\S)\1(?![*_])/u;
// What may part the marked date from its title on the line: a colon, a dash, a bracket.
const TITLE_SEPARATOR = /^\s{0,3}(?:[:\u2013\u2014(]|-\s)/u;
// What a calendar mark is: no letter, digit, bracket or markup (`📅`, `🗓️`, `▶`, `•`).
const MARK_LEAD = /^[^\p{L}\p{N}*_[(<`~#|>]{1,6}\s+/u;
// The same mark closing the line (`🔥 **Samedi 4 juillet 2026** 🔥`): a day set between two
// marks stands out as a bold line does; the marks are decoration, not a title.
// An emoji may close it with no space (`**Dimanche 5 juillet 2026**🔥`).
const MARK_CLOSE = /(?:\s[^\p{L}\p{N}\s*_[(<`~#|>:]{1,6}|\p{Extended_Pictographic}[\p{Extended_Pictographic}\ufe0f\u200d]{0,5})$/u;

// A bracketed aside closing the marked words (` (grand amphi IBGBI)`, ` (salle des fêtes)`): a room or a place.
const CLOSING_ASIDE = /\s\([^()]{1,60}\)$/u;
// Where a day is held, in brackets after a plain day line over its timed lines: it may give
// an address or a map's link (`Lundi 26 juin (à TALN, campus d'Orléans, http://…/#acces )`).
const DAY_PLACE = /\s\([^()]{1,160}\)$/u;

// Where a day is held, after the marked date with no separator (folded or not): `au SCAI`,
// `aux Cordeliers`, `à la Maison des associations`, `chez Simplon`, `@ La Cantine`.
const PLACE_AFTER = /^(?:au|aux|\u00e0|chez|@|dans|sur)\s/iu;

// A markdown link or image as written (`[Le Cross](https://…)`): a reader sees its text only.
const LINK = /!?\[([^[\]]{0,200})\]\([^()]{0,500}\)/g;

function linkTexts(line: string): string {
  return line.includes('](') ? line.replace(LINK, '$1') : line;
}

// `Le 12 juin :`: the article before a date on a line of its own.
const ARTICLE = /^(?:le|the)\s+/i;

// `Journée du`, `Matinée du`, `Soirée du`, `Après-midi du` before a date (folded): the part
// of the day the line names is the day itself (`Journée du samedi 11 avril 2015` above a
// table of its hours), as the date grammar reads it.
const PART_OF_DAY_LEAD = /^(?:la |le |l')?(?:journee|matinee|matin|soiree|soir|apres-midi|nuit) (?:du|de|le) ?$/;

/** The date `text` opens with and holds alone (its hours aside), or the weekday and number a month heading above completes. */
function dateAlone(text: string, month: MonthHeading | undefined, bareDayMonth = false): DatedLine | undefined {
  const found = datedTextOf(text, false, { bareDayMonth });
  const before = found ? text.slice(0, found.start) : '';
  if (found && found.rest === '' && (!hasLetterOrDigit(before.replace(ARTICLE, '')) || PART_OF_DAY_LEAD.test(normaliseText(before).replace(/\s+/g, ' ').trimStart()))) return found;
  // `Jour 1 - Jeudi 12 juin :`, `Journée 2 — Vendredi 13 juin`: a label, then the date alone, as a heading may write it.
  const part = datedTextOf(text, true);
  if (part && part.rest === '' && part.lead !== '') return part;
  if (found || part) return undefined;
  const under = month ? dayUnderMonth(text, month) : undefined;
  return under && under.start === 0 && under.rest === '' ? under : undefined;
}

// A line's closing colon (`Jeudi 12 juin :`), taken off in code.
function withoutColon(text: string): { text: string; colon: boolean } {
  const trimmed = text.trim();
  return trimmed.endsWith(':') ? { text: trimmed.slice(0, -1).trimEnd(), colon: true } : { text: trimmed, colon: false };
}

/** The first line of a list item, a paragraph or a table row as a reader sees it. */
function firstLineOf(node: RootContent | undefined, source: SourceText): string {
  if (!node || !node.position) return '';
  const raw = source.slice(node.position).split('\n')[0] ?? '';
  return shownLine(raw).replace(/[*_`]/g, '').trim();
}

// A day's name after its date, set apart by a dash or a colon (`– Cérémonie d'ouverture`): a name, not a sentence.
const DAY_NAME = /^[:\u2013\u2014-]\s{0,3}(\S.{0,99})$/u;
const SENTENCE_INSIDE = /[.!?]\s/;

/**
 * A plain line that is a date with no hours, then the day's name after a dash or a colon
 * (`Jeudi 25 juin 2026 – Cérémonie d'ouverture`): its text as a dated item reads it
 * (`Jeudi 25 juin 2026 : Cérémonie d'ouverture`) and its date, or undefined.
 */
export function namedDayLine(line: string): { text: string; dated: DatedLine } | undefined {
  const lead = MARK_LEAD.exec(line);
  const unmarked = (lead ? line.slice(lead[0].length) : line).replace(/[*_`]/g, '').trim();
  const found = datedTextOf(unmarked, false);
  if (!found || found.start !== 0 || found.lead !== '' || found.hours !== undefined || found.week) return undefined;
  const name = DAY_NAME.exec(unmarked.slice(found.end).trim())?.[1];
  if (name === undefined || SENTENCE_INSIDE.test(name)) return undefined;
  const text = `${unmarked.slice(0, found.end).trimEnd()} : ${name}`;
  const dated = datedTextOf(text, false);
  return dated && dated.start === 0 ? { text, dated } : undefined;
}

/** Whether a node is a paragraph whose first line opens with a date (a badge before it aside). */
function opensWithDate(node: RootContent | undefined, source: SourceText): boolean {
  if (node?.type !== 'paragraph') return false;
  const raw = paragraphSourceLines(node, source)[0]?.raw ?? '';
  const badge = leadingBadges(raw);
  const line = linkTexts(shownLine(badge ? raw.slice(badge.length) : raw)).replace(/[*_`]/g, '').trim();
  return datedTextOf(line, false) !== undefined;
}

/**
 * Whether timed lines follow the first line of paragraph `index`: its own next lines, or
 * the node right below (a list whose items open with hours, a paragraph that does, a table
 * of which a row does).
 */
export function timedLinesFollow(nodes: RootContent[], index: number, source: SourceText): boolean {
  const node = nodes[index] as Paragraph;
  const own = paragraphSourceLines(node, source).slice(1);
  if (own.some(({ raw }) => agendaLineHours(shownLine(raw).replace(/[*_`]/g, '').trim()))) return true;
  // `**Agenda**:` between the day and its timed lines: a label that introduces them.
  const next = nodes[index + (isLabelLine(nodes[index + 1]) ? 2 : 1)];
  if (next?.type === 'list') return next.children.some((item) => agendaLineHours(firstLineOf(item.children[0], source)) !== undefined);
  if (next?.type === 'paragraph') return agendaLineHours(firstLineOf(next, source)) !== undefined;
  if (next?.type === 'table') return next.children.slice(1).some((row) => row.children.some((cell) => leadingHours(plainText(cell)) !== undefined));
  return false;
}

// A label that introduces what follows (folded): `Agenda :`, `Programme :`, `Au programme :`, `Déroulé :`.
const INTRODUCING_LABEL = /^(?:agenda|programme|au programme|deroule|deroulement|ordre du jour|planning) ?:$/;

/** Whether a node is a paragraph that only labels what follows it (`**Agenda**:`). */
function isLabelLine(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && INTRODUCING_LABEL.test(normaliseText(plainText(node)).trim());
}

// What parts a place from the hour before it in the marks: a comma, a dash, a slash.
const PLACE_SEPARATOR = /^\s{0,3}[,/\u2013\u2014-]\s{0,3}(?=\S)/u;

/**
 * The marked words of a day line (`**…**`) split into the date, with its hours, and the place
 * written after them: in brackets (`**Jeudi 18 novembre 2021. 14h (grand amphi IBGBI)** : Titre`,
 * `**Samedi 12 mars (salle des fêtes)**`) or after the hour and a comma or a dash
 * (`**Mercredi 5 janvier 2022, 10h30, salle 3** : Titre`). Seminar archives and event lists set
 * the when and the where in bold before the title; the place is an aside of the day line, and
 * goes with the title. `aside` is undefined when the marks hold the date alone, or more than
 * a date and a place.
 */
function placeAside(whole: string, month: MonthHeading | undefined): { words: string; aside?: string } {
  if (dateAlone(whole, month)) return { words: whole };
  const bracket = CLOSING_ASIDE.exec(whole);
  if (bracket) {
    const words = whole.slice(0, bracket.index).trimEnd();
    if (dateAlone(words, month)) return { words, aside: bracket[0].trim().slice(1, -1).trim() };
  }
  const found = datedTextOf(whole, false);
  if (!found?.hours || found.start !== 0 || found.lead !== '') return { words: whole };
  const after = whole.slice(found.hours.end);
  const separator = PLACE_SEPARATOR.exec(after);
  if (!separator) return { words: whole };
  const words = whole.slice(0, found.hours.end);
  return dateAlone(words, month) ? { words, aside: after.slice(separator[0].length).trim() } : { words: whole };
}

/**
 * The day a paragraph's first line names as a line of its own (see above), or undefined.
 * `month`: the month heading the paragraph sits under (`## Mars 2025` over `**Lundi 10**`).
 * `afterDayLine`: whether a day line above opened the day this paragraph sits in, so that
 * a bold date with its title is one more day of the same programme.
 * The all-bold line (`**Lundi 3 juin 2024**`) is read by the caller before this.
 */
export function dayLine(nodes: RootContent[], index: number, source: SourceText, month?: MonthHeading, afterDayLine = false): DayLine | undefined {
  const node = nodes[index];
  if (node?.type !== 'paragraph') return undefined;
  const raw = paragraphSourceLines(node, source)[0]?.raw ?? '';
  const badge = leadingBadges(raw);
  // `**\>>** **Dimanche 23 juin** :`: two bold runs side by side read as one, as they show.
  const line = linkTexts(shownLine(boldTagsAsMarks(badge ? raw.slice(badge.length) : raw))).trim().replace(BOLD_RUNS_MET, ' ');
  const shown = linkTexts(shownLine(raw)).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  const marked = MARKED_START.exec(line);
  if (marked) {
    const whole = withoutColon(marked[2]!.replace(/[*_`]/g, '')).text;
    const after = line.slice(marked[0].length);
    const { words, aside } = placeAside(whole, month);
    const dated = dateAlone(words, month);
    if (!dated) return undefined;
    const rest = after.replace(/[*_`]/g, '').trim();
    if (rest === '' || rest === ':' || MARK_CLOSE.test(` ${rest}`)) return { text: whole, dated, titled: false, shown };
    // `**Lundi 5 juin** au SCAI, 4 place Jussieu` over its timed lines: the day, then where it is held.
    if (PLACE_AFTER.test(rest)) return timedLinesFollow(nodes, index, source) ? { text: whole, dated, titled: false, shown } : undefined;
    if (!TITLE_SEPARATOR.test(after)) return undefined;
    // Read as one dated item (`Dimanche 7 octobre : Cross`): hours after the date or closing the title count as an item's.
    // A paragraph of several dated lines (`**12 mars** : TP1` then `**19 mars** : TP2`) is a list without bullets.
    if (paragraphSourceLines(node, source).slice(1).some(({ raw: next }) => datedTextOf(shownLine(next).replace(/[*_`]/g, '').trim(), false))) return undefined;
    const text = `${words} ${rest.startsWith('(') ? rest : rest.replace(/^[:\u2013\u2014-]\s*/u, ': ')}${aside ? ` (${aside})` : ''}`;
    const item = datedTextOf(text, false) ?? (month ? dayUnderMonth(text, month) : undefined);
    if (!item || item.start !== 0) return undefined;
    // One bold date and its sentence among prose (`**12 mars 2020** : le site ouvre.`) is an
    // article's news; a day line has hours, timed lines below, or other day lines beside it.
    const day = afterDayLine || item.hours !== undefined || timedLinesFollow(nodes, index, source) || opensWithDate(nodes[index - 1], source) || opensWithDate(nodes[index + 1], source);
    return day ? { text, dated: item, titled: true, shown } : undefined;
  }
  if (badge) return undefined;
  // `28/03` alone among a journal's days: a bare day and month is then how it writes them.
  const numeric = amongNumericDays(nodes, index, source);
  const { text, colon, dated } = plainDateLine(line, month, numeric);
  if (!dated) {
    // `Samedi 24 juin (au Lab’O)` over its timed lines: the day, then where it is held.
    const bracket = DAY_PLACE.exec(line.trimEnd());
    const placed = bracket ? plainDateLine(line.slice(0, bracket.index), month).dated : undefined;
    if (placed) return placed.lead === '' && timedLinesFollow(nodes, index, source) ? { text: shown, dated: placed, titled: false, shown } : undefined;
    // `Jeudi 25 juin 2026 – Cérémonie d'ouverture` over its timed lines: the day, then its name.
    // Not when another line of the paragraph names a day too: its lines are then a list of days
    // (day-lines-apart.ts has split off every day with timed lines of its own).
    const named = namedDayLine(line);
    const otherDay = paragraphSourceLines(node, source).slice(1).some(({ raw: next }) => datedTextOf(shownLine(next).replace(/[*_`]/g, '').trim(), false)?.start === 0);
    return named && !otherDay && timedLinesFollow(nodes, index, source) ? { ...named, titled: true, shown } : undefined;
  }
  // A calendar mark alone does not make a day: an event post opens so (`📅 Samedi 30 novembre 2024` over its text).
  // A label before the date (`Jour 1 - Jeudi 12 juin :`) may also name minutes (`Ordre du jour - 12 mars :`): timed lines must follow it.
  const opens =
    dated.lead === '' ? colon || timedLinesFollow(nodes, index, source) || (overList(nodes, index) && amongLogDays(nodes, index, source, month)) || numeric : timedLinesFollow(nodes, index, source);
  return opens ? { text, dated, titled: false, shown } : undefined;
}

/** Whether the node below paragraph `index` is a list (a day's notes, a log entry's items). */
function overList(nodes: RootContent[], index: number): boolean {
  return nodes[index + 1]?.type === 'list';
}

/**
 * A line read as a plain date line: its marks (`📅 `, `-- `, a closing `🔥`), markup and
 * closing colon taken off, and the date it holds alone, if it does.
 */
function plainDateLine(line: string, month: MonthHeading | undefined, bareDayMonth = false): { text: string; colon: boolean; dated: DatedLine | undefined } {
  const lead = MARK_LEAD.exec(line);
  const unmarked = (lead ? line.slice(lead[0].length) : line).replace(/[*_`]/g, '').trimEnd();
  const { text, colon } = withoutColon(unmarked.replace(MARK_CLOSE, ''));
  return { text, colon, dated: dateAlone(text, month, bareDayMonth) };
}

/** The weekday and date a paragraph's first line holds alone (a mark before it aside), or undefined. */
function plainWeekdayLine(node: RootContent | undefined, source: SourceText, month: MonthHeading | undefined): DatedLine | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const { dated } = plainDateLine(linkTexts(shownLine(paragraphSourceLines(node, source)[0]?.raw ?? '')).trim(), month);
  return dated && dated.lead === '' && dated.expression.mentions.some((mention) => mention.weekday !== undefined) ? dated : undefined;
}

// A day and month written in numbers alone on a paragraph (`28/03`, `04.04`): a student's
// way of setting a journal's days apart. Not a full date (`12/03/2024`), which a README's
// changelog sets alone on its line over each release's notes.
const NUMERIC_DAY = /^\d{1,2}[/.]\d{1,2}$/;
// How many such paragraphs make a log, not a date set apart once.
const FEWEST_NUMERIC_DAYS = 3;

/**
 * The day and month of a paragraph whose first line is two numbers alone (`28/03`), `false`
 * when they are no day (`12/20`), undefined when the line is anything else.
 */
function numericDayLine(node: RootContent | undefined, source: SourceText): { day: number; month: number } | false | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const text = shownLine(paragraphSourceLines(node, source)[0]?.raw ?? '').replace(/[*_`]/g, '').trim();
  if (!NUMERIC_DAY.test(text)) return undefined;
  const [day, month] = text.split(/[/.]/).map(Number) as [number, number];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && { day, month };
}

/**
 * Whether paragraph `index` is one of a journal's days written in numbers alone (`28/03`
 * over what was done that day, `29/03` further down): a student's log kept as plain
 * paragraphs, with no heading mark, no weekday and no list. Three such make a log when
 * they go forward in time, and are no thread's counters (`1/4`, `2/4`, `3/4`, `4/4`) nor
 * fractions (`12/20`, `3/4`).
 */
function amongNumericDays(nodes: RootContent[], index: number, source: SourceText): boolean {
  if (!numericDayLine(nodes[index], source)) return false;
  let known = numericLogs.get(nodes);
  if (known === undefined) {
    known = isNumericLog(nodes, source);
    numericLogs.set(nodes, known);
  }
  return known;
}

// Whether each list of nodes is a journal of numeric days, decided once per list: a page of
// thousands of such paragraphs is read in linear time.
const numericLogs = new WeakMap<RootContent[], boolean>();

/** Whether the paragraphs of `nodes` that are a numeric day alone make a journal's days (see amongNumericDays). */
function isNumericLog(nodes: RootContent[], source: SourceText): boolean {
  const lines = nodes.map((node) => numericDayLine(node, source)).filter((line) => line !== undefined);
  const days = lines.filter((line) => line !== false);
  if (days.length < FEWEST_NUMERIC_DAYS || days.length < lines.length) return false;
  const order = days.map((day) => day.month * 100 + day.day);
  if (order.some((value, at) => at > 0 && value <= order[at - 1]!)) return false;
  // A thread's counters: every second number is how many there are.
  return !days.every((day) => day.month === days.length);
}

/**
 * Whether paragraph `index` is one of a log's day lines: a weekday and its date alone on the
 * line (`-- Jeudi 12 Mai`, `Vendredi 13 mai`), over a list, as another paragraph of the page is.
 * A plain-text journal (a `.txt` kept beside the code) sets each day apart so, with no
 * heading mark and no hours; one such line alone may be a post's date, two make a log.
 * Without a weekday, the day must be set between two marks (amongMarkedLogDays).
 */
function amongLogDays(nodes: RootContent[], index: number, source: SourceText, month: MonthHeading | undefined): boolean {
  if (!plainWeekdayLine(nodes[index], source, month)) return amongMarkedLogDays(nodes, index, source);
  return nodes.some((node, other) => other !== index && overList(nodes, other) && plainWeekdayLine(node, source, month) !== undefined);
}

// How many day lines without a weekday make a log (`— 28 Septembre —`, `— 12 Octobre —`, …),
// not a date set apart once over a list (a post's, a release's).
const FEWEST_PLAIN_LOG_DAYS = 3;
// A date set between two marks, a dash or a sign on each side (`— 28 Septembre —`, `-- 12 mai --`):
// how a student's journal sets its days apart. A plain `12 mars` over a list is as often a
// changelog's or a birthday list's.
const MARKED_DAY = /^[^\p{L}\p{N}\s]{1,3}\s+\S.{0,40}\s+[^\p{L}\p{N}\s]{1,3}$/u;

/**
 * The day and month of a paragraph whose first line is a date alone between two marks, with
 * no label and no year, or undefined. Such a line writes its month, so no month heading is read.
 */
function markedDayLine(node: RootContent | undefined, source: SourceText): { day: number; month: number } | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const line = linkTexts(shownLine(paragraphSourceLines(node, source)[0]?.raw ?? '')).trim();
  if (!MARKED_DAY.test(line)) return undefined;
  const { dated } = plainDateLine(line, undefined);
  const mentions = dated?.lead === '' ? dated.expression.mentions : [];
  if (mentions.length !== 1 || mentions[0]!.year !== undefined) return undefined;
  return { day: mentions[0]!.day, month: mentions[0]!.month };
}

/**
 * Whether paragraph `index` is one of a student's journal days written with no weekday and
 * no year between two marks (`— 28 Septembre —` over what was done that day): three such
 * lines, each over a list, going forward in time (one new year at most), make a log.
 * Decided once per page.
 */
function amongMarkedLogDays(nodes: RootContent[], index: number, source: SourceText): boolean {
  if (!overList(nodes, index) || !markedDayLine(nodes[index], source)) return false;
  let known = markedLogs.get(nodes);
  if (known === undefined) {
    const days = nodes.flatMap((node, at) => (overList(nodes, at) ? [markedDayLine(node, source)] : [])).filter((day) => day !== undefined);
    const order = days.map((day) => day.month * 32 + day.day);
    const backwards = order.filter((value, at) => at > 0 && value <= order[at - 1]!).length;
    known = days.length >= FEWEST_PLAIN_LOG_DAYS && backwards <= 1;
    markedLogs.set(nodes, known);
  }
  return known;
}

// Whether each list of nodes is a journal of marked days, decided once per list (see numericLogs).
const markedLogs = new WeakMap<RootContent[], boolean>();
