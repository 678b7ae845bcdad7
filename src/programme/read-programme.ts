import type { Heading, Root } from 'mdast';
import { leadingDayOfHeading, parseFrenchDate } from '../dates/french-dates.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/french-months.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { weekLabelLine, weekWords, type NamedWeek } from './week-anchor.js';
import { readDatedLine } from '../dates/dated-line.js';
import { dateAfterNumberedLabel } from '../dates/numbered-date.js';
import { dateAfterLabel } from './labelled-date-cell.js';
import { dateInStamp } from '../dates/stamped-date.js';
import { dateWordHint, writesNoDate } from '../dates/date-word-hint.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { resolveDates } from '../dates/resolve-dates.js';
import { daysInMonth, isoWeekday, toIsoDate } from '../dates/plain-date.js';
import { walkNodes } from './walk-nodes.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { DEADLINE_PHRASES, HAND_IN, LIMIT } from './deadline-words.js';
import { countYears, type InferredYears, type YearHints } from '../dates/year-inference.js';
import { extractYear } from '../dates/years.js';
import type { DateExpression, DateParseResult, PlainDate, ResolvedDates, TimeSlot } from '../dates/types.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { datedTextOf } from './dated-text.js';
import { findHtmlScheduleTables, findScheduleTables, type FoundTable } from './find-schedule-table.js';
import type { Column, DetailSection, Field, Programme, Session, SubHeading } from './model.js';
import { hoursAndPlaceSwapped } from './swapped-columns.js';
import { namesDueDays, tableHoursAround } from './table-hours-around.js';
import { weekdaySlotsAbove } from './weekday-slots.js';
import { weekdayStartsBelow } from './weekday-start-below.js';
import { classDaySlots } from './class-day-slots.js';
import { courseWeekFacts } from './course-week-facts.js';
import { yearsWritten } from './guess-year.js';
import { listOrPart } from './list-parts.js';
import { parseMarkdown } from './parse-markdown.js';
import { readingTreeOf } from './reading-tree.js';
import { plainText } from './plain-text.js';
import { carryDaysDown, readRows, type RowDraft } from './read-rows.js';
import { readDayColumnRows } from './day-columns.js';
import { readGroupSlotRows } from './group-slot-columns.js';
import { hourColumnsOf, splitHourColumns } from './hour-columns.js';
import { splitParallelColumns } from './parallel-columns.js';
import { splitWeekdayColumns, weekdayColumnsOf } from './weekday-columns.js';
import { onClassWeekday } from './class-weekday-weeks.js';
import { readWeekPlanRows, type WeekPlan } from './week-plan.js';
import { documentYearClues, monthNamedAbove } from './year-clues.js';
import { partYearClues, yearLabelledParts, yearsByPart } from './year-labelled-parts.js';
import { monthsOfRows } from './month-column.js';
import { readSections, type SectionDraft, type SubHeadingDraft } from './read-sections.js';
import { subHeadingDate } from './sub-heading-days.js';
import { SourceText } from './source-text.js';
import { rowsAsMeant } from './leading-pipe-rows.js';
import { readHours, rowHours, swapHoursAndPlace } from './row-hours.js';
import { eventCardsBesideTables } from './cards-beside-tables.js';
import { titleCallsOff } from './cancelled-title.js';
import { frontMatterTitle } from './front-matter-days.js';
import { readSessionsOutsideTables, sameSession, type OutsideTableOptions } from './read-sessions-outside-tables.js';
import { headingsOverAgendaTables } from './read-day-agendas.js';
import { isGradedWorkTable, withoutGradedWork } from './graded-work-tables.js';
import { yearsOfRows } from './row-years.js';
import { monthOfWeekdayDays } from './weekday-day-months.js';

/**
 * Where a document's sessions are read from (the `sessions` setting): `auto` reads the
 * schedule table when there is one, else the dated headings, day agendas and dated lists;
 * `table` only the table; `headings` only the dated headings (with their agendas and
 * course-log titles); `lists` only the dated list items.
 */
export type SessionShape = 'auto' | 'table' | 'headings' | 'lists';

/** What reading a programme needs besides its text. */
export interface ReadOptions {
  /** The `--year` option: the year of the first session, used when the document gives none. */
  year?: number;
  /**
   * The day the file was last committed, asked only when no year is written: the year
   * the rows' weekdays fit that is closest to it is taken (`jeudi 15 janvier`), else the
   * year that puts the first session closest to it.
   */
  referenceDate?: () => PlainDate | undefined;
  /**
   * The file's path from its repository's folder, that folder's name included
   * (`syllabus-EDM5240-H2019/calendrier.md`), asked only when no year is written: a year in
   * those names is taken before any guess (see path-year.ts).
   */
  repositoryPath?: () => string | undefined;
  /**
   * Where the sessions are read from (the `sessions` setting): `auto` (absent) the
   * schedule table when there is one, else the headings, agendas and lists; `table` the
   * table only; `headings` or `lists` that shape only, tables or not.
   */
  sessions?: SessionShape;
}

/** The programme and the mdast it came from (rules and links work on the tree too). */
export interface ReadResult {
  programme: Programme;
  /** The document's markdown tree as written: links, managed blocks and ignore comments work on it. */
  tree: Root;
  /**
   * The tree the programme was read from, which the rules check: `tree` with its raw HTML
   * blocks read as the markdown they show (html-blocks.ts); `tree` itself when it has none.
   */
  readingTree: Root;
  source: SourceText;
}

/**
 * Reads a programme document into its sessions and detail sections, reporting every cell
 * that cannot be read on that cell; the other rows are still read. Every schedule table
 * is read, in document order, and the years are counted across them. `parsed`: the
 * text's tree, when the caller has parsed it already (discovery does, to find the table).
 */
