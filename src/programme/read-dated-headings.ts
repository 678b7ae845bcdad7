/*
 * Dated headings (`### Lundi 21 septembre`, `## 📆 Samedi 24 janvier 2026`, `### Séance 1 -
 * [04/03/2025]`) and what sits under them: the hours in the heading or on the line below
 * (`#### 9h - 17h : Le Lieu`, `**9h30 - 17h30 : En ligne**`), a day's agenda table,
 * timed headings (`### 8h30-9h Accueil`), timed lines (`09h00 - 11h00 : Yoga`) and timed
 * list items. A heading's day runs to the next heading of the same or a higher level.
 * A dated heading with slots under it is the day; without, it is one session.
 */
import { isExampleList } from './example-lists.js';
import type { Blockquote, Heading, Html, List, Paragraph, Root, RootContent } from 'mdast';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { DatedLine, DatedLineOptions } from '../dates/dated-line.js';
import { datedTextOf, isReleaseHeading, shifted, versionedSessionDate } from './dated-text.js';
import { chronicleHours, isChronicle } from './chronicle-slots.js';
import { sameDays, WRITTEN_ON } from './invited-days.js';
import { saysItTakesPlace } from './announced-sessions.js';
import { closingItemDate } from '../dates/dated-item.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { HTML_BREAK, paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { NUMBERED_SESSION, numberedName, numberedNamesWithin } from './numbered-session.js';
import { isStruckThrough, plainText } from './plain-text.js';
import { isChangelogName } from './changelog-title.js';
import { talkCard } from './talk-cards.js';
import { DATE_LABEL, dateBeforeDashAside, dateOfHeading, datedItemDraft, lineDatingHeading, namesTalks, pageWritesBareDays, readDatedList, type UndatedHeading, recordTableDraft } from './read-dated-lists.js';
import { dayLine, summaryDay, timedLinesFollow } from './day-lines.js';
import { frontMatterTitle } from './front-matter-days.js';
import { isEmptyEntry, readDatedParagraph, readQuotedEntry } from './read-dated-paragraphs.js';
import { labelledDateLine } from './labelled-date-line.js';
import { fieldRecord } from './field-records.js';
import { datesATalk } from './talk-fields.js';
import { headParagraph } from './page-metadata.js';
import { lazyTimedLines, slashedRangeOf, withoutLazyLines } from './lazy-timed-lines.js';
import { isDayAgendaTable, readDayAgenda } from './read-day-agendas.js';
import { agendaIntroductionDay, hasDate, sentenceDay } from './table-introduction.js';
import { keepsTimeWorked } from './timesheet-columns.js';
import { namesDayOff, saysNoClass } from './no-class-row.js';
import { closingDateStamp } from './date-stamp.js';
import { titleByLead } from './list-lead-title.js';
import { shareHoursAbove } from './list-hours-above.js';
import { saysCancelled, type DraftHours, type SessionDraft } from './session-drafts.js';
import { EARLIEST_LONE_START, closingHours, hoursAlone, leadingHours, type SlotHours } from './slot-hours.js';
import { listsArticles, namesArticles } from './press-lists.js';
import type { SourceText } from './source-text.js';
import { paragraphSlots, saysHowLong } from './paragraph-slots.js';
import { sentenceSlots } from './sentence-slots.js';
import { titledSlotLine } from './titled-slot-lines.js';
import { isOneDay, restatedSpans, weekDaysListed, weeksOverDatedItems } from './days-only-drafts.js';
import { normaliseText } from '../dates/normalise-text.js';
import { saysOnlyWhere } from './section-hours.js';
import { isTableOfContents } from './table-of-contents.js';
import { namesAMeetingRecord } from './meeting-record.js';
import { namesAnEvent } from './event-page.js';
import { dayUnderMonth, monthHeading, type MonthHeading } from './month-heading-days.js';
import { programmeLabelDay } from './programme-label-day.js';
import { isPartOfDay } from './part-of-day.js';
import type { PageDays } from './page-days.js';
import { eventNounPartDate } from './event-noun-parts.js';
import { isRealDate } from '../dates/plain-date.js';
import { currentNumericOrder } from '../dates/numeric-order.js';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import type { TimeSlot } from '../dates/types.js';
import { dayLabel, followingDayLine, opensAWeek, weekAround, weekLabelLine, weekWords } from './week-anchor.js';
import { DEADLINE_PHRASES, FROM_A_DATE, HAND_IN, LIMIT, UNTIL, wordsAnywhere, wordsAtEnd } from './deadline-words.js';
import { labelDatesThePage } from './page-history-label.js';
import { whenLabelKind } from './when-labels.js';

interface Open {
  depth: number;
  draft: SessionDraft;
  // A dated heading followed at once by a bigger one (`### 🗓️ Vendredi 7 août - 19h` over
  // `## ✨ Nuit des Etoiles ✨` and `# 📍 Au programme`): its writer picks each heading's size
  // for the look, not to nest them, and a reader keeps the day over the event's headings below
  // until the next day, a `---` rule between events, or the end.
  sized?: boolean;
  // The index of the last node the day holds, when it holds only the list of slots right
  // below the sentence that introduced it (table-introduction.ts): the page goes on after it.
  last?: number;
}

/** Whether the node after the dated heading at `at` is a bigger heading: the writer sizes headings for the look. */
function sizedForLook(nodes: RootContent[], at: number, depth: number): boolean {
  const next = nodes[at + 1];
  return next?.type === 'heading' && next.depth < depth;
}

// A heading over a page's news, whose items are dated by when they were posted (`- **2026-01-28**: les
// consignes sont en ligne`), not by a session: `News`, `Actualités`, `Nouvelles`, `Mises à jour`, `Old News`.
const NEWS_HEADING = /^[^\p{L}]{0,4}(?:(?:old|latest|recent|past|anciennes|archives des) )?(?:news|actualites?|nouvelles|dernieres nouvelles|mises? a jour|quoi de neuf|nouveautes|updates|what's new)[^\p{L}]{0,4}$/u;

/** Whether a timed heading is a lone start (no end) that comes before the first item read under it. */
function startsBefore(heading: SessionDraft, first: SessionDraft): boolean {
  const own = heading.hours?.slots;
  const next = first.hours?.slots[0];
  return own?.length === 1 && own[0]!.end === undefined && next !== undefined && minutesOfDay(next.start) > minutesOfDay(own[0]!.start);
}

/** Whether a slot starts within a block's hours (at its start or after, before its end). */
function withinHours(slot: TimeSlot | undefined, block: TimeSlot | undefined): boolean {
  if (!slot || !block?.end) return false;
  const start = minutesOfDay(slot.start);
  return start >= minutesOfDay(block.start) && start < minutesOfDay(block.end);
}

// A heading that calls for talks (`## Appel à communications`): its dates are a call's steps.
const CALL_FOR_TALKS = /(?:^|[^a-z])appels?(?![a-z])/;
// A CV's sub-section of its talks named by the author's role in them (folded, whole heading): `#### Organisation`, `#### Invitations`.
const TALKS_ROLE = /^(?:organisations?|organisee?s?|invitations?|invitee?s?|nationales?|internationales?)$/;

// A heading's text that closes with a clock face, maybe in brackets (`Intro 09:00`, `(09:15)`,
// `12:00 -> 13:00`): not a part of a longer count (`1:12:40`).
const CLOSING_CLOCK = /(?:^|[^\d:])(\d{1,2}):(\d{2})\)?$/;
// How many headings of a page close so for it to keep an agenda of headings.
const CLOCK_AGENDA_HEADINGS = 3;

/** Whether a heading's text closes with a clock face (CLOSING_CLOCK) in the waking hours, on the five minutes, as an agenda's times are (`Luc 15:11` cites a verse, `(52:10)` a video's length). */
function closesOnAgendaClock(text: string): boolean {
  const found = CLOSING_CLOCK.exec(text);
  if (!found) return false;
  const [hour, minute] = [Number(found[1]), Number(found[2])];
  return hour >= EARLIEST_LONE_START && hour <= 23 && minute % 5 === 0;
}

/**
 * The sessions written as dated headings and under them, in document order. `page`: the
 * day or days the page names elsewhere (page-days.ts), which timed items under no dated
 * heading take, and whose labels (`Vendredi`, `## Jour 2`) open a day.
 */
