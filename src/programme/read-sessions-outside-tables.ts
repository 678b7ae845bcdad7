/*
 * The sessions of a document that has no schedule table: dated headings with their day
 * agendas, dated list items and course-log titles, given their years the way a table's
 * rows are (inferYears over every written date in document order, with the document's
 * clues; countYears within one date), and turned into sessions with positions.
 */
import { withoutPeriodRecaps } from './period-recaps.js';
import { nextDayOf, slotsAfterMidnight } from './night-slots.js';
import { readGanttTasks } from './mermaid-gantt.js';
import { releaseHeadings } from './release-headings.js';
import { spelledOutSpans } from './spelled-out-spans.js';
import type { DatedLine } from '../dates/dated-line.js';
import type { Root } from 'mdast';
import { resolveDates } from '../dates/resolve-dates.js';
import type { YearHints } from '../dates/year-inference.js';
import { addDays, compareDates, isoWeekday, toIsoDate } from '../dates/plain-date.js';
import type { DateExpression, PlainDate, ResolvedDates, TimeSlot } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { yearsOfRows } from './row-years.js';
import { yearsWritten } from './guess-year.js';
import { hiddenRanges, isHidden, type HiddenRanges } from './hidden-ranges.js';
import { readAnnouncedSessions } from './announced-sessions.js';
import { withoutTranslations } from './translated-part.js';
import { elapsedRunningOrders } from './elapsed-times.js';
import { normaliseText } from '../dates/normalise-text.js';
import { closingSlots } from './closing-slot.js';
import type { Session } from './model.js';
import { readCourseLog } from './read-course-log.js';
import { readDatedHeadings } from './read-dated-headings.js';
import { readByPageDays } from './page-days.js';
import { monthOfBareDays } from './month-heading-days.js';
import { metadataTimeOfDay, pageHours, readEventPage } from './event-page.js';
import { readScriptEvents } from './script-events.js';
import { readInvitedSections } from './invited-sections.js';
import { withoutPostDay } from './post-day-title.js';
import { readFrontMatterEvents } from './front-matter-events.js';
import { readShortcodeEvents } from './shortcode-events.js';
import { readShortcodeItems } from './shortcode-items.js';
import { headingsDetailingItems, headingsRepeatingSlots } from './listed-detail-headings.js';
import { agendaDaysToldAgain, dayExtentLines, slotsOfRepeatedSections, restatingLists, shortlistedSessions, untitledDaysToldAgain } from './repeated-sections.js';
import { newsHeadings } from './news-headings.js';
import { namesAChangelog, namesAChangelogFile } from './changelog-title.js';
import { changeJournalSpans } from './change-journal.js';
import { namesGradedWork } from './numbered-session.js';
import { meetingRecordOf, opensAsAccount, pageMeetingRecord } from './meeting-record.js';
import { boldLineText, plainText } from './plain-text.js';
import { pageMetadata, trailingMetadata } from './page-metadata.js';
import { frontMatterTitle, pageTitle } from './front-matter-days.js';
import { addSectionEnds, addSectionHours } from './section-hours.js';
import { partYearClues, yearLabelledParts, yearsByPart } from './year-labelled-parts.js';
import { shareSeriesHours } from './series-hours.js';
import { saysUnsettled, withoutUnsureOpening, type DraftHours, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { documentYearClues } from './year-clues.js';
import { listOrPart } from './list-parts.js';
import { readTablesDatedInRows } from './table-day-rows.js';
import { withMoreDatedHours } from './more-dated-hours.js';
import { recordBySubject } from './record-by-subject.js';
import { loggedSlots } from './minutes-log.js';
import { eventRestatedOnOtherDay } from './restated-event-day.js';
import { readWeeklySeries } from './weekly-series.js';
import { withTitlesOverWhenSections } from './title-over-when-section.js';
import { isExamplePage } from './example-page.js';

/** What the years of these sessions may come from besides the document. */
export interface OutsideTableOptions {
  title?: string;
  year?: number;
  /** The day the file was last committed, asked only when no year is written (see guess-year.ts). */
  referenceDate?: () => PlainDate | undefined;
  /** The file's path from its repository's folder, asked only when no year is written (see path-year.ts). */
  repositoryPath?: () => string | undefined;
}

/**
 * Which of the shapes to read: all of them, only headings (with their agendas and log
 * titles), only lists, or only the sessions announced in sentences (beside a table).
 */
export type OutsideTableShapes = 'all' | 'headings' | 'lists' | 'sentences';

// A dated list item, or a timed item under one; timed items under a heading belong to the heading's day.
function isListShape(draft: SessionDraft): boolean {
  return draft.source === 'list' && (draft.dated !== undefined || draft.day?.source === 'list');
}

/** Reads the sessions written outside tables, in document order. */
export function readSessionsOutsideTables(
  tree: Root,
  source: SourceText,
  options: OutsideTableOptions,
  report: DiagnosticCollector,
  shapes: OutsideTableShapes = 'all',
): Session[] {
  // A changelog's dated headings and items are its releases (changelog-title.ts), whether its
  // title or its file's name (`CHANGELOG.md`) says so.
  if (namesAChangelog(options.title) || namesAChangelog(frontMatterTitle(tree)) || namesAChangelogFile(options.repositoryPath?.())) return [];
  // A template's documentation whose event is an example (`summary: Documentation fictive …`, example-page.ts).
  if (isExamplePage(pageMetadata(tree, source))) return [];
  // A closing Pandoc metadata block is the page's metadata (pageMetadata reads it), no line of its programme.
  const trailing = trailingMetadata(tree, source);
  const hidden = trailing ? [...hiddenRanges(source.text), [trailing.nodes[0]!.position!.start.offset ?? 0, source.text.length] as [number, number]] : hiddenRanges(source.text);
  const bareMonth = options.referenceDate ? monthOfBareDays(tree, hidden, options.referenceDate) : undefined;
  const headings = readDatedHeadings(tree, source, hidden, undefined, bareMonth);
  addSectionHours(tree.children, headings, source, hidden);
  addSectionEnds(tree.children, headings, source, hidden);
  const paged = readByPageDays(tree, source, hidden, headings);
  // Tables dated by a header cell or banner rows, unless a heading above already reads them as its day's agenda.
  // A table that writes one day in its header or banners (`|SAMEDI 20/04 |`), under a heading
  // that names several (`20 et 21 avril 2024`, a festival's two days with a table each), is
  // that one day's, as a reader reads it: the heading's reading of its rows gives way.
  const inRows = readTablesDatedInRows(tree, source, hidden);
  const ownDay = new Set(inRows.filter((draft) => draft.day?.dated && isOneDay(draft.day.dated.line)).map((draft) => draft.position.start.line));
  const pagedKept = paged.filter((draft) => !(ownDay.has(draft.position.start.line) && draft.day?.dated && !isOneDay(draft.day.dated.line)));
  const taken = new Set(pagedKept.map((draft) => draft.position.start.line));
  const rowDated = inRows.filter((draft) => !taken.has(draft.position.start.line));
  const sorted = [...pagedKept, ...rowDated].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  const repeating = headingsRepeatingSlots(sorted);
  const restating = new Set(headings.flatMap((draft) => (draft.restatedDay ? [draft.restatedDay.position.start.line] : [])));
  const written = sorted.filter((draft) => !repeating.has(draft));
  // A log title read from the source lines is dropped where the markdown already gave a
  // session on its line; several sessions may begin on one line (`9h - Accueil<br>9h30 - …`).
  const lines = new Set(written.map((draft) => draft.position.start.line));
  const logged = readCourseLog(tree, source, hidden).filter((draft) => !lines.has(draft.position.start.line));
  // A journal's `Bilan de la semaine du 09/05/22 au 13/05/22` after those days: told again, no session (period-recaps.ts).
  const drafts = withoutPeriodRecaps(withMoreDatedHours([...written, ...logged], source).sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0)))
    .filter((draft) => shapes === 'all' || (shapes !== 'sentences' && (shapes === 'lists') === isListShape(draft)));
  // A Hugo page's event cards, each a shortcode with its fields as attributes (shortcode-events.ts).
  if (shapes === 'all' || shapes === 'lists') {
    drafts.push(...readShortcodeEvents(source, hidden));
    // `{{< jf-button-item … >}}6 - 10 juillet 2026{{< /jf-button-item >}}`, one a line (shortcode-items.ts).
    const taken = new Set(drafts.map((draft) => draft.position.start.line));
    drafts.push(...readShortcodeItems(source, hidden).filter((draft) => !taken.has(draft.position.start.line)));
    drafts.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  }
  // A researcher's talks, listed by subject over the years, are a record, no calendar (record-by-subject.ts).
  const bySubject = recordBySubject(drafts);
  if (bySubject.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !bySubject.has(draft)));
  // A README's section that journals the project's changes (`## Journal` over `28/05/2026`
  // and `- Ajout lien vers support Module 6`) tells work done, no session (change-journal.ts).
  const journals = changeJournalSpans(tree, options.referenceDate?.());
  const inJournal = (line: number) => journals.some((span) => line >= span.from && line <= span.to);
  if (journals.length > 0) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !inJournal(draft.position.start.line)));
  // A diary's post titled by its day (`# Jeudi 19 mars 2020` on the day its front matter dates it) is no session (post-day-title.ts).
  drafts.splice(0, drafts.length, ...withoutPostDay(tree, source, drafts));
  // A page that gives no session in its text may list its events in its front matter
  // (front-matter-events.ts), or be an event's page, whose session is the page (event-page.ts).
  // A page whose plan is a Mermaid Gantt chart alone gives its tasks (mermaid-gantt.ts).
  if (drafts.length === 0 && (shapes === 'all' || shapes === 'lists')) drafts.push(...readGanttTasks(tree, source, hidden));
  // A calendar widget's events listed in the page's script (script-events.ts), when the page's text lists none.
  if (drafts.length === 0 && (shapes === 'all' || shapes === 'lists')) drafts.push(...readScriptEvents(tree, source, hidden));
  const listed = drafts.length === 0 && (shapes === 'all' || shapes === 'lists') ? readFrontMatterEvents(tree, source) : [];
  drafts.push(...listed);
  // Minutes are written after the meeting they record: the page is not that meeting's invitation (meeting-record.ts).
  // A page with no heading may open with its title in bold (`**COMPTE RENDU RÉUNION 17 avril 2023**`).
  const record = pageMeetingRecord(pageMetadata(tree, source), options.title ?? boldLineText(tree.children[0]));
  // A story of an event held, as its opening says (`Retour en images et en texte de…`),
  // tells the days it lived: its dated headings and items that give no hours are the
  // story's days; what it gives hours to is kept, for a reader to judge.
  if (opensAsAccount(openingText(tree, hidden))) drafts.splice(0, drafts.length, ...drafts.filter((draft) => draft.hours || draft.slots > 0 || draft.day));
  // The report of a year gone by (`Rapport annuel 2023`) tells on its dated items and headings
  // what happened in it: none is a session; as minutes, it gives only the coming events its
  // sentences announce (meeting-record.ts).
  if (record === 'report') drafts.splice(0);
  // `# Compte-rendu réunion visio` over `## 28/11/2024`: a heading of minutes that is only a
  // date, no hours, on a day before they were last written, is a meeting they record, no
  // session to come; the dates they give ahead (`## Prochaines réunions` over `### 12/12/2024`) are.
  if (record === 'minutes') {
    const written = options.referenceDate?.();
    // `18:54 - arrivée d'Eric Patrizio` under `# Assemblée générale du 27 février 2024`: the
    // times minutes log of the meeting they record are its course, no slot to come (minutes-log.ts).
    // The names that call the page minutes (`Compte-rendu de l'AG du 27 février 2024`), not a heading of another matter below.
    const names = [...pageMetadata(tree, source).filter((entry) => entry.key === 'title' || entry.key === 'titre').map((entry) => entry.value), ...(options.title === undefined ? [] : [options.title])].filter(
      (name) => meetingRecordOf(name) === 'minutes',
    );
    const logged = loggedSlots(tree, drafts, names, (line) => meetingHeld(line, written));
    const recorded = (draft: SessionDraft) =>
      (draft.source === 'heading' && draft.dated?.line.title === '' && !draft.hours && draft.slots === 0 && meetingHeld(draft.dated.line, written)) || logged.has(draft);
    drafts.splice(0, drafts.length, ...drafts.filter((draft) => !recorded(draft)));
  }
  const page = drafts.length === 0 && !record && (shapes === 'all' || shapes === 'headings') ? readEventPage(tree, source, hidden, options.repositoryPath?.()) : undefined;
  if (page) drafts.push(page);
  // A page of a few events, each heading's section inviting to its own day (invited-sections.ts).
  else if (drafts.length === 0 && !record && (shapes === 'all' || shapes === 'headings')) drafts.push(...readInvitedSections(tree, source, hidden));
  // `### Samedi` under `## Semaine du 16 au 20 mars`: said once, on the weekday.
  for (const draft of drafts) {
    if (draft.restatedDay) {
      report.addMessage(
        'event-dates-mismatch',
        'event-dates-mismatch-restated',
        { heading: draft.dated!.line.dateText, text: draft.restatedDay.text, line: draft.restatedDay.position.start.line },
        draft.position,
      );
    }
    if (draft.outsideWeek) report.add('weekday-outside-week', { label: draft.outsideWeek.label, week: draft.outsideWeek.week }, draft.outsideWeek.position, { actual: draft.outsideWeek.label });
  }
  let seriesShared: DraftHours | undefined;
  if (drafts.length > 0) {
    // `Les séances ont lieu le jeudi de 15h45 à 17h.` above dated headings that give no hours.
    seriesShared = shareSeriesHours(tree, drafts, source, hidden);
    // A page of one dated session whose time is set apart elsewhere on the page (event-page.ts).
    const single = drafts.filter((draft) => draft.dated && !draft.day && draft.slots === 0 && !draft.group && !draft.borrowed);
    if (single.length === 1 && !drafts.some((draft) => draft.hours)) {
      // `# ChtiJS n°26 du 24 Août 2023` under `date: '2023-08-24T18:45:00Z'`: the metadata's
      // time of that day, whatever parts the heading's section holds (its talks).
      const told = splitIntoParts(tree, single[0]!) ? undefined : pageHours(tree, source, hidden, single[0]!.dated?.line);
      const hours = told ?? (single[0]!.dated ? metadataTimeOfDay(tree, source, single[0]!.dated.line) : undefined);
      if (hours) single[0]!.hours = hours;
    }
  }
  // The lines of every dated heading and item, read or not in these shapes, are theirs.
  // A narrative page is no programme: sentences add sessions only beside those a page lists
  // (a table's, in the shape `sentences`, asked for beside one).
  // Minutes are no narrative page: the coming events their sentences announce are what they give to a calendar.
  if ((shapes === 'all' && (drafts.length > 0 || record === 'minutes' || record === 'report')) || shapes === 'sentences') addAnnounced(tree, source, hidden, drafts, [...written, ...logged], shapes === 'sentences');
  // `Date : 3 mars 2020 à 18h` in minutes or a report is the meeting they record, no session to come.
  if (record) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !draft.whenField));
  // A page with no other session still tells its event's days under a heading that labels
  // the when (`## Horaire` over `Le jeudi 6 mars à 19h30 et le jeudi 13 mars à 14h30.`): that
  // section is no story, it is what a reader puts on a calendar.
  else if (shapes === 'all' && drafts.length === 0 && !record) {
    addAnnounced(tree, source, hidden, drafts, [...written, ...logged], false, true);
    // `**Quand:** 15/10/2020, 14h-17h` among the fields of `# Formation ggplot`: the page's event, named by its title.
    const named = pageTitle(tree);
    if (named) for (const draft of drafts) if (draft.whenField) draft.title = named;
    if (drafts.length === 0) drafts.push(...programmeInProse(tree, source, hidden, [...written, ...logged]));
    // `Ces ateliers ont lieu les mercredis de 19 à 21h du 4 septembre 2024 au 25 juin 2025.`: a series held every week, written once (weekly-series.ts).
    if (drafts.length === 0) drafts.push(...readWeeklySeries(tree, source, hidden, named ?? options.title ?? ''));
  }
  // `Le cours du 2019-12-10 est annulé` beside a course whose hours the page gives once
  // (`Le mercredi de 9h à 12h`): the meeting cancelled is one of the series, at its hours.
  if (seriesShared) for (const draft of drafts) if (draft.announced && draft.cancelled && !draft.hours) draft.hours = seriesShared;
  // The page's event, invited to in its text on another day than its metadata gives: one
  // event written twice, said once, and listed once, on the metadata's day (restated-event-day.ts).
  const pageEvent = page ?? (listed.length === 1 ? listed[0] : undefined);
  for (const twice of eventRestatedOnOtherDay(tree, pageEvent, drafts, source.text)) {
    drafts.splice(drafts.indexOf(twice), 1);
    report.addMessage(
      'event-dates-mismatch',
      'event-dates-mismatch-page',
      { event: pageEvent!.title, text: twice.dated!.line.dateText, page: pageEvent!.dated!.line.dateText, pageLine: pageEvent!.dated!.position.start.line },
      twice.dated!.position,
    );
  }
  // The line of hours a heading took that opens with another day (section-hours.ts) is the
  // heading's session written twice, reported once, not a session of its own.
  if (restating.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((draft) => draft.restatedDay || !restating.has(draft.position.start.line)));
  // `AG de l'AFPC - 22 mai 2012` over `Date et Lieu:` and `Le mardi 22 mai 2012 à 17h`: one meeting (title-over-when-section.ts).
  drafts.splice(0, drafts.length, ...withTitlesOverWhenSections(drafts, tree));
  if (drafts.length === 0) return [];

  const dated = drafts.filter((draft) => draft.dated);
  // Items under a lead that names their weekday (`**Cafés-rencontre le dimanche de 9h à 12h :**`)
  // count as writing it when their year is sought, as a reader checks a calendar for it.
  const expressions = dated.map((draft) => withLeadWeekday(draft.dated!.line.expression, draft.hours));
  const clues = documentYearClues(tree, options.title, dated[0]?.position.start.line, dated.at(-1)?.position.start.line);
  const hints: YearHints = { ...clues, ...(options.year === undefined ? {} : { optionYear: options.year }) };
  // Each list or part of the page runs its own way (an upcoming list, then past events kept newest first).
  const partOf = listOrPart(tree);
  const parts = new Map<string, number>();
  const blocks = dated.map((draft, index) => {
    // An artist's caption of a show (a heading listed with its work, event-noun-parts.ts)
    // writes its own year: no caption above or below it says it went back in time.
    const part = draft.groupItem && draft.source === 'heading' ? `caption ${index}` : partOf(draft.titledBy?.start.line ?? draft.dated!.position.start.line);
    if (!parts.has(part)) parts.set(part, parts.size);
    return parts.get(part)!;
  });
  // A list whose first day falls within the days the lists above cover (a summer page's
  // readings in August, then a show's days in July and August) runs in their year, as the
  // parallel tables of one page do: it does not roll into the next year.
  const place = { ...options, writtenYears: () => yearsWritten(source.text) };
  const lineOf = (draft: SessionDraft) => draft.titledBy?.start.line ?? draft.dated!.position.start.line;
  // A page kept over several years, each under its heading (`## Année universitaire 2024-2025`):
  // each part's days are read with the clues around that part (year-labelled-parts.ts).
  const labelled = yearLabelledParts(tree, dated.map(lineOf));
  const years = labelled
    ? yearsByPart(labelled, (members) => {
        const first = dated[members[0]!]!;
        const partClues = partYearClues(tree, options.title, labelled[members[0]!], lineOf(first), lineOf(dated[members.at(-1)!]!));
        const partHints: YearHints = { ...partClues, ...(options.year === undefined ? {} : { optionYear: options.year }) };
        const partBlocks = members.map((index) => blocks[index]!);
        return yearsOfRows(members.map((index) => expressions[index]), partHints, place, first.dated!.position, report, partBlocks, partBlocks);
      })
    : yearsOfRows(expressions, hints, place, dated[0]!.dated!.position, report, blocks, blocks);
  const resolved = new Map<SessionDraft, ResolvedDates | undefined>();
  let missingYear = false;
  dated.forEach((draft, index) => {
    const inferred = years[index];
    const text = draft.dated!.line.dateText;
    const where = report.say('section-label', { heading: draft.title || text });
    if (!inferred) {
      if (!missingYear) report.add('missing-year', { text, where }, draft.dated!.position);
      missingYear = true;
      resolved.set(draft, undefined);
      return;
    }
    const result = resolveDates(draft.dated!.line.expression, inferred);
    if (result.ok) {
      resolved.set(draft, draft.weekly !== undefined ? onWeekday(result.value, draft.weekly) : spansItsWeek(draft.dated!.line, draft.title) ? workingWeek(result.value) : result.value);
    } else {
      if ('invalid' in result) {
        const { mention, year } = result.invalid;
        const date = `${mention.day}/${String(mention.month).padStart(2, '0')}/${year}`;
        report.add('invalid-date', { text, date, where }, draft.dated!.position, { actual: text });
      } else if ('backwards' in result) {
        report.add('reversed-range', { text, where }, draft.dated!.position, { actual: text });
      }
      resolved.set(draft, undefined);
    }
  });

  const sessions: Session[] = [];
  const firstOfDay = new Map<SessionDraft, number>();
  const { details, disagreeing } = headingsDetailingItems(drafts, resolved);
  for (const { detail, item } of disagreeing) {
    report.addMessage(
      'event-dates-mismatch',
      'event-dates-mismatch-detail',
      { section: detail.dated!.line.title || detail.title, text: detail.dated!.line.dateText, item: item.dated!.line.dateText, itemLine: item.dated!.position.start.line },
      detail.dated!.position,
    );
  }
  // `00H45 Ruby My Dear` below `23H30 Filastine` under `Samedi 26 mai`: played on Sunday (night-slots.ts).
  const night = slotsAfterMidnight(drafts);
  const elsewhere = habitHoursOfNoSession(drafts, resolved);
  // A festival's artist cards after its programme, each with the hour it plays: the same acts told again.
  const dayOf = (draft: SessionDraft): string | undefined => {
    const value = resolved.get(draft.day ?? draft);
    return value ? value.days.map(toIsoDate).join(' ') : undefined;
  };
  const repeated = slotsOfRepeatedSections(drafts, tree.children, dayOf);
  // `De 06H15 à 20H00 — une journée complète…` above the day's slots: the day's hours.
  for (const extent of dayExtentLines(drafts, dayOf)) repeated.add(extent);
  // `Vendredi 25 janvier 2013 de 18h à 20h` under `## Dates`, the day's agenda below: the day told again.
  for (const told of agendaDaysToldAgain(drafts, dayOf)) repeated.add(told);
  // `**Moments forts à ne pas manquer :**` over `- 20h00 : Dîner de gala 🍽️`: the day's slots recalled.
  for (const recalled of restatingLists(drafts, dayOf)) repeated.add(recalled);
  // `- le vendredi 16 mai 2025` under a course's tests, the day of its `S02` listed below: the day told again.
  for (const told of untitledDaysToldAgain(drafts, dayOf)) repeated.add(told);
  // `1. **NextGen Hackathon** (10-12 déc 2025)` in a shortlist below `### 4. NextGen Hackathon`: the event picked again.
  for (const picked of shortlistedSessions(drafts, dayOf)) repeated.add(picked);
  // `# 16/10/2023 : TD2 ce mercredi` on a page of news kept newest first: the day it was posted.
  for (const posted of newsHeadings(drafts, tree.children, source, resolved)) repeated.add(posted);
  const onAnotherSessionsDay = (card: SessionDraft): boolean => {
    const day = dayOf(card);
    return day !== undefined && drafts.some((other) => other !== card && !other.factCard && dayOf(other)?.split(' ').some((one) => day.split(' ').includes(one)));
  };
  // `### Milestone 1.1 (8-9 septembre)` over `- **Jour 1 (8 sept):**`, `- **Jour 2 (9 sept):**`: the days' group (spelled-out-spans.ts).
  for (const span of spelledOutSpans(drafts, dayOf, tree)) repeated.add(span);
  // `## 3.11 (6 août 2022)` over `## 3.10 (4 octobre 2021)`: a changelog's releases, newest first (release-headings.ts).
  for (const release of releaseHeadings(drafts, dayOf)) repeated.add(release);
  // `20h50 -- Fin` closing a day's agenda: when the day ends, no session (closing-slot.ts).
  for (const closing of closingSlots(drafts)) repeated.add(closing);
  // `**0:00 — Accueil**`, `**0:15 — Manips**` under a workshop's day: its plan, not clock hours (elapsed-times.ts).
  for (const part of elapsedRunningOrders(drafts)) repeated.add(part);
  for (const draft of drafts) {
    if (repeated.has(draft)) continue;
    // A dated heading or item with slots under it is the day; a timed heading over sub-headings is their hours.
    if ((draft.dated && draft.slots > 0) || draft.group || draft.borrowed || draft.day?.outsideWeek) continue;
    // A date alone among a journal's facts (its authors, the day it began) that dates no slot
    // and is the day of a session the journal writes again: the day it began, no session of
    // its own. A card's date on no other session's day is its event (`* Lieu : médiathèque`,
    // `* Mardi 12 mars 2024`).
    if (draft.factCard && onAnotherSessionsDay(draft)) continue;
    // `## semaine 1 : 2015-02-18` under a list of the weeks details a listed session.
    if (details.has(draft)) continue;
    const owner = draft.day ?? draft;
    const dayValue = resolved.get(owner);
    const value = dayValue && night.has(draft) ? nextDayOf(dayValue) : dayValue;
    // A weekday that does not fit the year the page gives tells a sentence written for another year (a welcome
    // message not updated): prose is no list a coordinator keeps, so it is left out rather than reported.
    if (draft.announced && value?.mentions.some((mention) => mention.weekday !== undefined && isoWeekday({ year: mention.resolvedYear, month: mention.month, day: mention.day }) !== mention.weekday)) continue;
    // `Séance 1 (20 janvier)` under a page's week of slots: its day's weekday's slot, now that its year is known.
    const weekdayHours = !draft.hours && draft.weekdaySlots && value?.days.length === 1 ? draft.weekdaySlots.get(isoWeekday(value.days[0]!)) : undefined;
    // `Rendez-vous chaque samedi à 10h` over a Wednesday's exhibition: a habit's start alone
    // (series-hours.ts) is the start of the sessions on its weekday only.
    // Hours a list's lead gives its items stay theirs on another weekday (a typo, a move), which the habit check reports.
    const offHabit = draft.hours !== undefined && !draft.hours.ledList && habitStartOffDay(draft.hours, value);
    const hours = draft.hours && (elsewhere.has(draft.hours) || offHabit) ? undefined : (draft.hours ?? weekdayHours);
    if (hours?.endsBeforeStart !== undefined) {
      const where = report.say('row-label', { title: draft.title, line: draft.position.start.line });
      report.add('end-before-start', { text: hours.text, detail: hours.endsBeforeStart, where }, hours.position, { actual: hours.endsBeforeStart });
    }
    const index = sessions.length;
    // `### 11h-12h ? Rétrospective`: a slot whose hours the writer questions is tentative.
    const unsure = draft.day === undefined ? undefined : withoutUnsureOpening(draft.title);
    const title = unsure ?? draft.title;
    const carried = draft.day ? firstOfDay.get(draft.day) : undefined;
    if (draft.day && carried === undefined) firstOfDay.set(draft.day, index);
    const dateText = owner.dated?.line.dateText ?? '';
    sessions.push({
      source: draft.source,
      title: { text: title, value: title, position: draft.position },
      rowIndex: index,
      ...(carried === undefined ? {} : { dayFrom: carried }),
      position: draft.position,
      status: draft.cancelled || owner.cancelled ? 'cancelled' : value?.alternatives || owner.dated?.line.expression.unsettled || (owner.dated !== undefined && spansItsWeek(owner.dated.line, owner.title)) || draft.announced === 'tentative' || (draft.day !== undefined && saysUnsettled(draft.title)) || unsure !== undefined ? 'tentative' : 'confirmed',
      // `dayFrom` marks the slots after a day's first: its weekday is checked once, at the day's heading.
      dates: {
        text: dateText,
        value,
        position: owner.dated?.position ?? draft.position,
      },
      cells: [],
      ...(draft.announced ? { announced: draft.announced === 'cancels' ? ('cancels' as const) : (true as const) } : {}),
      ...(hours ? { hours: { text: hours.text, value: hours.endsBeforeStart === undefined ? hours.slots : undefined, position: hours.position } } : {}),
      ...(draft.place ? { place: { text: draft.place.text, value: draft.place.text, position: draft.place.position } } : {}),
      ...(draft.track === undefined ? {} : { track: draft.track }),
      ...(draft.listStart === undefined ? {} : { listStart: draft.listStart }),
      ...(draft.groupItem ? { groupItem: true as const } : {}),
      // Hours given a kind of class (`**Cours magistral:** Lundi …`) name their sessions: they
      // are checked against its weekday even when none falls on it (a page of last year's dates).
      ...(draft.hours?.weekday !== undefined && (!elsewhere.has(draft.hours) || draft.hours.byKind)
        ? { habitWeekday: { weekday: draft.hours.weekday, line: draft.hours.position.start.line, ...(draft.hours.byKind ? { byKind: true as const } : {}) } }
        : {}),
    });
  }
  return withoutTranslations(sessions, source.text);
}