export function readProgramme(text: string, options: ReadOptions, report: DiagnosticCollector, parsed?: Root): ReadResult {
  const source = new SourceText(text);
  let written: Root;
  try {
    written = parsed ?? parseMarkdown(text);
  } catch (error) {
    // micromark recurses on nesting; thousands of levels overflow the stack. That is the
    // document's problem, so it is reported like one rather than crashing the run.
    if (!(error instanceof RangeError)) throw error;
    report.add('too-deeply-nested', {}, undefined);
    return emptyRead(text);
  }
  // Everything below reads the HTML blocks as the markdown they show; `written` stays as
  // the document wrote it for the links and managed blocks.
  const tree = readingTreeOf(written, source);
  const title = documentTitle(tree);
  // `title = '[ANNULÉ] Le Grand Transplacement'`: the page calls its whole event off, every
  // session with it, whatever shape its programme has.
  const calledOff = titleCallsOff(frontMatterTitle(tree)) || titleCallsOff(title);
  const result = (programme: Programme): ReadResult => {
    if (calledOff) for (const session of programme.sessions) session.status = 'cancelled';
    return { programme, tree: written, readingTree: tree, source };
  };
  const shape = options.sessions ?? 'auto';
  if (shape === 'headings' || shape === 'lists') {
    // The coordinator said where the sessions are: tables are not read as a schedule.
    const readOptions = outsideTableOptions(title, options);
    const sessions = readSessionsOutsideTables(tree, source, readOptions, report, shape);
    if (sessions.length === 0) report.add('no-schedule-table', { sessions: shape }, undefined);
    return result({ ...defined('title', title), tables: [], sessions, sections: [] });
  }
  const dated = datedTablesOf(tree, source);
  let found = dated.filter((table) => !table.notAProgramme);
  // Tables that only their cells make a programme (no header word names a schedule's
  // column) are a weaker sign than dated headings or lists: a small table of key dates
  // beside a dated list of every session is a summary, and the list is the programme.
  if (shape === 'auto' && found.length > 0 && found.every((table) => table.byCells)) {
    const rows = found.reduce((count, table) => count + table.table.children.length - 1, 0);
    const scratch = new DiagnosticCollector(report.language, report.rules);
    const readOptions = outsideTableOptions(title, options);
    if (readSessionsOutsideTables(tree, source, readOptions, scratch).length > rows) found = [];
  }

  const htmlTables = found.length === 0 ? findHtmlScheduleTables(tree) : [];
  for (const html of htmlTables) report.add('html-table', {}, html.position);
  const listing = found.length === 0 ? dated[0]?.notAProgramme : undefined;
  if (listing) report.add('not-a-programme', { headers: listing.headers.join(' | '), kind: listing.kind }, dated[0]!.table.position);
  // The one place the shapes meet: a document with a schedule table is read from it (its
  // dated headings are detail sections); one without, from its headings, agendas and lists.
  if (found.length === 0 && htmlTables.length === 0 && shape === 'auto') {
    const readOptions = outsideTableOptions(title, options);
    const sessions = readSessionsOutsideTables(tree, source, readOptions, report);
    if (sessions.length > 0) return result({ ...defined('title', title), tables: [], sessions, sections: [] });
    // A narrative page is not a mistake: said in an info, not warned.
    if (!listing) report.add('no-schedule-table', {}, undefined);
  } else if (found.length === 0 && htmlTables.length === 0 && !listing) {
    report.add('no-schedule-table', { sessions: 'table' }, undefined);
  }

  const tableLine = found[0]?.table.position?.start.line;
  const sectionDrafts = readSections(tree, source, tableLine, new Set(found.map((table) => table.table.position!.start.line)));
  const rows = found.flatMap((table, tableIndex) => {
    const bodyRows = rowsAsMeant(table.table, source.text, table.columns.find((column) => column.role === 'dates')?.index);
    const drafts = table.weekPlan
      ? readWeekPlanRows(table.table.children, table.weekPlan)
      : table.dayColumns
      ? readDayColumnRows(table.table.children, table.dayColumns)
      : table.groupSlots
        ? readGroupSlotRows(table.table.children, table.groupSlots)
        : table.parallel
          ? splitParallelColumns(carryDaysDown(readRows(bodyRows, table.columns), table.columns), table.columns)
          : splitHourColumns(onWeekdayColumns(carryDaysDown(onWeekday(readRows(bodyRows, table.columns), table.classWeekday), table.columns), table.columns), hourColumnsOf(table.columns) ?? []);
    return drafts.map((row) => ({ ...row, tableIndex }));
  });

  // Each table under its own month heading (`## Octobre`, `## Novembre`): the month above each.
  const headingMonths = found.map((table) => monthNamedAbove(tree, table.table.position!.start.line));
  // A column of months beside the dates column (`| Mois | Date |`): each row's own month, over the heading's.
  const columnMonths = found.map((table) => (table.dayColumns || table.weekPlan ? undefined : monthsOfRows(table.table, table.columns)));
  // `| Ven 22 |`, `| Sam 23 |` on a page that names no month: the month those weekdays fit (weekday-day-months.ts).
  const pageYear = options.year ?? extractYear(title ?? '');
  const weekdayMonths = found.map((_table, tableIndex) => {
    if (headingMonths[tableIndex] !== undefined || columnMonths[tableIndex] !== undefined) return undefined;
    const cells = rows.filter((row) => row.tableIndex === tableIndex && row.dayFrom === undefined).map((row) => row.byRole.dates?.text ?? '');
    return monthOfWeekdayDays(cells, pageYear, () => options.referenceDate?.());
  });
  const monthOf = (row: (typeof rows)[number]) => columnMonths[row.tableIndex]?.[row.rowIndex] ?? headingMonths[row.tableIndex] ?? weekdayMonths[row.tableIndex];
  // `| Samedi 25/04 ~11:00 |` then `| Dimanche 14:30 |`: a weekend's table names its first day
  // in full and the next ones by their weekday, as a heading's week does (weekAfterRow).
  // Each row takes the week of the nearest such row above it in its table (`Samedi 02/05`
  // starts a second weekend for the `Dimanche` under it).
  const anchorAbove: Array<NamedWeek | undefined> = [];
  rows.forEach((row, index) => {
    const previous = index > 0 && rows[index - 1]!.tableIndex === row.tableIndex ? anchorAbove[index - 1] : undefined;
    const own = found[row.tableIndex]!.week || row.dayFrom !== undefined ? undefined : weekAfterRow(row);
    anchorAbove[index] = own ?? previous;
  });
  const weekOf = (row: (typeof rows)[number], index: number): NamedWeek | undefined =>
    found[row.tableIndex]!.week ?? (index > 0 && rows[index - 1]!.tableIndex === row.tableIndex ? anchorAbove[index - 1] : undefined);
  // `| No | Date | Cours |` whose dates cells are all empty (`| 1 | | Introduction |`), three
  // rows or more: a plan not dated yet, whose rows omit nothing; a row left empty among dated
  // ones, or a lone row, is an omission.
  const undatedTables = new Set(
    found.flatMap((_table, tableIndex) => {
      const own = rows.filter((row) => row.tableIndex === tableIndex);
      return own.length >= UNDATED_PLAN_ROWS && own.every((row) => (row.byRole.dates?.text ?? '') === '') ? [tableIndex] : [];
    }),
  );
  const parsedRows = rows.map((row, index) => (row.dayFrom === undefined ? parseRowDates(row, undatedTables.has(row.tableIndex) ? undefined : report, report, monthOf(row), weekOf(row, index)) : undefined));
  rows.forEach((row, index) => {
    if (row.dayFrom === undefined) return;
    const above = parsedRows[index - row.dayFrom];
    // Only a day that could be read is carried down; under an unreadable one the row has no date of its own.
    if (above?.ok) parsedRows[index] = above;
    else if (row.title.text && !undatedTables.has(row.tableIndex)) report.add('missing-date', { title: row.title.text }, row.byRole.dates!.position);
  });
  const clues = documentYearClues(tree, title, tableLine);
  // A plan of weeks dated by the page reads the dated tables beside it in the year it found.
  const planClue = found.find((table) => table.weekPlan?.clue !== undefined)?.weekPlan?.clue;
  const hints: YearHints = {
    ...defined('columnHeaderYear', extractYear(found[0]?.columns.find((c) => c.role === 'dates')?.header ?? '')),
    ...clues,
    ...(clues.headingYear === undefined && clues.frontMatter === undefined && planClue !== undefined ? { headingYear: planClue } : {}),
    sectionDates: explicitSectionDates(sectionDrafts),
    ...defined('optionYear', options.year),
  };
  // A carried day takes the year of the row that wrote it: read again, a week across the
  // new year (`29 déc. – 4 janv.`) under itself would look like a turn into the next year.
  const expressions = parsedRows.map((p, index) => (p?.ok && rows[index]!.dayFrom === undefined ? p.value : undefined));
  const place = { ...options, writtenYears: () => yearsWritten(source.text) };
  const tableIndexes = rows.map((row) => row.tableIndex);
  // Tables kept over several years, each under its heading (`### 2020` over one table, `###
  // 2019` over the next): each part's rows are read with the clues around that part, as the
  // sessions outside tables are (year-labelled-parts.ts).
  const labelled = rows.length > 0 ? yearLabelledParts(tree, rows.map((row) => row.position.start.line)) : undefined;
  const years = labelled
    ? yearsByPart(labelled, (members) => {
        const first = rows[members[0]!]!;
        const partHints: YearHints = { ...hints, ...partYearClues(tree, title, labelled[members[0]!], first.position.start.line, rows[members.at(-1)!]!.position.start.line) };
        return yearsOfRows(members.map((index) => expressions[index]), partHints, place, first.position, report, members.map((index) => tableIndexes[index]!));
      })
    : yearsOfRows(expressions, hints, place, found[0]?.table.children[0]?.position, report, tableIndexes);
  rows.forEach((row, index) => {
    if (row.dayFrom !== undefined) years[index] = years[index - row.dayFrom];
  });

  let missingYearReported = false;
  const hoursOfRows: Array<Field<TimeSlot[] | undefined> | undefined> = [];
  const rowSessions: Session[] = rows.map((row, index) => {
    const where = rowLabel(row, report);
    const parsed = parsedRows[index];
    let dates: ResolvedDates | undefined;
    if (parsed?.ok) {
      const inferred = years[index];
      if (!inferred) {
        if (!missingYearReported) {
          report.add('missing-year', { text: row.byRole.dates!.text, where }, row.byRole.dates!.position);
          missingYearReported = true;
        }
      } else if (row.dayFrom === undefined) {
        dates = resolveOrReport(parsed.value, inferred, row.byRole.dates!, where, report);
      } else {
        // A carried day was checked on the row that wrote it.
        const resolved = resolveDates(parsed.value, inferred);
        if (resolved.ok) dates = resolved.value;
      }
      if (dates && row.onWeekday !== undefined) dates = onWeekdayOfWeek(dates, row.onWeekday);
    }
    const columns = found[row.tableIndex]!.columns;
    if (hoursAndPlaceSwapped(row.byRole.hours, row.byRole.place)) swapHoursAndPlace(row, columns, where, report);
    const slot = row.hoursFrom === undefined ? undefined : hoursOfRows[index - row.hoursFrom];
    // A row of a slot shares the slot's hours, shown on its own (empty) hours cell.
    const hours = slot && row.byRole.hours ? { ...slot, position: row.byRole.hours.position } : untilPeriodEnd(rowHours(row, parsed, columns, source, where, report), row);
    hoursOfRows.push(hours);
    const session: Session = {
      source: 'table',
      title: row.title,
      rowIndex: index,
      tableIndex: row.tableIndex,
      tableRow: row.rowIndex,
      ...(row.groupColumn === undefined ? {} : { groupColumn: row.groupColumn }),
      ...(row.dayFrom === undefined ? {} : { dayFrom: index - row.dayFrom }),
      ...(row.stackedDay ? { stackedDay: true as const } : {}),
      position: rowPointedAtItsDate(row),
      status: sessionStatus(row, parsed, dates),
      dates: {
        text: row.byRole.dates?.text ?? '',
        value: dates,
        position: row.byRole.dates?.position ?? row.position,
      },
      cells: row.cells,
      ...(hours ? { hours } : {}),
      ...(row.byRole.place ? { place: row.byRole.place } : {}),
      ...(row.byRole.audience ? { audience: row.byRole.audience } : {}),
      ...(row.byRole.theme ? { theme: row.byRole.theme } : {}),
      ...(row.remark ? { remark: row.remark } : {}),
    };
    return session;
  });
  // A table of graded work beside the course's calendar (`| Travail | Pondération | Échéance
  // |`) restates its deadlines: the calendar is the programme, and event-dates-mismatch holds
  // the two together (graded-work-tables.ts).
  const sessions = withoutGradedWork(rowSessions, found.map((table) => isGradedWorkTable(table.table)));

  found.forEach((table, tableIndex) => shareTableHours(tree, table, sessions.filter((session) => session.tableIndex === tableIndex), source));
  found.forEach((table) => table.weekPlan && giveClassHours(table.weekPlan, found, sessions));

  // A dated heading that holds a day agenda on a day no row of the table is on is a day of
  // its own beside the table (a hackathon's days under its preparatory sessions): its rows
  // are sessions, and the heading is no detail section.
  const { slots: agendas, summarised } = shape === 'auto' ? agendaDaysBesideTables(tree, source, title, options, sessions, report) : { slots: [], summarised: new Set<Session>() };
  // A row the day's agenda tells slot by slot is that day's summary: the slots are its sessions.
  if (summarised.size > 0) sessions.splice(0, sessions.length, ...sessions.filter((session) => !summarised.has(session)));
  const agendaHeadings = new Set(agendas.map((session) => session.dates.position.start.line));
  const sections = sectionDrafts
    .filter((draft) => !agendaHeadings.has(draft.dateText.position.start.line))
    .map((draft) => readSection(draft, sessions, report));
  sessions.push(...agendas);
  if (shape === 'auto' && tableLine !== undefined) sessions.push(...sessionHeadingsAboveTables(tree, source, title, options, tableLine, sessions.length, report));
  if (shape === 'auto' && tableLine !== undefined) sessions.push(...keyDatesBesideTables(tree, source, title, options, sessions, report));
  if (shape === 'auto' && tableLine !== undefined) sessions.push(...announcedBesideTables(tree, source, title, options, sessions, report));
  if (shape === 'auto' && tableLine !== undefined) sessions.push(...eventCardsBesideTables(tree, source, outsideTableOptions(title, options), sessions, report));
  const programme: Programme = {
    ...(title ? { title } : {}),
    tables: found.map((table) => ({
      columns: table.columns,
      position: table.table.position!,
      headerPosition: table.table.children[0]!.position!,
    })),
    sessions,
    sections,
  };
  return result(programme);
}