export function readDatedHeadings(tree: Root, source: SourceText, hidden: HiddenRanges, page?: PageDays, bareMonth?: MonthHeading): SessionDraft[] {
  const nodes = tree.children;
  const drafts: SessionDraft[] = [];
  const days: Open[] = [];
  // `### Intro 09:00`, `### Le Web sémantique (09:15)`: a heading that closes with a clock face
  // is a slot only on a page whose headings keep a day's agenda so, several of them (a verse,
  // a score or a video's length closes one heading here and there).
  const clockAgenda = nodes.filter((node) => node.type === 'heading' && closesOnAgendaClock(plainText(node).trim())).length >= CLOCK_AGENDA_HEADINGS;
  const bareDays = bareDayHeadings(nodes, hidden);
  const bareDayMonth = bareDays.bareDayMonth;
  let timed: Open | undefined;
  const stamp = closingDateStamp(nodes)?.node;
  // A page's fence-less metadata (`date: 2009-01-07` over `title: …`) is no record of an event (field-records.ts).
  const head = headParagraph(tree, source);
  // A journal's items that open with bare `d/m` over the page's lists (read-dated-lists.ts, pageWritesBareDays).
  const bareDayItems = pageWritesBareDays(nodes.filter((node): node is List => node.type === 'list'), hidden);
  // The undated heading inside a day that the lists below it sit under, and the timed items read under each.
  let block: TitledBlock | undefined;
  const blockOf = new Map<SessionDraft, TitledBlock>();
  // The slots read from paragraphs under a titled block of a day (see readUnder).
  const inBlock = new Set<SessionDraft>();
  // The days opened by a paragraph's first line (a bold day line, a day line of its own).
  const dayLines = new Set<SessionDraft>();
  // The undated heading a list of fields may date (`### Séance 1: UNIX` over `- Date : 7 octobre`), once.
  let session: UndatedHeading | undefined;
  // Whether the page's top headings are its events rather than its title: two or more of
  // them a line right below dates (`# Vernissage du roman` over `**21 janvier 2022** |
  // Payot Morges | 18h-20h`) or a dated heading right below a numbered one (`# Séance 1` over
  // `## 20 septembre 2023`), or several under a title the front matter gives.
  const tops = nodes.filter((node) => node.type === 'heading' && node.depth === 1);
  const datedTops = tops.filter((node) => {
    const next = nodes[nodes.indexOf(node) + 1];
    // `# Game Jam n°1` over `> _Du 09/05/2025 au 23/05/2025_`: a quoted line dates its title as a line does.
    const below = next?.type === 'blockquote' && next.children[0]?.type === 'paragraph' ? next.children[0] : next;
    if (below?.type === 'paragraph') return lineDatingHeading(below, { title: plainText(node), position: node.position! }, source) !== undefined;
    // `# Séance 1` right over `## 20 septembre 2023`: a journal's sessions, numbered at the top size.
    return below?.type === 'heading' && NUMBERED_SESSION.test(normaliseText(plainText(node))) && datedTextOf(plainText(below), true, { heading: true }) !== undefined;
  });
  // A page of one class (`# Programme du Cours 01 - Introduction` over `**Date :** 28 octobre
  // 2025`): a title that numbers its session, a line right below dating it, is that session.
  const numberedPage = tops.length === 1 && datedTops.length === 1 && numberedNamesWithin(plainText(tops[0]!)).length > 0;
  const topsAreEvents = datedTops.length > 1 || (tops.length > 1 && frontMatterTitle(tree) !== undefined) || numberedPage;
  // The month heading the next days may leave their month to (`## Septembre 2024`).
  // `# mardi 18` on a page with no month heading: the month its bare days fit (monthOfBareDays), under every heading.
  let month: { depth: number; named: MonthHeading } | undefined = bareMonth ? { depth: 0, named: bareMonth } : undefined;
  // The captions read so far (event-noun-parts.ts), by their text.
  const captions = new Set<string>();
  // The depth of an undated `## News` or `## Actualités` heading: the dates of its items are when each was posted.
  let news: number | undefined;
  // Whether the last heading names talks (`## Autres présentations orales`), or a role in the
  // talks a CV's section names one level above it (`### Colloques, journées d'étude et
  // séminaires` over `#### Organisation`): its list may be of cards or of a CV's talks
  // (read-dated-lists.ts), its paragraphs talks' cards (talk-cards.ts).
  let talks = false;
  // The depth of the CV's section that names talks, below the page's title (`# Colloque « Villes
  // et mémoires »` names the page's event; its `## Ils en parlent` lists no talks).
  let talksSection: number | undefined;
  // The depth of the heading that names publications or articles, whose sub-headings name no talks.
  let published: number | undefined;
  // The depth of the last heading, when it names articles (press-lists.ts); before any heading,
  // 0 when the page's own title names them (`title: "Intervention dans les médias"`).
  let press: number | undefined = namesArticles(frontMatterTitle(tree) ?? '') ? 0 : undefined;
  // The depth of the last heading, when it names the page's sessions (`## Ateliers`, `## Séances`).
  let sessions: number | undefined;
  // The last heading that named one day (`### Chronologie du vendredi 17/06/2022`), which the
  // headings of its level that name a weekday alone (`### Chronologie du samedi`) follow.
  let lastDay: { depth: number; text: string; line: DatedLine } | undefined;
  // A label under a week (`## Semaine du 16 mars 2026` over `### Mardi`): the day of the week it names.
  const inWeek = (text: string, node: Heading | Paragraph, titled: boolean, depth: number): { line: DatedLine; week: SessionDraft } | SessionDraft | undefined => {
    const around = weekAround(days.filter((day) => day.depth < depth).at(-1)?.draft);
    const line = around ? weekLabelLine(text, around.week, titled) : undefined;
    if (line === 'outside') return outsideWeek(text, node, weekWords(around!.week), source);
    return line ? { line, week: around!.draft } : undefined;
  };
  // `### Semaine 1` over `19/01 au 23/01`: a heading a line below dates as a week opens it for
  // the weekday labels under it (`#### Mercredi : …`), as `### Semaine du 19 au 23 janvier` would.
  const opensWeekBelow = (draft: SessionDraft, heading: RootContent | undefined): void => {
    if (heading?.type !== 'heading' || !weekAround(draft)) return;
    days.push({ depth: heading.depth, draft });
  };
  // A label that names only its day (`### Mardi`, `**Jeudi**`), no title and no hours, is the
  // day of what it holds, never a session of its own (`### Jour 1 :` over untimed notes);
  // the week it names a day of is then a period, if the day holds something.
  const onlyADay = (draft: SessionDraft): boolean => {
    if (draft.dated!.line.title !== '' || draft.hours) return false;
    draft.borrowed = true;
    return true;
  };
  // The undated heading over a list of dated lines without bullets, which names each of them.
  let datesTitledBy: UndatedHeading | undefined;
  // Dates alone under the heading that titles them (`## séance 1 - base de commande` over `### 21 septembre 2022`).
  const titledAbove: Array<{ draft: SessionDraft; heading: UndatedHeading; depth: number }> = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    while (days.at(-1)?.last !== undefined && days.at(-1)!.last! < i) days.pop();
    if (isHidden(hidden, node.position?.start.offset)) continue;
    if (node.type === 'heading') {
      datesTitledBy = undefined;
      const text = plainText(node);
      // A heading that is a slot (`#### 13h30 : Lancement`) or a part of the day (`## Après-midi`)
      // stays in the day above it even at that day's level (`#### Lundi 7 juillet 2025`,
      // `## Jour 1 — 14 août`): a reader reads it as that day's, whatever its size.
      const slot = leadingHours(text);
      const inDay = slot !== undefined || isPartOfDay(normaliseText(text));
      // `### 03.05.2023` over `## 07:58`, `## 08:06`: a journal's entries each a time alone,
      // sized a level above their day by a slip; a reader reads them as that day's all the same.
      // Not a page's hours over their rooms (`## 9h00` over `### Salle A`): the hours part the day then.
      const nextHeading = nodes.slice(i + 1).find((next): next is Heading => next.type === 'heading');
      const timeAlone = slot !== undefined && slot.rest.trim() === '' && node.depth > 1 && days.at(-1)?.draft.source === 'heading' && !(nextHeading !== undefined && nextHeading.depth > node.depth);
      // A day whose headings are sized for the look is closed by another day only.
      const sizedDay = days.at(-1)?.sized === true && datedTextOf(text, true, headingOptions(bareDays, node.depth)) === undefined && monthHeading(text) === undefined;
      // `**8:30 | 9:30**` then `##### Physiotools` under a day written in bold: the heading titles
      // the hour above it, a slot of that day, and closes nothing (untitledHourAbove).
      // A page's section (`## Informations pratiques`, a heading of the two top sizes) closes the day all the same.
      const titlesHour = node.depth > 2 && days.length > 0 && untitledHourAbove(nodes, i, drafts.at(-1), days.at(-1)!.draft, source) !== undefined;
      // `### SEMAINE 9 — Lundi 23 au Vendredi 27 Mars 2026` over `### CONSOLIDATION` on the
      // very next line: headings stacked with no line between are one banner, and an undated
      // one goes on naming the day or week above it.
      const above = nodes[i - 1];
      const stacked = above?.type === 'heading' && above.position!.end.line + 1 === node.position!.start.line && datedTextOf(text, true) === undefined;
      while (!sizedDay && !titlesHour && !stacked && !timeAlone && days.length > 0 && (days.at(-1)!.depth > node.depth || (days.at(-1)!.depth === node.depth && !inDay))) days.pop();
      if (timed && timed.depth >= node.depth) timed = undefined;
      if (block && block.depth >= node.depth) block = undefined;
      if (month && month.depth >= node.depth) month = undefined;
      if (news !== undefined && news >= node.depth) news = undefined;
      if (lastDay && lastDay.depth > node.depth) lastDay = undefined;
      if (NEWS_HEADING.test(normaliseText(text))) news = node.depth;
      // Only the heading right over a list says it lists articles: `## Programme` under `#
      // Semaine de la presse` lists sessions.
      press = namesArticles(text) ? node.depth : undefined;
      if (talksSection !== undefined && talksSection >= node.depth) talksSection = undefined;
      if (published !== undefined && published >= node.depth) published = undefined;
      // `## Publications` over `### Actes de colloques`: papers given at talks, still
      // publications. `# Publications et communications` names talks as well; `## Appel à
      // communications` calls for them.
      const namesTalksHere = namesTalks(text) && !CALL_FOR_TALKS.test(normaliseText(text));
      if (!namesTalksHere && namesArticles(text)) published ??= node.depth;
      const role = talksSection !== undefined && node.depth === talksSection + 1 && TALKS_ROLE.test(normaliseText(text).replace(/[^a-z ]/g, '').trim());
      talks = published === undefined && (namesTalksHere || role);
      if (namesTalksHere && published === undefined && node.depth > 1) talksSection ??= node.depth;
      if (sessions !== undefined && sessions >= node.depth) sessions = undefined;
      if (SESSIONS_HEADING.test(normaliseText(text))) sessions = node.depth;
      const named = monthHeading(text);
      if (named) {
        month = { depth: node.depth, named };
        session = undefined;
        continue;
      }
      // `### v2.0 - 2018-04-03` under `## Ateliers`: a workshop numbered as its project's version, not a release.
      const read = datedTextOf(text, true, headingOptions(bareDays, node.depth)) ?? (sessions !== undefined ? versionedSessionDate(text) : undefined) ?? (month ? dayUnderMonth(text, month.named) : undefined) ?? closingHeadingDate(text, node.depth > 1 || tops.length > 1, bareDayMonth) ?? labelledWholeDate(text) ?? numberedWholeDate(text) ?? pipedClosingDate(text, node.depth > 1 || tops.length > 1, bareDayMonth);
      // `(vue d’exposition), *Gong Créole*, exposition du 22 mars au 1 juin 2024, …`: a show's
      // caption (event-noun-parts.ts); the same caption under each photograph of it is one show.
      const captioned = read === undefined ? eventNounPartDate(text) : undefined;
      const caption = captioned && !captions.has(text) ? captioned : undefined;
      if (caption) captions.add(text);
      // `Compte rendu de la réunion du 3 novembre 2018`, `PV du conseil du 12 mars`: the day
      // of a meeting held, that the minutes record, is no session (meeting-record.ts).
      // `Note rétrospective du 25/07/2023`: a note the post's writer added that day, no session either.
      const written = read && (namesAMeetingRecord(text.slice(0, read.start)) || ADDED_NOTE.test(normaliseText(text.slice(0, read.start)))) ? undefined : (read ?? caption);
      const labelled = written ? undefined : inWeek(text, node, true, node.depth);
      if (labelled && 'source' in labelled) {
        // `### Samedi` under `## Semaine du 16 au 20 mars`: no day to give it or what it holds.
        drafts.push(labelled);
        days.push({ depth: node.depth, draft: labelled });
        timed = undefined;
        continue;
      }
      // `### Chronologie du samedi` after `### Chronologie du vendredi 17/06/2022`: the day after.
      const follows = written || labelled || !lastDay || lastDay.depth !== node.depth ? undefined : followingDayLine(text, lastDay);
      const dated = written ?? labelled?.line ?? follows;
      if (dated && !labelled) lastDay = isOneDay(dated) ? { depth: node.depth, text, line: dated } : undefined;
      // The page's title (`# Club 2024`) names the page, not one session a line below could
      // date; a page of several top headings each dated so (one per event) has none of them
      // for its title.
      const undatedAbove = session;
      session = days.length === 0 && !dated && !leadingHours(text) && (node.depth > 1 || topsAreEvents) ? { title: text, position: node.position! } : undefined;
      if (dated) {
        const draft = headingDraft(node, text, dated, source);
        // An artist's captions follow the works they show, not the days of the shows.
        if (dated === caption) draft.groupItem = true;
        // `### Séance 30/11` over `Cours annulé`: the short line under the day says it is called off.
        draft.cancelled ||= saysCalledOffBelow(nodes[i + 1]);
        const named = dated.title === '' ? boldTitleBelow(nodes[i + 1]) : undefined;
        if (named) draft.title = named;
        const at = i;
        const found = draft.hours ? undefined : hoursBelow(nodes, i, node.depth, source);
        if (found) {
          const next = nodes[i + 1] as Heading | Paragraph;
          draft.hours = { text: found.text, position: source.find(next.position!, found.text), slots: found.slots };
          i++;
        } else if (!draft.hours) {
          const field = hoursFieldBelow(nodes, i, node.depth, source);
          if (field) draft.hours = field;
        }
        // The heading right above, past the lines under it (`## Séance 1` over `Salle B12.` over `### Contenu (19/09/23)`).
        const above = nodes[headingBefore(nodes, at)] as Heading | undefined;
        const titling = (dated.title === '' || namesAPartOfTheSession(dated.title)) && !named ? titlingHeading(nodes, at, i, above, undatedAbove, bareDays) : fieldOfHeading(node, dated, nodes, at, undatedAbove);
        if (titling) titledAbove.push({ draft, heading: titling, depth: above!.depth });
        drafts.push(draft);
        // A dated heading over dated headings (`# Bootcamp - 21 au 25 septembre 2020` over
        // `### Lundi 21 septembre`) is the period they fall in, not one more session.
        if (labelled) draft.inPeriod = labelled.week;
        // A one-day heading is no period of a span written under it (`## Réunion 12/02` over
        // `### 10/02-19/02:`, the work between two meetings): each is its own.
        const span = dated.expression.kind === 'range';
        // Nor is it the day of other days written under it (`## Le 28/02` over `### Le 07/02` and
        // `### Les 08 et 15/11`, a log's slip of size): only of its own day's parts.
        // The page's title (`# Réunion du 22 septembre 2016`) keeps what is dated under it, as before.
        // A sub-heading that moves or calls off the day above (`### Reportée au 07/03`) stays its part.
        const otherDay = (open: (typeof days)[number]) => (open.depth > 1 || tops.length > 1) && !saysCancelled(text) && open.draft.dated !== undefined && isOneDay(open.draft.dated.line) && !writesDayOf(dated, open.draft.dated.line);
        if (!(labelled && onlyADay(draft))) for (const open of days) if (!(span && open.draft.dated && isOneDay(open.draft.dated.line)) && !otherDay(open)) open.draft.slots++;
        days.push({ depth: node.depth, draft, ...(sizedForLook(nodes, i, node.depth) ? { sized: true } : {}) });
        timed = undefined;
        continue;
      }
      // `## Samedi`, `## Jour 2` on a page whose days are written elsewhere: that day.
      const pageLabel = page?.label(text, node, source, true);
      if (pageLabel) {
        drafts.push(pageLabel);
        days.push({ depth: node.depth, draft: pageLabel });
        timed = undefined;
        // `### Jour 1, atelier 1 — 13:30–15:30`: a label with a title and hours is a slot of the day it names.
        const rest = dayLabel(text, true)?.rest ?? '';
        const hours = rest === '' ? undefined : (leadingHours(rest) ?? closingHours(rest, clockAgenda));
        if (hours && hours.rest !== '') {
          const slot = slotDraft('heading', hours.rest, node, pageLabel, hours, source);
          slot.cancelled ||= isStruckThrough(node) || saysCancelled(text);
          drafts.push(slot);
          timed = { depth: node.depth, draft: slot };
        }
        continue;
      }
      // `## Programme` over timed lines, its day written elsewhere (a date field, the item it names).
      const borrowed = days.length === 0 ? programmeLabelDay(text, node, nodes, i, drafts, source, hidden) : undefined;
      if (borrowed) {
        drafts.push(borrowed);
        days.push({ depth: node.depth, draft: borrowed });
        continue;
      }
      const day = days.at(-1)?.draft ?? page?.day;
      if (!day) continue;
      // `10h00` on its own line, then `### Ouverture des portes`: the heading titles the hour
      // written above it, not the next block's hour below it (hoursUnderTitle).
      const hourAbove = untitledHourAbove(nodes, i, drafts.at(-1), day, source);
      if (hourAbove) {
        hourAbove.title = text;
        hourAbove.cancelled ||= isStruckThrough(node) || saysCancelled(text);
        continue;
      }
      // `### Accueil 8h30-9h` as `### 8h30-9h Accueil`; `### Katakrak de 15h à 18h`.
      const found = leadingHours(text) ?? closingHours(text, clockAgenda);
      // `### Après-midi` over `### 14h30 - 18h00`: a part of the day labels the slots under it.
      const below = found || isPartOfDay(normaliseText(text)) ? undefined : hoursUnderTitle(nodes, i, node.depth, source);
      if (found || below) {
        // `### Accueil` over `#### 11 h 30 - 12 h 30`: one session, where its title begins.
        // A heading of bare hours (`### 14h00`) is titled by the line that describes it below.
        const describing = found && found.rest === '' && describes(nodes[i + 1], source) ? (nodes[i + 1] as Paragraph) : undefined;
        // `### 19h15 -> 19h45` over `Salle 1 - C'est quoi DDD ?`, `Salle 2 - …`: the hour's
        // parallel tracks, one session a room on its own line, as a grid's cells are.
        const tracks = describing ? trackLines(describing, source) : undefined;
        if (tracks) {
          for (const track of tracks) {
            const slot = slotDraft('heading', track.text, node, day, found, source);
            slot.position = source.span(track.start, track.start + track.length);
            slot.cancelled ||= isStruckThrough(node) || saysCancelled(track.text);
            drafts.push(slot);
          }
          timed = undefined;
          i++;
          continue;
        }
        // `## 9h30-10h` right over `### Accueil des participants`: the smaller heading names the hour's slot.
        const titling = found && found.rest === '' && !describing ? titleHeadingBelow(nodes, i, node.depth, source) : undefined;
        const described = describing ? firstLine(describing, source).replace(/~~/g, '') : titling ? plainText(titling) : undefined;
        if (titling) i++;
        const slot = slotDraft('heading', described ?? (found ? found.rest : text), node, day, found, source);
        if (describing) slot.cancelled ||= saysCancelled(described!) || isStruckThrough(describing);
        if (titling) slot.cancelled ||= saysCancelled(described!) || isStruckThrough(titling);
        if (below) {
          slot.hours = below.hours;
          i = below.index;
        }
        slot.cancelled ||= isStruckThrough(node) || saysCancelled(text);
        drafts.push(slot);
        // `## L'Après-midi – Conférences (14h00 - 18h00)` over `### 14h00 – Talk A`: a timed
        // heading over timed headings inside its hours is the block they fall in, not a session.
        if (timed && node.depth > timed.depth && slot.day === timed.draft.day && withinHours(slot.hours?.slots[0], timed.draft.hours?.slots[0])) timed.draft.group = true;
        timed = { depth: node.depth, draft: slot };
      } else if (timed && node.depth > timed.depth && timed.draft.hours && timed.draft.title === '') {
        timed.draft.group = true;
        drafts.push({ ...slotDraft('heading', text, node, day, undefined, source), hours: timed.draft.hours });
      } else if (timed && node.depth > timed.depth && timed.draft.hours && roomTracksAround(nodes, i, timed.depth)) {
        // `# Session 1 : 19h25 – 19h50` over `## Salle 1 :`, `## Salle 2 :`, each over the
        // topic discussed there: the slot's parallel tracks, one session a room in its hours.
        timed.draft.group = true;
        const topic = roomTopic(nodes, i, source);
        // `Salle 1 : ` without its closing colon (trimmed, not matched: a run of spaces is read once).
        const trimmed = text.trimEnd();
        const room = trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed;
        const slot: SessionDraft = { ...slotDraft('heading', topic ? `${room} : ${topic.text}` : room, node, day, undefined, source), hours: timed.draft.hours };
        slot.cancelled ||= isStruckThrough(node) || (topic?.cancelled ?? false);
        drafts.push(slot);
      } else if (!isPartOfDay(normaliseText(text)) && !ROOM_HEADING.test(normaliseText(text))) {
        // `### Session 1 : NLU (Salle 1)` over the timed items of that session, in its day; not
        // a part of the day (`#### Soirée`) or a room's track (`### Salle 124-125`), which name no session.
        block = { depth: node.depth, heading: node, title: text, day };
      }
      continue;
    }
    if (node.type === 'thematicBreak') while (days.at(-1)?.sized) days.pop();
    if (node.type === 'html') {
      // `<details><summary>Samedi 12 juin</summary>` shown as the programme (hidden-ranges.ts)
      // opens that day as a bold line does; `</details>` closes it.
      const summary = summaryDay(node.value);
      if (summary || /<\/details>/i.test(node.value)) {
        while (days.length > 0 && days.at(-1)!.depth >= BOLD_LINE_DEPTH) days.pop();
        timed = undefined;
      }
      if (summary) {
        const draft = headingDraft(node, summary.text, summary.dated, source);
        drafts.push(draft);
        for (const open of days) open.draft.slots++;
        days.push({ depth: BOLD_LINE_DEPTH, draft });
        continue;
      }
    }
    const weekLine = (paragraph: Paragraph): { text: string; dated?: DatedLine; label?: SessionDraft; week?: SessionDraft } | undefined => {
      const raw = paragraphSourceLines(paragraph, source)[0]?.raw ?? '';
      const text = raw.replace(HTML_BREAK, '').replace(/[*_`]/g, '').trim();
      const marked = /^[*_]/.test(raw.trim());
      const found = inWeek(text, paragraph, true, BOLD_LINE_DEPTH);
      if (!found) return undefined;
      if ('source' in found) return { text, label: found };
      // A plain line is a label alone or a timed one (`Lundi : 9h-12h cours`); a sentence
      // that opens with a weekday (`Lundi, nous irons au musée.`) is prose.
      return marked || found.line.rest === '' || found.line.hours ? { text, dated: found.line, week: found.week } : undefined;
    };
    // `En juillet`, `Août 2024 :` on a line of its own over lines of days (`samedi 27 : 10h - 12h`): a month label, as a month heading is.
    const monthLine = node.type === 'paragraph' ? monthLabelLine(node, source) : undefined;
    if (monthLine) {
      month = { depth: BOLD_LINE_DEPTH, named: monthLine };
      continue;
    }
    // `---` then `*Plan opérationnel — 28 février 2026*` closing the page: when it was written (date-stamp.ts).
    if (node === stamp) continue;
    // `*Vendredi 21 février :*` left empty between a journal's entries (`*Jeudi 20 février :* Ajout…`,
    // `*Semaine du 24 au 28 février :* Vacances`): an entry not yet written, no day over the next.
    const emptyEntry = isEmptyEntry(nodes, i, source);
    const bold = node.type === 'paragraph' && !emptyEntry ? (boldDay(node, source, month?.named) ?? weekLine(node) ?? (page ? labelLine(node, page, source) : undefined)) : undefined;
    // `### Soutenance` over `Mardi 11 mars 2025 :` dates the heading's session (lineDatingHeading), it opens no day.
    // Unless timed lines follow the date (`## Programme du week-end` over `Journée du samedi 11
    // avril 2015` over a table of its hours): then the line is the day of those slots, and the
    // heading titles the programme, as it does over a dated heading.
    const underSession = session !== undefined && nodes[i - 1]?.position === session.position && !timedLinesFollow(nodes, i, source);
    // `### Session 1: Histoire` over `**20 Juin 2015, 12h00**`: the bold line dates the
    // heading's session as a plain line does, it opens no day of its own.
    // `### Saisons italiennes` over `**12 octobre 2026 – Sceaux**`: so does a date with a short
    // aside after a dash, when no other day line follows it in the section (a list of
    // `**13 octobre 2026 – Bal**` lines names a session on each).
    const dashAsideInList = (): boolean => {
      const text = plainText(node as Paragraph);
      const next = nodes[i + 1];
      return dateOfHeading(text) === undefined && dateBeforeDashAside(text) !== undefined && next?.type === 'paragraph' && boldDay(next, source, month?.named) !== undefined;
    };
    const datesSession = underSession && bold !== undefined && 'dated' in bold && bold.dated !== undefined && !('week' in bold && bold.week) && lineDatingHeading(node as Paragraph, session!, source) !== undefined && !dashAsideInList();
    // A paragraph that may open a day of its own: a day line, else a sentence introducing an agenda.
    const plain = !datesSession && !bold && node.type === 'paragraph' && !underSession && !emptyEntry;
    const line = plain ? dayLineDraft(nodes, i, source, month?.named, days.at(-1)?.depth === BOLD_LINE_DEPTH) : undefined;
    const introduced = plain && !line ? introducedDayDraft(nodes, i, source) : undefined;
    const opened = datesSession ? undefined : bold ? (bold.label ?? headingDraft(node as Paragraph, bold.text, (bold as { dated: DatedLine }).dated, source)) : (line ?? introduced);
    if (opened) {
      // A day written as a bold line (`**Lundi 3 juin 2024**`) or another line of its own
      // (day-lines.ts: `Jeudi 12 juin :`, `**Dimanche 7 octobre** : Cross`) opens a day like
      // a heading below every real one: the next day line or any heading closes it.
      while (days.length > 0 && days.at(-1)!.depth >= BOLD_LINE_DEPTH) days.pop();
      timed = undefined;
      const draft = opened;
      drafts.push(draft);
      const week = bold && 'week' in bold ? (bold.week as SessionDraft | undefined) : undefined;
      if (week) draft.inPeriod = week;
      if (!(week && onlyADay(draft))) for (const open of days) open.draft.slots++;
      // A sentence that introduces the list of slots below it (`… Voici le planning :`) dates that
      // list only; one over a table stays the page's day, as its other tables read it (a pause
      // between two tables of talks).
      days.push({ depth: BOLD_LINE_DEPTH, draft, ...(introduced && nodes[i + 1]?.type === 'list' ? { last: i + 1 } : {}) });
      drafts.push(...paragraphSlots(node as Paragraph, draft, source));
      dayLines.add(draft);
      continue;
    }
    // `**Cri d'une mère pleine d'espoir**` over `Le 4 avril 2019 dès 18h30 à La Cité Miroir`:
    // a bold line alone titles the event the line below dates, as an undated heading does.
    const titled = node.type === 'paragraph' && days.length === 0 && !page?.day ? (boldTitleOverDate(nodes, i, source) ?? linkTitleOverDate(nodes, i, source)) : undefined;
    if (titled) {
      session = titled;
      continue;
    }
    const label = node.type === 'paragraph' && days.length === 0 ? boldLabel(node, source) : undefined;
    const borrowed = label === undefined ? undefined : programmeLabelDay(label, node, nodes, i, drafts, source, hidden);
    if (borrowed) {
      // `**Programme de la journée plénière**<br>8h45 Ouverture<br>…`: a bold label opens a day as a bold day does.
      drafts.push(borrowed);
      days.push({ depth: BOLD_LINE_DEPTH, draft: borrowed });
      drafts.push(...paragraphSlots(node as Paragraph, borrowed, source));
      continue;
    }
    const day = days.at(-1)?.draft ?? page?.day;
    const before = drafts.length;
    // `> le dimanche 12 janvier 2025` over `> **La récolte du pollen**`, then the next event's
    // quote: quotes one after the other are one box of cards, read together, as the dated
    // paragraphs of one quote are.
    if (node.type === 'blockquote' && isCardQuote(node, source) && nodes[i + 1]?.type === 'blockquote' && isCardQuote(nodes[i + 1] as Blockquote, source)) {
      let last = i;
      while (nodes[last + 1]?.type === 'blockquote' && isCardQuote(nodes[last + 1] as Blockquote, source) && !isHidden(hidden, nodes[last + 1]!.position?.start.offset)) last++;
      const run = nodes.slice(i, last + 1) as Blockquote[];
      drafts.push(...readQuotedBlock({ type: 'blockquote', children: run.flatMap((quote) => quote.children), position: node.position! }, day, source, hidden));
      i = last;
      continue;
    }
    readUnder(node, i, day);
    // `### Soirée de lancement (19h-22h)` over `**19h00 - 19h30** → Accueil`: a timed heading
    // over timed items is the block they fall in, its items are the sessions.
    // `#### 10h30 Conférence plénière` over its speaker, then `11h30 Échanges`: a lone start whose
    // first item begins later is a session of its own, which the next item follows.
    const items = timed ? drafts.slice(before).filter((draft) => draft.day === timed!.draft.day && draft.hours) : [];
    // Only when something else stands between them (its speaker): right over its items
    // (`### 9h Matinée` over `- 9h30 Accueil`), the heading is the part of the day they fall in.
    const apart = nodes[i - 1]?.position?.start.offset !== timed?.draft.position.start.offset;
    if (timed && timed.draft.title !== '' && items.length > 0 && !(apart && startsBefore(timed.draft, items[0]!) && !isPartOfDay(normaliseText(timed.draft.title)))) timed.draft.group = true;
  }
  /**
   * The sessions of a paragraph under a day line (`**1er février 2025 au Tojo**`) that lists
   * other days, a line each (`26 décembre 2024 à la Chaux-de-Fonds`, `13 décembre 2024 à
   * l'espace autogéré`): three dated lines at least, none on the day's own date nor a step
   * before it; two under a day line that is itself a dated item (`**Samedi 5 Novembre** :
   * Les tours…` over `**Dimanche 6 Novembre** : …` and `**Vendredi 18 Novembre** : …`, a
   * journal's entries). Undefined for any other paragraph, which holds the day's slots.
   */
  function otherDaysListed(i: number, day: SessionDraft): SessionDraft[] | undefined {
    if (days.at(-1)?.depth !== BOLD_LINE_DEPTH || day.dated === undefined) return undefined;
    const read = readDatedParagraph(nodes, i, source, month?.named);
    // Two lines may be the steps before the bold day (`10 janvier 2025 : ouverture des
    // inscriptions`, `25 janvier 2025 : clôture`), and a line that names a deadline, a
    // publication or a result is such a step, no day of its own.
    const fewest = day.source === 'list' ? OTHER_ITEM_LINES : OTHER_DAY_LINES;
    const others = read.length >= fewest && read.every((draft) => draft.dated !== undefined && !sameDays(draft.dated.line, day.dated!.line) && !STEP_BEFORE.test(normaliseText(draft.title)));
    return others ? read : undefined;
  }
  function readUnder(node: RootContent, i: number, day: SessionDraft | undefined): void {
    const listed = node.type === 'paragraph' && day ? otherDaysListed(i, day) : undefined;
    // `- **Les soutenances auront lieu le lundi 18 janvier 2021.**`, then further down the same
    // section `L'ordre de passage est donné ci-dessous.` over `| Horaire | Équipe |`: the
    // one day the section names is the day of its agenda.
    const told = node.type === 'table' && !day && isDayAgendaTable(node) ? sectionDay(nodes, i, source) : undefined;
    if (node.type === 'table' && told) drafts.push(told, ...readDayAgenda(node, told, source));
    else if (node.type === 'table' && day && keepsTimeWorked(node)) {
      // `## Semaine 22 du 29/05 au 02/06` over a timesheet: the heading names the days the
      // log covers, it holds no session (timesheet-columns.ts).
      day.slots++;
    }
    else if (node.type === 'table' && !day && session !== undefined) {
      // `## Novembre 2023: Multilingual Layer Labelling` over `|**Quand:** |28.11.2023 |`: the record dates the heading's session.
      const dated = recordTableDraft(node, session, source);
      if (dated) {
        drafts.push(dated);
        session = undefined;
      }
    }
    else if (node.type === 'table' && day) {
      const rows = readDayAgenda(node, day, source);
      // `* **9h30 - 12h : Rencontre des acteurs**` over a table of its parallel slots: the
      // item names the block, its rows are the sessions.
      const above = nodes[i - 1];
      const last = drafts.at(-1);
      if (rows.length > 0 && above?.type === 'list' && last?.day === day && last.source === 'list' && isInside(last, above)) last.group = true;
      drafts.push(...rows);
    }
    else if (node.type === 'list' && news !== undefined && !day) return;
    // `## Section Presse` over `- [Titre](https://…) – 7 juin 2018`: articles, each on the day it came out.
    // A list under the page's title alone, not one a line of its own introduces (`Prochaines dates :`).
    else if (node.type === 'list' && press !== undefined && !day && !(press === 0 && nodes[i - 1]?.type === 'paragraph' && plainText(nodes[i - 1] as Paragraph).trim().endsWith(':')) && listsArticles(node)) return;
    // `Changelog` over `* Jeudi 6 février, 20:57:00 (UTC+0100)`: a project's changes, each on the day it was made, no session.
    else if (node.type === 'list' && !day && labelsAChangelog(nodes[i - 1])) return;
    // `Horaires:` over `* 9h30 - 10h45` after a day's timed talks: when the programme's days
    // run, no slots of the last one (under a day with no slots yet, they are its hours).
    else if (node.type === 'list' && day && drafts.some((draft) => draft.day === day && draft.hours) && hoursUnderTheirLabel(nodes, i)) return;
    else if (node.type === 'list' && !isTableOfContents(node) && !isExampleList(nodes, i)) {
      const read = readDatedList(node, day, source, hidden, session, month?.named, bareDayItems, talks);
      // `#### 02/09/2024` over `- Un pique-nique est prévu de 11h30 à 15h …`: sentences each telling their hours (sentence-slots.ts).
      // Only right under the day's heading: under a slot's own (`### 20h Dîner de Gala` over the buses to it), the list is that slot's.
      if (day && read.length === 0 && nodes[headingBefore(nodes, i)]?.position?.start.line === day.position.start.line) read.push(...sentenceSlots(node, day, source));
      // `  - Note : …` over `08h30 : Récupération des Livres` under the day: slots the list swallowed (lazy-timed-lines.ts).
      if (day) {
        const lazies = lazyTimedLines(node, source);
        withoutLazyLines(read, lazies, source);
        for (const lazy of lazies) {
          const slots = paragraphSlots(lazy.paragraph, day, source);
          // `- [Internet et libertés](…)` over `14:30 / 16:30 Salle Blin`: the item's title names its slot, which begins there.
          const title = lazy.title;
          // The item read as a slot of its own already (`- Accueil des bénévoles` over `9h00 - 9h30 : hall`): it is that slot.
          if (title && read.some((draft) => draft.position.start.line === title.position.start.line)) continue;
          if (title && slots.length === 1) {
            Object.assign(slots[0]!, { title: title.text, position: title.position });
            // `14:30 / 16:30 Salle Blin` under the talk's title: from one to the other.
            const range = slashedRangeOf(lazy, source);
            if (range && slots[0]!.hours?.slots.length === 1) {
              slots[0]!.hours = { ...slots[0]!.hours, slots: [range.slot] };
              if (range.rest !== '' && !slots[0]!.place) slots[0]!.place = { text: range.rest, position: lazy.paragraph.position! };
            }
          }
          read.push(...slots);
        }
      }
      // `### v2.0 - 2018-04-03` over `- 12h18 environ - La décision est prise…`: the meeting told minute by minute, one session (chronicle-slots.ts).
      // A day a page names once (page-days.ts) is never a session itself: its items stay.
      const timedOfDay = day && !day.hours && !day.borrowed ? read.filter((draft) => draft.day === day && draft.hours) : [];
      if (day && isChronicle(timedOfDay)) {
        day.hours = chronicleHours(timedOfDay);
        read.splice(0, read.length, ...read.filter((draft) => !timedOfDay.includes(draft)));
      }
      if (block && day === block.day) for (const draft of read) if (draft.day === day && draft.hours) blockOf.set(draft, block);
      const above = nodes[i - 1];
      if (!day && above?.type === 'paragraph') {
        shareHoursAbove(read, above, source);
        titleByLead(read, above);
      }
      if (session !== undefined && read.some((draft) => draft.position === session!.position)) session = undefined;
      // Over a list of dated sessions (`### Semaine 4` over `- Séance 21 et 22: Mardi, 1er
      // juillet`…), a later list's one dated item is one more session; a date field still dates the heading.
      else if (session !== undefined && read.some((draft) => draft.dated !== undefined)) session = { ...session, fieldsOnly: true };
      drafts.push(...read);
    }
    else if (listed) {
      // `**1er février 2025 au Tojo**` over `26 décembre 2024 à la Chaux-de-Fonds` and more such
      // lines: a list written without bullets of other days, each a session, under a day
      // that is one more item of it, not the day they fall in.
      while (days.length > 0 && days.at(-1)!.depth >= BOLD_LINE_DEPTH) days.pop();
      drafts.push(...listed);
    }
    else if (node.type === 'paragraph' && day) {
      const read = paragraphSlots(node, day, source);
      // `Buffet 12h30 - 14h` between the day's timed lines: a slot written title first (titled-slot-lines.ts).
      const last = drafts.at(-1);
      const timedAbove = last !== undefined && last.day === day && last.hours !== undefined && i > 0 && isInside(last, nodes[i - 1]!);
      const titled = read.length === 0 ? titledSlotLine(nodes, i, day, timedAbove, source) : undefined;
      if (titled) read.push(titled);
      // `### S: Petit déjeuner` over a line of hours alone (an Org export's timestamp), under the
      // day: the heading names that slot (oneSlotBlocksAsSessions). A timed line with its own
      // title (`**11h-13h** : Action Quizz`) stays where it is written.
      // A timed line under a sub-heading of the day (`### Repas de clôture` over `19h30 au restaurant`) is that part's, never the day's own hours.
      if (block && day === block.day) {
        for (const draft of read) {
          inBlock.add(draft);
          if (draft.day === day && draft.hours && draft.title === '') blockOf.set(draft, block);
        }
      }
      drafts.push(...read);
    }
    else if (node.type === 'paragraph') {
      // `### Soutenance` over `Mardi 11 mars 2025, 14h-16h`: the line dates the heading's session.
      // `## Git et Github` over a description, then `**Date :** 26/10/2018` and `**Orateur :** …`:
      // a talk's fields, its date field however far below the heading (talk-fields.ts).
      const talk = session !== undefined && !session.fieldsOnly && nodes[i - 1]?.position !== session.position && datesATalk(nodes, i, source);
      const below = session && (nodes[i - 1]?.position === session.position || talk) ? lineDatingHeading(node, session, source) : undefined;
      // `## Administration PostgreSQL (DBA1)` over `13-15 janvier`, then `2-4 mars`: a list of
      // dated lines under the heading, each a session the heading names, not one dated heading.
      if (below && nodes[i + 1]?.type === 'paragraph' && readDatedParagraph(nodes, i + 1, source, month?.named).length > 0) datesTitledBy = session;
      if (below && !datesTitledBy) {
        drafts.push(below);
        opensWeekBelow(below, nodes[i - 1]);
        session = undefined;
        return;
      }
      // `#Activité : Atelier` over `**Date :** Mardi 07 janvier 2025 de 17h00 à 19h00` and other fields: one event's record.
      // Under a heading, the heading names the event and its fields are read with it (or not) as they were.
      const record = node !== head && nodes[i - 1]?.type !== 'heading' ? fieldRecord(node, source) : undefined;
      // `# Communications scientifiques` over cards of a few lines, the day and place on one of them (talk-cards.ts).
      const card = record || !talks ? undefined : talkCard(node as Paragraph, source);
      if (record) drafts.push(record);
      else if (card) drafts.push(card);
      else {
        const read = readDatedParagraph(nodes, i, source, month?.named);
        if (datesTitledBy) for (const draft of read) if (draft.title === '') draft.title = datesTitledBy.title;
        // `Rentrée : lundi 2 septembre 2024 9h` on a line of its own: a field, not a sentence.
        const field = read.length === 0 ? labelledDateLine(node, source) : undefined;
        drafts.push(...read, ...(field ? [field] : []));
      }
    }
    else if (node.type === 'blockquote') {
      // `### Semaine 1` over `> 19/01 au 23/01`: the quoted week dates the heading as a line below it
      // does, for the weekday headings under it; a quoted session (`> *Atelier : mercredi 27 mai*`) is read where it stands.
      const first = node.children[0];
      const below = session && !day && nodes[i - 1]?.position === session.position && first?.type === 'paragraph' ? lineDatingHeading(first, session, source) : undefined;
      // `## Introduction sur git` over `> 06/10/2025`: a journal quotes each entry's date alone
      // under its heading, two entries at least (one alone may be an update's stamp, an
      // epigraph or a deadline); a quoted line with more than the date is read where it stands.
      if (below && (weekAround(below) || numberedPage || (isDateAlone(first as Paragraph) && quotedDateJournal(nodes)))) {
        drafts.push(below);
        opensWeekBelow(below, nodes[i - 1]);
        session = undefined;
      } else {
        // `> 17/01/2020 : Introduction au DataCamp…` between rules: a journal's entry, quoted.
        // What the quote reads of its own (its dated lines, its timed items) comes first.
        const quoted = readQuotedBlock(node, day, source, hidden);
        drafts.push(...(quoted.length > 0 ? quoted : readQuotedEntry(nodes, i, source)));
      }
    }
  }
  oneSlotBlocksAsSessions(blockOf);
  const read = oneSlotDaysAsSessions(withoutDurations(drafts), dayLines, inBlock);
  for (const draft of read) if (draft.day) draft.day.slots++;
  weekDaysListed(read);
  // A week holds sessions through the days its labels name: those that hold something, or are sessions.
  for (const draft of read) if (draft.inPeriod && (draft.slots > 0 || !draft.borrowed)) draft.inPeriod.slots++;
  restatedSpans(read);
  weeksOverDatedItems(read);
  // A day that holds slots is the day of its agenda, under whatever heading; a session is
  // where its title begins. When a heading of the same size holds two dated headings or more
  // (`## P1` over `### Mardi 17.02 à 8h15` and `### Jeudi 19.02 à 9h05`), those headings
  // are parts of the page (weeks, periods), each over its days, not titles.
  const partDepths = titledAbove.length === 0 ? new Set<number>() : new Set(headingsOverSeveralDays(nodes, bareDays));
  for (const { draft, heading, depth } of titledAbove) {
    if (draft.slots > 0 || partDepths.has(depth)) continue;
    draft.title = heading.title;
    draft.position = { start: heading.position.start, end: draft.position.end };
    draft.cancelled ||= saysCancelled(heading.title);
  }
  // `# Game Jam n°1` over `> _Du 09/05/2025 au 23/05/2025_`, and nothing else dated: the
  // page is that one event, named by its title. With key dates below (`# Exposition` over
  // `**Du 17 au 23 novembre**`, then `- **Vernissage** : lundi 17 novembre`), the title's
  // days hold the sessions and the page stays as it is read.
  const top = tops.length === 1 && datedTops.length === 1 ? tops[0]! : undefined;
  const under = top ? nodes[nodes.indexOf(top) + 1] : undefined;
  if (top && under && read.length === 1 && read[0]!.position.start.line === under.position!.start.line && namesAnEvent(plainText(top))) {
    read[0]!.title = plainText(top);
    read[0]!.position = { start: top.position!.start, end: read[0]!.position.end };
  }
  // `### S15-S16 — 4 au 19 avril : VACANCES DE PRINTEMPS` right over the next heading: the
  // course's break, no session. A break that says what it holds (`Stage de théâtre, 14h-17h`)
  // below it is a programme of the holidays.
  const breaks = new Set(read.filter((draft) => draft.source === 'heading' && draft.slots === 0 && !draft.hours && draft.dated && namesDayOff(normaliseText(draft.dated.line.rest)) === 'holidays'));
  if (breaks.size === 0) return read;
  const bare = new Set(nodes.flatMap((node, k) => (node.type === 'heading' && (nodes[k + 1] === undefined || nodes[k + 1]!.type === 'heading') ? [node.position!.start.offset] : [])));
  return read.filter((draft) => !(breaks.has(draft) && bare.has(draft.position.start.offset)));
}


// The names of a part of a session's notes (folded): `### Contenu (19/09/23)` under `## Séance 1`.
const SESSION_PART = /^(?:contenu|contenus|compte rendu|compte-rendu|cr|notes?|resume|bilan|travail|travail effectue|travaux|deroulement|objectifs?|ce qui a ete fait|fait)$/;

/** Whether a line writes the day of a one-day line among its days (`3 mars 9h`, `3 et 4 mars` for `Lundi 3 mars`). */
function writesDayOf(line: DatedLine, oneDay: DatedLine): boolean {
  const day = oneDay.expression.mentions[0];
  return day !== undefined && line.expression.mentions.some((mention) => mention.day === day.day && mention.month === day.month);
}

// How many dated lines under a bold day make a list of other days (see listsOtherDays); under
// a day line that is a dated item itself, a journal's entry, how many make more entries.
const OTHER_DAY_LINES = 3;
const OTHER_ITEM_LINES = 2;
// Folded words of a dated line that is a step before an event or news of it, not a day of its own:
// a deadline, a registration, a publication, a notice sent, an article, a result.
const STEP_BEFORE = wordsAnywhere([...HAND_IN, ...DEADLINE_PHRASES, LIMIT, 'clotures?', 'inscriptions?', 'publications?', 'envoi', 'articles?', 'interviews?', 'resultats?', 'convocations?', 'procurations?']);

/**
 * The one day the section of node `at` names before it (since the heading above it), as a
 * day for a day's agenda table in it that has no day of its own: the section's one paragraph
 * (or list item's first paragraph) that writes a date names one day as an agenda's
 * introduction does (table-introduction.ts: one date, with its weekday or its year, no
 * deadline nor the page's update), and is the date alone or says that something takes
 * place then (`- **Les soutenances auront lieu le lundi 18 janvier 2021.**`), no step before
 * it (`Les résultats seront publiés le vendredi 22 janvier 2021.`). Undefined otherwise.
 */
function sectionDay(nodes: RootContent[], at: number, source: SourceText): SessionDraft | undefined {
  const paragraphs = nodes.slice(headingBefore(nodes, at) + 1, at).flatMap((node) => {
    if (node.type === 'paragraph') return [node];
    if (node.type !== 'list') return [];
    return node.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? [item.children[0]] : []));
  });
  const dated = paragraphs.map((paragraph) => ({ paragraph, text: plainText(paragraph).replace(/\s+/g, ' ').trim() })).filter(({ text }) => hasDate(text));
  const [only, other] = dated;
  const day = only && !other ? sentenceDay(only.text) : undefined;
  if (!only || !day) return undefined;
  const alone = day.dateText === only.text.replace(/[.:]$/, '').trim();
  if (!alone && (!saysItTakesPlace(only.text) || STEP_BEFORE.test(normaliseText(only.text)))) return undefined;
  return headingDraft(only.paragraph, only.text, day, source);
}

