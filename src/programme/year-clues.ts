/*
 * Where a careful reader finds the year of a programme that its rows do not write: the
 * heading above the schedule or the title, the front matter, another heading (a
 * school-year label lower down), a full date written near the schedule. Each is a
 * fallback for the one before it; year-inference.ts decides the order of trust.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { extractDateFromHeading } from '../dates/french-dates.js';
import type { PlainDate } from '../dates/types.js';
import type { YearClue } from '../dates/year-inference.js';
import { extractYearClue } from '../dates/years.js';
import { MONTH_NAMES } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { toldInPast } from '../dates/past-tense.js';
import { datesOfEntries } from './front-matter-days.js';
import { treeMetadata } from './page-metadata.js';
import { plainText } from './plain-text.js';
import { closingDateStamp } from './date-stamp.js';
import { lastSentenceStart } from './table-introduction.js';

/** The clues of one document, for the rows of a schedule starting at `scheduleLine`. */
export interface DocumentYearClues {
  headingYear?: YearClue;
  frontMatter?: YearClue;
  otherHeadingYear?: YearClue;
  nearbyDate?: PlainDate;
  closingStamp?: PlainDate;
}

/**
 * Gathers the year clues of a document around the schedule that starts on `scheduleLine`
 * (or the title's alone); `lastLine`, when known, is the line of its last session.
 */
export function documentYearClues(tree: Root, title: string | undefined, scheduleLine: number | undefined, lastLine?: number): DocumentYearClues {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const above = scheduleLine === undefined ? [] : headings.filter((h) => h.position!.start.line < scheduleLine).reverse();
  let headingYear: YearClue | undefined;
  for (const heading of above) {
    const text = plainText(heading);
    if (isRightsNotice(text)) continue;
    headingYear = extractYearClue(text);
    if (headingYear === undefined) continue;
    // `#### Consultation des copies de l'examen du 16.01.2026` above a term's table: the year
    // of a day, which rows far after it in that year precede (the term's autumn is in 2025).
    // A heading that is the day alone (`## 14 Décembre 2022`, a meeting's minutes) is the day
    // the rows are nearest to (its next meeting on `11 janvier` is in 2023).
    const found = typeof headingYear === 'number' ? extractDateFromHeading(text) : undefined;
    const day = found?.expression.mentions[0];
    const alone = found !== undefined && !/\p{L}/u.test(text.slice(0, found.start) + text.slice(found.end));
    if (day?.year === headingYear) headingYear = { near: { year: day.year, month: day.month, day: day.day }, ...(alone ? {} : { written: true as const }) };
    break;
  }
  // A year written alone on the line right above the dates (`<li class="year">2016</li>`,
  // `**2016**`, blank lines aside): the year they fall in, as a heading's.
  const label = scheduleLine === undefined ? undefined : yearLabelAbove(tree.children, scheduleLine);
  if (label !== undefined) headingYear = label;
  headingYear ??= title === undefined ? undefined : extractYearClue(title);
  headingYear ??= scheduleLine === undefined ? undefined : schoolYearAbove(tree.children, scheduleLine);
  let otherHeadingYear: YearClue | undefined;
  for (const heading of headings) {
    if (isRightsNotice(plainText(heading))) continue;
    otherHeadingYear = extractYearClue(plainText(heading));
    if (otherHeadingYear !== undefined) break;
  }
  const frontMatter = frontMatterClue(tree);
  // The date the page closes with (`*Plan opérationnel — 28 février 2026*`, date-stamp.ts): a clue of its own, not a date near the schedule.
  const stamp = closingDateStamp(tree.children);
  const nearbyDate = scheduleLine === undefined ? undefined : fullDateNear(tree.children.filter((node) => node !== stamp?.node), scheduleLine, lastLine);
  const closingStamp = stamp?.date;
  return {
    ...(headingYear !== undefined ? { headingYear } : {}),
    ...(frontMatter !== undefined ? { frontMatter } : {}),
    ...(otherHeadingYear !== undefined ? { otherHeadingYear } : {}),
    ...(nearbyDate !== undefined ? { nearbyDate } : {}),
    ...(closingStamp !== undefined ? { closingStamp } : {}),
  };
}

// A line that is a year and nothing else (its marks and a closing colon aside).
const YEAR_ALONE = /^(?:19|20)\d\d\s?:?$/;

/** A block of the page as a reader meets it looking for a year label: lists and quotes opened. */
interface PageBlock {
  /** The line it starts on. */
  start: number;
  /** The line it ends on. */
  end: number;
  /**
   * It, when it is a paragraph without a link (`- [2023](2023.md)` is an archive's): a label
   * if it writes a year alone (yearAlone), read only when asked, as a long page has many.
   */
  paragraph?: Paragraph;
  /** The list of years alone it is in (`Éditions précédentes :` over `- 2022`, `- 2023`): an archive's, read as one block. */
  yearList?: { start: number; end: number };
}

