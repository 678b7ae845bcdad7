/*
 * Dated list items (`* Vendredi 1er octobre (17h30-19h) : Défi AECS.`, `- 3 avril,
 * 13h30-14h30 : lancement`) and the timed items under a day (`- **19h00** : Accueil`,
 * `* 14h-17h → open Atelier`, `- Soirée Halloween (18h - 20h)`). A dated item that holds
 * timed items is the day, like a day heading. An item that names no date and sits under
 * no day is not a session, whatever times its sentence mentions.
 */
import { timeMarkerItems } from './time-marker-items.js';
import { labelDatesThePage } from './page-history-label.js';
import { isFixedFeastOn } from '../dates/feast-days.js';
import { normaliseText } from '../dates/normalise-text.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/french-months.js';
import type { List, ListItem, Paragraph, Table } from 'mdast';
import type { Position } from 'unist';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { DatedLine, DatedLineOptions } from '../dates/dated-line.js';
import { datedTextOf } from './dated-text.js';
import { closingItemDate, saysDoneOn } from '../dates/dated-item.js';
import { hoursExtentAt } from '../dates/hours-extent.js';
import { isWord, tokenize } from '../dates/tokenize.js';
import { HTML_BREAK, paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { walkNodes } from './walk-nodes.js';
import { closingDaysUnderMonth, dayNumberUnderMonth, dayUnderMonth, monthHeading, monthLabelledDays, type MonthHeading } from './month-heading-days.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { isStruckThrough, plainText } from './plain-text.js';
import { saysCancelled, saysFinished, saysUnsettled, type DraftHours, type SessionDraft } from './session-drafts.js';
import { type SlotHours, ANY_CLOCK, BARS, EARLIEST_LONE_START, agendaLineHours, closingHours, hourBeforeTitle, leadingHours, matchLeadingHours, trailingHours } from './slot-hours.js';
import type { TimeSlot } from '../dates/types.js';
import type { SourceText } from './source-text.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { dayLabel, weekAround, weekLabelLine, weekWords } from './week-anchor.js';
import { countsItems, withoutCount } from './counted-weekday-items.js';
import { namesAnIssue } from './publication-issue.js';
import { isLedgerEntry } from './ledger-entry.js';
import { innerWeekdayDate, writesInnerWeekdayDates } from './inner-weekday-dates.js';
import { tiedItemDate } from './tied-item-dates.js';
import { innerYearDate, runsOverAWeek, writesInnerYearDates } from './inner-year-dates.js';
import { saysNoClass } from './no-class-row.js';
import { dayAt } from './invited-days.js';
import { DEADLINE_NOUNS, DEADLINE_PHRASES, DEADLINE_PREPOSITIONS, FROM_A_DATE, HAND_IN, HAND_IN_VERBS, LIMIT, NAMES_AN_OFFER_WINDOW, UNTIL, beforeADate, wordsAnywhere, wordsAnywhereSource, wordsAtEnd } from './deadline-words.js';
import { toldInPast } from '../dates/past-tense.js';
import { whenLabelKind } from './when-labels.js';
import { textWithFieldColon } from './bold-field-label.js';
import { dashFieldDate } from './dash-field-dates.js';
import { namesEventsInPlural } from './event-page.js';

// After an item's opening hours, a mark that sets its title apart (`- 14-16h : permanence …`).
const TITLE_SET_APART = new RegExp(String.raw`^\s*[:${BARS}\u2192\u2013\u2014-]`);

/**
 * The sessions of a list, in order; `day` is the dated heading or item it sits under, if
 * any. `session`: the undated heading the list sits under (`### Séance 1: UNIX`), whose
 * fields may give its date (`- **Date :** 7 octobre`, `- **Horaires :** 14h - 16h`).
 * `month`: the month heading it sits under (`## Mai` over `- 3 : tournoi`), if any.
 * `talks`: the heading right over it names talks given (its items may be cards, cardLineDate).
 */
export function readDatedList(
  list: List,
  day: SessionDraft | undefined,
  source: SourceText,
  hidden: HiddenRanges,
  session?: UndatedHeading,
  month?: MonthHeading,
  pageBareDays = false,
  talks = false,
): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  const fields = session !== undefined && !day ? dateField(list, session, source, hidden) : undefined;
  if (fields) return [fields];
  const monthDays = month && !day ? readMonthDays(list, month, source, hidden, MONTH_DAY_ITEMS) : undefined;
  if (monthDays) return monthDays;
  // `* 9h30`, `* **scipy** Alexandre 30min`, `* 10h45`, `* pause`: a day's blocks bounded by times alone (time-marker-items.ts).
  const blocks = day ? timeMarkerItems(list, day, hidden) : undefined;
  if (blocks) return blocks;
  const bareDayMonth = writesBareDayMonths(list, hidden) || (pageBareDays && list.children.some((item) => opensWithBareDay(item, hidden)));
  const options: ItemOptions = {
    bareDayMonth,
    holidays: session !== undefined && NAMES_HOLIDAYS.test(normaliseText(session.title)),
    keyDates: !day && isKeyDatesList(list, hidden),
    datedItems: !day && isDatedItemList(list, hidden, bareDayMonth),
    counted: countsItems(list.children.map((item) => plainText(openingParagraph(item, hidden) ?? { type: 'paragraph', children: [] }))),
    boldDates: !day && datesInBold(list, hidden),
    innerDates: !day && writesInnerWeekdayDates(list.children.map((item) => plainText(openingParagraph(item, hidden) ?? { type: 'paragraph', children: [] }))),
    // Talks written as a CV writes them only under a heading of talks: a list of publications is written so too.
    innerYearDates: talks && !day && writesInnerYearDates(list.children.map((item) => plainText(openingParagraph(item, hidden) ?? { type: 'paragraph', children: [] }))),
    labelledDates: !day && mostItemsDated(list, hidden, labelledItemDate, LABELLED_ITEMS),
    tiedDates: !day && mostItemsDated(list, hidden, tiedItemDate, TIED_ITEMS),
    dashedDates: !day && mostItemsDated(list, hidden, dashFieldDate, DASHED_ITEMS),
    // Cards only under a heading of talks: a list of publications, prizes or jobs is written so too.
    cardDates: talks && !day && writesCards(list, hidden),
  };
  for (const item of list.children) {
    if (isHidden(hidden, item.position?.start.offset)) continue;
    drafts.push(...readItem(item, day, source, hidden, options));
  }
  // `* SAE Dolibarr`, `* KERMARREC Gaëtan`, `* 05/11/2024` at the top of a journal: a card of
  // facts (the project, its authors, the day it began), whose one date alone names no session.
  // It dates the page when slots follow (`* Mardi 12 juin 2008` over the evening's timed
  // headings); the caller drops it when nothing takes it for a day and a session of the
  // journal falls on it.
  if (!day && drafts.length === 1 && list.children.length >= FACT_CARD_ITEMS && isBareDate(drafts[0]!)) drafts[0]!.factCard = true;
  // The list each item is written in, the innermost when lists nest: duplicate-session compares the items of one list.
  for (const draft of drafts) if (draft.source === 'list') draft.listStart ??= list.position?.start.offset;
  return drafts;
}

// How many items a list of facts holds at least, its one date among them.
const FACT_CARD_ITEMS = 3;

// A draft that is a date and nothing else: no title, no hours, nothing under it.
function isBareDate(draft: SessionDraft): boolean {
  return draft.dated !== undefined && draft.title.trim() === '' && !draft.hours && draft.slots === 0 && !draft.day;
}

/** How the items of one list are read: with bare `d/m` dates, as a list of key dates. */
interface ItemOptions extends DatedLineOptions {
  keyDates?: boolean;
  /** The list is a list of dated items: a date closing an item's line is its date (dated-item.ts). */
  datedItems?: boolean;
  /** The items count the sessions after their weekday (`Samedi 01 - 09 Octobre`), read without the count (counted-weekday-items.ts). */
  counted?: boolean;
  /** The items set their date in bold inside their sentence (`- Marché de Noël, le **17/12**.`): that is each one's date. */
  boldDates?: boolean;
  /** The items write one day with its weekday inside their sentence (`* Wavre, à la Gare le mardi 17/10`, inner-weekday-dates.ts). */
  innerDates?: boolean;
  /** Whether most items tie their day to the event they name (`- Troc des plantes le 12 juin`: tied-item-dates.ts). */
  tiedDates?: boolean;
  /** The items are talks, each with its day and year between commas (`"Titre", colloque, 16.06.2017, Cerisy`, inner-year-dates.ts). */
  innerYearDates?: boolean;
  /** The items open with a short label, then their date and details (`ACA [23/09/2026] - Salle 217 - 10h-12h`, labelledItemDate). */
  labelledDates?: boolean;
  /** The items are fields set apart by dashes, one of them the date (`Mise en place - 16/03 - vélocité 1`, dash-field-dates.ts). */
  dashedDates?: boolean;
  /** The items are cards: a bold name alone on the first line, the place and day closing the second (cardLineDate). */
  cardDates?: boolean;
  /** The heading above names days off (`## Jours fériés`, `## Jours de fêtes de précepte`): a holiday with its own day there is no session. */
  holidays?: boolean;
}