/** The index of the last heading before `at`, or -1. */
function headingBefore(nodes: RootContent[], at: number): number {
  let k = at - 1;
  while (k >= 0 && nodes[k]!.type !== 'heading') k--;
  return k;
}

/**
 * Whether a dated heading's words only name a part of the session's notes (`Contenu`,
 * `Compte rendu`, `Travail effectué`): under a heading that numbers the session (`## Séance
 * 1` over `### Contenu (19/09/23)`), the session is that heading's, as an undated title's is.
 */
function namesAPartOfTheSession(title: string): boolean {
  return SESSION_PART.test(normaliseText(title).replace(/[:.]+$/, '').trim());
}

/** The sizes of the undated headings that hold two dated headings or more, each before the next heading of its size. */
function headingsOverSeveralDays(nodes: RootContent[], bareDays: BareDays): number[] {
  const sizes: number[] = [];
  const open: Array<{ depth: number; days: number }> = [];
  for (const node of nodes) {
    if (node.type !== 'heading') continue;
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    if (datedTextOf(plainText(node), true, headingOptions(bareDays, node.depth))) {
      for (const part of open) if (++part.days === 2) sizes.push(part.depth);
    } else open.push({ depth: node.depth, days: 0 });
  }
  return sizes;
}

/**
 * The heading a dated heading is the date field of (`### EF-1 Maquette Lumières` right
 * over `#### Date : 09/18`, then `#### Séance : 4`): the larger undated heading right above
 * it names the session, which begins there, as over a `* Date :` item.
 */