/**
 * The page's blocks in the order they are written, each paragraph that may write a year
 * alone as a label (`**2016**`, `<li class="year">2016</li>`) and the list of years alone
 * each is in: one walk for both readings of the labels (the one right above the dates,
 * and their order).
 */
function pageBlocks(nodes: readonly RootContent[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  // A stack, not recursion: quotes may nest thousands deep (`> > > …`). Children go on it
  // last first, so that blocks come off it in the order they are written.
  const stack = [...nodes].reverse().map((node): { node: RootContent; yearList?: PageBlock['yearList'] } => ({ node }));
  while (stack.length > 0) {
    const { node, yearList: around } = stack.pop()!;
    const { start, end } = node.position!;
    // The outermost list of years alone is the one a reader sees; a list in it is part of it.
    const yearList = around ?? (node.type === 'list' && node.children.every((item) => YEAR_ALONE.test(plainText(item).trim())) ? { start: start.line, end: end.line } : undefined);
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, ...(yearList !== undefined ? { yearList } : {}) });
      continue;
    }
    const unlinked = node.type === 'paragraph' && !node.children.some((child) => child.type === 'link');
    blocks.push({
      start: start.line,
      end: end.line,
      ...(unlinked ? { paragraph: node } : {}),
      ...(yearList !== undefined ? { yearList } : {}),
    });
  }
  return blocks;
}

/**
 * The year a paragraph or a list item writes alone (no link: `- [2023](2023.md)` is an
 * archive's), when it is the last block that ends above `line` (in lists and quotes too).
 */
function yearLabelAbove(nodes: readonly RootContent[], line: number): number | undefined {
  const blocks = pageBlocks(nodes);
  // A list of years alone counts as one block, the last above once it has started.
  let last: { end: number; paragraph?: Paragraph } | undefined;
  for (const block of blocks) {
    if (block.yearList !== undefined) {
      if (block.yearList.start < line) last = { end: block.yearList.end };
    } else if (block.end < line && (!last || block.end >= last.end)) last = block;
  }
  const year = last?.paragraph === undefined ? undefined : (yearAlone(last.paragraph) ?? yearIntroduced(last.paragraph));
  if (year === undefined) return undefined;
  // Labels kept newest first (`**2025**` over January's outings, then `**2024**` over
  // October's) each date their own list, which one year counted on cannot give: none is taken.
  return keptNewestFirst(blocks) ? undefined : year;
}

/** The year a paragraph writes alone (`**2016**`, `2016 :`), if it does. */
export function yearAlone(paragraph: Paragraph): number | undefined {
  const text = plainText(paragraph).trim();
  return YEAR_ALONE.test(text) ? Number(text.slice(0, 4)) : undefined;
}

/**
 * The one year the sentence that introduces what follows writes (`Voici quelques dates
 * annoncées de sa tournée 2026 :`): its last sentence, closed by a colon, with one year and
 * no day in it. A sentence that writes a day (`Inscriptions avant le 3 mars 2026 :`) or two
 * years tells of something else.
 */
function yearIntroduced(paragraph: Paragraph): number | undefined {
  const text = plainText(paragraph).trim();
  if (!text.endsWith(':')) return undefined;
  const sentence = text.slice(lastSentenceStart(text));
  const years = [...sentence.matchAll(/(?:^|[^\d/.])((?:19|20)\d\d)(?![\d/.])/g)];
  if (years.length !== 1 || extractDateFromHeading(sentence) !== undefined) return undefined;
  return Number(years[0]![1]);
}

/** Whether any year label of the page (in a list of years alone too) is older than the one before it. */
function keptNewestFirst(blocks: readonly PageBlock[]): boolean {
  const labels = blocks.flatMap((block) => {
    const year = block.paragraph === undefined ? undefined : yearAlone(block.paragraph);
    return year === undefined ? [] : [year];
  });
  return labels.some((year, i) => i > 0 && year < labels[i - 1]!);
}

// A copyright or licence notice (`### Copyright (c) L. Magnin / UQÀM 2023-2024`, `© 2019`,
// `Licence CC BY 2021`): its years say when the text was written, not when the sessions are.
const RIGHTS = /(?:\bcopyright\b|\(c\)|\u00a9|\blicen[cs]e\b|\btous droits\b)/;

/** Whether a heading is a copyright or licence notice, whose year is no clue to the schedule's. */
function isRightsNotice(text: string): boolean {
  return RIGHTS.test(normaliseText(text));
}