/**
 * The dated tables of a document's reading tree, each told a programme or not
 * (find-schedule-table.ts), dated detail sections beside a table counting for it: the test
 * the reading makes, and the one discovery makes to find the programmes of a folder.
 */
export function datedTablesOf(tree: Root, source: SourceText): FoundTable[] {
  return findScheduleTables(tree, () => readSections(tree, source, undefined).length > 0);
}

/**
 * The slots of the day agendas under dated headings whose day no table row is on, as
 * sessions numbered after the table's, or whose day one row of a recap below names alone,
 * without hours (a month's summary, `| 3 octobre | START |`, after each Saturday's agenda):
 * that row then gives way to the slots. Only days read whole are kept: an agenda whose heading
 * could not be dated stays a detail section, reported as one.
 */
function agendaDaysBesideTables(
  tree: Root,
  source: SourceText,
  title: string | undefined,
  options: ReadOptions,
  tableSessions: Session[],
  report: DiagnosticCollector,
): { slots: Session[]; summarised: Set<Session> } {
  const readOptions = outsideTableOptions(title, options);
  // What the reading would report is about headings that stay detail sections: they are reported as such.
  const scratch = new DiagnosticCollector(report.language, report.rules);
  const slots = readSessionsOutsideTables(tree, source, readOptions, scratch, 'headings').filter(
    (session) => session.source === 'agenda' && session.dates.value && session.hours?.value?.length,
  );
  // Day and month only: a year counted differently must not turn a row's detail section into a day of its own.
  const dayOf = (day: PlainDate) => `${day.month}-${day.day}`;
  const rowsOn = new Map<string, Session[]>();
  // A row that spans a week or more (`S4 (16-20 fév.)`, a plan's allocation of weeks) names
  // no one day: a day's agenda inside that week is a day of its own, not the row's detail.
  const spansAWeek = (session: Session) => (session.dates.value?.days.length ?? 0) >= WEEK_ROW_DAYS;
  for (const session of tableSessions.filter((row) => !spansAWeek(row))) for (const day of session.dates.value?.days ?? []) rowsOn.set(dayOf(day), [...(rowsOn.get(dayOf(day)) ?? []), session]);
  // A row alone on its one day, with no hours nor place of its own, in a table below the
  // day's heading (a recap), says no more than that day's agenda. A table above its dated
  // headings is the programme, and they are its rows' detail sections. A row that names a
  // deadline (`Clôture des inscriptions`, `Date limite de dépôt`) is another event that day.
  // A heading over a day's agenda told in a table of its own (`### ESE 2026 — samedi 30 mai
  // 2026` over `| Horaire | Titre |`) tells that day slot by slot wherever the table's row of
  // it stands: an index of editions above, giving each its day and its place, says less.
  const overTables = headingsOverAgendaTables(tree);
  const summaryOn = (day: PlainDate, heading: number): Session | undefined => {
    const rows = rowsOn.get(dayOf(day)) ?? [];
    const row = rows.length === 1 ? rows[0]! : undefined;
    const told = overTables.has(heading) || (row !== undefined && row.position.start.line > heading && !row.place);
    return row && told && row.dates.value!.days.length === 1 && !row.hours?.value?.length && !DEADLINE_TITLE.test(normaliseText(row.title.text)) ? row : undefined;
  };
  // A heading that opens with its date (`### Mardi 2 décembre 2025`, `### Mardi 03/09/2024
  // matin - salle B`) is a day; one that names a session first (`### Session EIG & mentors |
  // 6 juin`) is that session's detail section.
  const dayHeadings = new Set(
    // A mark before the date (`#### 🔵 Lundi 16 Février`) is decoration, no session's name.
    tree.children.flatMap((node) => {
      const lead = node.type === 'heading' ? datedTextOf(plainText(node), true)?.lead : undefined;
      // A heading over an agenda table is its day whatever names it first (`### ESE 2026 — samedi 30 mai 2026`).
      return lead !== undefined && (!hasLetterOrDigit(lead) || overTables.has(node.position!.start.line)) ? [node.position!.start.line] : [];
    }),
  );
  const kept = slots.filter(
    (session) => dayHeadings.has(session.dates.position.start.line) && session.dates.value!.days.every((day) => !rowsOn.has(dayOf(day)) || summaryOn(day, session.dates.position.start.line)),
  );
  const summarised = new Set(kept.flatMap((session) => session.dates.value!.days.flatMap((day) => summaryOn(day, session.dates.position.start.line) ?? [])));
  const offset = tableSessions.length;
  const firstOfDay = new Map<number, number>();
  const numbered = kept.map((session, index) => {
    const line = session.dates.position.start.line;
    const first = firstOfDay.get(line);
    if (first === undefined) firstOfDay.set(line, offset + index);
    const { dayFrom: _dropped, ...rest } = session;
    return { ...rest, rowIndex: offset + index, ...(first === undefined ? {} : { dayFrom: first }) };
  });
  return { slots: numbered, summarised };
}