// A heading that names a list of days off or holy days (folded): `Jours fériés`, `Fêtes de précepte`, `Congés`, `Jours chômés`.
const NAMES_HOLIDAYS = /(?:^|[^a-z])(?:feries?|chomes?|conges|precepte|d'obligation|jours de fetes?)(?![a-z])/;

// How many items must be `label : date` for a list to be a list of key dates.
const KEY_DATE_ITEMS = 2;
// What may follow the date of a key date: nothing, a full stop, or a remark in brackets
// (whose opening bracket the dated line trims off).
const KEY_DATE_REST = /^(?:\.?|\(?[^()]{0,200}\)\.?)$/u;

/**
 * A key date (`CC1 : semaine du 20 octobre 2025.`, `**Rendu du projet** : 23 mai 2025`,
 * `CC de substitution : mercredi 17 décembre 2025 (ABJ seulement)`): a label, a colon,
 * then the date and at most a remark in brackets. Its title is the label.
 */
function labelledDate(text: string): DatedLine | undefined {
  const colon = text.lastIndexOf(': ');
  if (colon <= 0) return undefined;
  const label = text.slice(0, colon).trim();
  // `Publié le : 04 juillet 2023`, `Date de capture : 15/06/2026`: when the page was written or copied.
  if (saysDoneOn(label)) return undefined;
  const line = datedTextOf(text.slice(colon + 2), false);
  if (!line || label === '' || line.hours || !(line.lead === '' || line.week) || !KEY_DATE_REST.test(line.rest)) return undefined;
  return { ...line, lead: label, rest: '', title: label };
}

// How many items must open with a short label then their date and details for a list to be read so.
const LABELLED_ITEMS = 3;
// How many items of a list must write their date as a field between dashes for the list to be read so.
const DASHED_ITEMS = 2;
// How many items must tie their day to their name (tied-item-dates.ts) for the list to be read so.
const TIED_ITEMS = 2;
// A short label opening an item, then the mark that sets its date apart (`ACA / SCT [`, `Groupe A :`, `GeoINT -`).
const ITEM_LABEL = /^([^\d:[\]()]{1,40}?) ?[:[(\u2013-] ?/u;
// A label that opens a sentence with its subject (`Nous avons vu`, `On a parlé`, `Il faut revoir`), folded.
const SENTENCE_SUBJECT = /^(?:nous|on|il|elle|ils|elles|je|j'|tu|vous)(?![a-z])/;
// Folded words of an item that closes a place on its day (`Piscine : 05/10/2025 - fermée jusqu'à 14h`).
const CLOSED = /(?:^|[^a-z])(?:fermee?s?|fermeture|reouverture)(?![a-z])/;
// How many words such a label has at most: a group's or a place's name, not a sentence.
const ITEM_LABEL_WORDS = 4;

/**
 * The date of an item that opens with a short label, then its date, then what the session
 * is (`ACA / SCT [23/09/2026] - Clignancourt - Salle 217 - 10h00-12h00`, `Groupe B : 16
 * mars 2026, salle 3, 14h-16h`): a course's groups, each with its day and its clock hours.
 * Its title is the whole item; its hours are read in what follows the date.
 */
function labelledItemDate(text: string): DatedLine | undefined {
  // Most items of most lists hold no digit, and no date without one.
  if (!/\d/.test(text)) return undefined;
  const label = ITEM_LABEL.exec(text);
  if (!label || label[1]!.trim().split(/\s+/).length > ITEM_LABEL_WORDS || SENTENCE_SUBJECT.test(normaliseText(label[1]!))) return undefined;
  const line = datedTextOf(text.slice(label[0].length), false);
  if (!line || line.lead !== '' || line.rest === '') return undefined;
  const shift = label[0].length;
  // A session's clock hours follow, from its start to its end: an article's or a thesis's day
  // (`Dupont (18 janvier 2024) : article accepté`) has none, a result or a timesheet gives a
  // length (`2h35`, `8h`), a deadline one moment (`clôture à 12h`).
  const hours = line.hours ? parseFrenchHours(line.hours.text) : undefined;
  const slots = hours?.ok ? hours.slots : hoursInSentence(text.slice(line.end + shift))?.slots;
  if (!slots || slots.length === 0 || slots.some((slot) => slot.end === undefined)) return undefined;
  const folded = normaliseText(text);
  if (BOUND_OR_DEADLINE.test(folded) || CLOSED.test(folded)) return undefined;
  return { ...line, start: line.start + shift, end: line.end + shift, lead: '', rest: text, title: text };
}

/**
 * Whether a list is a list of key dates (`- CC1 : semaine du 20 octobre`, `- Examen : 17
 * décembre 2025`): at least two items, and most of the list, are a label and its date.
 * One such item alone is a sentence (`Rappel : inscription avant le 3 mars`).
 */
function isKeyDatesList(list: List, hidden: HiddenRanges): boolean {
  // Items that open with their date count too (`- Inscriptions : 3 mars` beside `- 9-13 juin : Foire`).
  return mostItemsDated(list, hidden, labelledDate, KEY_DATE_ITEMS);
}

/**
 * Whether at least `fewest` items, and most of the list, open with a date, one of them at
 * least only in the looser form `looser` reads (a label and its date, a bare `d/m`): a
 * list written so is a list of dates in that form too, where one such item alone is not.
 */
function mostItemsDated(list: List, hidden: HiddenRanges, looser: (text: string) => unknown, fewest: number): boolean {
  let loose = 0;
  let dated = 0;
  for (const item of list.children) {
    const first = openingParagraph(item, hidden);
    if (!first) continue;
    const text = plainText(first);
    if (datedTextOf(text, false)) dated++;
    else if (looser(text)) loose++;
  }
  return loose > 0 && loose + dated >= fewest && (loose + dated) * 2 > list.children.length;
}

// A heading over a list of talks given (folded, whole words): `Autres présentations orales`,
// `Exposés`, `Communications`, `Séminaires et conférences`, `Talks`, `Congrès national ou
// international`, `Journée d'études`, `Symposiums`.
const TALKS_HEADING = /(?:^|[^a-z])(?:exposes?|presentations?|communications?|interventions?|conferences?|seminaires?|colloques?|manifestations?|talks?|keynotes?|congres|symposiums?|journees? d'etudes?)(?![a-z])/;

/** Whether a heading's text names talks given: the list under it may write each as a card (cardLineDate). */
export function namesTalks(heading: string): boolean {
  return TALKS_HEADING.test(normaliseText(heading));
}

// How many items must be cards, and how much of the list, for its cards to be read so.
const CARD_ITEMS = 3;

/**
 * The day of an item written as a card over lines joined by breaks (`- **Séminaire d'équipe
 * Mosaic**\\`, `  Lyon, France, 22 avril 2024\\`, `  Variational problems …`), as a CV or a
 * lab's page lists talks: the event's name in bold alone on the first line, the second line
 * closed by the day with its year (`École polytechnique, Palaiseau, France, 27-29 octobre
 * 2021`). The name is the title. Undefined for any other item.
 */
function cardLineDate(first: Paragraph): DatedLine | undefined {
  const [name, ...after] = first.children;
  if (name?.type !== 'strong') return undefined;
  const cut = after.findIndex((child) => child.type === 'break' || (child.type === 'text' && child.value.includes('\n')));
  // Nothing but spaces between the name and the end of its line.
  if (cut < 0 || after.slice(0, cut).some((child) => child.type !== 'text' || child.value.trim() !== '')) return undefined;
  const breaking = after[cut]!;
  const newline = breaking.type === 'text' ? breaking.value.indexOf('\n') : -1;
  // Kramdown's line break, `\\` closing the line, reads as one backslash in CommonMark.
  if (breaking.type === 'text' && !closesALine(breaking.value.slice(0, newline))) return undefined;
  const rest = breaking.type === 'text' ? breaking.value.slice(newline + 1) : '';
  const second = secondLine(rest, after.slice(cut + 1));
  const title = plainText(name).trim();
  // `La Grande-Motte, France, 21-25 juin 2021`: a town named with its article opens the line, no sentence.
  const article = TOWN_ARTICLE.exec(second)?.[0] ?? '';
  const dated = second === '' ? undefined : closingItemDate(second.slice(article.length));
  if (!dated || dated.rest !== '' || dated.hours || dated.expression.mentions.some((mention) => mention.year === undefined) || runsOverAWeek(dated.expression)) return undefined;
  return { ...dated, title: dated.lead === '' ? title : `${title} : ${article}${dated.lead}`, lead: '', rest: title };
}

// The article a town's name may open with (`La Grande-Motte`, `Le Mans`, `Les Houches`).
const TOWN_ARTICLE = /^(?:La|Le|Les) (?=\p{Lu})/u;


/** Whether text before a line's end only closes it: spaces, and Kramdown's `\\` (one backslash once read). */
function closesALine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === '\\';
}

/** The text of an item's second line, Kramdown's break at its end dropped: `opening`, then the inline nodes after it up to the next break. */
function secondLine(opening: string, nodes: readonly Paragraph['children'][number][]): string {
  const parts: string[] = [];
  const cut = opening.indexOf('\n');
  if (cut >= 0) return opening.slice(0, cut).trim().replace(/\s?\\$/, '');
  parts.push(opening);
  for (const node of nodes) {
    if (node.type === 'break') break;
    const text = node.type === 'text' ? node.value : plainText(node);
    const end = text.indexOf('\n');
    parts.push(end < 0 ? text : text.slice(0, end));
    if (end >= 0) break;
  }
  return parts.join('').replace(/\s+/g, ' ').trim().replace(/\s?\\$/, '');
}

/** Whether at least CARD_ITEMS items, and most of the list, are cards dated on their second line (cardLineDate). */
function writesCards(list: List, hidden: HiddenRanges): boolean {
  let cards = 0;
  for (const item of list.children) {
    const first = openingParagraph(item, hidden);
    if (first && cardLineDate(first)) cards++;
  }
  return cards >= CARD_ITEMS && cards * 2 > list.children.length;
}

// How many items must carry a date for a list to be a list of dated items.
const DATED_ITEMS = 2;

/**
 * Whether a list is a list of dated items (a course's weekly deadlines, a box of key
 * dates): at least two items, and most of the list, carry a date where a reader finds one,
 * opening the item or closing its first line. Then a date that closes an item's line is
 * that item's date; in any other list such a line is a sentence.
 */
function isDatedItemList(list: List, hidden: HiddenRanges, bareDayMonth: boolean): boolean {
  let dated = 0;
  for (const item of list.children) {
    const first = openingParagraph(item, hidden);
    if (!first) continue;
    const line = firstLineText(first);
    // Most items of most lists hold no digit, and no date without one.
    if (!/\d/.test(line)) continue;
    if (datedTextOf(line, false, { bareDayMonth }) || closingItemDate(line, { bareDayMonth })) dated++;
  }
  return dated >= DATED_ITEMS && dated * 2 > list.children.length;
}

/** The paragraph an item opens with, which holds its date if any; none for an item folded or commented out. */
function openingParagraph(item: ListItem, hidden: HiddenRanges): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' && !isHidden(hidden, item.position?.start.offset) ? first : undefined;
}

/** The first line of a paragraph as a reader sees it, markup dropped: an item continued below (`durée : 3 h`) is not its date's line. */
function firstLineText(node: Paragraph): string {
  // `Exam CC no. 2, ~~27/03/2026~~ 26/03/2026 17:45-19:45`: a day moved, the struck one set aside (movedDate).
  const read = movedDate(node) === undefined ? node : { ...node, children: node.children.filter((child) => child.type !== 'delete') };
  const parts: string[] = [];
  for (const inner of walkNodes(read)) {
    if (inner.type === 'break') break;
    if (inner.type === 'text' || inner.type === 'inlineCode') {
      const cut = inner.value.indexOf('\n');
      parts.push(cut < 0 ? inner.value : inner.value.slice(0, cut));
      if (cut >= 0) break;
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

// How many items must open with a bare `d/m` for the list to be a list of dates.
const BARE_DATE_ITEMS = 3;

// A bare `d/m` opening an item, or two joined (`03/01 et 04/01`), then a colon or a dash
// before what was done (`- 15/10 : TD2 git`). Two patterns: no quantified group holds a quantifier.
// An arrow leads to it as well (`- **08/04 -> Configuration DHCP**`).
const BARE_DAY_ITEM = /^\d{1,2}\/\d{1,2}\s?(?:[:\u2013\u2014\u2192-]|->)\s/;
const BARE_DAYS_ITEM = /^\d{1,2}\/\d{1,2} (?:et|&) \d{1,2}\/\d{1,2}\s?(?:[:\u2013\u2014\u2192-]|->)\s/;

function opensWithBareDay(item: ListItem, hidden: HiddenRanges): boolean {
  const first = openingParagraph(item, hidden);
  if (first === undefined) return false;
  const text = plainText(first);
  return (BARE_DAY_ITEM.test(text) || BARE_DAYS_ITEM.test(text)) && datedTextOf(text, false, { bareDayMonth: true }) !== undefined;
}

/**
 * Whether a page writes its days as bare `d/m` opening its items, in lists of one or two
 * items each (a journal's `#### après séance 4` over `- 15/10 : TD2 git`, `- 18/10 : avec
 * Camille`, then `#### après séance 7` over `- 15/11 : continuation du TD`): BARE_DATE_ITEMS
 * such items at least, over two lists or more. A list alone is judged by itself
 * (writesBareDayMonths); over the page, the items together are its way of writing days.
 */
export function pageWritesBareDays(lists: readonly List[], hidden: HiddenRanges): boolean {
  const opening = lists.map((list) => list.children.filter((item) => opensWithBareDay(item, hidden)).length);
  return opening.filter((count) => count > 0).length >= 2 && opening.reduce((sum, count) => sum + count, 0) >= BARE_DATE_ITEMS;
}

/**
 * Whether a list is a list of dates in which a bare `d/m` is one too (`* 09/02`, `* 16/02`,
 * `* 09/03 CC1 1H`, or `* 28/09 : Atelier` among items with full dates): at least three
 * items, and most of them, open with a date, bare or not; or every item, two at least,
 * opens with one and its clock hours. One bare `d/m` outside such a list is too weak to be
 * a date (`* 1/2 journée de visite`).
 */
function writesBareDayMonths(list: List, hidden: HiddenRanges): boolean {
  if (mostItemsDated(list, hidden, (text) => datedTextOf(text, false, { bareDayMonth: true }), BARE_DATE_ITEMS)) return true;
  // `- 9/12 9h30-12h30 : bases du langage`: clock hours after each bare `d/m` make it a day, two items suffice.
  const timed = (text: string) => datedTextOf(text, false, { bareDayMonth: true })?.hours;
  return list.children.length >= DATED_ITEMS && mostItemsDated(list, hidden, timed, DATED_ITEMS) && list.children.every((item) => {
    const first = openingParagraph(item, hidden);
    return first !== undefined && timed(plainText(first)) !== undefined;
  });
}

/**
 * An item that ends with its date in brackets (`Test 1 (mardi 8 octobre 2019)`, `Réunion de
 * rentrée (2 septembre, 18h - 20h)`): the date is the item's, the words before are its
 * title. The brackets must hold the date (and hours) alone.
 */
function trailingDate(text: string): { title: string; line: DatedLine; hours?: Omit<DraftHours, 'position'> } | undefined {
  const found = /^(.*\S)\s*\(([^()]+)\)\s*[.;]?\s*$/.exec(text);
  if (!found) return undefined;
  const line = datedTextOf(found[2]!, false);
  if (!line || line.lead !== '' || line.rest !== '') return undefined;
  const title = withoutTrailingMarks(found[1]!);
  if (title === '') return undefined;
  if (!line.hours) return { title, line };
  const parsed = parseFrenchHours(line.hours.text, { hoursPlace: true });
  return parsed.ok && parsed.slots.length > 0 ? { title, line, hours: { text: line.hours.text, slots: parsed.slots } } : { title, line };
}

// `Test 1 :` or `Test 1 -` before the brackets: the marks are not the title's. A loop, not a
// `[…]+$` expression, which backtracks on a long run of marks.
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t:,–-'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// A label that names the sessions its value dates (`Séances de 16h-18h30 :`, `Ateliers :`).
const SESSIONS_LABEL = /^(?:s\u00e9ances?|seances?|sessions?|cours|ateliers?|rencontres?|r\u00e9unions?|reunions?|permanences?)(?![\p{L}\d])/iu;

/** Whether a label names the sessions and nothing else but their hours (`Séances de 16h-18h30`; not `Ateliers validés`, whose `3/5` is a score). */
function namesSessionsOnly(label: string): boolean {
  const found = SESSIONS_LABEL.exec(label);
  if (!found) return false;
  const rest = label.slice(found[0].length).trim().replace(/^\((.*)\)$/, '$1').replace(/^(?:de|du|\u00e0|a)\s+/i, '');
  return rest === '' || leadingHours(rest)?.rest === '';
}
// A part of the day in brackets after a day (`(matin)`, `(après-midi)`), folded or not.
const HALF_DAY = /\s?\((?:matin|apr\u00e8s-midi|apres-midi|soir|soir\u00e9e|journ\u00e9e)\)/giu;
/**
 * `Date :`, `Dates:`, `Quand :`, `Jour :`, `Jours de formation :`, `Dates des séances :`, or
 * the question a page asks its reader (`Quand ?`) — the label of a field that gives a session's
 * date, perhaps after the emoji a page sets before each of its labels (`📅 Dates :`).
 */
export const DATE_FIELD = /^[\s\p{Extended_Pictographic}\ufe0f]*(?:(?:dates?|quand|jours?)\s*:|(?:dates?|jours?) (?:de|des|du) (?:formation|cours|s\u00e9ances?|seances?|l'atelier|l\u2019atelier|la formation|la session|l'\u00e9v\u00e9nement)\s*:|quand\s?\?\s?:?)\s*/iu;
// `Horaires :`, `Heure :`, `Horaire:`, `Horaires et lieu de rdv :`, `Rendez-vous :` — the
// label of the field that gives its hours, which may name what else the field tells.
const HOURS_FIELD = /^\s*(?:horaires?|heures?|rdv|rendez-vous)[^:\n]{0,40}:\s*/i;
// The time an outing comes back, closing a meeting field (`13h parking de la gare, retour
// pour 18h`, `8h30 devant le club - retour vers 17h`, `retour pour 18:00`): the end of the session.
const RETURN_TIME = /(?:^|[\s,;(-])(?:retour|fin)(?: pour| vers| \u00e0| a| pr\u00e9vu pour| pr\u00e9vu vers| pr\u00e9vu \u00e0)? (\d{1,2} ?h ?\d\d|\d{1,2} ?h|\d{1,2}:\d\d)\)?\.?$/iu;

/**
 * The hours an hours field writes: clock hours alone (`14h - 16h`), or a meeting time that
 * opens the field, a place, then the time of return closing it (`13h parking Leclerc,
 * retour pour 18h`): from the meeting to the return.
 */
function fieldHours(written: string): { text: string; slots: TimeSlot[] } | undefined {
  const parsed = parseFrenchHours(written);
  if (parsed.ok && parsed.slots.length > 0) return { text: written, slots: parsed.slots };
  const meeting = matchLeadingHours(written);
  const back = RETURN_TIME.exec(written);
  if (!meeting || !back) return undefined;
  const range = parseFrenchHours(`${meeting.written} - ${back[1]}`);
  return range.ok && range.slots.length === 1 ? { text: written, slots: range.slots } : undefined;
}

/** The undated heading a list or line may date (`### Séance 1: UNIX`, `### Partiel`): its words and place. */
export interface UndatedHeading {
  title: string;
  position: Position;
  /** A bold line over its date line (`**Une république devenue folle**`), whose date line may go on to describe the event. */
  card?: true;
  /** Over a list of dated items already (`### Semaine 4` over `- Séance 21 et 22: Mardi, 1er juillet`): only a date field (`- Date : …`) may still date it. */
  fieldsOnly?: true;
}

// `8.5.24`: a version as often as a date; written so after a label, a version.
const DOTTED_NUMBERS = /^\d{1,2}\.\d{1,2}\.\d{2}$/;

/** A heading or bold label that labels a date rather than naming a session: `Date et lieu`, `Dates`, `Quand ?`, `Horaires`. */
export const DATE_LABEL = /^[^\p{L}]{0,4}(?:dates?|quand|jour|horaires?|lieu|infos?|informations?)(?![\p{L}])/iu;

// A heading that names a part of an event's page (folded), not the event: `Contexte`, `En pratique`, `À propos`.
const PAGE_PART = /^[^a-z]{0,4}(?:contexte|presentation|en pratique|pratique|modalites|details|a propos|en bref|resume|evenement|organisation|logistique|acces|inscriptions?|ou et quand|quand et ou)(?![a-z])/;

/** A folded heading without the article it opens with (`le contexte` → `contexte`), its marks kept. */
function withoutArticle(folded: string): string {
  return folded.replace(/^([^a-z]{0,4})(?:le |la |les |l')/, '$1');
}

// How many words may follow the date of an item that dates its heading (`14/01/2025, 9h-12h, amphi A`).
const PLACE_WORDS = 4;
// How many words a place behind its preposition may take (`au Ministère de la Fédération Wallonie-Bruxelles`).
const NAMED_PLACE_WORDS = 7;
// The preposition that sets a place after a date (`à La Cité Miroir`, `au Loop`, `chez Jeanne`).
const PLACE_LEAD = /^(?:\u00e0|au|aux|chez) \p{Lu}/u;

// An aside that says more of the day than where or how (folded): that the session lasts days
// (`(2 jours)`, `(tout le week-end)`), another day (`(et dimanche 8)`, `(ou le 28 si pluie)`),
// a deadline or a hand-in (`(date limite)`, `(avant midi)`, `(rendu)`: deadline-words.ts); the line is then read as before.
const NOT_AN_ASIDE = new RegExp(String.raw`\b(?:\d+|deux|trois|quatre|cinq) (?:jours|nuits|semaines)\b|\bweek-?end\b|\b(?:et|ou|au|puis) (?:le |du )?\d|\b(?:${WEEKDAY_NAMES.join('|')})\b|${wordsAnywhereSource([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, ...HAND_IN])}`);
// A short aside in brackets closing a line.
const ASIDE = /\s\(([^()]{1,60})\)\s{0,3}$/;

// A place, then a slash, then the rest of the line (`Bordeaux / lundi 25 avril 2022`): a
// course's page heads each class with where and when. The place is words, no figure.
const PLACE_THEN_SLASH = /^([\p{L}][\p{L}'\u2019 -]{1,40})\s\/\s(.+)$/u;

/** The date of a line that gives its place first, set apart by a slash (PLACE_THEN_SLASH), the date the whole rest of it, with its year or weekday. */
function dateAfterPlace(text: string): { dated: DatedLine; label?: string } | undefined {
  const found = PLACE_THEN_SLASH.exec(text);
  const given = found ? dateOfHeading(found[2]!.trim()) : undefined;
  const first = given?.dated.expression.mentions[0];
  if (!given || given.label !== undefined || given.dated.rest !== '' || (first?.year === undefined && first?.weekday === undefined)) return undefined;
  return { dated: given.dated };
}

/**
 * The date of a line right under a heading that closes with an aside in brackets (`Mardi 3
 * novembre 2020 à 14h (durée : 1 heure)`): how long, online, the time zone tell no more of
 * the session than a place. Only one day: after a stay's days (`Du vendredi 1er au dimanche 3
 * août 2025 (3 jours - 2 nuits)`) the labels below (`JOUR 1`) would take their days from
 * it, and such a page's days come with a sample programme more often than with its own. An
 * aside that writes a date or says the day is unsure is no aside.
 */
function dateBeforeAside(text: string, card: boolean | undefined): { dated: DatedLine; label?: string } | undefined {
  const aside = ASIDE.exec(text);
  if (!aside || datedTextOf(aside[1]!, false) || saysUnsettled(aside[1]!) || NOT_AN_ASIDE.test(normaliseText(aside[1]!))) return undefined;
  const given = dateOfHeading(text.slice(0, aside.index), card);
  return given && given.label === undefined && given.dated.rest === '' && given.dated.expression.kind === 'single' && given.dated.expression.mentions[0]?.year !== undefined ? given : undefined;
}

// Headings (folded) that name a part of the page, not an event: `Agenda`, `À venir`, `Prochain rendez-vous`, `Actualités`, `En pratique`, `Version 2.3`.
const PAGE_PART_HEADING = /^(?:agenda|programme|programmation|a venir|prochainement|prochaine?s? (?:rendez-vous|rdv|evenements?|dates?|seances?|sorties?)|actualites?|news|nouvelles|evenements?|dates?|calendrier|infos?|informations?|pratique|en pratique|infos pratiques|informations pratiques|modalites pratiques|version [\d.]+)\s?:?$/;

// A short aside after a dash closing a line (`12 octobre 2026 – Sceaux`): what follows the last dash.
const DASH_ASIDE = /\s[\u2013\u2014-]\s([^\u2013\u2014-]{1,40})$/;

/**
 * The date of a line right under a heading that closes with a short aside after a dash
 * (`### Saisons italiennes` over `**12 octobre 2026 – Sceaux**`): the heading names the
 * concert, the aside where it is. One day with its year, an aside of a few words with no
 * figure and no sentence's end; the caller keeps it for a line alone in its section, as a
 * list of such lines (`12 octobre – Atelier`, `13 octobre – Bal`) names a session on each.
 */
export function dateBeforeDashAside(text: string): { dated: DatedLine; label?: string } | undefined {
  const aside = DASH_ASIDE.exec(text);
  if (!aside) return undefined;
  const words = aside[1]!.trim().split(/\s+/);
  if (words.length > PLACE_WORDS || /[\d.!?:;()]/.test(aside[1]!)) return undefined;
  const given = dateOfHeading(text.slice(0, aside.index));
  return given && given.label === undefined && given.dated.rest === '' && given.dated.expression.kind === 'single' && given.dated.expression.mentions[0]?.year !== undefined ? given : undefined;
}

// A label (folded) that gives a length (`Durée`, `Période`), and a value that is the length then the days in brackets (`28 jours (du 23/02 au 23/03/2025)`, `? jours (…)`).
const LENGTH_LABEL = /^[^a-z]{0,4}(?:duree|periode)[^a-z]{0,4}$/;
const LENGTH_THEN_DAYS = /^(?:\d{1,3}|\?) ?(?:jours?|semaines?|mois) ?\(([^()]{6,60})\)\.?$/;

/**
 * The date an item gives its heading (or a line gives itself: labelled-date-line.ts), if it gives one: the item is the date alone, hours
 * and a short place aside (`- 14/01/2025, 9h-12h, amphi A`, `- Semaine du 11/03`), or a
 * label and the date alone (`- **Deadline :** Vendredi 21/12 à 23h42`), the label then
 * naming what the heading's session is. A bare `d/m` counts only alone.
 */
export function dateOfHeading(text: string, describedAfter = false): { dated: DatedLine; label?: string } | undefined {
  const alone = datedTextOf(text, false, { bareDayMonth: true });
  if (alone && (alone.lead === '' || alone.week)) {
    const first = alone.expression.mentions[0];
    const bare = first !== undefined && first.year === undefined && first.weekday === undefined && !/\p{L}/u.test(alone.dateText);
    if (alone.rest === '') return { dated: alone };
    // A place set apart by a comma (`, amphi A`); words after a colon or a dash are a title: the item is its own session.
    const after = text.slice(alone.hours?.end ?? alone.end).trimStart();
    const words = alone.rest.split(/\s+/).length;
    if (after.startsWith(',')) return !bare && words <= PLACE_WORDS && !/[.!?]$/.test(alone.rest) ? { dated: alone } : undefined;
    // `Le 4 avril 2019 dès 18h30 à La Cité Miroir`: a place behind its preposition, no more than a name.
    if (PLACE_LEAD.test(alone.rest)) return !bare && words <= NAMED_PLACE_WORDS && !/[,;:.!?()\d]/.test(alone.rest) ? { dated: alone } : undefined;
    // `Le 13 avril 2019 de 12h30 à 19h30. Départ du monument…` under an event's bold title: the
    // date ends its sentence, what follows describes the event. Under a heading such a line is
    // the first of a list of dated lines (`## Programme` over `2020-11-13 (14h-16h). Clément…`).
    return describedAfter && after.startsWith('. ') && !bare ? { dated: alone } : undefined;
  }
  // The colon that sets the label apart, not one of a clock time in it (`Séances de 16:00-18:30 : 8/04`).
  const colon = text.search(/:(?!\d)/);
  if (colon <= 0) return undefined;
  const label = text.slice(0, colon).trim();
  const valueText = text.slice(colon + 1).trim();
  // `Séances de 16h-18h30 : 8/04 - 15/04 - 22/04`: a label naming the sessions says its bare `d/m` are days.
  const sessionsLabel = namesSessionsOnly(label);
  // `**Durée** : 28 jours (du 23/02/2025 au 23/03/2025)`: a sprint's or a stage's length, then its days in brackets.
  const length = LENGTH_LABEL.test(normaliseText(label)) ? LENGTH_THEN_DAYS.exec(valueText) : null;
  const value = datedTextOf(length ? length[1]! : valueText, false, sessionsLabel ? { bareDayMonthList: true } : {});
  // `Prochaine séance : Mercredi le 15 septembre 2021 à 19h, inscription ici.`: a short aside after a comma (where, how to register) is no title.
  // An aside that says the date is unsure, or writes another day or time, is no aside.
  const aside =
    value !== undefined &&
    value.rest !== '' &&
    valueText.slice(value.hours?.end ?? value.end).trimStart().startsWith(',') &&
    value.rest.split(/\s+/).length <= PLACE_WORDS &&
    !/\d/.test(value.rest) &&
    !saysUnsettled(value.rest);
  // A label of the sessions and their hours is short however its hours are spaced (`Séances de 16 h-18 h 30`).
  if (!value || value.lead !== '' || (value.rest !== '' && !aside) || label === '' || (!sessionsLabel && label.split(/\s+/).length > PLACE_WORDS)) return undefined;
  // `Script Mmenu-js en version : 8.5.24`: three numbers joined by dots after a label are a version.
  if (DOTTED_NUMBERS.test(value.dateText)) return undefined;
  return { dated: value, label };
}

/**
 * A list under an undated heading that gives the heading's session its date: a date field
 * (`- **Date :** 7 octobre`, `- Quand : 7 octobre 2024, 9h-12h`) with the hours of an hours
 * field if any (`- **Horaires :** 14h - 16h`); or, when it is the only dated item of the
 * list, an item that is the date alone or a labelled date (see dateOfHeading). The session
 * is the heading's. A list of several dated items is a list of sessions, not the heading's date.
 */
// An aside in brackets after a field's date: no digit, no doubt, no word of a change of plan,
// no part of the day (`(après-midi)` says when on the day, which the page's agenda tells).
const BRACKETED_ASIDE = /^\((?![^()]*(?:confirm|provisoire|annul|report|d\u00e9plac|deplac|matin|midi|soir|journ|nuit|\?))[^()\d]{1,60}\)\.?$/i;

function dateField(list: List, heading: UndatedHeading, source: SourceText, hidden: HiddenRanges): SessionDraft | undefined {
  const texts = list.children.map((item) => {
    const first = openingParagraph(item, hidden);
    // `- **Quand** 2022-09-13 14h-16h`: a bold label with no colon is a field too (bold-field-label.ts).
    return first ? { first, text: textWithFieldColon(first) } : undefined;
  });
  const field = texts.find((entry) => entry && DATE_FIELD.test(entry.text));
  let dated: DatedLine | undefined;
  let holder = field;
  let title = heading.title;
  if (field) {
    // A field's label says its value is a date: `02/03, 03/03` there is one, without a year.
    // A half day said beside a day (`24/04 (matin), 30/04 (après-midi)`) is no hour: the day is the session's.
    const written = field.text.replace(DATE_FIELD, '');
    const bareDays = written.replace(HALF_DAY, '');
    const value = /\p{L}/u.test(bareDays.replace(/\bet\b/g, '')) ? written : bareDays;
    dated = datedTextOf(value, false, { bareDayMonthList: true });
    // The whole value must be the date (and hours): a field that says more is left to a reader,
    // but for an aside in brackets that neither dates, cancels nor doubts it (`Mercredi 12
    // novembre 2025 (check de mi-semaine)`).
    if (!dated || (dated.rest !== '' && !BRACKETED_ASIDE.test(value.slice(dated.hours?.end ?? dated.end).trim()))) return undefined;
  } else {
    // `## Date et lieu`, `### Quand ?` over `* Mardi 11 novembre, 19h`: the heading labels the page's day, it names no session.
    if (DATE_LABEL.test(heading.title) || heading.fieldsOnly) return undefined;
    // `## Concerts` over `- le 22 Mars 2023 aux Valseuses avec Baggarhum`: a heading of events in
    // the plural over their list, one so far; the item is the event, not the heading's day.
    if (namesEventsInPlural(heading.title)) return undefined;
    type Found = { entry: { first: Paragraph; text: string }; given: ReturnType<typeof dateOfHeading> };
    const found = texts.flatMap((entry, index): Found[] => {
      if (!entry || !/\d/.test(entry.text)) return [];
      // An item over timed items is a day (`* Samedi 31/10` over `- 14h : atelier`), read as such.
      if (list.children[index]!.children.some((child) => child.type === 'list')) return [{ entry, given: undefined }];
      const given = dateOfHeading(entry.text) ?? (list.children.length > 1 ? sessionsNounDate(entry.text) : undefined);
      if (given) return [{ entry, given }];
      return datedTextOf(entry.text, false) || closingItemDate(entry.text) ? [{ entry, given: undefined }] : [];
    });
    if (found.length !== 1 || !found[0]!.given) return undefined;
    holder = found[0]!.entry;
    dated = found[0]!.given.dated;
    const label = found[0]!.given.label;
    if (label) title = `${heading.title} : ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  let hours: DraftHours | undefined;
  const hoursField = texts.find((entry) => entry && HOURS_FIELD.test(entry.text));
  const written = dated.hours ? dated.hours.text : hoursField?.text.replace(HOURS_FIELD, '');
  if (written) {
    const parsed = fieldHours(written);
    const where = dated.hours ? holder!.first : hoursField!.first;
    if (parsed) hours = { text: written, position: source.find(where.position!, written), slots: parsed.slots };
  }
  return {
    source: 'list',
    title,
    // The session begins at the heading that names it (`## Séance n° 1` over `* Date : …`);
    // under a heading that names a part of the page (`## Contexte`, `## Infos pratiques`), at its date field.
    position: field && (DATE_LABEL.test(heading.title) || PAGE_PART.test(withoutArticle(normaliseText(heading.title)))) ? field.first.position! : heading.position,
    dated: { line: dated, position: source.find(holder!.first.position!, dated.dateText) },
    ...(hours ? { hours } : {}),
    cancelled: isStruckThrough(holder!.first) || saysCancelled(heading.title) || saysCancelled(holder!.text),
    slots: 0,
  };
}

// A session's noun and the article before its day (`Séance du`, `Séances des`, `Session du`).
const SESSION_OF_DAY = /^(?:s\u00e9ances?|seances?|sessions?) (?:du|des|le|les) /iu;

/**
 * The days of an item that names the heading's sessions by their noun alone, then their days
 * (`Séance du 14/10/2021`, `Séances du 24 & 25/11/2021` under `### TP1 Structures de
 * contrôle`, beside `A rendre pour le 20/10/2021`): a field of the heading, as `Date :` is.
 * Only among other items: alone under `## 2017`, `Session du 18 avril 2017` is an entry of a list.
 */
function sessionsNounDate(text: string): { dated: DatedLine } | undefined {
  // `Séance du …`, `Séances des …`: the noun of a session and its article, not any noun (`réunion lundi 09/12` is an item of its own).
  if (!SESSION_OF_DAY.test(text.trim())) return undefined;
  const alone = datedTextOf(text, false);
  return alone && alone.rest === '' && !alone.hours && namesSessionsOnly(alone.lead) ? { dated: { ...alone, lead: '', title: '' } } : undefined;
}

/**
 * The session of an undated heading dated by a record table below it: two columns, the
 * first of labels, one of them the date's (`|**Quand:** |28.11.2023 |`), the rows under it
 * with an empty label going on with its value (`| |de 11:00 à 12:00 |`), as a Jekyll
 * site's event cards write them (`## Novembre 2023: Multilingual Layer Labelling` over such
 * a card). The session is the heading's, where it begins; its date and hours the record's.
 */
export function recordTableDraft(table: Table, heading: UndatedHeading, source: SourceText): SessionDraft | undefined {
  const rows = table.children.filter((row) => row.children.some((cell) => plainText(cell) !== ''));
  if (rows.some((row) => row.children.length !== 2)) return undefined;
  const at = rows.findIndex((row) => DATE_FIELD.test(plainText(row.children[0]!)));
  if (at < 0) return undefined;
  const parts = [rows[at]!];
  for (const row of rows.slice(at + 1)) {
    if (plainText(row.children[0]!) !== '') break;
    parts.push(row);
  }
  const value = parts.map((row) => plainText(row.children[1]!)).join(' ').trim();
  // The date and its hours read together (`28.11.2023` then `de 11:00 à 12:00`); else the
  // date alone, when the rows under it say the hours in a way the grammar does not read.
  const whole = datedTextOf(value, false);
  const dated = whole && whole.rest === '' ? whole : datedTextOf(plainText(parts[0]!.children[1]!), false);
  if (!dated || dated.rest !== '') return undefined;
  let hours: DraftHours | undefined;
  if (dated.hours) {
    const parsed = fieldHours(dated.hours.text);
    const cell = parts.map((row) => row.children[1]!).find((one) => plainText(one).includes(dated.hours!.text)) ?? parts[0]!.children[1]!;
    if (parsed) hours = { text: dated.hours.text, position: source.find(cell.position!, dated.hours.text), slots: parsed.slots };
  } else {
    // `|**Horaires:** |9h-17h |`: a row of its own for the hours.
    const labelled = rows.find((row) => HOURS_FIELD.test(plainText(row.children[0]!)));
    const written = labelled ? plainText(labelled.children[1]!) : '';
    const parsed = written === '' ? undefined : fieldHours(written);
    if (parsed) hours = { text: written, position: source.find(labelled!.children[1]!.position!, written), slots: parsed.slots };
  }
  const dateCell = parts[0]!.children[1]!;
  return {
    source: 'heading',
    title: heading.title,
    position: heading.position,
    dated: { line: dated, position: source.find(dateCell.position!, dated.dateText) },
    ...(hours ? { hours } : {}),
    cancelled: saysCancelled(heading.title),
    slots: 0,
  };
}

/**
 * The session of an undated heading dated by the one line right below it (`### Soutenance`
 * over `Mardi 11 mars 2025, 14h-16h`, `Date limite : vendredi 21/03/2025`): the line is the
 * date alone or a labelled date (see dateOfHeading); a sentence is not. The line may open a
 * paragraph whose next lines describe the event (`### Volet 1 : Sommet` over `8 au 13 août
 * 2015, écovillage et Lomé, Togo` then `Les antennes se réunissent…`), when the next line
 * opens a sentence of its own: a sentence wrapped over two lines goes on in small letters.
 */
export function lineDatingHeading(paragraph: Paragraph, heading: UndatedHeading, source: SourceText): SessionDraft | undefined {
  // In a quote (`> 02/02 au 06/02` over `> Algorithmie`), each line without its marks.
  const lines = paragraphSourceLines(paragraph, source).map((line) => ({ ...line, raw: line.raw.replace(QUOTE_MARKS, '') }));
  const next = lines[1]?.raw.trim() ?? '';
  // `📍 Esplanade …<br>` then `📅 Du mardi 27 août au vendredi 30 août 2024.<br>`: a card's
  // fields, each behind its mark; the calendar's is the date, on whatever line it stands.
  // Only one such line: a paragraph of `📅` lines is a list of days, not one card.
  // The mark may stand inside the label's bold (`**📅 Dates :** 4-8 novembre 2025`).
  const marks = lines.filter(({ raw }) => CALENDAR_MARK.test(raw.trimStart().replace(/^[*_]+/, '')));
  let text: string;
  if (lines.length <= 1) text = plainText(paragraph);
  // `Journée 1 : vendredi 17 novembre 2023` then `Journée 2 : vendredi 24 novembre 2023`
  // under `## Prochaines dates`: a list of dated lines (read-dated-paragraphs.ts), not one event.
  else if (dateOfHeading(shownLine(lines[0]!.raw).replace(/[*_`]/g, '').trim()) !== undefined && dateOfHeading(shownLine(next).replace(/[*_`]/g, '').trim()) !== undefined) return undefined;
  else if (/^\p{Lu}/u.test(next)) text = (lines[0]?.raw ?? '').replace(/[*_`]/g, '').trim();
  // `**Date de la session :** 10 mai 2026` over `**Durée :** …`: a field that dates the
  // session itself, over the next bold field. A bare `**Date**:` over `**Catégorie**:` is a
  // news item's, the day it was posted.
  else if (SESSION_DATE_LABEL.test(normaliseText(lines[0]!.raw.replace(/[*_`]/g, '')).trim()) && /^\p{Lu}/u.test(next.replace(/^[*_`]+/, ''))) text = lines[0]!.raw.replace(/[*_`]/g, '').trim();
  else if (marks.length === 1) text = shownLine(marks[0]!.raw).replace(HTML_BREAK, '').replace(/[*_`]/g, '').trim().replace(CALENDAR_MARK, '').trim();
  else return undefined;
  if (!/\d/.test(text)) return undefined;
  // `**21 janvier 2022** | Payot Morges | 18h-20h | [Voir l'évènement](…)`: a card's fields
  // set apart by bars, the date first; the field of hours alone is the session's hours.
  const fields = text.includes('|') ? text.split('|').map((field) => field.trim()) : undefined;
  // A heading that names a part of the page (`### Agenda`, `### En pratique`) leaves a dash's aside the event's title.
  const partHeading = PAGE_PART_HEADING.test(normaliseText(heading.title).trim());
  const given = dateOfHeading(fields ? fields[0]! : text, heading.card) ?? (fields ? undefined : (dateBeforeAside(text, heading.card) ?? dateAfterPlace(text) ?? (partHeading ? undefined : dateBeforeDashAside(text))));
  if (!given) return undefined;
  const { dated, label } = given;
  // `**Dernière mise à jour** : 2025-11-26` under `## Statistiques`: the page's history.
  if (label && labelDatesThePage(label)) return undefined;
  // `**Validité :** du 1er au 30 septembre 2025` under an offer of a trial class: when the offer may be taken, no session.
  if (label && NAMES_AN_OFFER_WINDOW.test(normaliseText(label))) return undefined;
  // `🗓️ Quand : samedi 12 octobre 2024 à 14h`: a label that only asks when names nothing,
  // its emoji aside (`**📅 Dates :** 6-7 décembre 2025`).
  const naming = label !== undefined && !asksOnlyWhen(normaliseText(label).replace(/^[^a-z]+/, ''));
  const title = naming ? `${heading.title} : ${label.charAt(0).toLowerCase()}${label.slice(1)}` : heading.title;
  let hours: DraftHours | undefined;
  if (dated.hours) {
    const parsed = parseFrenchHours(dated.hours.text, { hoursPlace: true });
    if (parsed.ok && parsed.slots.length > 0) hours = { text: dated.hours.text, position: source.find(paragraph.position!, dated.hours.text), slots: parsed.slots };
  }
  for (const field of hours ? [] : (fields?.slice(1) ?? [])) {
    const parsed = parseFrenchHours(field);
    if (!parsed.ok || parsed.slots.length === 0) continue;
    // `| 2h |`, `| 1h30 |` alone before seven: how long the event lasts, not a start in the night.
    const first = parsed.slots[0]!;
    if (first.end === undefined && first.start.hour < EARLIEST_LONE_START) continue;
    hours = { text: field, position: source.find(paragraph.position!, field), slots: parsed.slots };
    break;
  }
  // A heading that only asks when (`### Quand ?`, `## Date`) names no session: it begins on the line.
  const asksWhen = asksOnlyWhen(normaliseText(heading.title));
  return {
    source: 'list',
    title: asksWhen && label ? label : title,
    position: asksWhen ? paragraph.position! : heading.position,
    dated: { line: dated, position: source.find(paragraph.position!, dated.dateText) },
    ...(hours ? { hours } : {}),
    cancelled: isStruckThrough(paragraph) || saysCancelled(heading.title) || saysCancelled(text),
    slots: 0,
  };
}


// The marks of a quote opening a source line (`> `, `> > `).
const QUOTE_MARKS = /^ {0,3}>[> ]{0,7}/;

// A calendar mark opening a line: `📅`, `🗓️`, `📆`.
const CALENDAR_MARK = /^(?:\u{1F4C5}|\u{1F5D3}\uFE0F?|\u{1F4C6})/u;

// The words of a label that dates a session itself (folded): `date de la session`, `date de la séance`.
const SESSION_DATE_WORDS = String.raw`date (?:de la |du |de l'|d')(?:session|seance|reunion|rencontre|cours|atelier|evenement)`;
// Such a label opening a field: `Date de la session :`.
const SESSION_DATE_LABEL = new RegExp(String.raw`^${SESSION_DATE_WORDS}\s?:`);

// A session's own date label alone (folded): `Date de la session`, `Date de la séance ?`.
const SESSION_DATE_ONLY = new RegExp(String.raw`^${SESSION_DATE_WORDS} ?[?:]?$`);

/** Whether a heading or label (folded) only asks when: `Quand ?`, `Date`, `Date et heure`, `Horaire`, `When` (when-labels.ts), `Date de la session`. */
function asksOnlyWhen(folded: string): boolean {
  return whenLabelKind(folded) !== undefined || SESSION_DATE_ONLY.test(folded);
}

/** What an item's text writes after its date (its first writing of it). */
function afterDate(text: string, dated: DatedLine): string {
  return text.slice(text.indexOf(dated.dateText) + dated.dateText.length);
}

/**
 * The whole range a dated item's title closes with (`Mardi 19 mai : Anglais 10h30-12h30`):
 * its hours. A lone time closing it may be a deadline's (`rendu 23h59`), so a range only.
 */
function closingRangeOf(rest: string): SlotHours | undefined {
  const found = closingHours(rest);
  return found && found.slots.every((slot) => slot.end !== undefined) ? found : undefined;
}

// A word that only leads the hours after a date (`de 18h30 à 21h30`, `dès 19h`), left alone once the hours are read.
const HOURS_LEAD_ALONE = /^(?:de|d[e\u00e8]s|entre|vers|\u00e0|a|le|,|-)?$/i;

/**
 * The session of an item (or a line read as one) that opens with its date: its hours right
 * after the date or closing the line (in brackets, or a whole range), the rest as its title.
 */
export function datedItemDraft(dated: DatedLine, text: string, position: Position, source: SourceText, struck: boolean): SessionDraft {
  let hours: DraftHours | undefined;
  let title = dated.title;
  if (dated.hours) {
    const parsed = parseFrenchHours(dated.hours.text, { hoursPlace: true });
    if (parsed.ok && parsed.slots.length > 0) hours = { text: dated.hours.text, position: source.find(position, dated.hours.text), slots: parsed.slots };
  } else {
    const trailing = trailingHours(dated.rest) ?? hourBeforeTitle(dated.rest) ?? closingRangeOf(dated.rest);
    if (trailing) {
      hours = { text: trailing.text, position: source.find(position, trailing.text), slots: trailing.slots };
      // `Examen final (50 %) : le jeudi 15 octobre 2026 de 18h30 à 21h30`: the word that
      // leads the hours (`de`) is no title; the label before the date stays the title.
      const rest = HOURS_LEAD_ALONE.test(trailing.rest) ? '' : trailing.rest;
      title = [dated.lead, rest].filter((part) => part !== '').join(' : ') || dated.title;
    } else {
      const inside = hoursInsideTitle(dated.rest);
      if (inside) hours = { text: inside.text, position: source.find(position, inside.text), slots: inside.slots };
    }
  }
  return {
    source: 'list',
    title,
    position,
    dated: { line: dated, position: source.find(position, dated.dateText) },
    ...(hours ? { hours } : {}),
    // `- vendredi 11: Pas d'atelier.`: the day's usual slot does not meet, as a calendar's row says (no-class-row.ts).
    // `Python 1 (jeudi 18 janvier, 14h-16h) : pas de cours, grève`: what follows a label's date says so too.
    cancelled: (struck && !saysFinished(text)) || saysCancelled(text) || saysNoClass(normaliseText(title)) || (title === dated.lead && dated.lead !== '' && saysNoClass(normaliseText(afterDate(text, dated)))),
    slots: 0,
  };
}

/** Whether the hours a sentence gives are a length (`entre 5h et 6h de marche`, `de 1h à 1h30`): a start before the morning, or a noun after them. */
function isALength(sentence: string, found: { text: string; slots: TimeSlot[] }): boolean {
  return found.slots.some((slot) => slot.start.hour < EARLIEST_LONE_START) || LENGTH_AFTER.test(sentence.slice(sentence.indexOf(found.text) + found.text.length));
}

// Folded words of a sentence whose range inside it may be another moment's than the session's:
// a return, an end, a departure, a drop-off, a set-up, a train (`Sortie au zoo, retour entre
// 17h et 18h`, `Vente de gâteaux (à déposer entre 8h et 8h30)`).
const ANOTHER_MOMENT = /(?:^|[^a-z])(?:retours?|fin|departs?|deposer|depot|recuperes?|recuperation|installation|montage|demontage|trains?|bus|car|navette)(?![a-z])/;
// How many words before a range may say whose moment it is.
const MOMENT_WORDS = 3;
// Quotation marks: a range inside them is words of a title (`Débat « Travailler de 9h à 17h ? »`).
const QUOTES = /["\u00ab\u00bb\u201c\u201d]/;
// A length after a range (`entre 4h et 5h de marche`, `compter 2h à 3h de route`): how long, not when.
const LENGTH_AFTER = /^\s?(?:de|d')\s?\p{L}/u;

/**
 * The clock range an item's sentence gives inside its title, after its date (`- 23 mai :
 * Pratique de la revue de 18h00 à 21h30 à l'école`, `Retour équipement entre 18h00 et
 * 19h00`): the session's hours. A whole range only, from the morning on, where nothing
 * makes it another moment's, a length, or words of a quoted title: a lone time inside a
 * sentence is as often a return's, a deadline's or a meeting point's.
 */
function hoursInsideTitle(rest: string): { text: string; slots: TimeSlot[] } | undefined {
  if (QUOTES.test(rest)) return undefined;
  const found = hoursInSentence(rest);
  if (!found || isALength(rest, found)) return undefined;
  if (found.slots.some((slot) => slot.end === undefined) && !(found.slots.length === 1 && startsTheSession(rest, found.text))) return undefined;
  const at = rest.indexOf(found.text);
  // The words right before the range say whose moment it is (`retour prévu entre`, `à déposer entre`);
  // further back they name the session (`Retour équipement de biathlon entre 18h00 et 19h00`).
  const lead = rest.slice(0, at).trimEnd().split(/\s+/).slice(-MOMENT_WORDS).join(' ');
  // Another time beside the range (`10h : accueil, 14h - 18h : atelier`): the line lists a day's times, not one session's.
  const others = rest.slice(0, at) + ' ' + rest.slice(at + found.text.length);
  return ANOTHER_MOMENT.test(normaliseText(lead)) || ANY_CLOCK.test(others) ? undefined : found;
}

// Folded words in the clause that leads to a lone time that make it a step or an end, not the
// session's start: a deadline (deadline-words.ts: `à rendre`, `au plus tard`; and `date
// butoir`, `envoyé`), the end of the day (`fin à 18h`, `on finit`, `s'achève`), a return or an
// arrival (`prévoir d'arriver à 13h30`), a drop-off, a publication, doors or registrations, a bus.
const NOT_THE_START = wordsAnywhere([
  ...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, ...UNTIL, ...HAND_IN, 'butoir', 'rendre', 'remettre', String.raw`envoy\w*`,
  'fin', 'finit', 'finira', String.raw`termine\w*`, String.raw`acheve\w*`, 'retours?', String.raw`rentr\w*`, String.raw`arriv\w*`,
  'depot', 'deposer', String.raw`recuper\w*`, String.raw`cloture\w*`, String.raw`publie\w*`, 'inscriptions?', 'ouverture', 'portes',
  'installation', 'montage', 'demontage', 'trains?', 'bus', 'navette',
]);
// Folded words of a side moment, in a clause after the one that names the session (`réunion,
// suivie d'un apéritif à 20h`, `randonnée, pique-nique vers 12h`, `concert, balances à 14h`);
// opening the item, they name the session itself (`Apéro à 19h`).
const SIDE_MOMENT = /(?:^|[^a-z])(?:suivie?s?|pause|dejeuner|apero|aperitif|gouter|pique|balances|appeler)(?![a-z])/;
// Words anywhere before a lone time that give it to another day or say the session is off
// (`rattrapage le jeudi à 14h`, `la veille à 18h`, `reportée au 19 mars à 18h`, `pas de séance`).
const ANOTHER_DAY = new RegExp(
  wordsAnywhereSource(['veille', 'lendemain', 'demain', ...[...WEEKDAY_NAMES, ...MONTH_NAMES].map(normaliseText), 'pas de', 'annulee?s?', 'reportee?s?', 'louee?']) + String.raw`|\d{1,2}[/.]\d{1,2}`,
);

/**
 * Whether a lone time inside an item's sentence is the session's start: set as one (`messe à
 * 15h`, `départ à 17h30`, `dès 8h30`: hoursInSentence), no step or end in the clause that
 * leads to it (NOT_THE_START), nor a side moment in a later clause (SIDE_MOMENT), and no other
 * day nor a session called off before it (ANOTHER_DAY). The development set's readers put
 * such a time on the item's day (34 of 34 items that write `à 15h` after their title, 2026-12-08).
 */
function startsTheSession(rest: string, text: string): boolean {
  const before = rest.slice(0, rest.indexOf(text));
  // The clause that leads to it, back to the last mark (`Soutenances. Fin des commits à 16h`).
  const cut = Math.max(...[...'.,;:(!?'].map((mark) => before.lastIndexOf(mark)));
  const clause = normaliseText(before.slice(cut + 1));
  const laterClause = cut >= 0 && /\p{L}/u.test(before.slice(0, cut));
  return !NOT_THE_START.test(clause) && !(laterClause && SIDE_MOMENT.test(clause)) && !ANOTHER_DAY.test(normaliseText(before));
}

/**
 * An item (or a line read as one) that opens with its hours, then its date (`11:00-12:30, 18
 * Janvier a la salle J-1035`, `14h - 16h : 3 mars, atelier`): the hours set apart by a comma,
 * a dash or a colon, the date opening what follows, and no other clock time after it.
 */
export function hoursBeforeDate(text: string): DatedLine | undefined {
  const hours = leadingHours(text);
  if (!hours || hours.rest === '') return undefined;
  const at = text.indexOf(hours.rest, hours.end);
  // The date opens what follows, whatever comes after it (`18 Janvier a la salle J-1035`).
  const date = at < 0 ? undefined : dayAt(tokenize(hours.rest), 0, hours.rest);
  if (!date) return undefined;
  const rest = hours.rest.slice(date.end).replace(/^[\s,:\u2013\u2014-]+/, '').trim();
  // A second clock time after the date: the line lists a day's times, not one session's.
  if (ANY_CLOCK.test(rest)) return undefined;
  return { ...date, start: date.start + at, end: date.end + at, hours: { text: hours.text, start: hours.start, end: hours.end }, rest, title: rest };
}

/**
 * An item whose date is set apart in bold or italics before its title (`**Du Mardi 17 au
 * Samedi 21 Janvier 2017** Théâtre du Grand Rond`): the markup separates them as a colon
 * would, so the item is read as `date : title`. Only when the marked words are a date and
 * nothing else.
 */
function dateSetApart(first: Paragraph, text: string): string | undefined {
  const lead = first.children[0];
  if (lead?.type !== 'strong' && lead?.type !== 'emphasis') return undefined;
  const marked = plainText(lead);
  const alone = datedTextOf(marked, false);
  if (!alone || alone.rest !== '' || alone.hours || !text.startsWith(marked)) return undefined;
  const after = text.slice(marked.length).trim();
  return after === '' ? undefined : `${marked} : ${after}`;
}

/**
 * The date an item sets in bold inside its sentence (`Le **11/11** : Commémoration de
 * l’Armistice.`, `Les P2 partent en séjour du **15 au 19 novembre**.`): the bold words are a
 * date and nothing else, the only bold date of the item. The item's sentence is its title.
 */
function dateInBold(first: Paragraph, text: string): DatedLine | undefined {
  const date = boldDate(first);
  // `Les inscriptions ferment le **15 juin**`, `à rendre avant le **30 juin**`, `Le **12 mai**,
  // nous avons accueilli…`: a deadline, a bound or a day gone by, no session.
  if (!date || BOUND_OR_DEADLINE.test(normaliseText(text)) || toldInPast(text)) return undefined;
  return { ...date, lead: '', rest: text, title: text };
}

// What follows an item's bold name when it gives the day in brackets: a colon, then the brackets (`: (25/01/2020) en partenariat…`); a name's brackets straight after it are its aside (`**Victor Hugo** (26/02/1802)`).
const BRACKETED_AFTER_NAME = /^\s?:\s?\(([^()]{4,40})\)/;

/**
 * An event's bold name, then its day in brackets (`* **La Soirée théâtre** : (25/01/2020) en
 * partenariat avec l'APE…`, a parents' association's year of events): the brackets say when,
 * as a field would, and the name is the title. Only a bracket that is a date and nothing else
 * (hours aside): `(courant janvier)` or `(en Mai)` names no day.
 */
function boldNameBracketedDate(first: Paragraph): DatedLine | undefined {
  const [name, after] = first.children;
  if (name?.type !== 'strong' || after?.type !== 'text') return undefined;
  const title = plainText(name).trim();
  const folded = normaliseText(title);
  // A field's label in bold (`**Horaires** :`, `**Durée** :`) or a hand-in's (`**Remise des dossiers** :
  // (15/02/2025)`, `**Deadline** :`) names no event.
  if (DATE_LABEL.test(title) || FIELD_NAME.test(folded) || NAMES_A_HAND_IN.test(folded)) return undefined;
  const bracket = BRACKETED_AFTER_NAME.exec(after.value);
  const date = bracket ? datedTextOf(bracket[1]!.trim(), false) : dayAfterName(after.value);
  if (!date || date.lead !== '' || date.rest !== '') return undefined;
  return { ...date, lead: '', rest: title, title };
}

// A bold name (folded) that names a hand-in or a deadline (`Remise des dossiers`, `Date limite`, `Échéance`), not an event.
const NAMES_A_HAND_IN = wordsAnywhere([...HAND_IN, ...DEADLINE_PHRASES, LIMIT]);

// A bold name (folded) that is a field's label, not an event's: a period, a registration, a calendar.
const FIELD_NAME = /^[^a-z]{0,4}(?:periode|duree|inscriptions?|ouverture|fermeture|calendrier)(?![a-z])/;

// How many words may stand between an event's bold name and `le` or `du` before its day (`**Randonnée d’automne** des collégiens le 13 octobre 2019`).
const WORDS_BEFORE_DAY = 3;
// A word that ties a name to its day: `le`, `les`, `du`.
const DAY_TIE = /^(?:le|les|du)$/i;

/**
 * The day that follows an event's bold name after a few words and `le` or `du`, up to the
 * first mark that closes the clause (`**Benne à papier** du 18 au 22 novembre : une benne…`,
 * `**Course au profit du téléthon** le 7 décembre : cette course…`): the date and nothing else there.
 */
function dayAfterName(after: string): DatedLine | undefined {
  const words = after.trimStart().split(' ', WORDS_BEFORE_DAY + 1);
  const tie = words.findIndex((word) => DAY_TIE.test(word));
  if (tie < 0) return undefined;
  const from = after.trimStart().split(' ').slice(tie).join(' ');
  const stop = from.search(/[.:;!?](?:\s|$)/);
  const clause = (stop < 0 ? from : from.slice(0, stop)).trim();
  const date = datedTextOf(clause, false);
  // `**Deadline** : Avant le 1er décembre 2025`, `**Horaires** : Roche d'Oëtre, du 1er juillet au 31 août`: a bound, or a field's span.
  return date && date.lead === '' && date.rest === '' && !toldInPast(after) && !BOUND_OR_DEADLINE.test(normaliseText(after)) ? date : undefined;
}

/** The day with its weekday an item writes inside its sentence (inner-weekday-dates.ts), unless the sentence makes it a bound or a day gone by. */
function dateInside(text: string): DatedLine | undefined {
  const date = innerWeekdayDate(text);
  return date && !BOUND_OR_DEADLINE.test(normaliseText(text)) && !toldInPast(text) ? date : undefined;
}

/** The one run of bold words of a paragraph that is a date and nothing else (`**17/12**`), if exactly one is. */
function boldDate(first: Paragraph): DatedLine | undefined {
  const dates = first.children.flatMap((child) => {
    if (child.type !== 'strong') return [];
    const alone = datedTextOf(plainText(child), false, { bareDayMonth: true });
    return alone && alone.lead === '' && alone.rest === '' ? [alone] : [];
  });
  return dates.length === 1 ? dates[0] : undefined;
}

// Folded words of an item that make its bold date a deadline or a bound, not a session's day
// (deadline-words.ts), and the closing of what a date ends (`Les inscriptions ferment le **15 juin**`).
// A hand-in's nouns are not enough here (`remise des prix le **27 juin**` is an event).
const BOUND_OR_DEADLINE = wordsAnywhere([...beforeADate(DEADLINE_PREPOSITIONS), ...DEADLINE_PHRASES, ...UNTIL, ...FROM_A_DATE, ...HAND_IN_VERBS, ...DEADLINE_NOUNS, 'ferment']);

// How many times of day a sentence may give one event (`à 19h00 pour les D7 à N et à 20h45 pour les P à D8`).
const SENTENCE_TIMES = 3;

/**
 * The clock hours a sentence gives after its date, wherever they stand in it: each range
 * (`de 10h00 à 17h00`), and each start set as one (`à 19h00`, `à partir de 17h`, `dès 8h`);
 * several are the event's slots, from the first to the last (`à 19h00 pour les D7 à N et
 * à 20h45 pour les P à D8`). A bare time that nothing sets as a start (`2h de jeu`) is none.
 */
function hoursInSentence(text: string): { text: string; slots: TimeSlot[] } | undefined {
  if (!/\d/.test(text)) return undefined;
  const toks = tokenize(text);
  const slots: TimeSlot[] = [];
  let from: number | undefined;
  let to = 0;
  for (let k = 0; k < toks.length; k++) {
    const last = hoursExtentAt(toks, k);
    if (last === undefined) continue;
    const parsed = parseFrenchHours(text.slice(toks[k]!.from, toks[last]!.to));
    if (!parsed.ok || parsed.slots.length === 0) return undefined;
    // Set as a start by the word before (`à 19h30`, `vers 9h`, `et 21h00` after a first time)
    // or its own lead (`à partir de 17h`, `dès 8h`), or a range.
    const setAsStart =
      isWord(toks[k - 1], 'a', 'des', 'vers') || (slots.length > 0 && isWord(toks[k - 1], 'et')) || isWord(toks[k], 'a', 'de', 'des', 'apres') || parsed.slots.some((slot) => slot.end !== undefined);
    if (setAsStart) {
      slots.push(...parsed.slots);
      from ??= toks[k]!.from;
      to = toks[last]!.to;
    }
    if (slots.length > SENTENCE_TIMES) return undefined;
    k = last;
  }
  return from === undefined ? undefined : { text: text.slice(from, to), slots };
}

// How many items must set their date in bold for a list to be a list of such items.
const BOLD_DATE_ITEMS = 2;

/**
 * Whether a list's items set their dates in bold inside their sentences (an upcoming events
 * list of a newsletter): at least two items, and most of the list, write one bold date. One
 * such item alone is a sentence that stresses a day.
 */
function datesInBold(list: List, hidden: HiddenRanges): boolean {
  let bold = 0;
  for (const item of list.children) {
    const first = openingParagraph(item, hidden);
    if (first && first.children.some((child) => child.type === 'strong') && boldDate(first)) bold++;
  }
  return bold >= BOLD_DATE_ITEMS && bold * 2 > list.children.length;
}

// How many items of a list under a month heading must write their day so for the list to be the month's days.
const MONTH_DAY_ITEMS = 2;

/**
 * The items of a list under a month (`- Mars` over `  - 12 : atelier`, `## Mai` over `- 3 :
 * tournoi`) that write the day alone, its number or its weekday and number, with the month
 * above; undefined unless `least` items or more, and most of the list, are written so.
 */
function readMonthDays(list: List, month: MonthHeading, source: SourceText, hidden: HiddenRanges, least: number): SessionDraft[] | undefined {
  // Each item's days written after a label without the month (closingDaysUnderMonth): a list
  // that writes one so may write others in full.
  const closings = list.children.map((item) => {
    const first = openingParagraph(item, hidden);
    return first === undefined ? undefined : closingDaysUnderMonth(plainText(first), month);
  });
  const monthsWritten = closings.some((closing) => closing !== undefined);
  let days = 0;
  let weekdays = 0;
  const read: SessionDraft[] = [];
  // The bare day (`- dimanche 1:`) whose events the items after it are, until the next day.
  let open: { day: SessionDraft; items: ListItem[] } | undefined;
  const close = () => {
    if (open && open.items.length > 0) read.push(...bareDayItems(open.day, open.items, source, hidden));
    open = undefined;
  };
  for (const [index, item] of list.children.entries()) {
    const first = openingParagraph(item, hidden);
    if (!first) continue;
    const text = plainText(first);
    const named = dayUnderMonth(text, month) ?? closings[index];
    const dated = named ?? dayNumberUnderMonth(text, month);
    if (!dated) {
      // `- Cycle : Mardi 15 Octobre, Mardi 22 Octobre` among items that leave the month to the
      // heading: a day written in full is read as in any list.
      if (!open && monthsWritten) {
        read.push(...readItem(item, undefined, source, hidden, { datedItems: true }));
        continue;
      }
      // ` - Festival D` under `- dimanche 1:`, indented too little to nest in Markdown: the
      // writer put it in that day's square, as the items nested under a bare day are.
      if (open) {
        open.items.push(item);
        days++;
      }
      continue;
    }
    close();
    days++;
    if (named) weekdays++;
    const struck = isStruckThrough(first) || first.children.some((child) => child.type === 'delete');
    const draft = datedItemDraft(dated, text, first.position!, source, struck);
    const nested = item.children.filter((child): child is List => child.type === 'list');
    const below = item.children[1];
    if (!hasLetterOrDigit(draft.title) && !draft.hours && below?.type === 'paragraph') draft.title = plainText(below);
    // A working calendar lists every day of the month (`- mardi 3:`, `- lundi 30`): a day
    // with nothing written after it is an empty square, or holds the items below it.
    if (!hasLetterOrDigit(draft.title) && !draft.hours) open = { day: draft, items: nested.flatMap((sub) => sub.children) };
    else read.push(draft, ...withOneSlotFolded(draft, nested.flatMap((sub) => readDatedList(sub, draft, source, hidden))));
  }
  close();
  // A weekday and its number (`- dimanche 1:` alone under `### Juin`) is a day even alone; a bare number needs others.
  return (days >= least || weekdays >= 1) && days * 2 > list.children.length ? read : undefined;
}

// Words that name a class of a course (folded), anywhere in an item: `[TD 2] -- Objets`, `Séance 1 : …`, `Fin du TD 7`.
const CLASS_WORDS = /(?:^|[^a-z])(?:td|tp|cm|cours|seance|seances|atelier|projet|examen|controle|partiel|soutenance|parcours|sae)(?![a-z])/;

/**
 * Whether the items nested under a week are its classes: most of them name one, and none is
 * a link alone (`[Transparents du cours](cours1.pdf)`, the week's materials) or words of a
 * to-do list that names no class.
 */
function holdsClasses(nested: List[], hidden: HiddenRanges): boolean {
  const items = nested.flatMap((list) => list.children);
  let classes = 0;
  let written = 0;
  for (const item of items) {
    const first = openingParagraph(item, hidden);
    // `2.` left empty over the tracks' bullets (`* Parcours A : …`): not counted either way.
    if (!first) continue;
    written++;
    if (first.children.length === 1 && first.children[0]!.type === 'link') return false;
    if (CLASS_WORDS.test(normaliseText(plainText(first)))) classes++;
  }
  return classes * 2 > written;
}

// What a dated item's words name besides its day when they name nothing: nothing, or the week it opens (`Semaine du …`).
const WEEK_ONLY = /^(?:la |une )?semaines?$/;

/** Whether an item's title, its day set aside, names nothing of its own (`Semaine`, `:`). */
function namesNothing(title: string): boolean {
  // `Semaine 1 (22 janvier 2021)` names its week by number: a title of its own.
  return !hasLetterOrDigit(title) || WEEK_ONLY.test(normaliseText(title).replace(/[^\p{L}\p{N}\s]/gu, '').trim());
}

/**
 * What a calendar's bare day (`- dimanche 1:`, its events on the items under it) holds:
 * each item under it is an event of that day, timed or not, or of the days it writes
 * itself (`- Du 13 au 23 juin: Futur en Seine`), as a reader of a calendar's square reads
 * what is written in it. One item alone is the day's one event, written over two lines:
 * it is read at the day, as a dated item over one timed item is (withOneSlotFolded).
 */
function bareDayItems(day: SessionDraft, items: ListItem[], source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const held = items.flatMap(function heldBy(item: ListItem): SessionDraft[] {
    const first = item.children[0];
    // `2.` left empty over its own bullets (`* Parcours A : …`, `* Parcours B : …`): those are the day's.
    if (first?.type === 'list') return first.children.flatMap(heldBy);
    if (first?.type !== 'paragraph' || isHidden(hidden, first.position?.start.offset)) return [];
    const read = readItem(item, day, source, hidden, {});
    if (read.length > 0) return read;
    const text = plainText(first).trim();
    if (!hasLetterOrDigit(text)) return [];
    const struck = isStruckThrough(first) || first.children.some((child) => child.type === 'delete');
    return [{ source: 'list', title: text, position: first.position!, day, cancelled: day.cancelled || struck || saysCancelled(text), slots: 0 }];
  });
  const one = held.length === 1 ? held[0]! : undefined;
  if (!one) {
    day.borrowed = true;
    return held.length === 0 ? [] : [day, ...held];
  }
  // The one event is read where the day is written, with its own days if it writes some.
  const folded: SessionDraft = { ...one, position: day.position, cancelled: day.cancelled || one.cancelled };
  if (!folded.dated) folded.dated = day.dated;
  delete folded.day;
  return [folded];
}

// The words that make the date after them a bound (folded): `après le`, `avant le`, `à partir du`, `jusqu'au`.
const BOUND_BEFORE = wordsAtEnd([...DEADLINE_PREPOSITIONS, 'apres', ...UNTIL, ...FROM_A_DATE], true);

/**
 * The text of an item whose old date is struck through before its new one (`~~Mardi 08
 * Octobre 2020~~ Jeudi 22 Octobre - 19h00`): the session moved, it is not cancelled, and
 * its date is the one left standing. Undefined when nothing struck is a date.
 */
function movedDate(first: Paragraph): string | undefined {
  const struck = first.children.filter((child) => child.type === 'delete');
  if (struck.length === 0 || !struck.some((child) => datedTextOf(plainText(child), false))) return undefined;
  const standing = plainText({ ...first, children: first.children.filter((child) => child.type !== 'delete') });
  // The date left standing opens the item, or closes its label (`Exam CC no. 2, ~~27/03/2026~~
  // 26/03/2026 17:45-19:45`) unless a bound leads it (`reporté après le 30/04/2026`: not yet set).
  if (datedTextOf(standing, false)) return standing;
  const closing = closingItemDate(standing);
  return closing && !BOUND_BEFORE.test(normaliseText(standing.slice(0, closing.start))) ? standing : undefined;
}

/**
 * The date of an item whose first line is its label alone, a name and its date (`* Cours 04
 * <2020-10-20>`, `- Séance 3 (12/03)`), with what was done written on the lines below it
 * (`On a commencé par revenir sur…`): a log's entry, as a heading over its paragraph. The
 * label line is read alone, as the lines below are a description that may open like a
 * sentence; only when it holds nothing after its date but hours.
 */
function labelLineDate(first: Paragraph, text: string, options: ItemOptions): DatedLine | undefined {
  const line = firstLineText(first);
  if (line === '' || line.length >= text.trim().length) return undefined;
  const dated = datedTextOf(line, false, options);
  return dated && dated.rest === '' ? dated : undefined;
}

// Whether some words of an item's paragraph are struck, anywhere in it or on its first line only.
function strikesBefore(first: Paragraph, where: 'line' | 'item'): boolean {
  for (const child of first.children) {
    if (child.type === 'delete') return true;
    if (where === 'line' && (child.type === 'break' || (child.type === 'text' && child.value.includes('\n')))) return false;
  }
  return false;
}

function readItem(item: ListItem, day: SessionDraft | undefined, source: SourceText, hidden: HiddenRanges, options: ItemOptions): SessionDraft[] {
  const first = item.children[0];
  const nested = item.children.filter((child): child is List => child.type === 'list');
  if (first?.type !== 'paragraph') return nested.flatMap((list) => readDatedList(list, day, source, hidden));
  // `- Mars` over `  - 12 : atelier`: the item names the month of the days below it.
  const month = day || nested.length === 0 ? undefined : monthHeading(plainText(first));
  // The item names its month alone: one day under it is enough (`- Avril` over `  - Mardi 2 : sortie`).
  if (month) return nested.flatMap((list) => readMonthDays(list, month, source, hidden, 1) ?? readDatedList(list, undefined, source, hidden));
  const moved = movedDate(first);
  const written = moved ?? plainText(first);
  const text = options.counted ? withoutCount(written) : written;
  const whole = datedTextOf(text, false, { ...options, item: true });
  const label = whole ? undefined : labelLineDate(first, text, options);
  // A label line's strike is on that line: a word struck in the description below it is no cancellation.
  const struck = moved === undefined && (isStruckThrough(first) || strikesBefore(first, label ? 'line' : 'item'));
  const apart = dateSetApart(first, text);
  const opening =
    (options.cardDates ? cardLineDate(first) : undefined) ??
    whole ??
    label ??
    (apart === undefined ? undefined : datedTextOf(apart, false, options)) ??
    boldNameBracketedDate(first) ??
    hoursBeforeDate(firstLineText(first)) ??
    (options.keyDates ? labelledDate(text) : undefined) ??
    // `* Juillet : mardi 5 et mardi 19`: a plan written month by month.
    monthLabelledDays(text) ??
    (options.datedItems ? closingItemDate(firstLineText(first), options) : undefined);
  const inside = opening === undefined ? (options.boldDates ? dateInBold(first, text) : undefined) ?? (options.innerDates ? dateInside(text) : undefined) ?? (options.innerYearDates ? innerYearDate(text) : undefined) : undefined;
  // `ACA / SCT [23/09/2026] - Salle 217 - 10h00-12h00`: a group's label, then its day.
  const grouped = opening === undefined && inside === undefined && options.labelledDates ? labelledItemDate(firstLineText(first)) : undefined;
  // `- Troc des plantes le 12 juin 2016 à l'ICAM`: an event named first, its day tied to it (tied-item-dates.ts).
  const tied = opening === undefined && inside === undefined && grouped === undefined && options.tiedDates ? tiedItemDate(text) : undefined;
  const bolded = inside ?? grouped ?? tied;
  // `Mise en place (Antoine) - 16/03 - vélocité 1`: the date is one of the item's fields; its hours, if any, another.
  const dashed = opening === undefined && bolded === undefined && options.dashedDates ? dashFieldDate(firstLineText(first)) : undefined;
  const dated = opening ?? bolded ?? dashed;
  // `- **Mercredi** : 14h-17h atelier` under `## Semaine du 16 mars 2026`: that day of the week.
  const around = dated ? undefined : weekAround(day);
  const week = around?.week;
  const read = week ? weekLabelLine(text, week, true) : undefined;
  // An item numbered in the week (`* Jour 2 : habitat`) says which day only when it gives its hours too: a
  // list of days' themes under a part of the day details the days, it adds no session.
  const numbered = read !== undefined && dayLabel(text, true)?.weekday === undefined;
  const labelled = numbered && (read === 'outside' || !read.hours) ? undefined : read;
  if (labelled === 'outside') {
    const position = first.position!;
    const outside: SessionDraft = { source: 'list', title: text, position, cancelled: false, slots: 0, borrowed: true, outsideWeek: { label: text, week: weekWords(week!), position: source.find(position, text.split(/[\s:(]/)[0] ?? text) } };
    return [outside, ...nested.flatMap((list) => readDatedList(list, outside, source, hidden))];
  }
  if (labelled) {
    const draft: SessionDraft = { ...datedItemDraft(labelled, text, first.position!, source, struck), inPeriod: around!.draft };
    // `- **Mardi**` over its timed items: the day of what it holds, never a session of its own.
    if (labelled.title === '' && !draft.hours) draft.borrowed = true;
    return [draft, ...nested.flatMap((list) => readDatedList(list, draft, source, hidden))];
  }
  // `- 5 mai : virement de 120 €`: a line of accounts, no session (ledger-entry.ts).
  if (dated && isLedgerEntry(text.slice(dated.end))) return nested.flatMap((list) => readDatedList(list, undefined, source, hidden));
  if (dated) {
    const draft = datedItemDraft(dated, text, first.position!, source, struck);
    // A task written as fields (`Analyse - 17/03 au 20/03 - vélocité 3`) is listed by who or what, not by day: no date order either.
    // Events named first, each with its day (`- Troc des plantes le 12 juin`), are listed by event: a year's highlights, no date order either.
    if (grouped || dashed || tied) draft.groupItem = true;
    // `mardi **5 septembre** au CSC à partir de 17h`: the hours the sentence gives after its bold date.
    if (bolded && !draft.hours) {
      const after = afterDate(text, bolded);
      const found = hoursInSentence(after);
      // A tied day's sentence may say how long (`Randonnée au Ventoux le 12 mai, entre 5h et 6h de marche`): no hours then.
      if (found && !(tied && isALength(after, found))) draft.hours = { text: found.text, position: source.find(first.position!, found.text), slots: found.slots };
    }
    // `- 14-16h : permanence le mercredi 13 novembre`: a slot's hours open the item, its day
    // closes it; a mark sets them apart (`3h de travail le …` is how long), and they are a
    // range (`- 7h : formation PSC1 le samedi 16 novembre` may be how long it lasts).
    const opening = draft.hours ? undefined : leadingHours(text);
    if (opening && opening.slots.every((slot) => slot.end !== undefined) && opening.end <= text.indexOf(dated.dateText) && TITLE_SET_APART.test(text.slice(opening.end))) {
      draft.hours = { text: opening.text, position: source.find(first.position!, opening.text), slots: opening.slots };
      draft.title = leadingHours(draft.title)?.rest ?? draft.title;
    }
    // An item that is only its date, its description in the paragraph below it (a `<dt>`
    // and its `<dd>`; `- Dimanche 12 mars` then an indented paragraph), or in a card's
    // heading (`<p class="mu-event-time">1er Mars 2019</p>` over `<h3>Proposition …</h3>`): that is its title.
    const below = item.children[1];
    // Not a heading over the item's own list (`- Lundi 3 mars` over `### Matin` and its slots): a part of its day.
    const cardHeading = below?.type === 'heading' && !item.children.some((child) => child.type === 'list');
    if (draft.title === '' && (below?.type === 'paragraph' || cardHeading)) draft.title = plainText(below!);
    const held = nested.flatMap((list) => readDatedList(list, draft, source, hidden));
    // `1. Semaine du lundi 5 février 2024 :` over `1. [TD 2] -- Objets et classes`, `2. [TD 3] -- …`:
    // a course's week that names nothing of its own over items with no hours holds those
    // items, each a session dated by the week's day as the week is (bareDayItems). A day's
    // items (`- **Lundi 02 mars**` over `- Groupe A : Snapchat`) are the parts of that day's
    // one session, as its readers read them (glassus-snt-exposes-2026, waddason-capstone-
    // contour-bilan-2025). Over several weeks (`Semaines du 8 et 15 septembre :`), which
    // item falls in which is not said: the item stays one session on its days.
    if (held.length === 0 && nested.length > 0 && !draft.hours && dated.week && namesNothing(draft.title) && dated.expression.kind === 'single' && holdsClasses(nested, hidden)) {
      return bareDayItems(draft, nested.flatMap((list) => list.children), source, hidden);
    }
    return [draft, ...withOneSlotFolded(draft, held)];
  }
  const bracketed = day ? undefined : trailingDate(text);
  // `- Noël (25 dec.)`, `- Toussaint (1 nov.)` under `## Jours de fêtes de précepte`: a holiday and its day, no year and no hour, in a list of days off, says which day the holiday is, no session held.
  const feast = bracketed?.line.expression.mentions;
  if (options.holidays && bracketed && !bracketed.hours && feast?.length === 1 && feast[0]!.year === undefined && isFixedFeastOn(bracketed.title, feast[0]!.day, feast[0]!.month)) {
    return nested.flatMap((list) => readDatedList(list, undefined, source, hidden));
  }
  // `- [Numéro 12](…) (20/08/2021)`: a back issue of a newsletter, dated by its publication
  // (publication-issue.ts); an episode shown at an hour (`Épisode 1 (mardi 12 mars à 20h)`) is a screening.
  if (bracketed && !bracketed.hours && namesAnIssue(bracketed.title)) return nested.flatMap((list) => readDatedList(list, undefined, source, hidden));
  if (bracketed) {
    const draft: SessionDraft = {
      source: 'list',
      title: bracketed.title,
      position: first.position!,
      dated: { line: bracketed.line, position: source.find(first.position!, bracketed.line.dateText) },
      ...(bracketed.hours ? { hours: { ...bracketed.hours, position: source.find(first.position!, bracketed.hours.text) } } : {}),
      cancelled: struck || saysCancelled(text),
      slots: 0,
    };
    return [draft, ...nested.flatMap((list) => readDatedList(list, draft, source, hidden))];
  }
  // Under a day: `9h-12h : Atelier`, `Atelier (14h-16h)`, `Accueil à partir de 8h30`, `Visite de 10h à 12h`.
  // An item continued on a line below (`**Accueil** (14h00 - 14h30)  ` over `(speakers)`):
  // its first line is the title a reader reads the hours at the end of.
  const line = day ? firstLineText(first) : text;
  const found = day ? (agendaLineHours(text) ?? trailingHours(text) ?? closingHours(text) ?? (line === text ? undefined : (trailingHours(line) ?? closingHours(line)))) : undefined;
  // `**Temporalité :** 14h`, `Durée : 7h` among a day's fields: how long it lasts, no slot at
  // 14:00. A range (`Durée : 9h-17h`) is the day's clock hours still.
  const length = found !== undefined && found.slots.every((slot) => slot.end === undefined) && LENGTH_FIELD.test(normaliseText(text));
  if (day && found && !length) {
    const hours = { text: found.text, position: source.find(first.position!, found.text), slots: found.slots };
    // `10 h 15–11 h 00` alone over its rooms (`  - Salle 205 : atelier`, `  - Salle 219 : …`):
    // parallel tracks, one session per room in that slot, at the room's line, as a grid's
    // cells are; a room that gives its own hours is read on its own. Items that are not
    // each labelled (`18h30 - 20h00 :` over the talks of one session) are its contents.
    if (found.rest.trim() === '' && nested.length > 0 && nested.every(labelsTracks)) return nested.flatMap((list) => tracksOfSlot(list, day, hours, source, hidden, options));
    // `<li><time>8h30</time><h3>Petit-Déjeuner</h3>`: a slot that is only its time, its name
    // in the heading or the paragraph below it, is named by that.
    const below = item.children[1];
    const named = found.rest.trim() === '' && (below?.type === 'heading' || below?.type === 'paragraph') ? plainText(below).trim() : found.rest;
    const draft: SessionDraft = {
      source: 'list',
      title: named,
      position: first.position!,
      day,
      hours,
      cancelled: day.cancelled || struck || saysCancelled(text),
      slots: 0,
    };
    return [draft, ...nested.flatMap((list) => readDatedList(list, day, source, hidden))];
  }
  // `- UE 1 : Algorithmique` over `  - Jours de formation : 20/04, 21/04`: the item names the
  // session its nested fields date, as an undated heading does.
  // Only a field that says it gives dates (`Jours de formation :`) dates it: an item's other sub-items are its contents.
  const fielded = !day && !dated && nested.some((list) => list.children.some((sub) => DATE_FIELD.test(plainText(openingParagraph(sub, hidden) ?? { type: 'paragraph', children: [] }))));
  const named: UndatedHeading | undefined = fielded ? { title: text.split('\n')[0]!.trim(), position: first.position!, fieldsOnly: true } : undefined;
  return nested.flatMap((list) => readDatedList(list, day, source, hidden, named));
}

// Folded labels of a field that gives a length of time, not a time of day (`Durée :`, `Temporalité :`, `Volume horaire :`).
const LENGTH_FIELD = /^(?:duree|temporalite|volume horaire|nombre d'heures|nb d'heures|charge de travail|temps de travail|temps estime) ?:/;

/**
 * A dated item over exactly one timed item (`- **Jeudi 6 mars**` over `  - 13h30: Point de
 * situation` and untimed notes) is ONE activity written over two lines, as a day line over
 * one timed line is (oneSlotDaysAsSessions in read-dated-headings.ts, the ruling of
 * tests/fixtures/real/README.md): a reader lists it at the dated item, with the timed
 * item's hours, and its title unless the dated item names the activity itself. A dated
 * item over several timed items stays the day of those slots. `below`: what its nested
 * lists give.
 */
function withOneSlotFolded(item: SessionDraft, below: SessionDraft[]): SessionDraft[] {
  const slots = below.filter((draft) => draft.day === item);
  const slot = slots[0];
  if (slots.length !== 1 || !slot?.hours || item.hours || item.inPeriod) return below;
  item.hours = slot.hours;
  if (!hasLetterOrDigit(item.title)) item.title = slot.title;
  item.cancelled ||= slot.cancelled;
  return below.filter((draft) => draft !== slot);
}

/** The rooms listed under a slot's hours, each a session in that slot (see readItem). */
function tracksOfSlot(list: List, day: SessionDraft, hours: NonNullable<SessionDraft['hours']>, source: SourceText, hidden: HiddenRanges, options: ItemOptions): SessionDraft[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph' || isHidden(hidden, first.position?.start.offset)) return [];
    const text = plainText(first);
    if (text.trim() === '' || agendaLineHours(text)) return readItem(item, day, source, hidden, options);
    const struck = isStruckThrough(first) || first.children.some((child) => child.type === 'delete');
    return [{ source: 'list', title: text, position: first.position!, day, hours, cancelled: day.cancelled || struck || saysCancelled(text), slots: 0 } satisfies SessionDraft];
  });
}

// A track's label before its title: a few words then a colon (`Salle 205:`, `Amphi B :`, `Atelier 2 :`).
const TRACK_LABEL = /^[^:\n]{1,30}?\s?:\s?\S/;

/** Whether a list names parallel tracks: two items at least, each opening with its label (`Salle 205: …`). */
function labelsTracks(list: List): boolean {
  const texts = list.children.map((item) => (item.children[0]?.type === 'paragraph' ? plainText(item.children[0]) : ''));
  return texts.length >= 2 && texts.every((text) => TRACK_LABEL.test(text) && (text.split(':')[0] ?? '').trim().split(/\s+/).length <= 4);
}