/**
 * The front matter's clue to the year. A key that names the period the page is about
 * (`session: Automne 2019`, `semestre: Hiver 2020`, `annee: 2024-2025`, `term: Fall 2019`)
 * is trusted first: it is the schedule's own period. Else the event's days (`date_debut`,
 * `dates`, a title or subtitle that names a day: front-matter-days.ts), else the page's
 * `date:` (a Jekyll or Hugo page's date: the schedule is the closest year to it), else a
 * year in its `title:` or `subtitle:`.
 * Only top-level keys are read (metadata-values.ts); any other key (`updated: 2015`,
 * `copyright: 2015`) says nothing about the schedule and is ignored.
 */
function frontMatterClue(tree: Root): YearClue | undefined {
  // A Pelican or Python-Markdown page's fence-less head (`Title:`, `Date:`) is its front matter.
  const entries = treeMetadata(tree);
  if (entries.length === 0) return undefined;
  let dateClue: YearClue | undefined;
  let titleClue: YearClue | undefined;
  for (const { key, value } of entries) {
    if (PERIOD_KEYS.has(key)) {
      const period = extractYearClue(value);
      if (period !== undefined) return period;
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (key === 'date' && date && dateClue === undefined) dateClue = { near: { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } };
    // A subtitle names the page's period as a title does (Quarto: `subtitle: "Automne 2026"`).
    if ((key === 'title' || key === 'subtitle') && titleClue === undefined) titleClue = extractYearClue(value);
  }
  // The event's own days (`date_debut`, `dates: 12 et 13 avril 2024`, a title or subtitle
  // that names its day) are nearer the schedule than a post's `date:`.
  const event = datesOfEntries(entries)?.line.expression.mentions[0];
  const eventClue = event?.year === undefined ? undefined : { near: { year: event.year, month: event.month, day: event.day } };
  return eventClue ?? dateClue ?? titleClue;
}

// Front matter keys (folded, `_` and `-` read as spaces) whose value is the period a
// course or programme page is about: its term, semester or school year.
const PERIOD_KEYS = new Set([
  'session', 'semestre', 'semester', 'trimestre', 'term', 'periode', 'period', 'saison', 'season',
  'annee', 'annee scolaire', 'annee universitaire', 'year', 'school year', 'academic year', 'promotion',
]);

// How many words a line may have to be a term's label alone (`Automne 2026`, `Session d'hiver 2025`).
const TERM_LABEL_WORDS = 3;
/** The value of a field labelled as the term (`Session : Hiver 2020` -> `Hiver 2020`), if the text is one. */
function termFieldValue(text: string): string | undefined {
  const colon = text.indexOf(':');
  const label = normaliseText(text.slice(0, colon)).trim();
  if (colon <= 0 || !TERM_LABELS.has(label)) return undefined;
  return text.slice(colon + 1).trim();
}

// The labels of a field that gives the course's term (folded): `Session : Hiver 2020`, not `Révision : automne 2017`.
const TERM_LABELS = new Set(['session', 'trimestre', 'semestre', 'periode', 'term', 'semester']);
// How a sentence opens on its term (folded): `À l'automne 2018, …`, `Cet automne 2018, …`, `Automne 2018, …`.
const TERM_OPENING = /^(?:a l'|a l\u2019|au |en |pour l'|pour le |cet |cette |ce )?(?:automne|hiver|printemps|ete|fall|winter|spring|summer)(?![a-z])/;

/**
 * A school year written in a line of text above the schedule rather than in a heading
 * (`TAA - 2025/2026` as a page's first line), or a term alone on its line (`Automne 2026`).
 * Only those: a plain year in prose (`créé en 2019`) says nothing sure about the schedule.
 */
function schoolYearAbove(nodes: RootContent[], scheduleLine: number): YearClue | undefined {
  for (const [index, node] of nodes.entries()) {
    if (node.position!.start.line >= scheduleLine) break;
    const paragraphs = node.type === 'paragraph' ? [node] : node.type === 'blockquote' && quotedLabel(nodes, index) ? node.children.filter((child) => child.type === 'paragraph') : [];
    for (const paragraph of paragraphs) {
      const text = plainText(paragraph).trim();
      const clue = extractYearClue(text);
      if (typeof clue === 'object' && 'schoolYear' in clue) return clue;
      // `Automne 2026` alone on its line under the title: the term the page is for, a label;
      // not a link to another term's page (`[Hiver 2025](../hiver-2025/)`).
      const link = paragraph.children.length === 1 && paragraph.children[0]!.type === 'link';
      if (typeof clue === 'object' && 'term' in clue && !link && text.split(/\s+/).length <= TERM_LABEL_WORDS) return clue;
      // `À l'automne 2018, j'enseigne le cours …`: a sentence that opens with the term, set apart
      // by a comma; `Session : Hiver 2020`: a field whose value is the term.
      // Not a sentence told in the past (`À l'automne 2019, le cours a été donné à distance`),
      // one that dates something else (`Depuis l'automne 2016`), nor a paragraph of links to other terms.
      const opening = text.split(',')[0]!;
      const fieldValue = termFieldValue(text);
      const linked = paragraph.children.some((child) => child.type === 'link');
      const termText = opening !== text ? (TERM_OPENING.test(normaliseText(opening)) && !toldInPast(text) ? opening : undefined) : fieldValue;
      const termFirst = termText !== undefined && !linked && termText.split(/\s+/).length <= TERM_LABEL_WORDS ? extractYearClue(termText) : undefined;
      if (typeof termFirst === 'object' && 'term' in termFirst) return termFirst;
    }
  }
  return undefined;
}

// A quote's text that labels a page by its school year (`TIPE 2022/23 - MP - La Ville`):
// short, no quotation marks, the school year closing it or set apart by a dash, a bar or a comma.
const LABEL_LENGTH = 80;
const QUOTATION_MARK = /[\u00ab\u00bb"\u201c\u201d]/;
const SCHOOL_YEAR_APART = /(?:19|20)\d\d ?[/\-\u2013\u2014] ?(?:19|20)?\d\d ?(?:$|[-\u2013\u2014|,])/;

/**
 * Whether the quote at `index` is a label set right under the page's title (`# Journal de
 * Bord` over `> TIPE 2022/23 - MP - La Ville`), not a citation (`> « Le meilleur souvenir de
 * ma promo 2019/20 » — Léa`) or a remark (`> Sujet repris du TIPE 2019/20 de Marie`).
 */
function quotedLabel(nodes: RootContent[], index: number): boolean {
  const node = nodes[index];
  if (node?.type !== 'blockquote' || nodes[index - 1]?.type !== 'heading') return false;
  if (nodes.slice(0, index - 1).some((other) => other.type === 'heading')) return false;
  const text = plainText(node).trim();
  return text.length <= LABEL_LENGTH && !QUOTATION_MARK.test(text) && SCHOOL_YEAR_APART.test(text);
}

// How many blocks of the document around the schedule count as near it: a date further
// away is about something else, and a long document is not read twice for it.
const NEAR_BLOCKS = 12;

/**
 * The last full date (day, month and year written) in a heading or paragraph shortly
 * before the schedule, else the first one shortly after it (an annex:
 * `le lundi 02 décembre 2024`).
 */
function fullDateNear(nodes: RootContent[], scheduleLine: number, lastLine = scheduleLine): PlainDate | undefined {
  const at = nodes.findIndex((node) => node.position!.end.line >= scheduleLine);
  if (at < 0) return undefined;
  // After the schedule means after its last session: a full date among its sessions (`Le 21
  // juillet 1944, le plateau du Vercors…` in a film's notice) tells what the session is
  // about, not when the programme runs.
  const after = Math.max(at, nodes.findIndex((node) => node.position!.end.line >= lastLine));
  const fullDate = (node: RootContent): PlainDate | undefined => {
    if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
    const first = extractDateFromHeading(plainText(node))?.expression.mentions[0];
    return first?.year === undefined ? undefined : { year: first.year, month: first.month, day: first.day };
  };
  for (let i = at - 1; i >= Math.max(0, at - NEAR_BLOCKS); i--) {
    const found = fullDate(nodes[i]!);
    if (found) return found;
  }
  for (let i = after + 1; i < Math.min(nodes.length, after + 1 + NEAR_BLOCKS); i++) {
    const found = fullDate(nodes[i]!);
    if (found) return found;
  }
  return undefined;
}

/**
 * The month the nearest heading above the schedule names in full (`Programme du
 * séminaire (Avril 2026)`), for dates cells that write only a weekday and a day
 * (`**Mardi 7**`). Abbreviations are not taken: a short word such as `mar` is too often
 * something else in a heading.
 */
export function monthNamedAbove(tree: Root, scheduleLine: number): number | undefined {
  const headings = tree.children.filter(
    (node): node is Heading => node.type === 'heading' && node.position!.start.line < scheduleLine,
  );
  const nearest = headings.at(-1);
  if (!nearest) return undefined;
  const words = normaliseText(plainText(nearest)).split(/[^a-z]+/);
  const index = FOLDED_MONTHS.findIndex((month) => words.includes(month));
  return index < 0 ? undefined : index + 1;
}

const FOLDED_MONTHS = MONTH_NAMES.map((name) => normaliseText(name));