function fieldOfHeading(node: Heading, dated: DatedLine, nodes: RootContent[], at: number, above: UndatedHeading | undefined): UndatedHeading | undefined {
  // Its label asks for the day only (`Date`, `Quand`, when-labels.ts).
  if (whenLabelKind(dated.title) !== 'day' || dated.rest !== '') return undefined;
  const before = nodes[at - 1];
  if (above && before?.type === 'heading' && before.position === above.position && before.depth < node.depth) return above;
  // `# Projet : OC-P2` over `## Evaluateur : Joffrey Hernandez`, then `## Date : 28/1/2025`:
  // headings of fields, one a line, each a label and its value, are the record's box of
  // details; the larger undated heading over them names it.
  let k = at - 1;
  while (k >= 0 && isFieldHeading(nodes[k], node.depth)) k--;
  const record = nodes[k];
  if (k === at - 1 || record?.type !== 'heading' || record.depth >= node.depth) return undefined;
  const title = plainText(record);
  return datedTextOf(title, true) ? undefined : { title, position: record.position! };
}

// A heading that is a field (`## Evaluateur : Joffrey Hernandez`, `## Github : https://…`):
// a short label of words, a colon, its value.
const FIELD_HEADING = /^[\p{L}' ]{1,20}?\s?:\s?\S/u;

/** Whether a node is a heading of `depth` that is a field (FIELD_HEADING) and writes no date. */
function isFieldHeading(node: RootContent | undefined, depth: number): boolean {
  if (node?.type !== 'heading' || node.depth !== depth) return false;
  const text = plainText(node);
  return FIELD_HEADING.test(text) && datedTextOf(text, true) === undefined;
}

/**
 * The heading right above a dated heading that writes only its date (`## séance 1 - base de
 * commande` over `### 21 septembre 2022`): a session written over two lines, titled by the
 * heading where it begins, when that heading's part of the page holds no other dated heading
 * (`## Journal de bord` over a day heading per entry is the log's part, not one session).
 * `before` is the last heading above it, past the lines between them (`Salle B12.`); `last`
 * the last node of the date's block (its hours line below, if any).
 */
function titlingHeading(nodes: RootContent[], at: number, last: number, before: Heading | undefined, above: UndatedHeading | undefined, bareDays: BareDays): UndatedHeading | undefined {
  const node = nodes[at] as Heading;
  if (!above || before?.type !== 'heading' || before.position !== above.position || before.depth >= node.depth) return undefined;
  // Only a heading that numbers its session (`séance 1 - base de commande`, `Cours 3 :
  // arbres`, `TP 2`): a section's name (`## Prochain rendez-vous`, `## Infos pratiques`,
  // `## Atelier ourlets`) is no more the session's title than the date is, and the day below
  // keeps what it is read with (its hours in the text under it).
  const title = normaliseText(above.title);
  if (!NUMBERED_SESSION.test(title) || leadingHours(above.title) || closingHours(above.title)) return undefined;
  // A date over a heading (`### 🗓️ Mercredis 12 et 26 août - 10h30` over `## 🪷 Initiation au
  // Qi Gong`) is the date of the card it opens, titled below: the session holds text of its own
  // (after its hours, when a line below gives them: `#### de 10h à 17h, au Funlab`).
  const next = nodes[last + 1];
  if (!next || next.type === 'heading') return undefined;
  for (let j = at + 1; j < nodes.length; j++) {
    const next = nodes[j]!;
    if (next.type !== 'heading') continue;
    if (next.depth <= before.depth) break;
    if (datedTextOf(plainText(next), true, headingOptions(bareDays, next.depth))) return undefined;
  }
  return above;
}

/**
 * A day line that is followed, in its own paragraph, by exactly one timed line and by no
 * other slot (`**Lundi 5 novembre**` over `17h : Byzance, 1000 ans d'art` and the speaker's
 * name) is how a coordinator writes ONE activity over several lines: the day, then its
 * hours and title. A reader puts that session where it begins, at the day line (the
 * convention of tests/fixtures/real/README.md), with the timed line's hours and title. A
 * day line over several timed lines stays the day of those slots, each at its own line.
 * `dayLines`: the day drafts opened by a paragraph's first line.
 */
// A heading that names a room, a stage or a track of parallel sessions (folded): `Salle
// 124-125`, `Amphi B`, `Scène principale`, `Track A`; or a part of the day in English (`#### Evening`).
const ROOM_HEADING = /^(?:(?:salle|salles|amphi|amphitheatre|auditorium|room|track|piste|parcours|scene|stage)(?: |$)|(?:morning|afternoon|evening|night)$)/;

/** An undated heading inside a day (`### Session 1 : NLU (Salle 1)`), over the timed items of what it names. */
interface TitledBlock {
  depth: number;
  heading: Heading;
  title: string;
  day: SessionDraft;
}

/**
 * A heading inside a day over exactly one timed item (`### Session SimpleText 2 (Salle 2)` over
 * `* **16h30 - 18h00** Présentations des participants`, then the talks untimed) is ONE
 * session written over two lines, as a day line over one timed line is (oneSlotDaysAsSessions):
 * a reader lists it at the heading, under the heading's name and the item's, at the item's
 * hours. A heading over several timed items is the block they fall in; each item stays a
 * session. `blockOf`: the heading each timed item read under one sits under.
 */
function oneSlotBlocksAsSessions(blockOf: ReadonlyMap<SessionDraft, TitledBlock>): void {
  const slotsOf = new Map<TitledBlock, SessionDraft[]>();
  for (const [draft, block] of blockOf) slotsOf.set(block, [...(slotsOf.get(block) ?? []), draft]);
  for (const [block, slots] of slotsOf) {
    if (slots.length !== 1) continue;
    const slot = slots[0]!;
    slot.position = block.heading.position!;
    // The heading names the session, the item what it holds (`Au programme : Atelier d'écriture`).
    slot.title = slot.title === '' ? block.title : `${block.title} : ${slot.title}`;
  }
}

function oneSlotDaysAsSessions(drafts: SessionDraft[], dayLines: ReadonlySet<SessionDraft>, inBlock: ReadonlySet<SessionDraft>): SessionDraft[] {
  const slotsOf = new Map<SessionDraft, SessionDraft[]>();
  for (const draft of drafts) if (draft.day) slotsOf.set(draft.day, [...(slotsOf.get(draft.day) ?? []), draft]);
  const folded = new Set<SessionDraft>();
  for (const [day, slots] of slotsOf) {
    const slot = slots[0]!;
    if (slots.length !== 1 || slot.source !== 'agenda' || day.hours || day.inPeriod) continue;
    // `### Mardi 14 Octobre 2025 - Réunion d'Information Syndicale` over its one timed line
    // `De 9h à 17h au local CGT`: hours and where, no title of their own, are the heading's.
    const where = day.source === 'heading' && !dayLines.has(day) && !inBlock.has(slot) && day.title !== '' && slot.title !== '' && saysOnlyWhere(normaliseText(slot.title));
    if (!where && (!dayLines.has(day) || !sameBlock(day, slot))) continue;
    day.hours = slot.hours;
    day.title = slot.title === '' || where ? day.title : slot.title;
    day.cancelled ||= slot.cancelled;
    folded.add(slot);
  }
  return folded.size === 0 ? drafts : drafts.filter((draft) => !folded.has(draft));
}

/**
 * The drafts without the items of a day announced with its hours (`### Lundi 13 janvier
 * 2025 13h30-17h30`) whose "hours" are how long they take (`- Talktorial 1 Intro Python
 * (1h10)`, `- Filtering (1h45-2h)`): read as clock times they would fall in the small hours,
 * hours before a day that starts in the daytime. Such an item is part of its day, no slot;
 * a day left with none is one session at its own hours.
 */
function withoutDurations(drafts: SessionDraft[]): SessionDraft[] {
  const durations = new Set<SessionDraft>();
  for (const draft of drafts) {
    const dayStart = draft.day?.hours?.slots[0]?.start;
    if (!dayStart || !draft.hours || minutesOfDay(dayStart) < DAYTIME_START) continue;
    const small = draft.hours.slots.every((slot) => minutesOfDay(slot.start) < SMALL_HOURS_END && (!slot.end || minutesOfDay(slot.end) <= SMALL_HOURS_END));
    if (small && draft.hours.slots.length > 0) durations.add(draft);
  }
  return durations.size === 0 ? drafts : drafts.filter((draft) => !durations.has(draft));
}

// A day that starts from 7h is a daytime day; its items are no slots before 6h.
const DAYTIME_START = 7 * 60;
const SMALL_HOURS_END = 6 * 60;

// Whether a slot was read from the lines of the paragraph that opens its day.
function sameBlock(day: SessionDraft, slot: SessionDraft): boolean {
  const at = slot.position.start.offset ?? -1;
  return at > (day.position.start.offset ?? 0) && at < (day.position.end.offset ?? 0);
}

// Folded words that make the date after them a bound (deadline-words.ts: `jusqu'au`, `à partir
// du`, `dès le`, `depuis le`, a call's `Candidatez d'ici le 2 décembre 23h59`), and `après`
// without its article (`Tarifs majorés après 29 mai`). Not `avant le` nor `date limite`: a
// heading that closes with its deadline (`Rendu du projet avant le 12 avril`) names a hand-in, a session.
const BOUND_BEFORE = wordsAtEnd([...UNTIL, ...FROM_A_DATE, 'apres', "d'?ici"], true);

// Folded words before a heading's closing date that make it the day a document stands as of
// (`Planning actualisé au 3 décembre 2018`, `Calendrier, version du 3 décembre`, `État au 1er mars`).
const AS_OF = /(?:^|\s)(?:actualisee?s?|mise? a jour|maj|version|etat|situation|en date)(?:\s|,|$)/;

// All a heading writes before its closing date when it dates a note added to the page
// (folded): `Note rétrospective du 25/07/2023`, `Addendum du 3 mars`, `Mise à jour du 12/05`,
// a post's later word, not a session. Any other word names what the day holds (`Notes de la séance du …`).
const ADDED_NOTE = /^(?:note|addendum|erratum|rectificatif|post-scriptum|edit|mise a jour|update)(?:| [a-z]{1,30})(?:| du| le| :|:)$/;

// A heading that names the page's writing, by its first words (folded): `Dernière mise à jour`, `Publié`, `Version`.
const PAGE_WRITTEN = /^(?:derniere |last )?(?:mise a jour|mis a jour|maj|modifie|modification|publie|publication|version|revision|update|updated)(?![a-z])/;

// A date in brackets closing a heading, a colon at most after it (`Avancé (21/11/2022)`), or
// in square brackets after a linked title (`[Séance 1. Présentation](./Seance-01.md) [30/01/2025]`).
const CLOSING_BRACKET = /[([]([^()[\]]{1,60})[)\]]\s{0,3}:?\s{0,3}$/;
// A bare day in brackets after a heading's title, what was done after a colon (`Git exercices
// (13/10): correction d’erreurs`): read where the page writes its days bare (BareDays).
// What follows the brackets is checked in code: nothing, or a colon and what was done.
// A week named by its first day may stand in them too (`Cours 1 (semaine du 9/9) :`).
const BRACKETED_BARE_DAY = /\(((?:semaine du )?\d{1,2}\/\d{1,2})\)([^()]*)$/i;
// The lead a date in brackets may keep (folded): the week it opens (`semaine du 9/9`, `semaine du 14 septembre`).
const WEEK_OF_LEAD = /^semaine(?: du| de)?$/;

/**
 * The date a heading closes with in brackets after its title (`#### Avancé (21/11/2022)`,
 * `# Dernière Séance supplémentaire (30 Mai):`): the brackets hold the date alone, which
 * names its month in words or writes its year, as a closing date must (closingHeadingDate);
 * with `bareDayMonth` (the page's headings write their days bare), a bare `d/m` too.
 */
function closingBracketDate(text: string, bareDayMonth: boolean): DatedLine | undefined {
  // `## Git exercices (13/10): correction d’erreurs`, on a page whose headings write their days bare.
  const bare = bareDayMonth ? BRACKETED_BARE_DAY.exec(text) : null;
  const after = bare?.[2]!.trim() ?? '';
  const inside = bare && (after === '' || after.startsWith(':')) ? bare : null;
  const found = inside ?? CLOSING_BRACKET.exec(text);
  // `## (09/02)` over a journal day not yet written up: the brackets are the whole heading, the date its title.
  if (!found) return undefined;
  const line = datedTextOf(found[1]!, false, { bareDayMonth });
  const first = line?.expression.mentions[0];
  if (!line || !(line.lead === '' || WEEK_OF_LEAD.test(normaliseText(line.lead))) || line.rest !== '' || !first || (first.year === undefined && !/\p{L}/u.test(line.dateText) && !bareDayMonth)) return undefined;
  const before = text.slice(0, found.index).trim();
  const done = inside ? after.slice(1).trim() : '';
  const title = done === '' ? before : `${before} : ${done}`;
  // `## Dernière mise à jour (12/03/2024)`: the day the page was written, no session (not
  // `## Atelier : mise à jour de votre CV (15/03/2025)`, which names what the session is on).
  if (PAGE_WRITTEN.test(normaliseText(title))) return undefined;
  return { ...line, lead: title, title };
}

// A heading that names the page's sessions alone (folded): `## Ateliers`, `## Séances`, `## Nos rencontres`.
// Not `Éditions` (a book's) nor `Sessions` (a program's, in software docs).
const SESSIONS_HEADING = /^(?:les |nos )?(?:ateliers|seances|rencontres|meetups|reunions)\s?:?$/;

/**
 * The date that closes a heading after what the session is for (`Travail à faire pour le
 * jeudi 10/03`, `Rendu du projet : vendredi 12 avril 2024`, `Soutenances du 3 juin 2024`),
 * read as a list item's closing date is (dated-item.ts): one date, its hours at most after
 * it, no sentence (`Nous avons fini le 3 mars`), no bound of a period (`Tarifs jusqu'au 29
 * mai`). The date names its weekday or its month
 * in words, or writes its year: a bare `10/03` closing a heading may be anything.
 * `bracketsToo`: a date in brackets may close it too (closingBracketDate).
 */
function closingHeadingDate(text: string, bracketsToo: boolean, bareDayMonth = false): DatedLine | undefined {
  // `## v1.3 - 3 mars 2024`, `### Version 3.1 : 12/02/2024`: a changelog's release.
  if (isReleaseHeading(text)) return undefined;
  // `#### Avancé (21/11/2022)`, `# Dernière Séance supplémentaire (30 Mai):`: the date in
  // brackets closing the heading. Not on a page's one title (`# Plan — LAN Series #2 (16-17
  // mai 2026)`), whose brackets give the period the page is about.
  const bracketed = bracketsToo ? closingBracketDate(text, bareDayMonth) : undefined;
  // `Rapport de la séance 1 du Lundi 10 Décembre 2018 :`: a heading's closing colon opens what follows it.
  // `## J1 = 29/04` in a log whose headings write their days bare (writesBareDayHeadings).
  const line = closingItemDate(text.replace(/\s{0,3}:$/, ''), { bareDayMonth }) ?? bracketed;
  // `Tarifs jusqu'au vendredi 29 mai`, `Tarifs majorés après le 29 mai`: a bound of a period, not a day.
  const before = normaliseText(text.slice(0, line === bracketed ? Math.max(text.lastIndexOf('('), text.lastIndexOf('[')) : (line?.start ?? 0)));
  // `Publié le 3 mars 2024`, `Lilian Besson opened issue at 2018-06-03 21:10`: when it was written, no session.
  // A date in brackets closes a title, whatever its words (`Club lecture : le roman publié (29/03/2025)`).
  if (!line || BOUND_BEFORE.test(before) || AS_OF.test(before) || (line !== bracketed && WRITTEN_ON.test(before))) return undefined;
  if (line === bracketed) return line;
  const first = line.expression.mentions[0];
  if (!first || !(bareDayMonth || first.weekday !== undefined || first.year !== undefined || /\p{L}/u.test(line.dateText))) return undefined;
  // `## Travail effectué, semaine du 6.3.2023`: the week that day opens, as `## Semaine du 6.3.2023` is.
  return opensAWeek(before) && line.expression.kind === 'single' ? { ...line, week: true } : line;
}

/**
 * A whole date (its day, month and year) between a short label and the title a colon or a
 * dash sets apart: `## Upcoming Event April 25th, 2024: DevSecOps Day`, `## Prochain
 * événement 22 mars 2025 : Journée OWASP`. The label says what kind of event follows (any
 * words: the lead nouns a date may follow in a line are too few for a heading's label);
 * the date written whole, and the title after it, make it an event's heading. Read as a
 * heading closed by its date (closingHeadingDate), the title put back after it.
 */
function labelledWholeDate(text: string): DatedLine | undefined {
  const separator = /:(?!\d)|\s[-\u2013\u2014]\s/g;
  for (let tries = 0; tries < 2; tries++) {
    const found = separator.exec(text);
    if (!found) return undefined;
    const head = text.slice(0, found.index).trim();
    const title = text.slice(found.index + found[0].length).trim();
    const line = title === '' ? undefined : closingHeadingDate(head, false);
    if (!line) continue;
    const first = line.expression.mentions[0];
    const label = head.slice(0, line.start).trim();
    if (line.week || line.end < head.length - TRAILING_HOURS || first?.year === undefined || label.split(/\s+/).length > LABEL_WORDS || /\d/.test(label)) return undefined;
    return { ...line, title: `${line.title || label} : ${title}` };
  }
  return undefined;
}

/**
 * A heading closed by its date, then a pipe and what the session adds (`# Daily scrum du
 * mardi 09 decembre 2025 | Scrum Master: Axelle`): the pipe parts a title as a colon does
 * (`### Session EIG | 14 mars`), so the date closes the part before it (closingHeadingDate)
 * and the part after it joins the title, its hours first the day's.
 */
function pipedClosingDate(text: string, bracketsToo: boolean, bareDayMonth: boolean): DatedLine | undefined {
  const pipe = text.indexOf(' | ');
  const rest = pipe < 0 ? '' : text.slice(pipe + 3).trim();
  const line = rest === '' ? undefined : closingHeadingDate(text.slice(0, pipe), bracketsToo, bareDayMonth);
  if (!line) return undefined;
  // `## Daily scrum du mercredi 10 décembre 2025 | 14h-16h`: hours after the pipe are the day's.
  const timed = line.hours ? undefined : leadingHours(rest);
  if (!timed) return { ...line, title: `${line.title} : ${rest}` };
  const at = text.indexOf(rest, pipe) + timed.start;
  const more = timed.rest.trim();
  return { ...line, hours: { text: timed.text, start: at, end: at + timed.text.length }, title: more === '' ? line.title : `${line.title} : ${more}` };
}

/**
 * A numbered session's name, then its whole date, then its title with no mark between them
 * (`## Séance1 21.9.2022 UNIX`, `## Séance 2 28/09/2022 GitHub`), as a student's log writes
 * its classes: the date must write its year, so that the name's number is no day.
 */
function numberedWholeDate(text: string): DatedLine | undefined {
  const name = /^\s*\S+\s?\d{1,3}\s+/.exec(text);
  if (!name || numberedName(text) === undefined) return undefined;
  const line = shifted(datedTextOf(text.slice(name[0].length), false), name[0].length, name[0].trim());
  return line && line.expression.mentions[0]?.year !== undefined && line.expression.kind === 'single' ? line : undefined;
}

// Words of the label before a whole date (`Upcoming Event`, `Prochain atelier`): a name, not a sentence.
const LABEL_WORDS = 4;
// What may follow the date before the separator: its hours at most (`22 mars 2025 18h30 :`).
const TRAILING_HOURS = 16;

// Deeper than any heading (`######` is 6): a bold day line sits under every heading above it.
const BOLD_LINE_DEPTH = 7;

/**
 * The day a paragraph opens with when its first line is all bold or italics and reads as
 * a dated heading (`**Lundi 3 juin 2024**`, `_Jeudi 12 juin :_`); the lines after it, if
 * any, are that day's timed lines. Bold words that open a sentence are not a day.
 */
// Whether a line is one run of bold or italics (`**Lundi 3 juin 2024**`, `_Jeudi 12 juin :_`),
// a colon aside: the mark that opens it closes it at its end and nowhere before.
function allMarked(line: string): boolean {
  let text = line.trim();
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  const mark = ['**', '__', '*', '_'].find((m) => text.startsWith(m));
  return mark !== undefined && text.length > 2 * mark.length && text.indexOf(mark, mark.length) === text.length - mark.length;
}

/**
 * Whether a paragraph's first line is all bold or italics, colon aside: in its markdown
 * source (`**Lundi 3 juin**`), or in its tree when the source is HTML
 * (`<p><strong>Lundi 3 juin</strong><br>`) or the line ends with a hard break: the
 * opening bold or italics is followed by nothing but a colon up to the first line break.
 */
function firstLineMarked(node: Paragraph, source: SourceText): boolean {
  if (allMarked(paragraphSourceLines(node, source)[0]?.raw ?? '')) return true;
  for (const child of node.children.slice(1)) {
    if (child.type === 'break' || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value))) return true;
    if (child.type !== 'text') return false;
    const [line, ...more] = child.value.split('\n');
    const rest = line!.trim();
    if (rest !== '' && rest !== ':') return false;
    if (more.length > 0) return true;
  }
  return true;
}