// How many days a table row spans, at least, to be a week's (a working week) rather than a session's days.
const WEEK_ROW_DAYS = 5;

// The folded words of a recap row that names a deadline or a closing on the day, not the day itself.
const DEADLINE_TITLE = new RegExp(String.raw`(?:^|[^a-z])(?:${[...HAND_IN, ...DEADLINE_PHRASES, LIMIT, 'clotures?', 'fin des', 'ouverture des inscriptions', 'inscriptions?'].join('|')})(?![a-z])`);

// How many dated headings above the first table make a list of sessions rather than a title.
const HEADINGS_ABOVE_TABLE = 3;

/**
 * The sessions of dated headings written above the first schedule table, when there are
 * several (`## Semaine 1 - 4 septembre`, `## Semaine 2 - 11 septembre`... over a table of
 * assessments): the course's sessions, beside the table's dates. One dated heading above
 * a table is its title, and headings below it are the table's detail sections.
 */
function sessionHeadingsAboveTables(
  tree: Root,
  source: SourceText,
  title: string | undefined,
  options: ReadOptions,
  tableLine: number,
  offset: number,
  report: DiagnosticCollector,
): Session[] {
  // Most tables have no dated heading above them: counted first, so they are not read twice.
  const written = tree.children.filter(
    (node) => node.type === 'heading' && node.position!.start.line < tableLine && datedTextOf(plainText(node), true) !== undefined,
  ).length;
  if (written < HEADINGS_ABOVE_TABLE) return [];
  const readOptions = { ...defined('title', title), ...defined('year', options.year), ...defined('referenceDate', options.referenceDate) };
  // What the reading reports is about the whole document, whose headings below the table are detail sections.
  const scratch = new DiagnosticCollector(report.language, report.rules);
  const above = readSessionsOutsideTables(tree, source, readOptions, scratch, 'headings').filter(
    (session) => session.source === 'heading' && session.position.start.line < tableLine && session.dates.value,
  );
  if (above.length < HEADINGS_ABOVE_TABLE) return [];
  return above.map((session, index) => {
    const { dayFrom: _dropped, ...rest } = session;
    return { ...rest, rowIndex: offset + index };
  });
}

// How many dated items make a list of key dates (one item is a sentence's example).
const KEY_DATES = 2;

/**
 * The items of a list of key dates beside the schedule table (`!!! info "Dates importantes"`
 * over `- **Foire 1** : 9-13 juin 2025`), numbered after the table's sessions: a reader puts
 * them in the calendar too. Only markdown lists that date two items or more.
 */
function keyDatesBesideTables(tree: Root, source: SourceText, title: string | undefined, options: ReadOptions, read: readonly Session[], report: DiagnosticCollector): Session[] {
  const offset = read.length;
  const readOptions = { ...defined('title', title), ...defined('year', options.year), ...defined('referenceDate', options.referenceDate) };
  // What the reading reports is about the whole document, read from its table.
  const scratch = new DiagnosticCollector(report.language, report.rules);
  const items = readSessionsOutsideTables(tree, source, readOptions, scratch, 'lists').filter((session) => session.source === 'list' && session.dates.value);
  // Items of a markdown list (an admonition's body is read as the list it shows), not dated
  // lines of a paragraph (a message that restates the table) nor rows of another table.
  const partOf = listOrPart(tree);
  const perList = new Map<string, Session[]>();
  for (const item of items) {
    const list = partOf(item.position.start.line);
    if (list.startsWith('list ')) perList.set(list, [...(perList.get(list) ?? []), item]);
  }
  const kept = [...perList.values()].filter((list) => list.length >= KEY_DATES).flat();
  // `## Checklist` over `- [ ] 21 février - Ogarya`: a task item that restates a row of the
  // table is that session again, a line to tick, no other. A key date that restates a row
  // (`- **Description du projet** : 23 mai 2025` in a box of key dates) is put in the calendar
  // as its own reminder, as a reader of such boxes does.
  const rows = read.filter((session) => session.source === 'table' && session.dates.value);
  const tasks = kept.length > 0 ? taskItemLines(tree) : new Set<number>();
  return kept.filter((item) => !(tasks.has(item.position.start.line) && rows.some((row) => restates(item, row)))).map((session, index) => {
    const { dayFrom: _dropped, ...rest } = session;
    return { ...rest, rowIndex: offset + index };
  });
}

