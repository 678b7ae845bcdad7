/*
 * A list written without bullets: one paragraph, or one line of a paragraph, per session,
 * each opening with its date (`2020-11-13 (14h-16h). **Clément Hénin** : « Confier une
 * décision »`, `12/03/2024 - Atelier cartographie`). A reader reads them as the items of a
 * list. One dated paragraph alone is prose (`3 mars 2020 : le site ouvre.` above an
 * article), so it takes at least two dated lines in a row, in one paragraph or in
 * paragraphs that follow each other with nothing between them, for a list; or a run of
 * paragraphs most of which open with a date.
 */
import { toldInPast } from '../dates/past-tense.js';
import { turnsSchoolYear } from '../dates/year-inference.js';
import type { List, Paragraph, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DatedLine, DatedLineOptions } from '../dates/dated-line.js';
import { closingItemDate } from '../dates/dated-item.js';
import { datedTextOf } from './dated-text.js';
import { namesAnEventWord } from './announced-sessions.js';
import { DEADLINE_PHRASES, UNTIL, wordsAnywhere } from './deadline-words.js';
import { namesAMeetingRecord } from './meeting-record.js';
import { WRITTEN_ON } from './invited-days.js';
import { normaliseText } from '../dates/normalise-text.js';
import { toDayNumber } from '../dates/plain-date.js';
import { dayUnderMonth, monthHeading, type MonthHeading } from './month-heading-days.js';
import { datedItemDraft, hoursBeforeDate } from './read-dated-lists.js';
import { isLedgerEntry, namesAnAmount } from './ledger-entry.js';
import { trimMarks } from './trim-marks.js';
import { paragraphSourceLines, plainTextLines, shownLine } from './paragraph-lines.js';
import { isStruckThrough, plainText } from './plain-text.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import { oneTimeTold, toldReading } from './section-hours.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { SourceText } from './source-text.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { BARS, leadingHours } from './slot-hours.js';

/** One line of a paragraph as a reader sees it, and where it is. */
interface ParagraphLine {
  text: string;
  position: Position;
}