/** Whether a date minutes give falls on or before the day they were last written (`written`), its year written. */
function meetingHeld(line: DatedLine, written: PlainDate | undefined): boolean {
  if (written === undefined) return false;
  return line.expression.mentions.every((mention) => mention.year !== undefined && compareDates({ year: mention.year, month: mention.month, day: mention.day }, written) <= 0);
}

/** Whether hours are a habit's start alone (`chaque samedi à 10h`) on a session none of whose days is that weekday. */
function habitStartOffDay(hours: DraftHours, value: ResolvedDates | undefined): boolean {
  if (hours.weekday === undefined || value === undefined || hours.slots.some((slot) => slot.end !== undefined)) return false;
  return !value.days.some((day) => isoWeekday(day) === hours.weekday);
}

/** The expression with the weekday its list's lead names (DraftHours.ledList) given to each of its days that writes none, for its year to be sought. */
function withLeadWeekday(expression: DateExpression, hours: DraftHours | undefined): DateExpression {
  if (!hours?.ledList || hours.weekday === undefined) return expression;
  return { ...expression, mentions: expression.mentions.map((mention) => (mention.weekday === undefined ? { ...mention, weekday: hours.weekday } : mention)) };
}

/**
 * The hours given as a weekday's habit (`Répétitions les mardis de 18h à 19h30`,
 * series-hours.ts) that no session they were shared with falls on that weekday: they are
 * another series' (a choir's rehearsals over the dates of its concerts), and a reader gives
 * them to none. A course whose sessions mostly fall on its weekday keeps them for the one
 * moved to another day (`le mercredi de 9h à 12h`, one session on a Tuesday).
 */