/** The lines of the page's task items (`- [ ] 21 février - Ogarya`, `- [x] …`). */
function taskItemLines(tree: Root): Set<number> {
  const lines = new Set<number>();
  for (const node of walkNodes(tree)) if (node.type === 'listItem' && typeof node.checked === 'boolean' && node.position) lines.add(node.position.start.line);
  return lines;
}

// How long a word of a title must be to tell one event from another (`Ogarya`, `Metal`, not `de`).
const TELLING_WORD = 4;

/**
 * Whether an item is on the same days as a row, at no other hours, and shares a telling word of the row's title
 * or place (`6 & 7 mars - Metal on Mars` and `Metal on Mars - Festival Tribute`; `16 mai -
 * Salle des fêtes` and the row of a `Concert` at the `Salle des fêtes`).
 */
function restates(item: Session, row: Session): boolean {
  const days = (session: Session) => session.dates.value!.days.map(toIsoDate).join(' ');
  if (days(item) !== days(row)) return false;
  // `- [ ] 15 mars 2025 : répétition générale à la salle des fêtes à 10h`: hours the row does not write make another event.
  const hours = (session: Session) => (session.hours?.value ?? []).map((slot) => `${slot.start.hour}:${slot.start.minute}`).join(' ');
  if (hours(item) !== '' && hours(item) !== hours(row)) return false;
  const words = (text: string) => foldedWords(normaliseText(text)).filter((word) => word.length >= TELLING_WORD);
  const mine = new Set(words(item.title.text));
  return [...words(row.title.text), ...words(row.place?.text ?? '')].some((word) => mine.has(word));
}

// The day of a week's run that falls on a weekday (weekday-columns.ts); the run itself when none does.
function onWeekdayOfWeek(dates: ResolvedDates, weekday: number): ResolvedDates {
  const days = dates.days.filter((day) => isoWeekday(day) === weekday);
  return days.length === 1 ? { ...dates, days } : dates;
}

// The rows of a plan of weeks with a column per weekday, split into the weekdays' sessions (weekday-columns.ts).
function onWeekdayColumns(rows: RowDraft[], columns: Column[]): RowDraft[] {
  const weekdays = weekdayColumnsOf(columns);
  return weekdays ? splitWeekdayColumns(rows, weekdays) : rows;
}

// The rows of a table of weeks named by their first day, on the class's weekday when the page gives one.
function onWeekday(rows: RowDraft[], weekday: number | undefined): RowDraft[] {
  return weekday === undefined ? rows : onClassWeekday(rows, weekday);
}

/**
 * A dated row that is a class of a plan of weeks (`| 17.10 | Examen intra |` and week 42's
 * `Examen intra` under `Cours (Jeudi)`) is held at the class's hours when it writes none.
 */
function giveClassHours(plan: WeekPlan, found: FoundTable[], sessions: Session[]): void {
  for (const { dated, hours } of plan.sameAsDated.values()) {
    const tableIndex = found.findIndex((table) => table.table === dated.table);
    const session = sessions.find((candidate) => candidate.source === 'table' && candidate.tableIndex === tableIndex && candidate.tableRow === dated.rowIndex - 1);
    const parsed = hours === undefined ? undefined : parseFrenchHours(hours);
    if (!session || session.hours?.value?.length || !parsed?.ok || parsed.slots.length === 0) continue;
    session.hours = { text: hours!, value: parsed.slots, position: session.hours?.position ?? session.dates.position };
  }
}

/**
 * The sessions the sentences of the page announce beside its tables (`Examen le 10 octobre
 * de 12h00 à 13h50.` between a course's weekly tables), numbered after the other sessions;
 * a sentence on a day a session already read is on speaks of that session again.
 */
function announcedBesideTables(tree: Root, source: SourceText, title: string | undefined, options: ReadOptions, read: Session[], report: DiagnosticCollector): Session[] {
  const readOptions = { ...defined('title', title), ...defined('year', options.year), ...defined('referenceDate', options.referenceDate) };
  // What the reading reports is about the whole document, read from its table.
  const scratch = new DiagnosticCollector(report.language, report.rules);
  const announced = readSessionsOutsideTables(tree, source, readOptions, scratch, 'sentences').filter((session) => session.dates.value);
  const dayOf = (day: PlainDate) => `${day.month}-${day.day}`;
  const onDay = new Map<string, Session[]>();
  for (const session of read) for (const day of session.dates.value?.days ?? []) onDay.set(dayOf(day), [...(onDay.get(dayOf(day)) ?? []), session]);
  const lines = new Set(read.map((session) => session.position.start.line));
  const slotsOf = (session: Session) => (session.hours?.value ? { hours: { slots: session.hours.value } } : {});
  const kept = announced.filter((session) => {
    if (lines.has(session.position.start.line)) return false;
    const same = session.dates.value!.days.flatMap((day) => (onDay.get(dayOf(day)) ?? []).filter((other) => sameSession(slotsOf(session), slotsOf(other))));
    // `Le cours du 14 octobre est annulé` under the course's table: that day's row is cancelled.
    if (session.status === 'cancelled') for (const other of same) other.status = 'cancelled';
    return same.length === 0 && session.announced !== 'cancels';
  });
  return kept.map((session, index) => {
    const { dayFrom: _dropped, ...rest } = session;
    return { ...rest, rowIndex: read.length + index };
  });
}

// How many dated rows make a series whose hours may be written once (one row is a sentence's example).
const SERIES_ROWS = 2;
// A course calendar that gives its weekly slot once (`Le cours a lieu le mercredi, de 13 h 30
// à 16 h 20`) may still write a time in a row or two: the exception to the slot (the final
// hand-in `Mercredi 16 décembre, 23 h 59`, an exam at another hour). At most one dated row in
// this many may write its own; more, and the table keeps its hours in its rows.
const ROWS_PER_EXCEPTION = 8;

/**
 * Gives a table's dated sessions the hours written once beside the table
 * (table-hours-around.ts), when none of them has clock hours of its own, or only one row
 * in ROWS_PER_EXCEPTION: the rows that write hours keep theirs, a reader gives the others
 * the hours written once.
 */