// The lines of a paragraph, markup dropped (`**`, `_`, a link's address). Soft breaks
// split it; the text of each line comes from the paragraph's text when the two agree.
function linesOf(node: Paragraph, source: SourceText): ParagraphLine[] {
  const raw = paragraphSourceLines(node, source);
  const plain = plainTextLines(node);
  return raw.map(({ raw: line, start }, index) => {
    const shown = plain.length === raw.length ? plain[index]! : shownLine(line).replace(/[*_`]/g, '').trim();
    return { text: shown, position: source.span(start, start + line.length) };
  });
}


/** Whether a node is a paragraph whose first line opens with a date. */
function opensWithDate(node: RootContent | undefined, source: SourceText): boolean {
  if (node?.type !== 'paragraph') return false;
  const first = linesOf(node, source)[0];
  return first !== undefined && datedTextOf(first.text, false) !== undefined;
}

// After a line's hours: a mark that sets its title apart, or the line's end.
const TITLE_OR_END = new RegExp(String.raw`^\s{0,3}(?:[:${BARS}\u2192\u2013\u2014-]|$)`);

/**
 * Whether a line alone announces a session: it opens with its date (nothing but marks
 * before it, not `Le samedi 5 juin, 14h-17h, nous avons...`), clock hours follow the date,
 * and the title is set apart after them (`:`, `-`, `→`) or there is none.
 */
function announces(text: string, found: DatedLine): boolean {
  if (found.hours === undefined || hasLetterOrDigit(text.slice(0, found.start))) return false;
  return TITLE_OR_END.test(text.slice(found.hours.end));
}

// A line that opens with a number pair (`12/03`), marks aside.
const BARE_OPENING = /^[^\p{L}\d]{0,4}\d{1,2}\/\d{1,2}/u;
// How many lines must open with a date, bare `d/m` or not, for a bare `d/m` to be one.
const BARE_DATE_LINES = 3;

/**
 * Whether the lines of a paragraph write their dates as bare `d/m` (`12/03 - TP1`,
 * `19/03 - TP2`, `26/03 - TP3`): three lines at least, and most of them, open with a date,
 * one of them bare; as for a list (read-dated-lists.ts), two such lines are too few.
 */
function writesBareDayMonths(lines: ParagraphLine[]): boolean {
  // Most paragraphs hold no line that opens with a number pair: they are not looked at twice.
  if (lines.length < BARE_DATE_LINES || !lines.some(({ text }) => BARE_OPENING.test(text))) return false;
  let bare = 0;
  let dated = 0;
  for (const { text } of lines) {
    if (datedTextOf(text, false)) dated++;
    else if (datedTextOf(text, false, { bareDayMonth: true })) bare++;
  }
  return bare > 0 && bare + dated >= BARE_DATE_LINES && (bare + dated) * 2 > lines.length;
}

// A paragraph that opens with a bare day and month and a colon or a dash (`08/03 : Premier contact`).
const BARE_ENTRY = /^\d{1,2}\/\d{1,2} ?[:\u2013-]/;

/**
 * Whether the paragraph at `index` is one of a run of paragraphs (nothing else between them)
 * of which at least three open with a bare day and month then a colon (`08/03 : Premier
 * contact…`, `13/04 : Visite des labos…`): a project's journal of meetings, one paragraph
 * each, dated as its writer dates a note. One such paragraph alone may be a fraction or a score.
 */
function runOpensWithBareDates(nodes: RootContent[], index: number, source: SourceText): boolean {
  const opens = (node: RootContent | undefined) => node?.type === 'paragraph' && BARE_ENTRY.test(linesOf(node, source)[0]?.text ?? '');
  if (!opens(nodes[index])) return false;
  let count = 1;
  for (let k = index - 1; k >= 0 && nodes[k]?.type === 'paragraph' && count < BARE_DATE_LINES; k--) if (opens(nodes[k])) count++;
  for (let k = index + 1; k < nodes.length && nodes[k]?.type === 'paragraph' && count < BARE_DATE_LINES; k++) if (opens(nodes[k])) count++;
  return count >= BARE_DATE_LINES;
}

// How many lines of a page must be entries' titles (see entryTitles) for each to be one.
const ENTRY_TITLES = 3;
// How many words an entry's title may have after its date: a title, not a sentence.
const ENTRY_TITLE_WORDS = 8;

/** Whether a one-line paragraph is a journal entry's title: a full date (with its year or weekday) first, then a mark and a short title (`Le 20/09/2023 - #Séance1`). */
function isEntryTitle(node: RootContent, source: SourceText): boolean {
  if (node.type !== 'paragraph') return false;
  const lines = linesOf(node, source);
  if (lines.length !== 1) return false;
  const text = lines[0]!.text;
  const found = datedTextOf(text, false);
  if (!found || hasLetterOrDigit(text.slice(0, found.start).replace(/^(?:le|les)\s/i, ''))) return false;
  const first = found.expression.mentions[0];
  if (first?.year === undefined && first?.weekday === undefined) return false;
  const after = text.slice(found.hours?.end ?? found.end).trim();
  if (after === '') return true;
  return /^[-\u2013\u2014:|]/.test(after) && after.split(/\s+/).length <= ENTRY_TITLE_WORDS + 1 && !/[.!?]$/.test(after);
}

// Folded words of a class's session in an entry's title (`#Séance1`, `Cours 3`, `TD 2`): a
// blog's `Retour sur l'atelier` or a diary's `Soirée chez Paul` tell what happened.
const NAMES_A_CLASS = /(?:^|[^a-z])(?:seances?|cours|td|tp|cm|sessions?)(?:[^a-z]|$)/;

// The entries' titles of each list of blocks, found once: a page of thousands of paragraphs is read in one pass.
const entryTitlesOf = new WeakMap<RootContent[], Set<RootContent>>();

/**
 * The paragraphs of a journal written without headings, one line each that dates its entry
 * and titles it (`Le 20/09/2023 - #Séance1`, `Le 04/10/2023 - #Séance3`), each over the
 * paragraphs of its notes: three at least among the blocks, each a session as a dated
 * heading would be, when most of them name a session. Fewer, a dated line may be a sentence's.
 */
function entryTitles(nodes: RootContent[], source: SourceText): Set<RootContent> {
  let found = entryTitlesOf.get(nodes);
  if (!found) {
    found = new Set(nodes.filter((node) => isEntryTitle(node, source)));
    // A course's journal names its sessions (`#Séance1`, `TD 3`); a diary's, a blog's or a work
    // log's days (`Vendredi 13 octobre -`, `Retour sur l'atelier`, `Problème n°2`) tell what happened.
    const named = [...found].filter((node) => NAMES_A_CLASS.test(normaliseText(plainText(node)))).length;
    if (found.size < ENTRY_TITLES || named * 2 < found.size) found = new Set();
    entryTitlesOf.set(nodes, found);
  }
  return found;
}

// How many paragraphs of a page must be dated entries (see datedEntries) for each to be one,
// and how many steps back in time one in how many may take (a year's slip: `31/01/2019`
// between two entries of 2020).
const DATED_ENTRIES = 3;
const STEPS_PER_SLIP = 4;
// What sets an entry's text apart from its date: a colon or a dash.
const ENTRY_MARK = /^\s{0,3}[:\u2013\u2014-]/;
// Text that says something in words, not a length or a mark (`3h`, `:`).
const IN_WORDS = /\p{L}{3}/u;

// The blocks after which a paragraph stands apart from the one before (see datedEntries).
const SETS_APART = new Set(['thematicBreak', 'table', 'html']);

// The dated entries of each list of blocks, found once.
const datedEntriesOf = new WeakMap<RootContent[], Set<Paragraph>>();

/** The paragraph a block holds as an entry: itself, or the first of a quote (`> 17/01/2020 : …`). */
function entryParagraph(node: RootContent): Paragraph | undefined {
  if (node.type === 'paragraph') return node;
  return node.type === 'blockquote' && node.children[0]?.type === 'paragraph' ? node.children[0] : undefined;
}

/** A paragraph's first line (or line `at`) split at the date it opens with: the date, and what follows it and its hours. */
function dateThenRest(paragraph: Paragraph, source: SourceText, at = 0): { text: string; dated: DatedLine; after: string } | undefined {
  const text = linesOf(paragraph, source)[at]?.text ?? '';
  const dated = datedTextOf(text, false);
  return dated ? { text, dated, after: text.slice(dated.hours?.end ?? dated.end) } : undefined;
}

/**
 * The paragraphs of a journal whose entries open with their whole date, then a colon or a
 * dash and what was done (`> 17/01/2020 : Introduction au DataCamp…`, `24/01/2020 : Cette
 * séance…`): three at least among the page's blocks, each a paragraph right after a rule,
 * a table or an HTML block, or a quote's first paragraph, rather than standing one after
 * the other; the date writing its year, going forward in time but for a slip; half of them
 * naming a class. Fewer, a dated paragraph may be a sentence's.
 */
export function datedEntries(nodes: RootContent[], source: SourceText): Set<Paragraph> {
  let found = datedEntriesOf.get(nodes);
  if (found) return found;
  const entries: Array<{ paragraph: Paragraph; key: number; named: boolean }> = [];
  for (const [k, node] of nodes.entries()) {
    // Set apart: quoted, or after a rule, a table or an HTML block. Title lines over their notes
    // (`18/01/2024 - Problème n°2` over what was tried) are a work log's, read as entries'
    // titles only when they name classes (entryTitles).
    if (node.type !== 'blockquote' && k > 0 && !SETS_APART.has(nodes[k - 1]!.type)) continue;
    const paragraph = entryParagraph(node);
    const split = paragraph ? dateThenRest(paragraph, source) : undefined;
    const first = split?.dated.expression.mentions[0];
    if (!split || !first || split.dated.lead !== '' || hasLetterOrDigit(split.text.slice(0, split.dated.start))) continue;
    // A weekday without its year may open a diary's days told after the fact (`Vendredi 13 octobre - …`).
    // What was done, in words: `** 05/11/2024 - 3h` over `** Travail effectué` is a field of a séance's heading.
    if (first.year === undefined || !ENTRY_MARK.test(split.after) || !IN_WORDS.test(split.after)) continue;
    entries.push({ paragraph: paragraph!, key: first.year * 400 + first.month * 32 + first.day, named: NAMES_A_CLASS.test(normaliseText(split.after)) });
  }
  // A course's or a camp's log names its sessions (`Cette séance nous a permis…`) in half of
  // its entries at least; a club's history, press headlines or rulings tell what happened.
  const named = entries.filter((entry) => entry.named).length;
  let back = 0;
  for (let k = 1; k < entries.length; k++) if (entries[k]!.key < entries[k - 1]!.key) back++;
  found = entries.length >= DATED_ENTRIES && named * 2 >= entries.length && back * STEPS_PER_SLIP <= entries.length - 1 ? new Set(entries.map((entry) => entry.paragraph)) : new Set();
  datedEntriesOf.set(nodes, found);
  return found;
}

// How many paragraphs of a page must be dates alone over notes (see dateAloneEntries) for
// each to be a journal's day, and how many days apart two entries may be at most: a
// journal is written as the work goes, a timeline of history or a family tree spans years.
const DATE_ALONE_ENTRIES = 3;
const ENTRY_GAP_DAYS = 92;
// The label beside such a date (folded): a counter of the journal's days (`Jour 1 :`, `J9`,
// `Séance 3`), not a name, a place, a title or a stamp (`Marie Dupont`, `Paris`, `Publié le`).
const DAY_COUNTER = /^(?:jour|j|journee|seance|semaine|session|cours|day) ?n?\u00b0? ?\d{1,3} ?:?$/;

/** Whether a label beside a journal's date counts its days (DAY_COUNTER: `Jour 1 :`, `Séance 3`). */
function countsDays(label: string): boolean {
  return DAY_COUNTER.test(normaliseText(label).trim());
}

// The dates-alone entries of each list of blocks, found once.
const dateAloneEntriesOf = new WeakMap<RootContent[], Set<Paragraph>>();

/**
 * The paragraphs of a journal written without headings that are a whole date and nothing
 * else (`01.02.2025` over a list of what was done), or a date and a counter of days under or
 * over it (`31/1/2020` over `Jour 1 :`, `Jour 9` over `13/2/2020`; over the first, a label
 * that introduces the journal: `CALENDRIER :`), each over the notes of that day: three at
 * least among the page's blocks, each a different day with its year, going forward in time
 * but for a slip, none more than ENTRY_GAP_DAYS after the one before, and notes that are no
 * list of links or prices alone. A reader takes each for a day of the journal, as a dated
 * heading. Fewer, a date alone may be a signature's or a letter's; a name, a place or a
 * stamp beside it (`Marie Dupont`, `Paris`, `Publié le :`) makes it a comment's or a letter's.
 */
export function dateAloneEntries(nodes: RootContent[], source: SourceText): Set<Paragraph> {
  let found = dateAloneEntriesOf.get(nodes);
  if (found) return found;
  const entries: Array<{ paragraph: Paragraph; key: number }> = [];
  for (const [k, node] of nodes.entries()) {
    if (node.type !== 'paragraph' || k + 1 >= nodes.length) continue;
    const lines = linesOf(node, source);
    // The date's line and at most a label, under it or over it (`Jour 1 :`, `Jour 9`): a
    // paragraph that goes on is a letter's.
    if (lines.length > 2) continue;
    // The date on the first line, or on the second under its label (`Jour 9` over `13/2/2020`).
    const split = dateThenRest(node, source) ?? dateThenRest(node, source, 1);
    const over = lines.length === 2 && split?.text !== lines[0]!.text;
    const label = lines.length === 2 ? lines[over ? 0 : 1]!.text : '';
    if (label !== '' && !countsDays(label) && !(over && introducesTheJournal(label))) continue;
    const first = split?.dated.expression.mentions[0];
    if (!split || !first || first.year === undefined || split.dated.hours || split.dated.expression.kind !== 'single') continue;
    if (hasLetterOrDigit(split.text.slice(0, split.dated.start)) || !/^\s{0,3}:?\s*$/.test(split.after)) continue;
    if (notesOfNoDay(nodes[k + 1])) continue;
    entries.push({ paragraph: node, key: toDayNumber({ year: first.year, month: first.month, day: first.day }) });
  }
  let back = 0;
  let apart = false;
  for (let k = 1; k < entries.length; k++) {
    if (entries[k]!.key < entries[k - 1]!.key) back++;
    if (Math.abs(entries[k]!.key - entries[k - 1]!.key) > ENTRY_GAP_DAYS) apart = true;
  }
  // Each a different day: cards that each show the day they were posted (`10 avril 2019` over
  // a band's blurb, on every card) are a page's stamps, not a journal's days.
  const days = new Set(entries.map((entry) => entry.key)).size;
  found = days >= DATE_ALONE_ENTRIES && !apart && back * STEPS_PER_SLIP <= entries.length - 1 ? new Set(entries.map((entry) => entry.paragraph)) : new Set();
  dateAloneEntriesOf.set(nodes, found);
  return found;
}

/**
 * Whether what follows a date alone tells of no day's work: a list of links alone (a
 * newsletter's archive: `- [Lettre n°12](lettre-12.pdf)`) or of amounts (a price history:
 * `- Adhésion : 25 €`).
 */
function notesOfNoDay(node: RootContent | undefined): boolean {
  if (node?.type !== 'list') return false;
  const linksAlone = node.children.every((item) => {
    const paragraph = item.children[0];
    const parts = paragraph?.type === 'paragraph' ? paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : [];
    return item.children.length === 1 && parts.length === 1 && parts[0]!.type === 'link';
  });
  return linksAlone || node.children.every((item) => namesAnAmount(plainText(item)));
}

// A word or two closed by a colon (`CALENDRIER :`, `Journal de bord :`), as over a journal's first day.
const INTRODUCING_LABEL = /^[\p{L}' ]{1,30}:$/u;

/** Whether a line over a journal's first date introduces the journal (`CALENDRIER :`), not a stamp (`Publié le :`). */
function introducesTheJournal(label: string): boolean {
  const folded = normaliseText(label).trim();
  return INTRODUCING_LABEL.test(folded) && folded.split(' ').length <= 3 && !WRITTEN_ON.test(folded);
}

/** Whether a node is a paragraph whose first line opens with a date and goes on in words (`*Jeudi 20 février :* Ajout…`), not a date alone over its text. */
function opensWithWords(node: RootContent | undefined, source: SourceText): boolean {
  const split = node?.type === 'paragraph' ? dateThenRest(node, source) : undefined;
  return split !== undefined && IN_WORDS.test(split.after);
}

/**
 * Whether the paragraph at `index` is a dated line left empty, its date alone
 * (`*Vendredi 21 février :*`), between two paragraphs that open with a date and go on in
 * words on that line (`*Jeudi 20 février :* Ajout…`, `*Semaine du 24 au 28 février :*
 * Vacances`); between dates alone over their text (`28/04/26 :`), it is a day as they are: a journal's entry not yet
 * written, read with the entries beside it, no day over the next.
 */
export function isEmptyEntry(nodes: RootContent[], index: number, source: SourceText): boolean {
  const node = nodes[index];
  // The paragraph itself first: most are no date alone, and their neighbours are not read for it.
  if (node?.type !== 'paragraph' || linesOf(node, source).length !== 1) return false;
  const split = dateThenRest(node, source);
  if (!split || split.dated.lead !== '' || !/^\s{0,3}:?\s*$/.test(split.after)) return false;
  return opensWithWords(nodes[index - 1], source) && opensWithWords(nodes[index + 1], source);
}

/** The session of a quote that is a dated entry of its page (see datedEntries, `> 17/01/2020 : …`), or none. */
export function readQuotedEntry(nodes: RootContent[], index: number, source: SourceText): SessionDraft[] {
  const node = nodes[index];
  const paragraph = node?.type === 'blockquote' ? entryParagraph(node) : undefined;
  if (!paragraph || !datedEntries(nodes, source).has(paragraph)) return [];
  const line = linesOf(paragraph, source)[0]!;
  return [datedItemDraft(datedTextOf(line.text, false)!, line.text, line.position, source, isStruckThrough(paragraph))];
}

// How many one-line dated paragraphs must each stand right above a table for each to be a caption (see tableCaptions).
const CAPTIONS = 3;

// The dated captions of each list of blocks, found once.
const tableCaptionsOf = new WeakMap<RootContent[], Set<RootContent>>();

/**
 * The one-line paragraphs that open with a date right above a table, when three at least do
 * (`Assemblée Générale Ordinaire du 09 mai 2021` over `| Nature du document | Fichier PDF |`,
 * an association's index of its meetings and their papers): each names the meeting the table
 * under it is about, as a heading would. One such line alone may be a table's note.
 */
function tableCaptions(nodes: RootContent[], source: SourceText): Set<RootContent> {
  let found = tableCaptionsOf.get(nodes);
  if (!found) {
    found = new Set(nodes.filter((node, k) => nodes[k + 1]?.type === 'table' && node.type === 'paragraph' && linesOf(node, source).length === 1 && opensWithDate(node, source)));
    if (found.size < CAPTIONS) found = new Set();
    tableCaptionsOf.set(nodes, found);
  }
  return found;
}

// How many paragraphs of a run must open with a date for it to be a list written without
// bullets when some of its paragraphs do not (`Novembre 2019 : Battle Dev`, `Prochainement
// avant le 23 août : ...`): three, and at least half of the run.
const DATED_IN_RUN = 3;

/**
 * Whether the paragraph at `index` sits in a run of paragraphs (nothing else between them)
 * most of which open with a date: one contest or talk per paragraph, some of them naming
 * only a month or a bound, which a reader skips without leaving the list.
 */
function amongDatedParagraphs(nodes: RootContent[], index: number, source: SourceText): boolean {
  let first = index;
  while (nodes[first - 1]?.type === 'paragraph') first--;
  let last = index;
  while (nodes[last + 1]?.type === 'paragraph') last++;
  const run = last - first + 1;
  if (run < DATED_IN_RUN) return false;
  let dated = 0;
  for (let k = first; k <= last; k++) if (opensWithDate(nodes[k], source)) dated++;
  return dated >= DATED_IN_RUN && dated * 2 >= run;
}

// A word of a sign-off's name (`Laurence`, `Jean-Marc`, `M.`), and the most words it has.
const NAME_WORD = /^[\p{L}'.-]+$/u;
const NAME_WORDS = 3;

/** Whether a line is a sign-off's name: one to three words, the first capitalised (`Laurence`, `Jean-Marc Dupont`, `Le bureau`). */
function signatureName(line: string): boolean {
  const words = line.split(' ');
  return words.length <= NAME_WORDS && /^\p{Lu}/u.test(line) && words.every((word) => NAME_WORD.test(word));
}

/**
 * Whether a paragraph is a letter's date: the page's last block, a date alone, right under
 * the paragraph that signs the letter (`Amicales salutations à vous tous.` over `Laurence`,
 * then `Lundi 11 mai 2015`), as a newsletter dates the day it was written.
 */
function signsTheLetter(nodes: RootContent[], index: number, lines: ParagraphLine[], dated: Array<{ found: DatedLine }>, source: SourceText): boolean {
  if (index !== nodes.length - 1 || lines.length !== 1 || dated.length !== 1) return false;
  const { found } = dated[0]!;
  if (found.title !== '' || found.hours !== undefined || found.expression.kind !== 'single') return false;
  const above = nodes[index - 1];
  if (above?.type !== 'paragraph') return false;
  return signatureName(linesOf(above, source).at(-1)?.text.trim() ?? '');
}

/**
 * The screening or performance a notice closes with: a paragraph of several lines (title,
 * credits, synopsis) whose last line, and only that one, opens with a date and clock hours
 * (`Ven 1 mar 21h45 GF`, a cinema's or a theatre's booklet). Undefined for any other paragraph.
 */
function closingDate(node: RootContent | undefined, source: SourceText): { first: ParagraphLine; last: ParagraphLine; found: DatedLine } | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const lines = linesOf(node, source);
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !last) return undefined;
  const found = datedTextOf(last.text, false);
  if (!found?.hours || lines.slice(0, -1).some((line) => datedTextOf(line.text, false))) return undefined;
  return { first: lines[0]!, last, found };
}

/**
 * The session of a notice (see closingDate) that stands beside another: a booklet lists
 * its films or plays one notice after the other, so a notice alone is a paragraph among
 * others. The session begins at the notice's first line, its title.
 */
function readNotice(nodes: RootContent[], index: number, source: SourceText): SessionDraft[] {
  const notice = closingDate(nodes[index], source);
  if (!notice || !(closingDate(nodes[index - 1], source) || closingDate(nodes[index + 1], source))) return [];
  const draft = datedItemDraft(notice.found, notice.last.text, notice.last.position, source, isStruckThrough(nodes[index] as Paragraph));
  return [{ ...draft, title: notice.first.text, position: notice.first.position }];
}

/**
 * The paragraph's dated lines, with those among them that name their event first and close
 * with its date (`Vendredi moi tout avec Camptic le 25 janvier`), or close with it the
 * label before a colon (`Vendredi moi tout 22 février : fibre avec orange`): between lines
 * that open with their dates (`19 et 20 janvier Mibsday 2 à Quiberon`), a writer who
 * names the event first still writes one event a line, as the items of a list of dated
 * items do (read-dated-lists.ts reads a date closing an item so), in the order written.
 */
function withClosingDates(lines: ParagraphLine[], dated: Array<{ line: ParagraphLine; found: DatedLine }>, options: DatedLineOptions): Array<{ line: ParagraphLine; found: DatedLine }> {
  return lines.flatMap((line) => {
    const opening = dated.find((one) => one.line === line);
    if (opening) return [opening];
    const found = closingLabelDate(line.text, options);
    return found && !isLedgerEntry(line.text.slice(found.end)) ? [{ line, found }] : [];
  });
}

// How many lines of a paragraph must close with a day and its time to be a list written without bullets.
const CLOSING_TIMED_LINES = 3;

/**
 * The lines of a paragraph that name their event, then close with its day and time, when
 * at least three do and they are most of its lines (`Arménie/Lettonie - 7 septembre,
 * 20h00`, `Macédoine du Nord/Arménie - 10 septembre, 22h45`: a team's fixtures, one a
 * line): a list written without bullets, each line a session. Fewer, or among prose, they
 * may be a story's days.
 */
function closingTimedLines(lines: ParagraphLine[], options: DatedLineOptions): Array<{ line: ParagraphLine; found: DatedLine }> {
  if (lines.length < CLOSING_TIMED_LINES) return [];
  const found = lines.flatMap((line) => {
    const closing = closingItemDate(line.text, options);
    // `Posté par Marie - 7 septembre 2024, 20h00`: when a comment or a post was written.
    if (!closing?.hours || WRITTEN_ON.test(normaliseText(line.text.slice(0, closing.start)))) return [];
    return isLedgerEntry(line.text.slice(closing.end)) ? [] : [{ line, found: closing }];
  });
  return found.length >= CLOSING_TIMED_LINES && found.length * 2 > lines.length ? found : [];
}

// How many lines of a paragraph must close with their day after a short label for it to be
// a calendar written without bullets, and how many words that label may have (`02h`,
// `rendre le`, `soutenance`).
const CLOSING_DATED_LINES = 4;
const SHORT_LABEL_WORDS = 3;
// A label that is only a length of time (folded): `02h`, `2h30`, `15m`, `15 min`.
const LENGTH_ONLY = /^\d{1,2}\s?(?:h|h\d\d|m|min|mn)$/;

/**
 * The lines of a paragraph that each name a step in a word or three, then close with its
 * day (`02h lundi 21/03`, `15m jeudi 24/03`, `rendre le 29/04`, `soutenance 09/05`: a
 * project's calendar), when at least four do, they are three lines in four at least and
 * their days follow each other in the year's order (or a school year's, crossing New Year
 * once): a calendar written without bullets, a
 * bare `d/m` read as a day. Marks (`Maths 15/20`) or a story's lines do not run so.
 */
function closingDatedLines(lines: ParagraphLine[]): Array<{ line: ParagraphLine; found: DatedLine }> {
  if (lines.length < CLOSING_DATED_LINES) return [];
  const found = lines.flatMap((line) => {
    const closing = closingItemDate(line.text, { bareDayMonth: true });
    if (!closing || closing.rest !== '' || closing.expression.kind !== 'single') return [];
    const lead = normaliseText(line.text.slice(0, closing.start));
    if (lead.split(' ').length > SHORT_LABEL_WORDS || WRITTEN_ON.test(lead)) return [];
    // `2h lundi 21/03`: the time the class gives it names nothing; the page's title will.
    return [{ line, found: LENGTH_ONLY.test(lead) ? { ...closing, lead: '', title: '' } : closing }];
  });
  if (found.length < CLOSING_DATED_LINES || found.length * 4 < lines.length * 3) return [];
  const days = found.map(({ found: { expression } }) => ({ month: expression.mentions[0]!.month, day: expression.mentions[0]!.day }));
  // In the year's order, or a school year's: once from its autumn to its spring (`12/12`, then `09/01`).
  let turned = false;
  for (let k = 1; k < days.length; k++) {
    const [previous, day] = [days[k - 1]!, days[k]!];
    if (day.month * 100 + day.day >= previous.month * 100 + previous.day) continue;
    if (turned || !turnsSchoolYear(day.month, previous.month)) return [];
    turned = true;
  }
  return found;
}

// How many days a line must list after its hours for each to be a session (see hoursBeforeDays),
// and how many words may stand before the hours (`Le mercredi,`, `Séances le jeudi`).
const LISTED_DAYS = 3;
const WORDS_BEFORE_HOURS = 6;

/**
 * The lines that give a class's hours, then after a colon the days it meets and nothing else
 * (`Le **mercredi**, de 15h à 18h : 18 septembre, 25 septembre, 9 octobre, … et 18 décembre
 * 2024.`, a course's `# Quand ?`): each listed day a session at those hours. The words before
 * the hours are few and hold no figure; three days at least are listed, so that a sentence's
 * hour and two dates stay prose. Read as if written `<days>, <hours>`, which the date grammar
 * reads, the hours and days each found where the line writes them.
 */
function hoursBeforeDays(lines: ParagraphLine[]): Array<{ line: ParagraphLine; found: DatedLine }> {
  return lines.flatMap((line) => {
    const colon = line.text.indexOf(':');
    if (colon < 0) return [];
    const days = datedTextOf(trimDots(line.text.slice(colon + 1)), false);
    if (!days || days.start !== 0 || days.rest !== '' || days.hours || days.expression.kind !== 'set' || days.expression.mentions.length < LISTED_DAYS) return [];
    const before = line.text.slice(0, colon).trimEnd();
    const words = before.split(/\s+/);
    for (let k = 0; k <= Math.min(words.length - 1, WORDS_BEFORE_HOURS); k++) {
      const lead = words.slice(0, k).join(' ');
      if (/\d/.test(lead)) break;
      const hours = leadingHours(words.slice(k).join(' '));
      if (!hours || hours.rest.trim() !== '' || !hours.slots.every((slot) => slot.end)) continue;
      const found = datedTextOf(`${days.dateText}, ${hours.text}`, false);
      if (!found?.hours || found.rest !== '') return [];
      // `Le mercredi,`: the comma before the hours closes no title; a loop, not a `[,;\s]+$` pattern, which backtracks on a long run.
      let end = lead.length;
      while (end > 0 && (lead[end - 1] === ',' || lead[end - 1] === ';' || /\s/.test(lead[end - 1]!))) end--;
      const title = lead.slice(0, end);
      return [{ line, found: { ...found, lead: title, title } }];
    }
    return [];
  });
}

// Fewest lines that each open with their hours, then their day: one such line is a sentence.
const HOURS_THEN_DAY_LINES = 2;

/** The lines of a paragraph when every one opens with its hours, then its day (hoursBeforeDate), at least two of them; else none. */
function hoursThenDayLines(lines: ParagraphLine[]): Array<{ line: ParagraphLine; found: DatedLine }> {
  const shown = lines.filter((line) => line.text.trim() !== '');
  const read = shown.map((line) => ({ line, found: hoursBeforeDate(line.text) }));
  return read.length >= HOURS_THEN_DAY_LINES && read.every((one) => one.found !== undefined) ? (read as Array<{ line: ParagraphLine; found: DatedLine }>) : [];
}

// How many lines of a paragraph must each link an event whose words close with its days.
const LINKED_DATED_LINES = 3;

/**
 * The lines of a paragraph that each link an event whose words close with its days
 * (`[Breizhcamp du 25 au 27 mars 2020](https://…)`, `ANNULÉ - [MiXiT du 29 au 30 avril
 * 2020](…)`, `[DevFest Lille le 12 juin 2020](…) - (Le CFP est ouvert)`: a podcast's list
 * of conferences written without bullets, one a line), when at least three do and they
 * are most of its lines. The date is read in the link's words, so what the line says
 * after the link (a call for papers) is no part of it; what it says before (`ANNULÉ`) still
 * counts for the status.
 */
function linkedDatedLines(node: Paragraph, lines: ParagraphLine[]): Array<{ line: ParagraphLine; found: DatedLine }> {
  if (lines.length < LINKED_DATED_LINES) return [];
  const found: Array<{ line: ParagraphLine; found: DatedLine }> = [];
  for (const line of lines) {
    const link = node.children.find((child) => child.type === 'link' && child.position?.start.line === line.position.start.line);
    const words = link ? plainText(link) : '';
    const closing = link ? closingItemDate(words) : undefined;
    if (closing && closing.rest === '' && !closing.hours && namesAnEventAlone(words.slice(0, closing.start))) found.push({ line, found: closing });
  }
  return found.length >= LINKED_DATED_LINES && found.length * 2 > lines.length ? found : [];
}

// Folded words of a link that make its day a bound, a call's or an issue's, not an event's
// (`ouvert jusqu'au 15 mars`, `clos le 2 avril`, `Candidatures avant le 30 avril`).
const NOT_AN_EVENT_LINK = wordsAnywhere([...UNTIL, ...DEADLINE_PHRASES, 'avant le', 'avant la', 'clos', 'close', 'cloture', 'ouvert', 'ouverte', 'ouverture', 'candidatures?', 'inscriptions?', 'appel', 'lettre', 'newsletter', 'version', 'release', 'numero']);

/**
 * Whether the words of a link before its day name an event and nothing else: no number
 * (`Lettre n°12 du 3 mars`, `Version 2.3 du 12 mars`), no bound or call, no minutes
 * (`Compte rendu du CA du 12 mars 2024`).
 */
function namesAnEventAlone(lead: string): boolean {
  return lead.trim() !== '' && !/\d/.test(lead) && !NOT_AN_EVENT_LINK.test(normaliseText(lead)) && !namesAMeetingRecord(lead);
}

/** The date that closes a line after its label, or closes the label before a ` : ` and what follows it; undefined otherwise. */
function closingLabelDate(text: string, options: DatedLineOptions): DatedLine | undefined {
  const closing = closingItemDate(text, options);
  if (closing) return closing;
  const colon = text.indexOf(' : ');
  if (colon < 0) return undefined;
  const labelled = closingItemDate(text.slice(0, colon), options);
  const rest = text.slice(colon + 3).trim();
  if (!labelled || labelled.hours || rest === '') return undefined;
  return { ...labelled, rest, title: `${labelled.title} : ${rest}` };
}

// A line that opens in bold (`**27 février** - …`, `**Du 5 au 26 juillet** - …`): its date set apart.
const BOLD_DATE_START = /^(?:\*\*|__)\S/;

/**
 * The sessions of a paragraph read as list items: each of its lines that opens with a date,
 * when the paragraph holds two, or when the paragraph just before or after it opens with
 * a date too. Undefined when the paragraph is prose.
 */
export function readDatedParagraph(nodes: RootContent[], index: number, source: SourceText, month?: MonthHeading): SessionDraft[] {
  const node = nodes[index];
  if (node?.type !== 'paragraph') return [];
  const lines = linesOf(node, source);
  const bareRun = runOpensWithBareDates(nodes, index, source);
  const options = { bareDayMonth: writesBareDayMonths(lines) || bareRun };
  const dated = lines.flatMap((line) => {
    // `samedi 27 :  10h - 12h, 17h - 19h` under `En juillet`: the month label gives the day its month.
    const found = datedTextOf(line.text, false, options) ?? (month ? dayUnderMonth(line.text, month) : undefined);
    // `30-07-2018 >> Paiement n° 389 ]>1500€`: a line of accounts, no session (ledger-entry.ts).
    return found && !isLedgerEntry(line.text.slice(found.end)) ? [{ line, found }] : [];
  });
  // `**Prochain meetup**` over `Le [jeudi 29 janvier 2015](…).`: the next event's day alone under its label.
  const nextEvent = lines.length === 1 ? nextEventDay(nodes[index - 1], lines[0]!.text) : undefined;
  if (nextEvent) return [{ ...datedItemDraft(nextEvent.found, lines[0]!.text, lines[0]!.position, source, isStruckThrough(node)), title: nextEvent.label }];
  if (dated.length === 0) {
    const timed = closingTimedLines(lines, options);
    if (timed.length === 0) timed.push(...closingDatedLines(lines));
    if (timed.length === 0) timed.push(...linkedDatedLines(node, lines));
    if (timed.length === 0) timed.push(...hoursBeforeDays(lines));
    // `11:00-12:30, 18 Janvier a la salle J-1035 <br>` and the next days so: every line its hours, then its day.
    if (timed.length === 0) timed.push(...hoursThenDayLines(lines));
    if (timed.length > 0) return timed.map(({ line, found }) => datedItemDraft(found, line.text, line.position, source, isStruckThrough(node)));
    return readClosingDates(nodes, index, source);
  }
  if (signsTheLetter(nodes, index, lines, dated, source)) return [];
  const notice = readNotice(nodes, index, source);
  if (notice.length > 0) return notice;
  const card = lines.length === 1 && headsACard(nodes, index, source);
  // Under a month's heading (`### Février` over `**27 février** - La Confuirence`), a line that
  // opens with its date set apart in bold is the month's agenda; a sentence is a month's news.
  const monthAgenda = month !== undefined && lines.length === 1 && BOLD_DATE_START.test(source.slice(node.position!));
  const inARun = card || bareRun || monthAgenda || dated.length >= 2 || opensWithDate(nodes[index - 1], source) || opensWithDate(nodes[index + 1], source) || amongDatedParagraphs(nodes, index, source) || datedEntries(nodes, source).has(node) || dateAloneEntries(nodes, source).has(node) || (lines.length === 1 && (entryTitles(nodes, source).has(node) || tableCaptions(nodes, source).has(node)));
  // A line that writes clock hours right after its opening date (`Samedi 5 juin, 14h-17h :
  // atelier`) is a session on its own: an announcement, where a date alone may be prose.
  const kept = inARun ? withClosingDates(lines, dated, options) : dated.filter(({ line, found }) => announces(line.text, found));
  const struck = isStruckThrough(node);
  return kept.map(({ line, found }) => {
    const draft = datedItemDraft(found, line.text, line.position, source, struck);
    // A card's title is its heading; what follows the date on its line is where (`| Trier`).
    if (card) {
      draft.title = found.title ? `${plainText(nodes[index + 1]!)} (${found.title})` : plainText(nodes[index + 1]!);
      draft.titledBy = nodes[index + 1]!.position!;
      // `<span>Médiathèque, Toulouse</span><span>14h00–17h00</span>` under the card's title: its time.
      const own = draft.hours ? undefined : cardHours(nodes, index + 2, source);
      if (own) draft.hours = own;
    }
    // `*   **Atelier 2 : Django**` over `Sam. 14 Avril (13h30mn à 18h)`: the line in bold above
    // the date names the session, which begins there, as a heading over its date line does.
    const above = line === lines[0] && kept.length === 1 && found.title === '' ? boldTitleAbove(nodes[index - 1]) : undefined;
    if (above) {
      draft.title = plainText(above);
      draft.position = above.position!;
    }
    // `le dimanche 12 janvier 2025` over `**La récolte du pollen**` in one paragraph: the line
    // in bold under a date alone names the session (an hour line, a quote, a remark does not),
    // as the line under it does in a card struck out whole.
    const next = lines[lines.indexOf(line) + 1];
    if (draft.title === '' && kept.length === 1 && next !== undefined && (struck || BOLD_LINE.test(source.slice(next.position).replace(/^[\s>]+/, ''))) && !dated.some((other) => other.line === next)) draft.title = next.text.replace(/[*_`]/g, '').trim();
    // `31/1/2020` over `Jour 1 :`, or under `Jour 9`, a journal's day (dateAloneEntries): the
    // label names it, and the entry begins on the paragraph's first line.
    else if (draft.title === '' && kept.length === 1 && lines.length === 2 && dateAloneEntries(nodes, source).has(node)) {
      const label = line === lines[0] ? lines[1]! : lines[0]!;
      // A counter of days only: `CALENDRIER :` over the first day introduces the journal;
      // the entry is then the date's line alone.
      if (countsDays(label.text)) {
        draft.title = trimMarks(label.text, ' \t:');
        draft.position = lines[0]!.position;
      }
    }
    // `**Semaine #8**: Mardi 21 octobre` over `[Aide à la préparation des feuilles de notes](./feuilles_notes)`,
    // the paragraph's only other line: the link names the session's topic.
    // `Lundi 6 janvier` over `: Section 1.1 : Motivation`: a definition list (kramdown,
    // pandoc), the term a day, its definition what the session is on; the term's own words
    // after the day (`(créneau inhabituel 16h15--18h15)`) stay a remark, those before it its name.
    else if (kept.length === 1 && next !== undefined && DEFINITION_LINE.test(source.slice(next.position)) && !dated.some((other) => other.line === next)) {
      const defined = next.text.replace(DEFINITION_LINE, '').trim();
      // `: 14h-16h, Foncteurs`: a definition that opens with the session's hours gives them,
      // when the day does not, and its words after them are the title.
      const timed = draft.hours ? undefined : leadingHours(defined);
      if (timed) draft.hours = { text: timed.text, position: source.find(next.position, timed.text), slots: timed.slots };
      const definition = timed ? timed.rest.trim() : defined;
      // `TD 1 (18/09/2023)` over its definition: the term's lead names the session, which the
      // definition tells more of (`TD 1 : Introduction à SageMath`).
      if (definition !== '') draft.title = draft.title === '' ? definition : found.lead !== '' ? `${draft.title} : ${definition}` : `${definition} (${draft.title})`;
      // `~~Jeudi 6 février~~` over `: (cours avancé au 3 février)`: the term struck, the session is off.
      const term = node.children[0];
      if (term?.type === 'delete' && plainText(term) === line.text.trim()) draft.cancelled = true;
    } else if (kept.length === 1 && lines.length === 2 && next !== undefined && LINK_LINE.test(source.slice(next.position).replace(/^[\s>]+/, '').trimEnd()) && !RESOURCE_LINK.test(normaliseText(next.text))) draft.title = draft.title === '' ? next.text : `${draft.title} : ${next.text}`;
    return draft;
  });
}

// A line that is one markdown link to a page and nothing else (`[Boucles et débogueur](./boucles-debug)`):
// not to a file (`./seance2.pdf`), whose link names a resource.
const LINK_LINE = /^\[[^\[\]]{1,200}\]\((?![^()\s]{0,300}\.(?:pdf|pptx?|docx?|odt|odp|zip|ipynb|mp4|png|jpe?g)\))[^()\s]{1,300}\)$/i;
// Folded words of a link that names a resource or a step, not the session's topic (`Support de cours`, `Inscription`).
const RESOURCE_LINK = /^(?:support|supports|slides|diapos?|diaporama|pdf|inscription|inscriptions|formulaire|lien|replay|video|enregistrement|sujet|corrige|programme|s'inscrire|plus d'infos?|en savoir plus)(?![a-z])/;

// A definition's line under its term (`: Section 1.1 : Motivation`), as kramdown and pandoc write one.
const DEFINITION_LINE = /^:[ \t]+/;

// A line that opens in bold (`**La récolte du pollen**`), quote marks aside.
const BOLD_LINE = /^(?:\*\*|__)/;

/**
 * The line in bold a session's date line sits under, when the node above is that line and
 * nothing else: a paragraph all in bold, or a list of one item all in bold (a blog post
 * converted from HTML writes `*   **Atelier 1 : Introduction à Python**` so, then the date on
 * its own line). The bold words name the session; the node is returned for its place.
 */
function boldTitleAbove(node: RootContent | undefined): RootContent | undefined {
  const item = node?.type === 'list' && node.children.length === 1 && node.children[0]!.children.length === 1;
  const paragraph = item ? (node as List).children[0]!.children[0] : node;
  const bold = paragraph?.type === 'paragraph' ? boldAlone(paragraph) : undefined;
  if (!bold) return undefined;
  const title = plainText(bold).trim();
  // A date in bold is a day of its own, a label (`**Prochaines dates :**`) introduces the lines below.
  if (!/\p{L}/u.test(title) || /[:!]$/.test(title) || datedTextOf(title, true) !== undefined) return undefined;
  // A bold note (`**Attention, changement de salle**`, `**Prochaines dates**`) names no session.
  return item || !BOLD_NOTE.test(normaliseText(title)) ? node : undefined;
}

/** The bold words a paragraph is made of, spaces aside (`**Prochain meetup**`), or undefined. */
function boldAlone(paragraph: Paragraph): Paragraph['children'][number] | undefined {
  const words = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return words.length === 1 && words[0]!.type === 'strong' ? words[0] : undefined;
}

// A bold label that names the next event (folded): `Prochain meetup`, `Prochaine réunion`.
const NEXT_EVENT_LABEL = /^(?:prochain|prochaine|prochains|prochaines) /;

/**
 * The day a paragraph gives alone (`Le jeudi 29 janvier 2015.`, its weekday or its year
 * written) under a bold line that labels the next event (`**Prochain meetup**`), and that
 * label; undefined otherwise. The label is a note over dates in general (BOLD_NOTE), but
 * over one day that names an event, the day is that event's.
 */
function nextEventDay(above: RootContent | undefined, text: string): { found: DatedLine; label: string } | undefined {
  const bold = above?.type === 'paragraph' ? boldAlone(above) : undefined;
  if (!bold) return undefined;
  const label = plainText(bold).trim().replace(/\s?:$/, '');
  const folded = normaliseText(label);
  if (!NEXT_EVENT_LABEL.test(folded) || !namesAnEventWord(folded)) return undefined;
  const found = datedTextOf(text.trim().replace(/\.$/, ''), false);
  const mention = found?.expression.mentions[0];
  if (!found || found.rest !== '' || found.lead !== '' || (mention?.weekday === undefined && mention?.year === undefined)) return undefined;
  return { found, label };
}

// The first words of a bold line that is a note or a label, not a session's name (folded).
const BOLD_NOTE = /^(?:attention|note|nb|n\.b\.|important|rappel|info|infos|information|informations|nouveau|nouvelle|prochaine|prochaines|prochain|prochains|dates?|horaires?|lieu|a noter|avis)(?:[^a-z]|$)|[,.!?]$/;

// How many nodes apart two cards of one listing may stand (a card's heading, its text, a link, an image).
const CARD_REACH = 8;

// Whether the node at `index` is a card's date line: a paragraph of one line that opens
// with a date, right above the heading that titles the card. A month's or a year's heading
// (`### Février`, `### 2024`) titles no card: it opens the next part of an agenda.
function cardDateAt(nodes: RootContent[], index: number, source: SourceText): boolean {
  const node = nodes[index];
  const next = nodes[index + 1];
  if (node?.type !== 'paragraph' || next?.type !== 'heading' || linesOf(node, source).length !== 1 || !opensWithDate(node, source)) return false;
  const title = plainText(next);
  return monthHeading(title) === undefined && !YEAR_ALONE.test(title.trim());
}

/**
 * The one time a card's body tells (section-hours.ts oneTimeTold), from `start` (right under
 * its title) to the next heading or the next card's date line; undefined when it tells none
 * or several.
 */
function cardHours(nodes: RootContent[], start: number, source: SourceText): DraftHours | undefined {
  const body: RootContent[] = [];
  for (let k = start; k < nodes.length && nodes[k]!.type !== 'heading' && !cardDateAt(nodes, k, source); k++) body.push(nodes[k]!);
  const found = oneTimeTold(body, true);
  const parsed = found ? parseFrenchHours(toldReading(found)) : undefined;
  if (!found || !parsed?.ok || parsed.slots.length === 0) return undefined;
  return { text: found.text, position: source.find(found.node.position!, found.text), slots: parsed.slots };
}

// A heading that is a year and nothing else.
const YEAR_ALONE = /^(?:19|20)\d\d$/;

/**
 * Whether the paragraph at `index` is the date line of an event card (`<p>Jeu, 05 Jan. |
 * Stadtbücherei Trier</p>` over `<h2>Livre de lecture</h2>` and its text), among cards: a
 * site's listing of events (a Hugo or Jekyll theme) writes each event so, its date above
 * its title, and a reader reads each card as one event. Another card must stand near it:
 * one date line over one heading may be an article's date above its title.
 */
function headsACard(nodes: RootContent[], index: number, source: SourceText): boolean {
  if (!cardDateAt(nodes, index, source)) return false;
  for (let k = Math.max(0, index - CARD_REACH); k <= index + CARD_REACH && k < nodes.length; k++) {
    if (k !== index && cardDateAt(nodes, k, source)) return true;
  }
  return false;
}

/** `text` without the full stops and spaces around it; a loop, not a `[.\s]+$` pattern, which backtracks on a long run. */
function trimDots(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && (text[from] === '.' || /\s/.test(text[from]!))) from++;
  while (to > from && (text[to - 1] === '.' || /\s/.test(text[to - 1]!))) to--;
  return text.slice(from, to);
}

// Folded words of a heading over a speaker's talks: `Événements passés`, `À venir`, `Conférences`, `Workshops`.
const EVENTS_HEADING = /(?:^|[^a-z])(?:evenements?|a venir|passes|conferences?|interventions?|talks?|workshops?|ateliers?|rencontres?|agenda|dates)(?![a-z])/;

/** Whether the nearest heading above node `index` names events (EVENTS_HEADING). */
function underEventsHeading(nodes: RootContent[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const node = nodes[at]!;
    if (node.type === 'heading') return EVENTS_HEADING.test(normaliseText(plainText(node)));
  }
  return false;
}

// Words a room set apart after a talk's date may take (`salle Rhône 3`).
const ROOM_WORDS = 3;
// Words a link that closes a line may show after its date (`[plus d'informations](…)`,
// `[Programme](…)`): how many at most.
const LINK_WORDS_AFTER = 4;

/**
 * The date a one-line paragraph closes with after its last comma (`Table ronde Humain et
 * tech, Féministes en tous genres, Orléans, 17 mai [plus d'informations](…)`), with the
 * words before it as the title; only a full stop or a link's few words may follow the
 * date, which may give its time (`22 mai à 14h`).
 */
function closingCommaDate(node: RootContent | undefined, source: SourceText): { line: ParagraphLine; found: DatedLine; title: string } | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const lines = linesOf(node, source);
  if (lines.length !== 1) return undefined;
  const line = lines[0]!;
  const last = node.children.at(-1);
  const linkText = last?.type === 'link' ? plainText(last).trim() : '';
  // `…, 17 novembre 2023, [sur LinkedIn](…)`: the link set apart by its own comma.
  const text = linkText !== '' && line.text.endsWith(`, ${linkText}`) ? line.text.slice(0, -linkText.length - 2) : line.text;
  let comma = text.lastIndexOf(', ');
  if (comma <= 0) return undefined;
  let found = datedTextOf(text.slice(comma + 2), false);
  // `…, le 22 mars à 11h, salle Rhône 3`: a room set apart after the date and its hour, by its own comma.
  const room = text.slice(comma + 2).trim();
  let roomAfter = false;
  if (!found && room.split(' ').length <= ROOM_WORDS && !/\d{1,2}\s?h/i.test(room)) {
    const before = text.lastIndexOf(', ', comma - 1);
    if (before > 0) {
      found = datedTextOf(text.slice(before + 2, comma), false);
      comma = before;
      roomAfter = true;
    }
  }
  // `…, le 21 mars à 11h`: the article before a date and its hour is no title. Without an
  // hour, `, le 4 mars.` closes a sentence of news (`Le maire a signé la convention, le 4 mars.`).
  const article = found !== undefined && found.start !== 0 && /^le\s$/i.test(text.slice(comma + 2, comma + 2 + found.start));
  if (!found || (found.start !== 0 && !article) || ((article || roomAfter) && (!found.hours || toldInPast(text.slice(0, comma))))) return undefined;
  const rest = trimDots(found.rest);
  // Nothing after the date but a full stop, or a link's few words (`[Programme](…)`).
  const isLink = linkText !== '' && linkText.split(' ').length <= LINK_WORDS_AFTER && rest.endsWith(linkText) && trimDots(rest.slice(0, -linkText.length)) === '';
  if (rest !== '' && !isLink) return undefined;
  return { line, found: { ...found, rest: '', title: '' }, title: text.slice(0, comma) };
}

/**
 * A talk's or an event's one-line paragraph that closes with its date (see
 * closingCommaDate), as a speaker's page lists what is coming and what was given, one
 * paragraph each: read when the paragraph before or after it (a quote of its replay between
 * them aside) closes with a date too, so that a date closing a sentence alone stays prose.
 */
function readClosingDates(nodes: RootContent[], index: number, source: SourceText): SessionDraft[] {
  const own = closingCommaDate(nodes[index], source);
  // A speaker's talks stand under a heading of events (`## Événements passés`, `## À venir`);
  // a news page's or a guestbook's lines close with the day they were written
  // (`Fermeture estivale du local, 12 février 2025` under `# Actualités`).
  if (!own || !underEventsHeading(nodes, index)) return [];
  const neighbour = (step: number): boolean => {
    let at = index + step;
    // A quote of its replay, or the list of its speakers, between two talks.
    if (nodes[at]?.type === 'blockquote' || nodes[at]?.type === 'list') at += step;
    return closingCommaDate(nodes[at], source) !== undefined;
  };
  if (!neighbour(-1) && !neighbour(1)) return [];
  const draft = datedItemDraft(own.found, own.line.text, own.line.position, source, isStruckThrough(nodes[index] as Paragraph));
  draft.title = own.title;
  return [draft];
}