function habitHoursOfNoSession(drafts: SessionDraft[], resolved: Map<SessionDraft, ResolvedDates | undefined>): Set<DraftHours> {
  const given = new Map<DraftHours, boolean>();
  for (const draft of drafts) {
    const hours = draft.hours;
    const value = resolved.get(draft.day ?? draft);
    // A list's lead gives its items their hours whatever their weekday (list-hours-above.ts).
    if (hours?.weekday === undefined || hours.ledList || !value) continue;
    const onIt = value.mentions.some((mention) => isoWeekday({ year: mention.resolvedYear, month: mention.month, day: mention.day }) === hours.weekday);
    given.set(hours, (given.get(hours) ?? false) || onIt);
  }
  return new Set([...given].filter(([, onIt]) => !onIt).map(([hours]) => hours));
}

/**
 * Adds to `drafts`, in document order, the sessions the page's sentences announce
 * (announced-sessions.ts), but for a sentence on a line that already holds a session or
 * that names a day another session is on: that sentence speaks of that session again (`La
 * FUN organise deux événements : « Documenter en commun » le mercredi 4 mai` under the
 * `### Mercredi 4 mai 2022` heading of that event).
 */
function addAnnounced(tree: Root, source: SourceText, hidden: HiddenRanges, drafts: SessionDraft[], written: SessionDraft[], besideTable: boolean, underWhenOnly = false): void {
  const lines = new Set([...drafts, ...written].map((draft) => draft.position.start.line));
  for (const draft of [...drafts, ...written]) if (draft.dated) lines.add(draft.dated.position.start.line);
  const dayKey = (mention: { day: number; month: number }) => `${mention.day}/${mention.month}`;
  const onDay = new Map<string, SessionDraft[]>();
  for (const draft of drafts) for (const mention of draft.dated?.line.expression.mentions ?? []) onDay.set(dayKey(mention), [...(onDay.get(dayKey(mention)) ?? []), draft]);
  const announced = readAnnouncedSessions(tree, source, hidden, lines, underWhenOnly).filter((draft) => {
    // `Prochaine réunion le mardi 07/03/2017 à 15h30.` beside `## Compte-rendu réunion n°3
    // (07/03/2017)`: the meeting announced, at its time, and the record of it once held are two
    // entries a reader lists, not one told twice.
    const recordOf = (other: SessionDraft) => draft.hours !== undefined && !other.hours && other.source === 'heading' && meetingRecordOf(other.title) === 'minutes';
    const same = draft.dated!.line.expression.mentions.flatMap((mention) => (onDay.get(dayKey(mention)) ?? []).filter((other) => sameSession(draft, other) && !recordOf(other)));
    // `Le cours du 14 octobre est annulé`: the session listed that day is cancelled.
    if (draft.cancelled) for (const other of same) other.cancelled = true;
    // `**Quand:** 15/10/2020, 14h-17h` over a list of 2021's sessions: a field left from an
    // earlier edition of the page, no session of this one.
    if (draft.whenField && leftFromEarlierYear(draft, drafts)) return false;
    // Beside a table, the table's sessions are matched by the caller.
    return same.length === 0 && (besideTable || draft.announced !== 'cancels');
  });
  if (announced.length === 0) return;
  drafts.push(...announced);
  drafts.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

/** Whether a draft's written year comes before every year the page's other dated drafts write. */
function leftFromEarlierYear(draft: SessionDraft, others: readonly SessionDraft[]): boolean {
  const year = draft.dated?.line.expression.mentions[0]?.year;
  const theirs = others.flatMap((other) => other.dated?.line.expression.mentions.flatMap((mention) => (mention.year === undefined ? [] : [mention.year])) ?? []);
  return year !== undefined && theirs.length > 0 && theirs.every((other) => other > year);
}

/**
 * Whether a sentence on another session's day speaks of it: either says no hours, the
 * other is a day with its agenda, or both start at the same time. An exam at noon on a
 * day of morning office hours is a session of its own.
 */
export function sameSession(announced: { hours?: { slots: TimeSlot[] } }, other: { hours?: { slots: TimeSlot[] }; slots?: number }): boolean {
  const start = (slots: TimeSlot[] | undefined) => (slots?.[0] ? slots[0].start.hour * 60 + slots[0].start.minute : undefined);
  const mine = start(announced.hours?.slots);
  const theirs = start(other.hours?.slots);
  return mine === undefined || theirs === undefined || (other.slots ?? 0) > 0 || mine === theirs;
}

/**
 * Whether a dated heading's own section is split by sub-headings (`## Lundi 4 mars` over
 * `### Matin`): a time told there may be one part's, and section-hours.ts leaves it alone.
 */
function splitIntoParts(tree: Root, draft: SessionDraft): boolean {
  const nodes = tree.children;
  // The heading that writes the date: the session may begin on the heading it is the date
  // field of (`## La randonnée` over `### Date : Dimanche 9 mars 2025`), whose parts are fields.
  const dateAt = draft.dated?.position.start.offset ?? draft.position.start.offset ?? 0;
  const at = nodes.findIndex((node) => node.type === 'heading' && (node.position?.start.offset ?? 0) <= dateAt && dateAt < (node.position?.end.offset ?? 0));
  const heading = nodes[at];
  if (heading?.type !== 'heading') return false;
  for (const node of nodes.slice(at + 1)) {
    if (node.type !== 'heading') continue;
    return node.depth > heading.depth;
  }
  return false;
}

// How many sentences with clock hours must announce sessions for a page that lists none to be a programme in prose.
const TIMED_ANNOUNCEMENTS = 2;
// What in such a sentence (folded) says its meeting is not held as said: a negation (`n'aura
// pas lieu`, `Pas de cours`), or a telling of the past (`avait lieu`, `l'an dernier`).
const NOT_AS_SAID = /(?:^|[^a-z])(?:pas|plus|aucun|aucune|jamais|avait|avaient|dernier|derniere|passe|passee)(?![a-z])/;

/**
 * The sessions of a course page that lists none but announces its meetings in sentences,
 * each with its clock hours (`Le premier cours a lieu lundi 07 septembre, 10h-12h. Le
 * second…`): two or more such meetings are a programme in prose, no story; one alone may be
 * a story's. One meeting announced twice (in the text, then on its poster) is one. A page
 * that also says a meeting will not be held, or tells of another year's, is left as a story:
 * its sentences need a reader. None otherwise.
 */
function programmeInProse(tree: Root, source: SourceText, hidden: HiddenRanges, written: SessionDraft[]): SessionDraft[] {
  const timed: SessionDraft[] = [];
  addAnnounced(tree, source, hidden, timed, written, false);
  const meeting = (draft: SessionDraft) => `${draft.dated!.line.expression.mentions.map((day) => `${day.day}/${day.month}`).join()} ${draft.hours!.slots[0]!.start.hour}`;
  const meetings = new Set(timed.filter((draft) => draft.hours && !draft.cancelled).map(meeting));
  if (meetings.size < TIMED_ANNOUNCEMENTS || timed.some((draft) => draft.cancelled || NOT_AS_SAID.test(normaliseText(draft.title)))) return [];
  return timed;
}

/**
 * Whether a week's line stands for the week's working days: graded work set in a week whose
 * day it does not say (`CC1 : semaine du 20 octobre 2025`, or `### Première soutenance`
 * over `- Semaine du 11/03`), held one of those days. A week
 * that is a step of a course plan or a journal (`1. Semaine du 9 septembre 2023 -- TD1`,
 * `* Semaine du 13 février, cours 2`, `**Semaine du 24 Février :**` over what was done) is
 * dated by the day written, settled, as its readers date it (73 such sessions of the
 * development set's readers against 3 read over the week).
 */
function spansItsWeek(line: DatedLine, title: string): boolean {
  // `### Première soutenance` over `- Semaine du 11/03`: a week alone, under what is held in it.
  return line.week === true && (namesGradedWork(line.lead) || (line.rest === '' && namesGradedWork(title, true)));
}

// The working days of a week written by its first day (`Semaine du 11/03`): that day and the four after it.
const WORKING_DAYS = 5;

/**
 * A week's dates: the five days from the one written, which of them not said; for weeks
 * written together (`Semaine du 27/05 et du 03/06`), the five days of each.
 */
function workingWeek(value: ResolvedDates): ResolvedDates {
  return { ...value, days: value.days.flatMap((first) => Array.from({ length: WORKING_DAYS }, (_, n) => addDays(first, n))) };
}

/** A weekly series' dates: the days of its period that fall on its weekday (weekly-series.ts). */
function onWeekday(value: ResolvedDates, weekday: number): ResolvedDates {
  return { ...value, days: value.days.filter((day) => isoWeekday(day) === weekday) };
}

// Whether a dated line names one day (`SAMEDI 20/04`), not several (`20 et 21 avril`, `du 3 au 5 mai`).
function isOneDay(line: DatedLine): boolean {
  return line.expression.kind === 'single' && line.expression.mentions.length === 1;
}

/** The text of the page's first paragraph, not hidden: where a post says what it is. */
function openingText(tree: Root, hidden: HiddenRanges): string {
  const first = tree.children.find((node) => node.type === 'paragraph' && !isHidden(hidden, node.position?.start.offset));
  return first ? plainText(first) : '';
}