// How many headings a page must date by a quoted date alone right below each for it to be a journal.
const QUOTED_DATE_ENTRIES = 2;

// Whether each list of blocks is such a journal, found once.
const quotedDateJournalOf = new WeakMap<RootContent[], boolean>();

/** Whether two headings at least each have right below them a quote that opens with a full date alone (`## Introduction sur git` over `> 06/10/2025`). */
function quotedDateJournal(nodes: RootContent[]): boolean {
  let found = quotedDateJournalOf.get(nodes);
  if (found === undefined) {
    const entries = nodes.filter((node, k) => {
      const below = nodes[k + 1];
      const first = below?.type === 'blockquote' ? below.children[0] : undefined;
      return node.type === 'heading' && first?.type === 'paragraph' && isDateAlone(first);
    }).length;
    found = entries >= QUOTED_DATE_ENTRIES;
    quotedDateJournalOf.set(nodes, found);
  }
  return found;
}

/** Whether a paragraph (a quote's first, a card's line) is one full date and nothing else (`> 30/09/2025`, `> Mardi 14 octobre 2025`): a year or a weekday, no label, no words. */
function isDateAlone(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).trim();
  const found = text.includes('\n') ? undefined : datedTextOf(text, true);
  const first = found?.expression.mentions[0];
  return found !== undefined && found.start === 0 && found.end === text.length && (first?.year !== undefined || first?.weekday !== undefined);
}