function shareTableHours(tree: Root, found: FoundTable, sessions: Session[], source: SourceText): void {
  const table = found.table;
  const dated = sessions.filter((session) => session.dates.value);
  // `- Le samedi démarre à 9 h 30` right under the table: the Saturday row's start, whatever the others write (weekday-start-below.ts).
  const starts = weekdayStartsBelow(tree, table, source);
  for (const session of starts ? dated : []) {
    const days = session.dates.value!.days;
    const start = days.length === 1 && !session.hours?.value?.length ? starts!.get(isoWeekday(days[0]!)) : undefined;
    if (start) session.hours = { text: start.text, value: start.slots, position: start.position };
  }
  const own = sessions.filter((session) => session.hours?.value?.length);
  if (dated.length < SERIES_ROWS || own.length * ROWS_PER_EXCEPTION > dated.length) return;
  // `| Travail | Lien | Date de remise |`: days work is due take the time written beside the
  // table for them (`Les remises se font à 23h50`), never the hours the page gives its classes.
  const due = namesDueDays(found.columns.find((column) => column.role === 'dates')?.header ?? '');
  const hours = tableHoursAround(tree, table, source, due);
  if (hours) {
    for (const session of dated) if (!session.hours?.value?.length) session.hours = { text: hours.text, value: hours.slots, position: hours.position };
    return;
  }
  if (due) return;
  // `TD : lundi 15h-17h, mardi 13h-15h` above the table: each row of one day takes its weekday's slot (weekday-slots.ts).
  const slots = weekdaySlotsAbove(tree, table.position?.start.offset ?? 0, source);
  if (!slots) {
    // `**Cours Magistraux:** Lundis 14h-16h` and `**Travaux dirigés :** Lundis 16h-18h`: the rows on that weekday take both (class-day-slots.ts).
    const classDay = classDaySlots(courseWeekFacts(tree, table.position?.start.offset ?? 0), source);
    if (!classDay) return;
    for (const session of dated) {
      const days = session.dates.value!.days;
      if (days.length === 1 && !session.hours?.value?.length && isoWeekday(days[0]!) === classDay.weekday) {
        session.hours = { text: classDay.hours.text, value: classDay.hours.slots, position: classDay.hours.position };
      }
    }
    return;
  }
  for (const session of dated) {
    const days = session.dates.value!.days;
    const slot = days.length === 1 && !session.hours?.value?.length ? slots.get(isoWeekday(days[0]!)) : undefined;
    if (slot) session.hours = { text: slot.text, value: slot.slots, position: slot.position };
  }
}

// Cancelled wins; a date that is not settled (`7 ou 14 novembre`, `21 mai (à confirmer)`, `TBC`) is tentative.
function sessionStatus(row: RowDraft, parsed: DateParseResult | undefined, dates: ResolvedDates | undefined): Session['status'] {
  if (row.status === 'cancelled') return 'cancelled';
  if (dates?.alternatives || dates?.expression.unsettled) return 'tentative';
  if (parsed && !parsed.ok && parsed.reason === 'empty' && row.byRole.dates?.text) return 'tentative';
  return 'confirmed';
}

/** The result of reading a document that could not be read at all: no sessions, no sections. */
export function emptyRead(text: string): ReadResult {
  const tree: Root = { type: 'root', children: [] };
  return { programme: { tables: [], sessions: [], sections: [] }, tree, readingTree: tree, source: new SourceText(text) };
}

// What the readers outside tables take of the reading's options, with the document's title.
function outsideTableOptions(title: string | undefined, options: ReadOptions): OutsideTableOptions {
  return { ...defined('title', title), ...defined('year', options.year), ...defined('referenceDate', options.referenceDate), ...defined('repositoryPath', options.repositoryPath) };
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function documentTitle(tree: Root): string | undefined {
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1) ??
    tree.children.find((node): node is Heading => node.type === 'heading');
  return heading ? plainText(heading) : undefined;
}

function explicitSectionDates(drafts: SectionDraft[]): PlainDate[] {
  const dates: PlainDate[] = [];
  for (const draft of drafts) {
    if (!draft.parsed.ok) continue;
    for (const mention of draft.parsed.value.mentions) {
      if (mention.year !== undefined) dates.push({ year: mention.year, month: mention.month, day: mention.day });
    }
  }
  return dates;
}

function rowLabel(row: RowDraft, report: DiagnosticCollector): string {
  return report.say('row-label', { title: row.title.text, line: row.position.start.line });
}

// How many days after a table's first dated row its weekdays alone may name (a weekend, a week's event).
const ANCHORED_WEEK_DAYS = 7;

/**
 * The week a table's row opens when its dates cell writes one day with its weekday
 * (`Samedi 25/04 ~11:00`): the rows after it that name a weekday alone (`Dimanche 14:30`,
 * `Samedi nuit`) are on the next such day, as a reader of a weekend's plan reads them.
 */
function weekAfterRow(row: RowDraft): NamedWeek | undefined {
  const cell = row.byRole.dates;
  const parsed = cell ? parseFrenchDate(cell.text, 'dates column') : undefined;
  if (!parsed?.ok || parsed.value.kind !== 'single' || parsed.value.mentions.length !== 1) return undefined;
  const mention = parsed.value.mentions[0]!;
  if (mention.weekday === undefined) return undefined;
  return { first: { ...(mention.year === undefined ? {} : { year: mention.year }), month: mention.month, day: mention.day }, weekday: mention.weekday, span: ANCHORED_WEEK_DAYS };
}

// A month or year told only as a bound or a part (folded): `Avant mai 2026`, `Après juin`,
// `Fin 2026`, `Début septembre`, `Mi-mars`. A period not yet set to a day, not a date written wrong.
const BOUND_OF_A_PERIOD = new RegExp(
  String.raw`^(?:avant|apres|fin|debut|mi|courant|vers) ?-? ?(?:(?:${MONTH_NAMES.map((m) => normaliseText(m)).join('|')})(?: \d{4})?|\d{4})$`,
);

// How many rows, none dated, make a plan not dated yet rather than a row whose date was left out.
const UNDATED_PLAN_ROWS = 3;

/** A row's dates as its cell writes them; an empty cell is reported to `omissions` (none for a table not dated yet), the rest to `report`. */
function parseRowDates(row: RowDraft, omissions: DiagnosticCollector | undefined, report: DiagnosticCollector, headingMonth: number | undefined, week: NamedWeek | undefined): DateParseResult | undefined {
  const cell = row.byRole.dates;
  if (!cell) return undefined;
  const parsed = parseFrenchDate(cell.text, 'dates column');
  if (parsed.ok) return withPeriodEnd(withGroupDays(parsed, row), row);
  // `| Mardi matin |` in a table under `## Semaine du 16 mars 2026`: that day of the week.
  const labelled = week && parsed.reason === 'unreadable' ? weekLabelLine(cell.text, week, false, true) : undefined;
  if (labelled === 'outside') {
    report.add('weekday-outside-week', { label: cell.text, week: weekWords(week!) }, cell.position, { actual: cell.text });
    return undefined;
  }
  if (labelled) return { ok: true, value: labelled.expression, ...(labelled.hours ? { hours: labelled.hours } : {}) };
  const remarked =
    parsed.reason === 'unreadable'
      ? (dateBeforeRemark(cell.text) ?? dayOfHeadingMonth(cell.text, headingMonth) ?? dateAfterNumberedLabel(cell.text) ?? dateInStamp(cell.text) ?? dayBeforePeriodEnd(cell.text, row) ?? dateAfterLabel(cell.text))
      : undefined;
  if (remarked) return remarked;
  if (parsed.reason === 'empty') {
    // An empty cell is an omission; `TBC` or `à venir` is a decision not taken yet.
    if (cell.text === '') {
      if (row.title.text) omissions?.add('missing-date', { title: row.title.text }, cell.position);
    } else {
      report.add('date-to-be-confirmed', { text: cell.text, where: rowLabel(row, report) }, cell.position);
    }
  } else {
    // `Jeudi 13 novmebre`: a misspelt month or weekday gets its closest name, in the message and as the fix.
    const hint = dateWordHint(cell.text);
    if (!hint && (writesNoDate(cell.text) || BOUND_OF_A_PERIOD.test(normaliseText(cell.text).trim()))) {
      // Words that say the date is not set (`A définir si besoin.`, `Non défini`), not a date written wrong.
      report.add('date-to-be-confirmed', { text: cell.text, where: rowLabel(row, report) }, cell.position);
    } else if (hint) {
      report.addMessage('unreadable-date', 'unreadable-date-typo', { text: cell.text, where: rowLabel(row, report), ...hint }, cell.position, {
        actual: cell.text,
        expected: hint.corrected,
      });
    } else {
      report.add('unreadable-date', { text: cell.text, where: rowLabel(row, report) }, cell.position, {
        actual: cell.text,
      });
    }
  }
  return parsed;
}