/**
 * A paragraph that is one bold line and no date (`**Une république devenue folle**`) over a
 * line that dates it (lineDatingHeading): the title of the event that line dates.
 */
function boldTitleOverDate(nodes: RootContent[], at: number, source: SourceText): UndatedHeading | undefined {
  const node = nodes[at] as Paragraph;
  const below = nodes[at + 1];
  if (node.children.length !== 1 || node.children[0]!.type !== 'strong' || below?.type !== 'paragraph') return undefined;
  const title = plainText(node);
  // `**Quand ?**`, `**Date**`, `**Lieu**` over the date line: a field's label, no event's title.
  if (title.endsWith(':') || DATE_LABEL.test(title) || datedTextOf(title, true) !== undefined) return undefined;
  // `**CAHIER DE BORD**` over `**09/09/2022 :**`, the first of a log's entries each dated so:
  // the page's title over its first day, not one event's.
  // When the later days have bold titles of their own (`**Repas partagé**` over `**13/03/2024
  // :**`), each title is its day's, this one too.
  if (isBoldDateAlone(below) && laterBoldDaysUntitled(nodes, at + 2)) return undefined;
  const heading: UndatedHeading = { title, position: node.position!, card: true };
  return lineDatingHeading(below, heading, source) ? heading : undefined;
}

// How many links alone over a date alone make a list of cards: one may be a link to a page dated below it.
const LINK_CARDS = 2;

// The link cards of each list of blocks (see linkTitleOverDate), found once.
const linkCardsOf = new WeakMap<RootContent[], Set<RootContent>>();

// A paragraph that is one link and nothing else, no date in its words (`[Atelier des communs 11](…)`).
function isLinkAlone(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'link' && datedTextOf(plainText(node), true) === undefined;
}

/**
 * A paragraph that is one link (`[Atelier des communs 11](…)`) over a paragraph that is a
 * full date alone (`16 novembre 2019`) over a link to its place, where the page writes two
 * such cards at least (a wiki's list of events pasted as paragraphs, each name a link to its
 * page): the title of the event the date below it dates.
 */
function linkTitleOverDate(nodes: RootContent[], at: number, source: SourceText): UndatedHeading | undefined {
  let cards = linkCardsOf.get(nodes);
  if (!cards) {
    // Each card closes with its place, a link alone too (`[Square Paris Renault](…)`), and the
    // next card opens after it: a list of links each over its date alone (a press review, an
    // archive of letters, downloads) dates publications, no events.
    cards = new Set(nodes.filter((node, k) => isLinkAlone(node) && isFullDateAlone(nodes[k + 1]) && isLinkAlone(nodes[k + 2]) && !isFullDateAlone(nodes[k + 3])));
    if (cards.size < LINK_CARDS) cards.clear();
    linkCardsOf.set(nodes, cards);
  }
  const node = nodes[at]!;
  if (!cards.has(node)) return undefined;
  const heading: UndatedHeading = { title: plainText(node), position: node.position!, card: true };
  return lineDatingHeading(nodes[at + 1] as Paragraph, heading, source) ? heading : undefined;
}

// A paragraph that is one full date (a year or a weekday) and nothing else.
function isFullDateAlone(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && isDateAlone(node);
}

// Whether bold days follow from `from` on, none of them under a bold title of its own.
function laterBoldDaysUntitled(nodes: RootContent[], from: number): boolean {
  let found = false;
  for (let k = from; k < nodes.length; k++) {
    if (!isBoldDateAlone(nodes[k]!)) continue;
    const above = nodes[k - 1];
    if (above?.type === 'paragraph' && above.children.length === 1 && above.children[0]!.type === 'strong' && !isBoldDateAlone(above)) return false;
    found = true;
  }
  return found;
}

// A paragraph that is one bold date and nothing else, a colon aside (`**13/09/22 :**`): a log's day.
function isBoldDateAlone(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return false;
  const text = plainText(node).trim().replace(/\s?:$/, '');
  const dated = datedTextOf(text, false);
  return dated !== undefined && dated.start === 0 && dated.rest === '';
}

// The words of a paragraph's first line when it is all bold or italics (`**Programme :**`), colon aside.
function boldLabel(node: Paragraph, source: SourceText): string | undefined {
  const first = node.children[0];
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return undefined;
  if (!firstLineMarked(node, source)) return undefined;
  const read = plainText(first);
  return read.endsWith(':') ? read.slice(0, -1).trimEnd() : read;
}

/**
 * A paragraph whose first line names one of the page's days (`Vendredi`, `**Samedi :**`,
 * `**Jour 1 – Ateliers**`): that day, as a bold day line opens it. A plain line must be
 * the label alone; a bold one may give the day a title.
 */
function labelLine(node: Paragraph, page: PageDays, source: SourceText): { text: string; label: SessionDraft } | undefined {
  const raw = paragraphSourceLines(node, source)[0]?.raw ?? '';
  // `**Dimanche** (*manche*)`, `**Jour 2** – Ateliers`: a label set in bold before an aside
  // stands out as a bold line does.
  const first = node.children[0];
  const marked = allMarked(raw) || ((first?.type === 'strong' || first?.type === 'emphasis') && dayLabel(plainText(first), false) !== undefined);
  const text = raw.replace(HTML_BREAK, '').replace(/[*_`]/g, '').trim();
  const label = page.label(text, node, source, marked);
  return label ? { text, label } : undefined;
}

/**
 * Whether every line of a paragraph of two lines or more is a bold dated line (`**vendredi
 * 11 février 2022 de 14h à 18h**` over `**samedi 12 février 2022 de 9h à 15h**`): days
 * listed one per line, each a session, read as the plain lines of such a paragraph are; not
 * one bold day over its timed lines.
 */
function boldDatedLines(node: Paragraph, source: SourceText): boolean {
  const lines = paragraphSourceLines(node, source);
  return (
    lines.length >= 2 &&
    lines.every((line) => {
      if (!allMarked(line.raw.replace(HTML_BREAK, '').trimEnd())) return false;
      // The day and its hours alone: `**Début : lundi 3 juin**`, `**vendredi 11 février : la salle a été inondée**` say more.
      const dated = datedTextOf(line.raw.replace(/[*_`]/g, '').trim(), true);
      return dated !== undefined && dated.lead.trim() === '' && dated.rest.trim() === '';
    })
  );
}

function boldDay(node: Paragraph, source: SourceText, month?: MonthHeading): { text: string; dated?: DatedLine; label?: SessionDraft } | undefined {
  const first = node.children[0];
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return undefined;
  if (!firstLineMarked(node, source) || boldDatedLines(node, source)) return undefined;
  const read = plainText(first);
  const text = read.endsWith(':') ? read.slice(0, -1).trimEnd() : read;
  // `## Mars 2025` over `**Lundi 10**`: the month heading gives the bold day its month.
  const dated = datedTextOf(text, true) ?? (month ? dayUnderMonth(text, month) : undefined);
  // `*Chronologie : Mercredi 27 mai (recherche)*`, `**Création : 18 novembre**`: a record, no day of the programme.
  if (dated?.lead && labelDatesThePage(dated.lead)) return undefined;
  return dated ? { text, dated } : undefined;
}