/**
 * A session held for each group on its own day (`| Groupe A | Groupe B |`): the days of
 * the other groups' cells join the first group's, as a set of days. Only one day per group
 * is joined: a group cell that holds no day (`à venir`) or something else (a range, two
 * days) leaves the row as its first group wrote it.
 */
function withGroupDays(parsed: DateParseResult & { ok: true }, row: RowDraft): DateParseResult {
  if (!row.groupDates || parsed.value.kind !== 'single' || parsed.value.unsettled) return parsed;
  const mentions = [...parsed.value.mentions];
  for (const cell of row.groupDates) {
    const other = parseFrenchDate(cell.text, 'dates column');
    if (!other.ok || other.value.kind !== 'single' || other.value.unsettled || other.hours) continue;
    mentions.push(...other.value.mentions);
  }
  return mentions.length === 1 ? parsed : { ...parsed, value: { kind: 'set', mentions } };
}

/**
 * A row's period from its dates cell to its end cell (`| 03/11 - 20h00 | 11/11 - 23h59 |`
 * under `Début | Fin`): one session over every day from the start to the end. The end's
 * day takes the start's year when it writes none, and the next year when it falls
 * before the start in the calendar (`28/12 | 03/01`). An end cell that writes no single
 * day, or a day before the start, leaves the row on its start alone.
 */
function withPeriodEnd(parsed: DateParseResult, row: RowDraft): DateParseResult {
  if (!parsed.ok || !row.periodEnd || parsed.value.kind !== 'single') return parsed;
  const end = parseFrenchDate(row.periodEnd.text, 'dates column');
  const start = parsed.value.mentions[0];
  const stop = end.ok && end.value.kind === 'single' && !end.value.unsettled ? end.value.mentions[0] : undefined;
  if (!start || !stop) return parsed;
  const from = { ...start };
  const to = { ...stop };
  if (to.year === undefined && from.year !== undefined) to.year = to.month * 100 + to.day < from.month * 100 + from.day ? from.year + 1 : from.year;
  if (from.year === undefined && to.year !== undefined) from.year = from.month * 100 + from.day > to.month * 100 + to.day ? to.year - 1 : to.year;
  const order = (m: typeof from) => (m.year ?? 0) * 10_000 + m.month * 100 + m.day;
  if (from.year !== undefined && order(to) < order(from)) return parsed;
  if (order(to) === order(from)) return parsed;
  // `23/08 (à valider) | 26/08`: the whole run is not settled yet.
  return { ...parsed, value: { kind: 'range', mentions: [from, to], ...(parsed.value.unsettled ? { unsettled: parsed.value.unsettled } : {}) } };
}

// A leap year, for a month's length when no year is written: 29 February may be meant.
const LEAP_YEAR = 2024;

/**
 * `| 19 | 21/07 |` under `Du | Au`: a start that writes its day alone is in the end's month
 * (the month before when its day comes after the end's), as a reader reads it; undefined
 * when the cell is not a lone day or the end writes no single settled day.
 */
function dayBeforePeriodEnd(text: string, row: RowDraft): DateParseResult | undefined {
  const lone = /^\s*(\d{1,2})\s*$/.exec(text);
  if (!lone || !row.periodEnd) return undefined;
  const end = parseFrenchDate(row.periodEnd.text, 'dates column');
  const stop = end.ok && end.value.kind === 'single' && !end.value.unsettled ? end.value.mentions[0] : undefined;
  const day = Number(lone[1]);
  if (!stop || day < 1 || day === stop.day) return undefined;
  const month = day < stop.day ? stop.month : stop.month === 1 ? 12 : stop.month - 1;
  const year = stop.year === undefined ? undefined : month > stop.month ? stop.year - 1 : stop.year;
  // `31 | 02/03`: no 31 February; a day that does not exist stays unread, not invented.
  if (day > daysInMonth(year ?? LEAP_YEAR, month)) return undefined;
  const from = { day, month, text, ...(year === undefined ? {} : { year }) };
  return { ok: true, value: { kind: 'range', mentions: [from, stop] } };
}

/**
 * The hours of a row whose end is written in a cell of its own: a period's (`Début | Fin`,
 * `03/11 - 20h00` to `11/11 - 23h59`: 20:00 to 23:59, over the period's days) or a slot's
 * (`Heure de début | Heure de fin`, `14h00 | 16h00`: 14:00 to 16:00, past midnight when
 * the end comes before the start on the same day).
 */
function untilPeriodEnd(hours: Field<TimeSlot[] | undefined> | undefined, row: RowDraft): Field<TimeSlot[] | undefined> | undefined {
  const first = hours?.value?.[0];
  if (!hours || !first || hours.value!.length !== 1 || first.end || (!row.periodEnd && !row.hoursEnd)) return hours;
  let endHours: ReturnType<typeof parseFrenchHours> | undefined;
  if (row.periodEnd) {
    const end = parseFrenchDate(row.periodEnd.text);
    endHours = end.ok && end.hours ? parseFrenchHours(end.hours.text) : undefined;
  } else if (row.hoursEnd) {
    endHours = parseFrenchHours(row.hoursEnd.text);
  }
  const close = endHours?.ok && endHours.slots.length === 1 ? endHours.slots[0]! : undefined;
  if (!close || close.end) return hours;
  const minutes = (time: TimeSlot['start']) => time.hour * 60 + time.minute;
  const pastMidnight = !row.periodEnd && minutes(close.start) <= minutes(first.start);
  return { ...hours, value: [{ ...first, end: close.start, ...(pastMidnight ? { nextDay: true as const } : {}) }] };
}

// A room named after the date (`10 décembre **en salle PK-R220**`, `5 mars, amphi B2`): its
// number is the room's, not another date's or an hour's.
const ROOM_REMARK = /^[,;(-]? ?(?:en |a la |au |dans la |dans le )?(?:salle|amphi|amphitheatre|local|room|bureau|batiment|labo)\b/;

/**
 * A dates cell that opens with a date and goes on with a remark in words (`Jeudi 16
 * octobre Horaire du lundi`): a reader takes the date and reads the remark as a remark.
 * Only words may follow: a number after the date may be another date or an hour that the
 * grammar could not read, and that must stay an error.
 */
function dateBeforeRemark(text: string): DateParseResult | undefined {
  const line = readDatedLine(text);
  if (!line || line.start !== 0 || line.lead !== '' || line.hours) return undefined;
  if (/\d/.test(line.rest) && !ROOM_REMARK.test(normaliseText(line.rest))) return undefined;
  return { ok: true, value: line.expression };
}

/**
 * A cell that writes only a weekday and a day (`Mardi 7`), or only a day (`7`, `7 et 14`
 * is left alone), in the month the heading above (or the row's column of months,
 * month-column.ts) names. A range of bare days (`14 - 20`), or a day with its hours
 * (`20 (3h00)`), is read as the same cell with the month written after its days
 * (`14 - 20 avril`, `20 avril (3h00)`): a reader completes it so.
 */
function dayOfHeadingMonth(text: string, month: number | undefined): DateParseResult | undefined {
  if (month === undefined) return undefined;
  const lone = /^\s*(\d{1,2})(?:er)?\s*$/.exec(text);
  if (lone && Number(lone[1]) >= 1 && Number(lone[1]) <= 31) {
    return { ok: true, value: { kind: 'single', mentions: [{ day: Number(lone[1]), month, text: text.trim() }] } };
  }
  const day = leadingDayOfHeading(text);
  if (day && day.month === undefined && day.text.length === text.trim().length) {
    return { ok: true, value: { kind: 'single', mentions: [{ day: day.day, month, weekday: day.weekday, text: day.text }] } };
  }
  const days = bareDays(text);
  const written = days ? `${days.days} ${MONTH_NAMES[month - 1]}${days.rest}` : withMonthAfterWeekdayDays(text, month);
  if (!written) return undefined;
  const parsed = parseFrenchDate(written, 'dates column');
  return parsed.ok && parsed.value.mentions.every((mention, index) => (mention.month === month || (index > 0 && mention.month === monthAfter(month))) && mention.year === undefined) ? parsed : undefined;
}

/** The month after `month` (1 = janvier), December followed by January. */
const monthAfter = (month: number): number => (month % 12) + 1;

// A weekday and its day number, no month after it (`Vendredi 15`, `samedi 30`).
const WEEKDAY_DAY = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join('|')})(\s+\d{1,2}(?:er)?)\b(?!\s*(?:[/.]\d|${MONTH_NAMES.join('|')}))`, 'gi');

/**
 * `Vendredi 15 - samedi 30`, `vendredi 22 à 20h-22h` under `# Agenda pour le mois de
 * septembre`: each weekday's day number takes the month the heading names, and the cell
 * is read as written then (`Vendredi 15 septembre - samedi 30 septembre`). Undefined when
 * the cell names no weekday with its day.
 */
function withMonthAfterWeekdayDays(text: string, month: number): string | undefined {
  // `Vendredi 29 - dimanche 1er`: a day smaller than the one before it is in the next month.
  let previous = 0;
  let current = month;
  const written = text.replace(WEEKDAY_DAY, (_all, weekday: string, day: string) => {
    const number = Number.parseInt(day.trim(), 10);
    if (number < previous) current = monthAfter(current);
    previous = number;
    return `${weekday}${day} ${MONTH_NAMES[current - 1]}`;
  });
  return written === text ? undefined : written;
}

// How many bare days a cell may join (`3, 10 et 17` is three).
const MOST_BARE_DAYS = 4;

/**
 * The bare day numbers a cell opens with (`14 - 20`, `3 et 4`, `20`) and what follows them
 * in brackets (` (3h00)`), or undefined. Read in code: a pattern repeating a day and its
 * link would nest quantifiers.
 */
function bareDays(text: string): { days: string; rest: string } | undefined {
  const open = text.indexOf(' (');
  const days = (open < 0 ? text : text.slice(0, open)).trim();
  const words = days.split(/ ?(?:-|\u2013|au|et|&) ?/);
  if (words.length > MOST_BARE_DAYS || !words.every((word) => /^\d{1,2}(?:er)?$/.test(word))) return undefined;
  return { days, rest: open < 0 ? '' : text.slice(open) };
}

function resolveOrReport(
  expression: DateExpression,
  inferred: InferredYears,
  cell: Field<string>,
  where: string,
  report: DiagnosticCollector,
): ResolvedDates | undefined {
  const resolved = resolveDates(expression, inferred);
  if (resolved.ok) return resolved.value;
  if ('invalid' in resolved) {
    const { mention, year } = resolved.invalid;
    report.add(
      'invalid-date',
      { text: cell.text, date: `${mention.day}/${String(mention.month).padStart(2, '0')}/${year}`, where },
      cell.position,
      { actual: cell.text },
    );
    // `11-31 novembre`: reported, and read to the end of the month as a reader reads it.
    return resolved.toMonthEnd;
  } else if ('tooLong' in resolved) {
    report.add('range-too-long', { text: cell.text, where, days: resolved.tooLong.days }, cell.position, { actual: cell.text });
  } else {
    report.add('reversed-range', { text: cell.text, where }, cell.position, { actual: cell.text });
  }
  return undefined;
}

function readSection(draft: SectionDraft, sessions: Session[], report: DiagnosticCollector): DetailSection {
  const where = report.say('section-label', { heading: draft.heading.text });
  let dates: ResolvedDates | undefined;
  if (draft.parsed.ok) {
    const years = sectionYears(draft.parsed.value, sessions);
    if (years) dates = resolveOrReport(draft.parsed.value, years, draft.dateText, where, report);
  }
  const field = (role: 'hours' | 'place' | 'theme') => draft.fields.find((f) => f.role === role)?.field;
  const hoursField = field('hours');
  const place = field('place');
  const theme = field('theme');
  return {
    heading: draft.heading,
    depth: draft.depth,
    dates: { ...draft.dateText, value: dates },
    // Section hours are prose as often as times (`arriver jeudi entre 10h et 10h30...`):
    // an unreadable one is left unread rather than reported.
    ...(hoursField ? { hours: readHours(hoursField, where, report, false) } : {}),
    ...(place ? { place } : {}),
    ...(theme ? { theme } : {}),
    fields: draft.fields,
    subHeadings: draft.subHeadings.map((sub) => readSubHeading(sub, draft, dates, report)),
    position: draft.position,
  };
}

function readSubHeading(sub: SubHeadingDraft, section: SectionDraft, dates: ResolvedDates | undefined, report: DiagnosticCollector): SubHeading {
  const found = subHeadingDate(sub.leading, dates?.days ?? []);
  let day: SubHeading['day']['value'];
  if (found?.ok) {
    day = { date: found.date, weekday: sub.leading.weekday };
  } else if (found) {
    const { year, month, day: dayNumber } = found.impossible;
    const where = report.say('sub-heading-label', { heading: sub.heading.text, section: section.heading.text });
    report.add(
      'invalid-date',
      { text: sub.dayText.text, date: `${dayNumber}/${String(month).padStart(2, '0')}/${year}`, where },
      sub.dayText.position,
      { actual: sub.dayText.text },
    );
  }
  return { heading: sub.heading, depth: sub.depth, day: { ...sub.dayText, value: day } };
}

/**
 * A section heading's year: the one it writes; else the year of the table row with the
 * same day and month; else counted from the programme's first session (a month before
 * the first session's month is in the following year).
 */
function sectionYears(expression: DateExpression, sessions: Session[]): InferredYears | undefined {
  if (expression.mentions.every((m) => m.year !== undefined)) {
    return { years: expression.mentions.map((m) => m.year!), source: 'cell' };
  }
  const first = expression.mentions[0]!;
  for (const session of sessions) {
    const match = session.dates.value?.mentions.find((m) => m.day === first.day && m.month === first.month);
    if (match) return { years: countYears(expression, match.resolvedYear), source: 'section' };
  }
  const start = sessions.find((s) => s.dates.value)?.dates.value?.days[0];
  if (!start) return undefined;
  return { years: countYears(expression, first.month < start.month ? start.year + 1 : start.year), source: 'rollover' };
}

// A row written over several lines (a raw HTML `<tr>` with one `<td>` a line) is pointed at
// by its dates cell, where a coordinator corrects the date and where a reader says the
// session stands; a markdown row is one line, and keeps its own position.
function rowPointedAtItsDate(row: RowDraft): RowDraft['position'] {
  const dates = row.byRole.dates?.position;
  return dates && dates.start.line > row.position.start.line ? { start: dates.start, end: row.position.end } : row.position;
}