/** The month a paragraph of one short line names alone (`En juillet`, `**Août 2024**`, `Mois de septembre :`), or undefined. */
function monthLabelLine(node: Paragraph, source: SourceText): MonthHeading | undefined {
  const lines = paragraphSourceLines(node, source);
  if (lines.length !== 1) return undefined;
  const text = lines[0]!.raw.replace(/[*_`#]/g, '').trim();
  return monthHeading(text.replace(/^en\s+/i, ''));
}

/**
 * The day a paragraph's first line opens as a line of its own other than all bold
 * (day-lines.ts): read as a dated heading when it is the date alone (`Jeudi 12 juin :`),
 * as a dated item when a title follows the date (`**Dimanche 7 octobre** : Cross`).
 */
function dayLineDraft(nodes: RootContent[], index: number, source: SourceText, month?: MonthHeading, afterDayLine = false): SessionDraft | undefined {
  const found = dayLine(nodes, index, source, month, afterDayLine);
  if (!found || (found.dated.lead && labelDatesThePage(found.dated.lead)) || boldDatedLines(nodes[index] as Paragraph, source)) return undefined;
  const node = nodes[index] as Paragraph;
  let draft: SessionDraft;
  if (found.titled) {
    const first = paragraphSourceLines(node, source)[0]!;
    draft = datedItemDraft(found.dated, found.text, source.span(first.start, first.start + first.raw.length), source, isStruckThrough(node));
  } else {
    draft = headingDraft(node, found.text, found.dated, source);
  }
  // A badge before the day (`<span class="badge">annulation</span> **Samedi 19 janvier**`) cancels it.
  draft.cancelled ||= saysCancelled(found.shown);
  return draft;
}

// `La classe 52/1 passera le mardi 13 mai 2025 … avec ce planning :` over a day's agenda table or list: that day (table-introduction.ts).
function introducedDayDraft(nodes: RootContent[], index: number, source: SourceText): SessionDraft | undefined {
  const found = agendaIntroductionDay(nodes, index);
  return found ? headingDraft(nodes[index] as Paragraph, found.text, found.dated, source) : undefined;
}

function headingDraft(node: Heading | Paragraph | Html, text: string, dated: DatedLine, source: SourceText): SessionDraft {
  const draft: SessionDraft = {
    source: 'heading',
    title: dated.title || text,
    position: node.position!,
    dated: { line: dated, position: source.find(node.position!, dated.dateText) },
    // `> ## ⚠️ Pas de cours le mardi 11 mars 2025`: the day's class does not meet (no-class-row.ts).
    cancelled: isStruckThrough(node) || saysCancelled(text) || saysNoClass(normaliseText(text)),
    slots: 0,
  };
  if (dated.hours) {
    const parsed = parseFrenchHours(dated.hours.text, { hoursPlace: true });
    if (parsed.ok && parsed.slots.length > 0) draft.hours = { text: dated.hours.text, position: source.find(node.position!, dated.hours.text), slots: parsed.slots };
  }
  return draft;
}

function slotDraft(
  kind: SessionDraft['source'],
  title: string,
  node: RootContent,
  day: SessionDraft,
  found: SlotHours | undefined,
  source: SourceText,
): SessionDraft {
  return {
    source: kind,
    title,
    position: node.position!,
    day,
    ...(found ? { hours: { text: found.text, position: source.find(node.position!, found.text), slots: found.slots } } : {}),
    cancelled: day.cancelled,
    slots: 0,
  };
}

// The first line of a node as a reader sees it, markup and line breaks (`<br>`) dropped.
function firstLine(node: Heading | Paragraph, source: SourceText): string {
  if (node.type === 'heading') return plainText(node);
  // A paragraph read from HTML may begin at the line break after the tag before it.
  const raw = source.slice(node.position!).trimStart().split('\n')[0] ?? '';
  return shownLine(raw.replace(HTML_BREAK, '')).replace(/[*_`]/g, '').trim();
}

// Whether a heading is a time block (`### 10h30-12h30` right over `#### Session 1`): its
// hours are those of the session sub-headings under it, not of the heading above it.
function isTimeBlock(nodes: RootContent[], at: number): boolean {
  const node = nodes[at];
  const next = nodes[at + 1];
  return node?.type === 'heading' && next?.type === 'heading' && next.depth > node.depth;
}

/**
 * The hours written on the line right below an undated, untimed heading under a day
 * (`### Accueil` over `#### 11 h 30 - 12 h 30`, `**9h00 – 9h30**`, `14h - 16h`): the
 * heading is then one session that begins on its own line. The line below holds only hours,
 * or is a deeper sub-heading that opens with them (`##### 14h-15h30, salle B`) and is the
 * only timed line of the heading's section; a heading over several timed lines (`### Groupe
 * 1` over `- 8h-9h30: Visite`) only groups them. A heading of hours right under a bare
 * title is the title's hours even when labels follow it (`##### Anglais / Français`).
 */
function hoursUnderTitle(
  nodes: RootContent[],
  at: number,
  depth: number,
  source: SourceText,
): { hours: DraftHours; index: number } | undefined {
  const next = nodes[at + 1];
  if (!next || !(next.type === 'paragraph' || next.type === 'heading')) return undefined;
  // `### Accueil` over `## 10h-10h15` in a programme whose slots open with their hours
  // (`## 9h30-10h` over `### Accueil`): the larger heading opens the next slot.
  if (next.type === 'heading' && next.depth < depth && runOpensWithHours(nodes, at + 1, next.depth, source)) return undefined;
  const line = firstLine(next, source);
  const found = leadingHours(line);
  if (!found) return undefined;
  const onlyHours = found.rest === '' && (next.type === 'heading' || !source.slice(next.position!).includes('\n'));
  // `# Programme` over `## 9h30-10h`, then `## 10h-10h15`: headings of hours one after the
  // other under a title are its programme's slots, not the title's hours.
  if (onlyHours && next.type === 'heading') {
    for (let k = at + 2; k < nodes.length; k++) {
      const node = nodes[k]!;
      if (node.type !== 'heading' || node.depth > next.depth) continue;
      if (node.depth <= depth) break;
      if (node.depth === next.depth && leadingHours(firstLine(node, source))) return undefined;
    }
  }
  if (!onlyHours) {
    if (next.type !== 'heading' || next.depth <= depth) return undefined;
    for (let k = at + 2; k < nodes.length; k++) {
      const node = nodes[k]!;
      if (node.type === 'heading' && node.depth <= depth) break;
      if ((node.type === 'heading' || node.type === 'paragraph') && leadingHours(firstLine(node, source))) return undefined;
    }
  }
  return { hours: { text: found.text, position: source.find(next.position!, found.text), slots: found.slots }, index: at + 1 };
}

/**
 * The hours the line right below a dated heading gives that day (`#### 9h - 17h : Le
 * Lieu`, `**9h30 - 17h30 : En ligne**`, `#### de 10h à 17h, au Funlab`, or a plain line of
 * hours alone: `De 14h à 17h`, `⏰ 18:30`, `Horaires : 9h-12h / 14h-17h`) rather than
 * opening its first slot: it is a timed line, and no other timed line follows it in the day
 * (`### 8h30-9h Accueil` then `### 9h-9h10 Ouverture` are slots).
 */
function hoursBelow(nodes: RootContent[], at: number, depth: number, source: SourceText): SlotHours | undefined {
  const next = nodes[at + 1];
  if (!next || !(next.type === 'paragraph' || (next.type === 'heading' && next.depth > depth))) return undefined;
  const line = firstLine(next, source);
  // A day's hours stand out, as a heading or in bold (`**9h30 - 17h30 : En ligne**`), or
  // stand alone on their line; a plain line with a title is the day's first slot
  // (`21h00 - 03h30 : Cinéma`).
  const marked = next.type === 'heading' || (next.children.length === 1 && (next.children[0]!.type === 'strong' || next.children[0]!.type === 'emphasis'));
  const hours = marked ? leadingHours(line) : hoursAlone(line);
  // `2h` alone under a class's heading: how long it lasts (paragraph-slots.ts).
  if (!hours || isTimeBlock(nodes, at + 1) || saysHowLong(line.replace(/[*_]/g, ''))) return undefined;
  // A heading of bare hours with what happens written below it (`### 12h00-14h00` over
  // `Conférence ouverte : ...`) is a slot the paragraph describes, not the day's hours.
  if (next.type === 'heading' && hours.rest === '' && describes(nodes[at + 2], source)) return undefined;
  for (let k = at + 2; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    if ((node.type === 'heading' || node.type === 'paragraph') && leadingHours(firstLine(node, source))) return undefined;
  }
  return hours;
}

// How many blocks under a dated heading its fields may take before the hours' (`Lieu :`, a note).
const FIELD_BLOCKS = 3;
// Struck-through words (`~~13h00~~`, `~13h00~`), as a line's source writes them.
const STRUCK_WORDS = /~~[^~]*~~|~[^~\s][^~]*~/g;

/**
 * A line without the emoji or marks that close it (`À partir de 13h30 🕜`), which are no
 * part of its hours. A loop, not a regular expression anchored at the end: that one is
 * tried from every position of a long run of marks.
 */
function withoutClosingMarks(line: string): string {
  let end = line.length;
  while (end > 0 && !/[\p{L}\p{N})]/u.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/**
 * The hours a field gives among the first blocks under a dated heading, before any other
 * heading (`# Rencontre du mardi 2026-04-21` over `Lieu : Chez Dominique` over `Horaire : À
 * partir de 13h30`): the meeting's hours, as the line right below would give them
 * (hoursBelow). One such field, of hours alone, and no timed line in the section, which
 * would make the heading a day of slots.
 */
function hoursFieldBelow(nodes: RootContent[], at: number, depth: number, source: SourceText): DraftHours | undefined {
  const fields: Array<{ hours: SlotHours; node: Paragraph }> = [];
  for (let k = at + 1; k < nodes.length && k <= at + FIELD_BLOCKS; k++) {
    const node = nodes[k]!;
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    // Line by line as written (a paragraph's soft breaks part its fields); what is struck
    // through (`~~13h00~~`) was changed, no longer the hours.
    for (const { raw } of paragraphSourceLines(node, source)) {
      const line = withoutClosingMarks(shownLine(raw.replace(STRUCK_WORDS, '')).replace(/[*_`]/g, '')).trim();
      const colon = line.indexOf(':');
      // A label that asks for the hours (when-labels.ts: `Horaire :`, `Heures :`), marks before it aside.
      const label = colon < 0 ? '' : line.slice(0, colon).replace(/^[^\p{L}]+/u, '');
      if (whenLabelKind(label) !== 'hours') continue;
      const hours = hoursAlone(line);
      // `Heures : 3h` on a course page is how long the session lasts: a start alone counts
      // under `Heure :` or `Horaire :`, from the morning on; under `Heures :`, a range only.
      const lone = hours?.slots.some((slot) => slot.end === undefined);
      if (hours && !(lone && (normaliseText(label).trim() === 'heures' || hours.slots.some((slot) => slot.start.hour < EARLIEST_LONE_START)))) fields.push({ hours, node });
    }
  }
  if (fields.length !== 1) return undefined;
  for (let k = at + 1; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    if ((node.type === 'heading' || node.type === 'paragraph') && leadingHours(firstLine(node, source))) return undefined;
  }
  const { hours, node } = fields[0]!;
  return { text: hours.text, position: source.find(node.position!, hours.text), slots: hours.slots };
}

// Whether a node is a paragraph that says what happens: words, not hours opening a slot of their own.
/**
 * The slot a title heading names when its day is written hours first: a line of bare hours
 * (`10h00`), an image or a picture between at most, then the heading (`### Ouverture des
 * portes`), then what it is about. Each block of such a page (a Jekyll or Hugo schedule,
 * `<div class="schedule_time">` over `<h3>`) opens with its hour, so the hour the heading
 * follows is its own, and the bare hour below it opens the next block. Only an hour line
 * that no heading above took (it read as an untitled slot of the same day) is taken: in a
 * page written title first, each hour line below a heading is already that heading's.
 */
function untitledHourAbove(nodes: RootContent[], at: number, last: SessionDraft | undefined, day: SessionDraft, source: SourceText): SessionDraft | undefined {
  if (!last || last.title !== '' || last.day !== day || last.source !== 'agenda') return undefined;
  let k = at - 1;
  while (k >= 0 && isPicture(nodes[k]!)) k--;
  const above = nodes[k];
  if (above?.type !== 'paragraph' || last.position.start.line !== above.position?.start.line) return undefined;
  const line = plainText(above).trim();
  const hours = leadingHours(line);
  return hours && hours.rest === '' && !source.slice(above.position!).trim().includes('\n') ? last : undefined;
}

// A paragraph that only shows pictures (a speaker's photo, a cup for the break), whatever their alt text says.
function isPicture(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''));
}

/**
 * The heading right below the heading of bare hours at `at` that names its slot (`## 9h30-10h`
 * over `### Accueil des participants`): smaller than it, words, no hours or date of its own,
 * and the only one of its size in the hour's part. Two or more (`### 10h30` over `####
 * Systèmes distribués - Amphi 3` and `#### Modèles de programmation - Amphi 1`) are
 * parallel tracks, each a session of that hour.
 */
function titleHeadingBelow(nodes: RootContent[], at: number, depth: number, source: SourceText): Heading | undefined {
  const node = nodes[at + 1];
  if (node?.type !== 'heading' || node.depth <= depth || !runOpensWithHours(nodes, at, depth, source)) return undefined;
  const text = plainText(node);
  if (!/\p{L}/u.test(text) || leadingHours(text) || closingHours(text) || datedTextOf(text, true) !== undefined || firstLine(node, source) === '') return undefined;
  for (let k = at + 2; k < nodes.length; k++) {
    const other = nodes[k]!;
    if (other.type !== 'heading' || other.depth > node.depth) continue;
    if (other.depth <= depth) break;
    return undefined;
  }
  return node;
}

/**
 * Whether the run of headings the heading of bare hours at `at` stands in opens with such a
 * heading: going back over the smaller headings and the other headings of bare hours of its
 * size, the first of them is one. `## 9h30-10h`, `### Accueil`, `## 10h-10h15`: the slots
 * open with their hours, each titled below. `#### Accueil café`, `### 9h-9h30`, `####
 * Ouverture`, `### 9h30-10h`: each title stands over its hours.
 */
function runOpensWithHours(nodes: RootContent[], at: number, depth: number, source: SourceText): boolean {
  let first = at;
  for (let k = at - 1; k >= 0; k--) {
    const node = nodes[k]!;
    if (node.type !== 'heading') continue;
    if (node.depth > depth || (node.depth === depth && bareHours(node, source))) first = k;
    else break;
  }
  const opening = nodes[first]!;
  return opening.type === 'heading' && opening.depth === depth && bareHours(opening, source);
}

/** Whether a heading writes clock hours and nothing else (`## 9h30-10h`). */
function bareHours(node: Heading, source: SourceText): boolean {
  const found = leadingHours(firstLine(node, source));
  return found !== undefined && found.rest === '';
}

// A room named with its number or letter (`Salle 1 :`, `Amphi B`), folded: one of the rooms of a slot.
const NUMBERED_ROOM = /^(?:salle|amphi|amphitheatre|room|track|piste)\s?(?:\d{1,4}|[a-z])(?![a-z])/;
// How many rooms make a slot's parallel tracks: one room's heading names where the slot is.
const FEWEST_ROOMS = 2;

/**
 * Whether the heading at `at` is one of two numbered rooms or more under the timed heading
 * of depth `depth` above it (`# Session 1 : 19h25 – 19h50` over `## Salle 1 :`, `## Salle
 * 2 :`): its parallel tracks. One room alone (`#### Salle des fêtes` under `### 19h : Repas
 * dansant`) is where the slot is, no session of its own.
 */
function roomTracksAround(nodes: RootContent[], at: number, depth: number): boolean {
  const room = (node: RootContent | undefined): boolean => node?.type === 'heading' && node.depth > depth && NUMBERED_ROOM.test(normaliseText(plainText(node)));
  if (!room(nodes[at])) return false;
  let first = at;
  while (first > 0 && !(nodes[first - 1]!.type === 'heading' && (nodes[first - 1] as Heading).depth <= depth)) first--;
  let rooms = 0;
  for (let k = first; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    if (room(node)) rooms++;
  }
  return rooms >= FEWEST_ROOMS;
}

/**
 * What a room's heading at `at` holds: the first line of the quote or paragraph below it,
 * the topic discussed there, and whether a short note before the next heading calls it off.
 */
function roomTopic(nodes: RootContent[], at: number, source: SourceText): { text: string; cancelled: boolean } | undefined {
  const below = nodes[at + 1];
  // The quote's own first paragraph (`> Rex déployer …`), or the paragraph itself.
  const paragraph = below?.type === 'blockquote' ? below.children[0] : below;
  if (paragraph?.type !== 'paragraph') return undefined;
  const text = firstLine(paragraph, source);
  if (text === '') return undefined;
  let cancelled = false;
  // `Annulé par manque de participant·e·s` below the topic: a short line that calls it off, as under a dated heading.
  for (let k = at + 2; k < nodes.length && nodes[k]!.type !== 'heading'; k++) cancelled ||= saysCalledOffBelow(nodes[k]);
  return { text, cancelled };
}

// A room's label opening a line, then a dash or a colon before what happens there (`Salle 2 - `, `Amphi B : `).
const TRACK_LINE = /^(?:salle|room|amphi|amphitheatre|auditorium|track|piste|scene|stage|atelier)\s?[\p{L}\d.]{0,12}\s?[:\u2013\u2014-]\s+\S/u;
// How many rooms make parallel tracks: one room's line is the slot's title.
const FEWEST_TRACKS = 2;

/** The lines of a paragraph that each name a room and what happens in it, two or more and nothing else; undefined otherwise. */
function trackLines(paragraph: Paragraph, source: SourceText): Array<{ text: string; start: number; length: number }> | undefined {
  const lines = paragraphSourceLines(paragraph, source)
    .map((line) => {
      // A line's closing spaces and hard break's backslash are no part of it.
      const raw = line.raw.trimEnd();
      return { raw: raw.endsWith('\\') ? raw.slice(0, -1) : raw, start: line.start };
    })
    .filter((line) => line.raw.trim() !== '');
  if (lines.length < FEWEST_TRACKS) return undefined;
  const read = lines.map((line) => ({ text: shownLine(line.raw).replace(/[*_`]/g, '').trim(), start: line.start, length: line.raw.length }));
  return read.every((line) => TRACK_LINE.test(normaliseText(line.text))) ? read : undefined;
}

function describes(node: RootContent | undefined, source: SourceText): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const line = firstLine(node, source);
  return /\p{L}/u.test(line) && !leadingHours(line);
}

// First words (folded) of a bold line that gives the practical details below a date, not a name.
const PRACTICAL_WORDS = new Set(['entree', 'gratuit', 'gratuite', 'tarif', 'tarifs', 'prix', 'lieu', 'reservation', 'reservations', 'complet', 'ouvert', 'ouverte', 'inscription', 'inscriptions', 'sur', 'acces', 'participation']);

// How long a bold line may be to be a title rather than a sentence set in bold.
const BOLD_TITLE_LENGTH = 80;

/**
 * The title a heading that writes only its date and hours (`## Vendredi 20 juin à 18h30`)
 * gives on the line below it in bold (`**POUCET**`): the session's name, as a reader takes
 * it, where the heading alone would name two plays on one evening alike.
 */
function boldTitleBelow(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children[0]?.type !== 'strong') return undefined;
  const bold = plainText(node.children[0]).trim();
  const next = node.children[1];
  // The bold words must be the paragraph's whole first line, a name with letters and no hours.
  if (next !== undefined && !(next.type === 'break' || (next.type === 'text' && next.value.startsWith('\n')))) return undefined;
  if (bold === '' || bold.length > BOLD_TITLE_LENGTH || bold.endsWith(':') || !/\p{L}/u.test(bold) || leadingHours(bold)) return undefined;
  // `**Entrée libre**`, `**Réservation conseillée**`: the practical details, not the name.
  if (PRACTICAL_WORDS.has(normaliseText(bold).split(/[^a-z]+/)[0] ?? '')) return undefined;
  return bold;
}

/**
 * Whether a quote is an event's card: its first paragraph opens with a date alone on its
 * line, the event's name in bold on the next (`> le dimanche 12 janvier 2025` over `> **La
 * récolte du pollen**`), or is struck out whole. A testimonial (`> 12 mars 2025` over `> «
 * Formation très claire » — Marie`) or a press quote is no card.
 */
function isCardQuote(quote: Blockquote, source: SourceText): boolean {
  const first = quote.children.find((child) => child.type === 'paragraph');
  if (first?.type !== 'paragraph') return false;
  if (isStruckThrough(first)) return true;
  const [date, name] = paragraphSourceLines(first, source).map((line) => line.raw.replace(/^[\s>]+/, ''));
  const dated = date === undefined ? undefined : datedTextOf(date.replace(/[*_`]/g, '').trim(), false);
  return dated !== undefined && dated.rest === '' && name !== undefined && /^(?:\*\*|__)/.test(name);
}

// How deep quotes inside quotes are looked into: a box in a box (`> > - 3 mars`) at most.
const QUOTE_DEPTH = 3;

/**
 * The dated items and lines of a quoted block (`> - Inscriptions : 3 mars 2025`, a GitHub
 * alert `> [!NOTE]`, an admonition's body, see admonition-bodies.ts): a box around a list
 * is still a list, and dated lines in a quoted paragraph are read as at the top level.
 * Under a day, its timed lines are that day's slots.
 */
function readQuotedBlock(quote: Blockquote, day: SessionDraft | undefined, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  const blocks: Array<{ node: Blockquote; depth: number }> = [{ node: quote, depth: 1 }];
  for (let block = blocks.shift(); block; block = blocks.shift()) {
    const children = block.node.children;
    // A day line in the box (`!!! info "Programme"` over `**Jeudi 12 juin**` and its timed items) opens a day there.
    let current = day;
    children.forEach((child, index) => {
      if (isHidden(hidden, child.position?.start.offset)) return;
      const bold = child.type === 'paragraph' ? boldDay(child, source) : undefined;
      const opened = bold?.dated ? headingDraft(child as Paragraph, bold.text, bold.dated, source) : dayLineDraft(children, index, source);
      if (opened) {
        // The heading's day the box sits under is then the period its days fall in, as over a bold day.
        if (day) day.slots++;
        current = opened;
        drafts.push(opened, ...paragraphSlots(child as Paragraph, opened, source));
      }
      else if (child.type === 'list' && !isTableOfContents(child) && !isExampleList(children, index)) drafts.push(...readDatedList(child, current, source, hidden));
      else if (child.type === 'table' && current) drafts.push(...readDayAgenda(child, current, source));
      else if (child.type === 'paragraph' && current) drafts.push(...paragraphSlots(child, current, source));
      else if (child.type === 'paragraph') {
        // `📅 Stage SIO2 : lundi 5 janvier - vendredi 13 février 2026` in the box: a field, as on the page.
        const read = readDatedParagraph(children, index, source);
        const field = read.length === 0 ? labelledDateLine(child, source) : undefined;
        drafts.push(...read, ...(field ? [field] : []));
      }
      else if (child.type === 'blockquote' && block.depth < QUOTE_DEPTH) blocks.push({ node: child, depth: block.depth + 1 });
    });
  }
  return drafts.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

/**
 * Whether the list at `index` is a programme's hours under their label (`Horaires:` over `*
 * 9h30 - 10h45`, `* 11h00 - 12h45`): every item a range of hours and nothing else. It tells
 * when the days run, after the days themselves; no slot of the last day above it.
 */
function hoursUnderTheirLabel(children: RootContent[], index: number): boolean {
  const label = children[index - 1];
  const list = children[index] as List;
  if (label?.type !== 'paragraph' || whenLabelKind(plainText(label).replace(/:\s*$/, '')) !== 'hours') return false;
  return list.children.every((item) => {
    const text = plainText(item).trim();
    const parsed = /^\d/.test(text) ? parseFrenchHours(text) : undefined;
    return parsed?.ok === true && parsed.slots.length > 0 && parsed.slots.every((slot) => slot.end !== undefined);
  });
}

/**
 * A label that names a weekday its week does not hold (`### Samedi` under `## Semaine du 16
 * au 20 mars`): a day no reader can give, kept apart so that what it holds is not put on
 * another day; the reading reports it (weekday-outside-week).
 */
function outsideWeek(text: string, node: Heading | Paragraph, week: string, source: SourceText): SessionDraft {
  return { source: 'heading', title: text, position: node.position!, cancelled: false, slots: 0, borrowed: true, outsideWeek: { label: text, week, position: source.find(node.position!, text.split(/[\s:(]/)[0] ?? text) } };
}

function isInside(draft: SessionDraft, node: RootContent): boolean {
  const at = draft.position.start.offset ?? -1;
  return at >= (node.position?.start.offset ?? 0) && at < (node.position?.end.offset ?? 0);
}

// How many headings must open with a bare day and month (`## 29/01`) for them to be read as days.
const BARE_DAY_HEADINGS = 3;
// A heading that opens with a dotted pair, alone or set apart from its title by a mark (`31.1`,
// `02.11 - Pourquoi Python ?`), looked at twice only then; `3.1 Page d'accueil` is a numbered section.
const BARE_DOTTED_OPENING = /^\d{1,2}\.\d{1,2}(?![\d.])\s*(?:$|[-\u2013\u2014:|(])/;
// What may stand before such a pair: a week's lead (`Semaine du 30.06 - 06.07`, `Semaines du 10.11 - 21.11`).
const WEEK_LEAD = /^semaines?(?: du| de)? /i;

/** How a page's headings write bare days: `d/m` (`bareDayMonth`), and `d.m` at one level of headings (`dottedDepth`). */
interface BareDays {
  bareDayMonth: boolean;
  dottedDepth?: number;
}

/**
 * A log whose headings are its days written bare (`## 29/01 (demi-journée)`, `## 30/01`,
 * `## 31/01`): alone, `29/01` could be a score or a fraction, but three headings that each
 * open with a day and month are a journal's days, as a reader sees at once. So are three
 * that open with a dotted pair (`## 31.1`, `# 04.12`, `### 02.11 - Pourquoi Python ?`), the
 * Swiss and German way: alone, an hour or a version. What the page's headings allow, as
 * options of the date grammar.
 */
function bareDayHeadings(nodes: RootContent[], hidden: HiddenRanges): BareDays {
  const months: Array<{ day: number; month: number }> = [];
  const dottedDays: Array<{ day: number; month: number; depth: number; week: boolean }> = [];
  // Every heading's bare day, wherever the heading writes it (`## Modification de 16/10 (devoirs)`, `## Git (5/10)`).
  const anywhere: Array<{ day: number; month: number; certain?: boolean; introduced?: boolean }> = [];
  for (const node of nodes) {
    if (node.type !== 'heading' || isHidden(hidden, node.position?.start.offset)) continue;
    const text = plainText(node);
    const dated = datedTextOf(text, false, { heading: true });
    if (dated !== undefined) {
      // `### Mercredi 11/02`, `### Cours du 26/03/2022`: a day written in numbers that its
      // weekday or year makes certain is the journal's way too, for the days it writes bare
      // (`### Évaluation intermédiaire 29/04`, `## Cours du 12/03`).
      const first = dated.expression.mentions[0];
      if (first !== undefined && NUMERIC_DAY.test(dated.dateText)) anywhere.push({ day: first.day, month: first.month, certain: true });
      continue;
    }
    const bare = datedTextOf(text, false, { bareDayMonth: true, heading: true }) ?? closingBareDay(text);
    const month = bare?.expression.mentions[0]?.month;
    const loose = month === undefined ? oneBareDay(text) : bare!.expression.mentions[0];
    if (loose) anywhere.push({ day: loose.day, month: loose.month, introduced: INTRODUCED_BARE_DAY.test(text) });
    if (month !== undefined) months.push({ day: bare!.expression.mentions[0]!.day, month });
    else if (BARE_DOTTED_OPENING.test(text.replace(WEEK_LEAD, ''))) {
      const dotted = datedTextOf(text, false, { bareDayMonth: true, dottedDayMonth: true, heading: true });
      // A week of such days (`Semaine du 30.06 - 06.07`) counts by its first day.
      if (dotted?.expression.kind === 'single' || dotted?.expression.kind === 'range') dottedDays.push({ ...dotted.expression.mentions[0]!, depth: node.depth, week: WEEK_LEAD.test(text) });
    }
  }
  // `## Séance 1/4`, `## Séance 2/4`…: a series' counters, each second number how many there
  // are, and none past it (`## 19/05` to `## 23/05` are a journal's five days of May).
  const counts = (found: Array<{ day: number; month: number }>) =>
    found.length >= BARE_DAY_HEADINGS && !found.every((one) => one.month === found.length && one.day <= one.month);
  // Days first: a plan's weeks over its days (`## Semaine du 30.06 - 04.07` over `### 30.06 -
  // Accueil`) are read at the days' level, the weeks' only when no level of days is.
  const dottedDepth = dottedDaysDepth(dottedDays.filter((one) => !one.week), counts) ?? dottedDaysDepth(dottedDays, counts);
  // Days written anywhere in the headings are a journal's as dotted days are: one past 12,
  // going forward; and one more than opening days need, as `(14/3)` or `16/9` may be a press
  // item's day or a screen's ratio in three headings.
  // The bare ones must be days themselves, not a series' counters beside one dated heading
  // (`## 28/11/2024` over `## Organisation des tests en mer (1/3)`, `(2/3)`, `(3/3)`).
  const bare = anywhere.filter((one) => one.certain !== true);
  // A bare day each heading introduces as a step's (`## semaine du 10/10:`, `## Séance du
  // 17/10`): beside a day made certain, three headings are enough, as opening days need.
  const enough = anywhere.length > BARE_DAY_HEADINGS || (anywhere.length === BARE_DAY_HEADINGS && bare.length < anywhere.length && bare.every((one) => one.introduced === true));
  const journal = enough && counts(anywhere) && bare.length > 0 && !countsASeries(bare) && anywhere.some((one) => one.day > 12) && mostlyForward(anywhere);
  return { bareDayMonth: counts(months) || journal || dottedDepth !== undefined, ...(dottedDepth !== undefined ? { dottedDepth } : {}) };
}

/**
 * Whether bare `k/n` pairs count the parts of series (`(1/4)`, `(2/4)`, `(3/4)`; `(1/3)` …
 * `(3/3)` then `(1/2)`, `(2/2)`): for each second number, the first ones run from 1 without a
 * gap and stay within it.
 */
function countsASeries(found: ReadonlyArray<{ day: number; month: number }>): boolean {
  const parts = new Map<number, Set<number>>();
  for (const one of found) parts.set(one.month, (parts.get(one.month) ?? new Set()).add(one.day));
  return [...parts].every(([of, counted]) => counted.size <= of && [...counted].every((k) => k >= 1 && k <= counted.size));
}

// A bare day and month after a noun of a journal's step and `du` (`semaine du 10/10`,
// `Séance du 17/10`), not after any word (`note du 8/10`, a mark).
const INTRODUCED_BARE_DAY = /(?:^|\s)(?:semaine|s\u00e9ance|seance|cours|r\u00e9union|reunion|journ\u00e9e|journee|td|tp|atelier|session|sprint|exercices?)\sdu\s\d{1,2}\/\d{1,2}(?![\d/])/i;

// A day written in numbers, its day then its month (`11/02`, `26/03/2022`).
const NUMERIC_DAY = /(?:^|\D)\d\d?\/\d\d?(?!\d)/;

// A bare `d/m` standing as a word (`de 16/10 (`, `(5/10)`), not part of a longer number (`1/2/3`, `2.5/10`).
const BARE_DAY_WORD = /(?:^|[\s(])(\d{1,2})\/(\d{1,2})(?=$|[\s):,.;])/g;

/** The one bare day a heading writes anywhere in it, when it writes exactly one that is a day of the year. */
function oneBareDay(text: string): { day: number; month: number } | undefined {
  const found = [...text.matchAll(BARE_DAY_WORD)];
  // `## Deuxième semaine 13/02 --> 19/02`: a week's run of bare days, dated by its first; so
  // is a step over two days (`## Récupération des données (24/01 et 25/01)`).
  const run = found.length === 2 && BARE_RUN_BETWEEN.test(text.slice(found[0]!.index! + found[0]![0].length, found[1]!.index!));
  if (found.length !== 1 && !run) return undefined;
  // `## 1 - 08/26` on a page that writes its numbers month first (numeric-order.ts).
  const monthFirst = currentNumericOrder() === 'month-first';
  const day = Number(found[0]![monthFirst ? 2 : 1]);
  const month = Number(found[0]![monthFirst ? 1 : 2]);
  return isRealDate(LEAP_YEAR, month, day) ? { day, month } : undefined;
}

// What joins the two bare days of a run (`13/02 --> 19/02`, `13/02 au 19/02`, `13/02 - 19/02`)
// or of a pair (`24/01 et 25/01`, `24/01 & 25/01`); the second day's opening space is the match's.
const BARE_RUN_BETWEEN = /^\s*(?:-{1,2}>?|=>|\u2192|\u2794|\u279d|\u2013|\u2014|au|a|\u00e0|et|&)$/;

// A leap year, so that 29/2 is a day of some year, as a heading with no year may mean.
const LEAP_YEAR = 2024;

/**
 * The level of the headings that write a log's days as dotted pairs, if one does: there, at
 * least three such headings (see BARE_DAY_HEADINGS), one day past 12, not all on one day
 * number, going forward in time but for a slip. A document's numbered sections (`### 3.1`,
 * `### 3.2`, `### 14.1`, `### 14.2`) count from 1 under one number; versions (`## 24.04`,
 * `## 22.04`, `## 20.04`) go back; and a log's parts below its days (`### 2.1 - Exercice`,
 * `### 9.05 - Accueil`) are read at their own level, as they are.
 */
function dottedDaysDepth(found: Array<{ day: number; month: number; depth: number }>, counts: (days: Array<{ day: number; month: number }>) => boolean): number | undefined {
  const depths = [...new Set(found.map((one) => one.depth))];
  for (const depth of depths) {
    const days = found.filter((one) => one.depth === depth);
    if (!counts(days) || !days.some((one) => one.day > 12)) continue;
    if (new Set(days.map((one) => one.day)).size === 1 || !mostlyForward(days)) continue;
    return depth;
  }
  return undefined;
}

// How many steps of a log's days may go back in time, one in this many: a slip (`25.01` for `25.12`).
const STEPS_PER_SLIP = 4;
// How many months back a step crosses New Year rather than going back (`18.12` then `08.01`).
const NEW_YEAR_MONTHS = 6;

/** Whether days written in order go forward in time, a New Year crossed, but for one step in four at most. */
function mostlyForward(days: Array<{ day: number; month: number }>): boolean {
  let back = 0;
  for (let k = 1; k < days.length; k++) {
    const before = days[k - 1]!;
    const now = days[k]!;
    if (before.month - now.month >= NEW_YEAR_MONTHS) continue;
    if (now.month * 32 + now.day < before.month * 32 + before.day) back++;
  }
  return back * STEPS_PER_SLIP <= days.length - 1;
}

/** The options of the date grammar for a heading at `depth` on a page whose headings write bare days as `bareDays` says. */
function headingOptions(bareDays: BareDays, depth: number): DatedLineOptions {
  return { bareDayMonth: bareDays.bareDayMonth, heading: true, ...(depth === bareDays.dottedDepth ? { dottedDayMonth: true } : {}) };
}

/** Whether a node is a line that names the list below it a changelog, and nothing else. */
function labelsAChangelog(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && isChangelogName(plainText(node));
}

/** A bare day closing a heading after a short label (`J1 = 29/04`, `Jour 3 : 07/06`), as a log of days numbered so writes it. */
function closingBareDay(text: string): DatedLine | undefined {
  if (closingItemDate(text, {}) !== undefined) return undefined;
  const line = closingItemDate(text, { bareDayMonth: true });
  return line && line.start <= CLOSING_BARE_LABEL && line.expression.kind === 'single' ? line : undefined;
}

// How long the label before a heading's bare day may be (`J12 = `, `Jour 3 : `): a counter, not a sentence.
const CLOSING_BARE_LABEL = 12;

// How many words the line under a dated heading holds at most to say, alone, that the day is called off.
const CALLED_OFF_WORDS = 6;

/**
 * Whether the paragraph right under a dated heading opens with a short line that calls the
 * day off (`Cours annulé`, `Annulé, pas reporté.`, `Pas de cours`): a log's way of striking
 * a day, or names the holidays alone (`Vacances`). A longer sentence may tell of another
 * day's cancellation; it is left as it is.
 */
function saysCalledOffBelow(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const line = plainText(node).split('\n')[0]!.trim();
  if (line.split(/\s+/).length > CALLED_OFF_WORDS) return false;
  const folded = normaliseText(line);
  // In its first two words (`Annulé`, `Cours annulé`, `Séance reportée`): `Accueil fermé à midi` calls nothing off.
  const opening = folded.split(/[^a-z]+/).filter((word) => word !== '').slice(0, 2);
  // `# 01.01` over `Vacances`: the holidays' name alone strikes the day as `Pas de cours` does
  // (a feast's alone may be the day's theme: `## 24 décembre` over `Noël`).
  return opening.some((word) => word.startsWith('annul') || word.startsWith('report')) || saysNoClass(folded) || namesDayOff(folded) === 'holidays';
}

