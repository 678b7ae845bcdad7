import type { Html, Root, Table } from 'mdast';
import type { Column } from './model.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { parseFrenchDate } from '../dates/french-dates.js';
import { weekdaysAlone } from '../dates/french-months.js';
import { hoursInHeader } from '../dates/header-hours.js';
import { normaliseText } from '../dates/normalise-text.js';
import { keepsTimeWorked } from './timesheet-columns.js';
import { holdsASession, weekdayColumnsOf } from './weekday-columns.js';
import { namesAnEventWord } from './announced-sessions.js';
import type { TimeSlot } from '../dates/types.js';
import { columnRole, datesARecord, namesSpeaker, namesWeights, periodBound } from './column-roles.js';
import { plainText } from './plain-text.js';
import { cellsMakeASchedule, countsItsSessions, datesOfARegister, numbersItsUnits, firstProseColumn, runsOfDottedDays, stampsByTheMinute, writesADay, writesLoggedTime } from './schedule-cells.js';
import { dayColumnsOf, type DayColumn } from './day-columns.js';
import { groupSlotsOf, type GroupSlots } from './group-slot-columns.js';
import { walkNodes } from './walk-nodes.js';
import { bareWeekday, dayLabel, weekInText, type NamedWeek } from './week-anchor.js';
import { titleDate } from './title-date.js';
import { courseWeekFacts } from './course-week-facts.js';
import { classWeekdayOfWeeks } from './class-weekday-weeks.js';
import { datedRowsOf, weekPlanOf, type WeekPlan } from './week-plan.js';
import { weekColumnOf } from './week-numbers.js';
import { numbersOnly } from './read-rows.js';
import { documentYearClues } from './year-clues.js';
import { extractYearClue } from '../dates/years.js';
import type { YearClue } from '../dates/year-inference.js';
import { isCalendarPart } from './folded-tables.js';
import { headedBelowCaption } from './caption-row.js';
import { weeksSpentColumn } from './progression-weeks.js';

/** A table of a document that has a column of dates: the mdast table and its columns. */
export interface FoundTable {
  table: Table;
  columns: Column[];
  /**
   * Why this table is not a programme (`undefined` when it is one): a dated table with
   * nothing a session has besides its date, such as a press review (`Date | Site | URL`).
   */
  notAProgramme?: NotAProgrammeReason;
  /**
   * Set when only the cells make it a programme (no header word does): a weaker sign, so
   * a document whose dated headings or lists hold more sessions is read from those.
   */
  byCells?: boolean;
  /** Set for a timetable with one column per day (the days in the header): its sessions are read day by day. */
  dayColumns?: DayColumn[];
  /** Set for a table with a column of dates per group, whose header gives the group's weekday and hours. */
  groupSlots?: GroupSlots;
  /**
   * The week its rows' weekdays fall in, for a table whose dates cells name weekdays
   * without a date (`| Lundi | 9h-12h | Accueil |`, `| Mardi matin | ...`), written in the
   * heading or the sentence above it (`## Semaine du 16 mars 2026`, `du 19 au 23 août`).
   */
  week?: NamedWeek;
  /** Set for a week's grid of weekday rows whose other columns run side by side (`| | Groupe 1 | Groupe 2 |`): each filled cell is a session. */
  parallel?: boolean;
  /** Set for a course plan by numbered weeks (`| Semaine 3 | ... |`, `| #36 |`) that the page dates (week-plan.ts). */
  weekPlan?: WeekPlan;
  /** Set for a table of weeks named by their first day (`| Semaine du 8 septembre |`) on a page that gives its classes one weekday: the class's. */
  classWeekday?: number;
}

/** Why a dated table is not read as a schedule. */
export interface NotAProgrammeReason {
  /** The headers of the table, as written, for the message. */
  headers: string[];
  /** What the table is instead: a register of people or things with their dates, a timesheet (timesheet-columns.ts), a weekly timetable (weekdays with no day), a backlog of tasks and their deadlines, or a listing (press review, changelog). */
  kind: 'register' | 'timesheet' | 'weekly' | 'listing' | 'tasks';
}

// Headers of the tables that carry dates without being schedules: press reviews,
// changelogs, lists of publications or releases.
const listingWords = new Set([
  'url', 'site', 'source', 'media', 'medias', 'journal', 'revue',
  'version', 'auteur', 'auteurs', 'author', 'authors', 'publication', 'publications', 'article',
  'articles', 'presse', 'commit', 'release', 'doi', 'changement', 'changements', 'changes',
  'changelog', 'modification', 'modifications', 'taille', 'size', 'editeur', 'publisher',
  // The keywords a record is filed under (`| ADR | Titre | Statut | Date | Tags |`): an
  // index of posts, decisions or tickets tags its rows; a schedule's sessions are not filed.
  'tag', 'tags', 'keywords', 'etiquette', 'etiquettes',
]);

// Headers of a column of materials: a listing's rows are links or files, but a course
// planning gives each class its slides and exercises too (`| Date | Sem | Sujet | Fichiers |`,
// `| Date | Séance | Lien |`). Beside a column that names what is taught or done (a theme,
// a session, a class, a week's number), they are the class's materials; beside a bare
// `Titre` they still make a listing (a blog's index of posts: `| Date | Titre | Lien |`).
const materialWords = new Set([
  'lien', 'liens', 'link', 'links', 'acces', 'fichier', 'fichiers', 'file', 'files', 'telechargement', 'download',
]);

// Headers that name a course's weeks (folded words).
const WEEK_WORDS = new Set(['sem', 'semaine', 'semaines', 'week', 'weeks']);
// Headers of a table of marks or hand-ins (folded words).
const MARKS_WORDS = new Set(['note', 'notes', 'moyenne', 'rendu', 'remise', 'bareme', 'coefficient', 'coef']);
// Headers that number or name the class or the week a row is (`Sem`, `Semaine`, `Lab`,
// `TP`, `Séance`, `Cours`), or the graded work a course sets (`| Travail | Lien GitHub
// Classroom | Date de remise |`, each row an assignment, its statement and its due day):
// only a schedule of teaching or meetings has them.
const unitWords = new Set([
  'sem', 'semaine', 'week', 'lab', 'labo', 'laboratoire', 'tp', 'td', 'cm', 'seance', 'cours', 'lecon',
  'atelier', 'session', 'module', 'chapitre', 'theme', 'thematique', 'sujet', 'topic', 'programme',
  'travail', 'travaux', 'devoir', 'devoirs', 'livrable', 'livrables', 'evaluation', 'evaluations', 'assignment', 'assignments',
]);

// Headers of a register: what its rows are about is a person or a thing and where it stands
// (members, officers and their terms, diplomas, grades), not something that happens. A
// schedule names people too (`Intervenant`, `Étudiant` beside `Sujet` or `Heure`), but
// always beside what happens or when in the day: these words count only when no column
// says so (see isProgrammeTable).
const registerWords = new Set([
  'nom', 'noms', 'prenom', 'prenoms', 'name', 'names', 'firstname', 'lastname', 'membre', 'membres',
  'member', 'members', 'adherent', 'adherents', 'adhesion', 'fonction', 'fonctions', 'role', 'roles',
  'poste', 'postes', 'grade', 'grades', 'diplome', 'diplomes', 'degree', 'mention', 'mandat', 'mandats',
  'titulaire', 'titulaires', 'elu', 'elus', 'elue', 'laureat', 'laureats', 'laureate',
]);

/**
 * Every table with a column of dates, or with a column per day (day-columns.ts), in
 * document order, and whether each is a programme.
 * A reader decides that from what the rows hold, not from the header's words, and so does
 * this (see isProgrammeTable). Tables without a dates column (a day's agenda: `Heure début |
 * Heure fin | Durée | Description`) are not found here. When no header names the column
 * that says what happens, the first column holding prose is the title column.
 */
export function findScheduleTables(root: Root, hasDatedSections: () => boolean = () => false): FoundTable[] {
  const found: FoundTable[] = [];
  // The last heading (or line all in bold, `**HORAIRE DES PRÉSENTATIONS**`) before each
  // table: where a grid of bare weekdays writes its week, and a label may call it a timetable.
  let headingAbove: string | undefined;
  // The week the nearest heading or sentence above names (`## Semaine du 16 mars 2026`,
  // `L'atelier se tiendra du 19 au 23 août 2024`): a heading's holds for its section, a
  // sentence's until another week is named.
  let weekAbove: { text: string; depth: number } | undefined;
  // Tables without a column of dates that may be plans of numbered weeks, dated once every dated table is known.
  const undated: Array<{ table: Table; columns: Column[] }> = [];
  // The line the last heading ends on: headings stacked on the lines right below one
  // another are one banner (`### SEMAINE 7 — Lundi 9 au Vendredi 13 Mars 2026` over
  // `### Facultés : …`), whose week holds for the section below.
  let headingEnd: number | undefined;
  for (const node of walkNodes(root)) {
    if (node.type === 'heading') {
      headingAbove = plainText(node);
      const stacked = headingEnd !== undefined && node.position?.start.line === headingEnd + 1;
      headingEnd = node.position?.end.line;
      if (weekInText(headingAbove)) weekAbove = { text: headingAbove, depth: node.depth };
      else if (weekAbove && node.depth <= weekAbove.depth && !stacked) weekAbove = undefined;
    }
    if (node.type === 'paragraph') {
      const text = plainText(node);
      if (weekInText(text)) weekAbove = { text, depth: 0 };
      if (node.children.length === 1 && node.children[0]!.type === 'strong') headingAbove = text;
    }
    if (node.type !== 'table') continue;
    const table = headedBelowCaption(node) ?? node;
    const columns = readColumns(table);
    // One column of dates per group, each with its weekday and hours (`Groupe 1 (lundi 8h-10h)`).
    const groupSlots = groupSlotsOf(table.children, columns);
    if (groupSlots) {
      found.push({ table, columns, groupSlots });
      continue;
    }
    // `| Séance | Intervenant.es | ODJ |` over `| Lundi AM | AC | **Accueil** |` under `22-26 juin
    // 2026`: the first column, named as the sessions, writes each row's weekday and half-day;
    // under a week named above, it is the table's days, and the table reads as any other.
    // The week alone on its line (`22-26 juin 2026`) or a heading's: a sentence may name
    // another week (`inscriptions du 1er au 5 juin`, `fermé du 22 au 26 juin pour travaux`).
    if (weekAbove && (weekAbove.depth > 0 || weekAbove.text.split(/\s+/).length <= WEEK_LINE_WORDS) && !columns.some((column) => column.role === 'dates')) weekdaysOfSessions(table, columns);
    if (!columns.some((column) => column.role === 'dates')) {
      // No column of dates, but a column per day: a timetable whose days are its header.
      const dayColumns = dayColumnsOf(table.children, columns, headingAbove) ?? (weekAbove ? dayColumnsOf(table.children, columns, weekAbove.text) : undefined);
      if (dayColumns) found.push({ table, columns, dayColumns });
      else {
        // `| Lundi après-midi | Python | Julia |` under `du 19 au 23 août 2024`: rows of weekdays, columns side by side.
        const week = weekAbove ? weekdayRows(table, columns, weekAbove.text) : undefined;
        if (week) found.push({ table, columns, week, parallel: true });
        else undated.push({ table, columns });
      }
      continue;
    }
    const week = weekAbove && namesWeekdays(table, columns) ? weekInText(weekAbove.text) : undefined;
    // `| Jours | horaires | places |` over `| Mercredi | 18h30 - 20h00 | 8 places |`: a class's
    // weekly hours, whose weekdays no week written above dates; a reader puts no day of it in
    // a calendar, and its weekdays are no unreadable dates.
    const weekly = !week && weekdaysOnly(table, columns);
    const decision = weekly ? 'weekly' : isProgrammeTable(table, columns, hasDatedSections, headingAbove);
    const isOne = decision === 'header' || decision === 'cells';
    if (isOne && !week && weeksLeftUndated(table, columns)) undated.push({ table, columns });
    const classWeekday = isOne && !week ? classWeekdayOfWeeks(table, columns, () => courseWeekFacts(root, table.position?.start.offset ?? 0)) : undefined;
    if (isOne && !columns.some((column) => column.role === 'title' || column.role === 'theme' || column.titled)) {
      const prose = firstProseColumn(table, columns);
      if (prose) prose.role = 'title';
    }
    found.push({
      table,
      columns,
      ...(isOne ? {} : { notAProgramme: { headers: columns.map((c) => c.header), kind: decision } }),
      ...(decision === 'cells' ? { byCells: true } : {}),
      ...(week ? { week } : {}),
      ...(classWeekday ? { classWeekday } : {}),
    });
  }
  return undated.length === 0 ? found : withWeekPlans(root, found, undated);
}

/**
 * Whether a table with a column of dates numbers its weeks too and leaves the day of a
 * new week unwritten (`| 1 | 9 septembre | Intro |` then `| 2 | | Couche physique |`): a
 * reader puts week 2 a week after week 1, not on the day above. Such a table is read as a
 * plan of weeks when the page dates it (week-plan.ts); else its days are carried down.
 */
function weeksLeftUndated(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  const weeks = weekColumnOf(table);
  if (!dates || !weeks || weeks.index === dates.index) return false;
  return table.children.slice(1).some((row, at) => {
    const label = weeks.labels[at];
    const above = weeks.labels.slice(0, at).reverse().find((other) => other !== undefined);
    return label !== undefined && above !== undefined && label.number !== above.number && plainText(row.children[dates.index] ?? { type: 'tableCell', children: [] }) === '';
  });
}

/**
 * The tables of `found` with the plans of numbered weeks among `undated` that the page
 * dates (week-plan.ts), in document order. A dated table whose rows date a plan's weeks
 * (the course's exams and deadlines: `| 17.10 | Examen intra | 20% |`) is the course's
 * schedule too, whatever its headers: its rows are read with the plan's.
 */
function withWeekPlans(root: Root, found: FoundTable[], undated: Array<{ table: Table; columns: Column[] }>): FoundTable[] {
  const plans: FoundTable[] = [];
  for (const { table, columns } of undated) {
    // Most tables without dates number nothing: they cost no walk of the page.
    if (!weekColumnOf(table)) continue;
    const at = table.position?.start.offset ?? 0;
    const clue = planYearClue(root, table);
    const dated = found.filter((other) => other.table !== table && !other.dayColumns && !other.groupSlots && other.notAProgramme?.kind !== 'register').flatMap((other) => datedRowsOf(other.table, other.columns, clue));
    const weekPlan = weekPlanOf(table, columns, courseWeekFacts(root, at), dated, clue);
    if (!weekPlan) continue;
    // A table of dates that numbers its weeks is read as the plan it is, in its place.
    const itself = found.find((other) => other.table === table);
    if (itself) itself.weekPlan = weekPlan;
    else plans.push({ table, columns, weekPlan });
    for (const other of found) {
      if (weekPlan.anchoredBy.has(other.table) && other.notAProgramme) {
        delete other.notAProgramme;
        const prose = other.columns.some((column) => column.role === 'title' || column.role === 'theme') ? undefined : firstProseColumn(other.table, other.columns);
        if (prose) prose.role = 'title';
      }
    }
  }
  if (plans.length === 0) return found;
  return [...found, ...plans].sort((a, b) => (a.table.position?.start.offset ?? 0) - (b.table.position?.start.offset ?? 0));
}

// The year of a plan's weeks, as a reader finds it: a heading's or the front matter's, else
// the term or school year a line above the plan names (`Horaire du groupe 040, session
// d'automne 2019 :`), else a full date written near it.
function planYearClue(root: Root, table: Table): YearClue | undefined {
  const line = table.position?.start.line;
  const clues = documentYearClues(root, undefined, line);
  const term = (): YearClue | undefined => {
    for (const node of walkNodes(root)) {
      if ((node.position?.start.line ?? 0) >= (line ?? 0)) break;
      if (node.type !== 'paragraph') continue;
      const clue = extractYearClue(plainText(node));
      if (typeof clue === 'object') return clue;
    }
    return undefined;
  };
  return clues.headingYear ?? clues.frontMatter ?? clues.otherHeadingYear ?? term() ?? (clues.nearbyDate ? { near: clues.nearbyDate } : undefined);
}

/**
 * The week of a grid whose first column, under no header word, names a weekday in most rows
 * (`| Lundi après-midi |`, `| Mardi Matin 1 |`) and whose other columns hold what happens,
 * when `weekText` names a week: that column is then the grid's days (role `dates`).
 */
function weekdayRows(table: Table, columns: Column[], weekText: string): NamedWeek | undefined {
  const first = columns[0];
  if (!first || first.role !== undefined || columns.length < 2 || !namesWeekdays(table, columns, 0)) return undefined;
  const week = weekInText(weekText);
  if (!week) return undefined;
  first.role = 'dates';
  return week;
}

/**
 * Makes the first column the table's days when its header names the sessions (role title or
 * theme: `Séance`, `Session`) but its cells name weekdays, most of them (`Lundi AM`, `Mardi
 * PM`), and another column can title the rows.
 */
function weekdaysOfSessions(table: Table, columns: Column[]): void {
  const first = columns[0];
  if (!first || (first.role !== 'title' && first.role !== 'theme') || columns.length < 2 || !namesWeekdays(table, columns, 0)) return;
  first.role = 'dates';
  if (!columns.some((column) => column.role === 'title' || column.role === 'theme' || column.titled)) {
    const prose = firstProseColumn(table, columns);
    if (prose) prose.role = 'title';
  }
}

/** Whether most filled cells of a table's dates column (or of the column at `at`) name a weekday and no date (`Lundi`, `Mardi matin`, `Mer.`). */
function namesWeekdays(table: Table, columns: Column[], at?: number): boolean {
  const index = at ?? columns.find((column) => column.role === 'dates')?.index;
  if (index === undefined) return false;
  const texts = table.children.slice(1).map((row) => (row.children[index] ? plainText(row.children[index]) : '')).filter((text) => text !== '');
  const labels = texts.filter((text) => dayLabel(text, false)?.weekday !== undefined).length;
  return labels > 0 && labels * 2 > texts.length;
}

/** The first dated table that is a programme by what it holds itself (no detail sections asked), if any. */
export function findScheduleTable(root: Root): FoundTable | undefined {
  return findScheduleTables(root).find((table) => !table.notAProgramme);
}

/**
 * Whether a dated table is a programme, and what says so. In order:
 * 1. a column only a schedule has: hours (or hours in a header, `Matin (9h-12h)`), a
 *    place, an audience, a speaker: `header`;
 * 2. a header that names a listing (`URL`, `Site`, `Version`, `Auteur`, `Modifications`):
 *    a press review or a changelog has a date and a title too, so it is not one: `listing`;
 *    a column of materials (`Lien`, `Fichiers`, `Supports`) is a listing's unless another
 *    column names the class, the session or the week (`Sujet`, `Séance`, `Sem`): `header`;
 * 3. a header that names the title or theme (`Séance`, `Sujet`), or the course's weeks
 *    beside its days (`Semaine`), unless a header names marks: `header`;
 * 4. a header that names who or what the rows are about and where it stands (`Nom`,
 *    `Membre`, `Fonction`, `Grade`, `Diplôme`, `Mandat`), with no column above saying what
 *    happens: a register of people or things with their dates (members, officers and their
 *    terms, elections, diplomas), whose rows a reader would not put in a calendar; or,
 *    whatever the headers, dates that are a register's: terms on most rows, or one day
 *    on most rows (schedule-cells.ts, datesOfARegister): `register`. Both come before the
 *    dated sections and the cells, because a register's rows hold prose too (`Présidente`,
 *    `Master informatique`) and a document of minutes has dated headings of its own;
 * 5. the document has dated detail sections to go with it (`hasDatedSections`, asked
 *    only when it decides): `header`;
 * 6. the cells (schedule-cells.ts): most rows hold a day and prose that says what happens,
 *    not links, file names or versions: `cells`. Real schedules name their title column
 *    in more ways than a list can hold, and a table turned away here leaves the whole
 *    document unread, so only evidence of a listing turns a dated table of prose away.
 * `listing` when none holds: a table of days and links, or of days alone; and before all,
 * when the dates cells stamp each entry to the minute, as a log does (`09/01 14:29`).
 */
function isProgrammeTable(table: Table, columns: Column[], hasDatedSections: () => boolean, labelAbove?: string): 'header' | 'cells' | NotAProgrammeReason['kind'] {
  const roles = new Set(columns.map((column) => column.role));
  // A log's entries stamped to the minute (`09/01 14:29 | Lena | Envoie photo`): its
  // `Intervenant` is who wrote, not a speaker (schedule-cells.ts, stampsByTheMinute).
  const dates = columns.find((column) => column.role === 'dates');
  if (dates && stampsByTheMinute(filledCells(table, dates))) return 'listing';
  if (keepsTimeWorked(table)) return 'timesheet';
  // `| Nom de l'évaluation | Pondération | Date de l'évaluation |` over `| TP 2 | 10 % |
  // Semaine 7 |`: a course's assessments, weighted, in the weeks of a term the page never
  // dates. A reader puts no day of it in a calendar, and its weeks are no unreadable dates.
  if (dates && columns.some((column) => namesWeights(column.header)) && weeksOnly(filledCells(table, dates))) return 'listing';
  if (roles.has('hours') || roles.has('place') || roles.has('audience')) return 'header';
  // `| Index | Catégorie | Tâche | Deadline | Responsable |`: a project's backlog, each task
  // with the day it is due and who does it. No one meets on a task's deadline; its
  // `Responsable` is whoever does the work, not a speaker.
  if (dates && DEADLINE_HEADER.test(normaliseText(dates.header).trim()) && columns.some((column) => headerWords(column.header).some((word) => TASK_WORDS.has(word)))) return 'tasks';
  // `|date||date||date||date||`: a term's weeks laid out in parts side by side (folded-tables.ts).
  if (isCalendarPart(table)) return 'header';
  // `| Sem. | Dates | Mardi | Dimanche |`: a plan of weeks whose weekdays' columns hold the sessions (weekday-columns.ts).
  if (weekdayColumnsOf(columns)) return 'header';
  if (columns.some((column) => column.slot || namesSpeaker(column.header) || timesOfColumn(table, column) === 'lengths')) return 'header';
  // `**HORAIRE DES PRÉSENTATIONS**`, `## Emploi du temps` right over the table: its
  // label says it is the schedule, whatever its columns hold besides (the readings of a
  // journal club: `| Date | Thématique | Article à consulter |`).
  if (labelAbove !== undefined && roles.has('dates') && SCHEDULE_LABEL.test(normaliseText(labelAbove))) return 'header';
  // `| Jour | Étape | Distance | D+ |`: a race's or a trek's stages, each on its day.
  if (columns.some((column) => headerWords(column.header).includes('etape')) && columns.some((column) => STAGE_MEASURE.test(normaliseText(column.header)))) return 'header';
  const listing = columns.some((column) => headerWords(column.header).some((word) => listingWords.has(word)));
  if (listing) return 'listing';
  // `### Références réglementaires` over `| Type | Date | Description |` (`Loi n° 2012-1460 |
  // 27 décembre 2012 | relative à …`): the label says the rows are references, each dated by
  // its signing or its publication; a course's `| Date | Séance | Références |` is named so by a column, not its label.
  if (labelAbove !== undefined && namesReferences(normaliseText(labelAbove).replace(/\s+/g, ' ').trim()) && !columns.some((column) => headerWords(column.header).some((word) => unitWords.has(word) || PRESENTER_WORDS.has(word)))) return 'listing';
  const materials = columns.some((column) => headerWords(column.header).some((word) => materialWords.has(word)));
  if (materials) return columns.some((column) => headerWords(column.header).some((word) => unitWords.has(word))) ? 'header' : 'listing';
  if (roles.has('title') || roles.has('theme') || columns.some((column) => column.titled)) return 'header';
  // `| jour | film | réalisateur |`: what a festival or a cinema club shows each night, beside
  // a column of its nights; a log of films seen (`| Film | Vu le |`) dates what was watched.
  if (dates && NIGHT_HEADER.test(normaliseText(dates.header).trim()) && columns.some((column) => headerWords(column.header).some((word) => SHOW_WORDS.has(word)))) return 'header';
  // `| Semaine | Jour 1 | Jour 2 |` over `| Semaine -8 | Mardi 29 octobre | Vendredi 01 nov. |`:
  // a column that names the course's weeks beside its days is a course's plan; not a table of
  // marks (`| TP | Rendu le | Note moyenne |`), whose days are hand-ins.
  if (columns.some((column) => column.role !== 'dates' && !column.groupDates && headerWords(column.header).some((word) => WEEK_WORDS.has(word))) && !columns.some((column) => headerWords(column.header).some((word) => MARKS_WORDS.has(word)))) return 'header';
  // A day and its clock hours in one cell (`Mardi le 17 mars de 12h00 à 13h50`, `17/03
  // 14h-16h`, `2025-08-28T13:15`) is when something happens: hours only a schedule has.
  if (datesCellsWriteHours(table, columns)) return 'header';
  if (columns.some((column) => column.role === undefined && headerWords(column.header).some((word) => registerWords.has(word)))) return 'register';
  if (datesOfARegister(table, columns)) return 'register';
  // Dated detail sections beside the table are the stronger sign when there are some: the
  // table is then the programme they detail, whatever else the document holds.
  if (hasDatedSections()) return 'header';
  // Days counted one by one (`| 1 | Mardi 10/02 |`) are numbered sessions, not a listing's entries.
  if (countsItsSessions(table, columns)) return 'header';
  // `| DM 1 | 28/09/25 | PDF |`, `| DM 2 | 25/10/25 | PDF |`: numbered classes or hand-ins, each on its day.
  if (numbersItsUnits(table, columns)) return 'header';
  return cellsMakeASchedule(table, columns) ? 'cells' : 'listing';
}

// A label (folded) that names a list of references, by its first words: `Références
// réglementaires`, `Bibliographie`, `Textes de référence`, `Cadre réglementaire`.
// The label whole, a short code after it at most (`PPRN`, `DI/TRI`): `Référence du cours : INF-204`
// names a course, and `## References` alone may head a reading seminar's sessions.
const REFERENCES_LABEL = /^(?:references? (?:reglementaires?|legislatives?|juridiques?)|bibliographie|textes? (?:de reference|reglementaires?|officiels?|juridiques?)|cadre (?:reglementaire|juridique|legal))/;
// The short code a label may close with (`PPRN`, `DI/TRI`), folded: one word.
const LABEL_CODE = /^[a-z0-9/]{1,12}$/;

/** Whether a label (folded) is a label of references whole (REFERENCES_LABEL), a short code after it at most; checked in two steps, with no nested quantifier. */
function namesReferences(folded: string): boolean {
  const found = REFERENCES_LABEL.exec(folded);
  if (!found) return false;
  const rest = folded.slice(found[0].length).trim();
  return rest === '' || LABEL_CODE.test(rest);
}
// Header words (folded) of who presents a text: a reading seminar's sessions, whatever its label.
const PRESENTER_WORDS = new Set(['presente', 'presentee', 'presenter', 'presenters', 'presentateur', 'presentatrice', 'lecteur', 'lectrice', 'anime', 'animee']);

// A dates header (folded) that names a programme's nights or days: `Jour`, `Soir`, `Date de projection`, `Séance`.
const NIGHT_HEADER = /^(?:jours?|soirs?|soirees?|date(?:s)? (?:de la |de )?(?:projection|representation|seance)s?|seances?)$/;
// Header words (folded) of what a festival, a cinema club or a venue shows: `Film`, `Spectacle`, `Concert`.
const SHOW_WORDS = new Set(['film', 'films', 'projection', 'projections', 'spectacle', 'spectacles', 'concert', 'concerts']);

// A dates header (folded) that names when work is due: `Deadline`, `Échéance`, `Date limite`, `Due date`.
const DEADLINE_HEADER = /^(?:deadlines?|echeances?|dates? limites?|due(?: date)?|date due|a rendre (?:le|pour le))$/;
// Header words (folded) of a column of tasks: `Tâche`, `Tâches`, `Task`, `Ticket`, `User story`.
const TASK_WORDS = new Set(['tache', 'taches', 'task', 'tasks', 'ticket', 'tickets', 'todo', 'story', 'stories']);

// A label that names a timetable by its first word (folded): `Horaire des présentations`,
// `Emploi du temps`. Not `Calendrier`, which names a school year's periods as often (`##
// Calendrier annuel 2019/2020` over `| Période | Début | Fin |`), nor `Programme` or
// `Planning`, which name a plan of blog posts as well (`# Programme` over `| Date | Titre |
// Auteur | Lien github |`).
const SCHEDULE_LABEL = /^(?:horaires?|emploi du temps)(?![a-z])/;

// A cell that names a week of the term by its number (`Semaine 7`, `Sem. 3 à 14`, `S9`).
const WEEK_NUMBER = /^(?:semaines?|sem\.?|s)\s?\d{1,2}$/;
const WEEK_NUMBERS = /^(?:semaines?|sem\.?|s)\s?\d{1,2}\s?(?:a|au|-|et)\s?\d{1,2}$/;

/** Whether the dates cells name weeks of the term by number and nothing more (two at least; a cell without a figure, `ESO`, aside). */
function weeksOnly(cells: string[]): boolean {
  const numbered = cells.filter((cell) => /\d/.test(cell));
  return numbered.length >= 2 && numbered.map((cell) => normaliseText(cell).trim()).every((cell) => WEEK_NUMBER.test(cell) || WEEK_NUMBERS.test(cell));
}

// A header that measures a stage of a race or a trek (folded): `Distance`, `D+`, `Dénivelé`, `km`.
const STAGE_MEASURE = /^(?:distance|d ?\+|denivele(?: positif)?|km)$/;

function headerWords(header: string): string[] {
  return normaliseText(header).split(/[^a-z0-9]+/);
}

function readColumns(table: Table): Column[] {
  const header = table.children[0];
  if (!header) return [];
  const seen = new Set<string>();
  const columns = header.children.map((cell, index) => {
    const text = plainText(cell);
    let role = columnRole(text);
    // The first column of a role wins: a second `Date` column is not a second schedule.
    if (role && seen.has(role)) role = undefined;
    if (role) seen.add(role);
    const slot = headerSlot(text);
    return { index, header: text, ...(role ? { role } : {}), ...(slot ? { slot } : {}), position: cell.position! };
  });
  keepDatesOverWeekdays(table, columns);
  themeBesideNumbers(table, columns);
  if (dropDayNumbers(table, columns) || dropSessionReferences(table, columns)) seen.delete('dates');
  if (!seen.has('dates') && sessionColumnOfDays(table, columns)) seen.add('dates');
  if (!seen.has('dates')) {
    // `Date vidéos sur le groupe` beside a setlist's songs: when each was put online, read by no cell.
    const candidates = columns.filter((column) => !datesARecord(column.header));
    const numbered = numericDateColumns(table, candidates);
    const dates = columnOfDates(table, candidates) ?? weekColumnBesideWeekdays(table, candidates) ?? groupColumnsOfDates(table, candidates)[0] ?? hoursColumnOfDays(table, candidates) ?? periodStartOf(table, candidates) ?? numbered[0];
    if (dates) dates.role = 'dates';
    if (dates && dates === numbered[0]) for (const column of numbered.slice(1)) column.groupDates = true;
    const titled = dates ? undefined : titleColumnOfDays(table, columns);
    if (titled) {
      titled.role = 'dates';
      titled.titled = true;
    }
  }
  const dates = columns.find((column) => column.role === 'dates');
  if (dates) for (const column of groupColumnsOf(table, columns, dates)) column.groupDates = true;
  const end = dates ? periodEndOf(table, columns, dates) : undefined;
  if (end) end.periodEnd = true;
  const weeks = weeksSpentColumn(table, columns);
  if (weeks) weeks.weeksSpent = true;
  if (!columns.some((column) => column.role === 'hours') && columns.some((column) => column.role === 'dates')) {
    const hours = columnOfHours(table, columns) ?? startHoursColumn(table, columns);
    if (hours) hours.role = 'hours';
  }
  const hours = columns.find((column) => column.role === 'hours');
  const hoursEnd = hours ? hoursEndOf(table, columns, hours) : undefined;
  if (hoursEnd) hoursEnd.hoursEnd = true;
  return columns;
}

/**
 * `| Jour | Date |`, `| Day | Date |`: two headers name the day, and the first writes the
 * weekday alone (`Mar`, `mardi`) or counts the days (`1`, `2`, `J3`: a trip's or a
 * course's day by day) while another writes the dates. A reader reads the dates there;
 * the weekdays beside them are checked against them (weekday-mismatch).
 */
function keepDatesOverWeekdays(table: Table, columns: Column[]): void {
  const first = columns.find((column) => column.role === 'dates');
  if (!first || !(weekdaysAloneIn(table, first) || countsDays(table, first))) return;
  const dates = columns.find((column) => column !== first && columnRole(column.header) === 'dates' && !weekdaysAloneIn(table, column) && !countsDays(table, column));
  if (!dates) return;
  delete first.role;
  dates.role = 'dates';
}

// A dash where a row numbers no session (`| — | jeudi 29 octobre | Semaine de lecture |`).
const NO_NUMBER = /^\s*[-\u2013\u2014]{1,3}\s*$/;

/**
 * `| Séance | Titre |` over `| 1 | Intro |`: both headers name the title, and the first
 * column only numbers the sessions (a dash on a week without one). The second says what each is: it is read as the theme,
 * which the number is joined to (`Séance 1 : Intro`, read-rows.ts), as under `Séance | Sujet`.
 */
function themeBesideNumbers(table: Table, columns: Column[]): void {
  const first = columns.find((column) => column.role === 'title');
  const filled = first ? filledCells(table, first) : [];
  if (!first || columns.some((column) => column.role === 'theme') || !filled.some(numbersOnly) || !filled.every((text) => numbersOnly(text) || NO_NUMBER.test(text))) return;
  const named = columns.find((column) => column !== first && column.role === undefined && columnRole(column.header) === 'title');
  if (named) named.role = 'theme';
}

/** Whether every filled cell of a column writes a weekday and nothing else (at least one does). */
/**
 * `| Jour | Focus |` over `| Jour 1 | Fondamentaux |`, `| J2 | ... |`: a column named for
 * days whose every cell numbers a day and writes no date is an overview of the days, not
 * their dates (the page dates them elsewhere, in its headings); read as dates, every row
 * would be an unreadable date. Returns whether the column lost its dates role.
 */
function dropDayNumbers(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates) return false;
  const filled = filledCells(table, dates);
  const numbersOnly = filled.length >= FEWEST_DATE_CELLS && filled.every((text) => dayLabel(text, false)?.number !== undefined && !parseFrenchDate(text).ok);
  if (numbersOnly) delete dates.role;
  return numbersOnly;
}

// A cell that names when by the course's own sessions (folded): `Séances 7-8`, `Semaine 12`,
// `Cours 3 et 4`, `Chaque séance`, `Toutes les semaines`.
// One pattern per form, not a repeated group: no quantified part sits in a quantified one.
const SESSION_REFERENCES = [
  /^(?:seances?|semaines?|cours|sessions?|tp|td) ?\d{1,2}$/,
  /^(?:seances?|semaines?|cours|sessions?|tp|td) ?\d{1,2} ?[-\u2013,] ?\d{1,2}$/,
  /^(?:seances?|semaines?|cours|sessions?|tp|td) ?\d{1,2} (?:a|et) \d{1,2}$/,
  /^(?:chaque|toutes les|tous les) (?:seances?|semaines?|cours|sessions?)$/,
];

/**
 * `| Type | Coefficient | Description | Date |` over `| Projet | 70% | … | Séances 7-8 |`:
 * a column named for dates, in a table with no hours or places, whose every cell names
 * sessions of the course, by number or all of them, and no date, tells when by the course's
 * own count (an assessment scheme), not a day a calendar can hold; read as dates, every row
 * would be an unreadable date. Returns whether the column lost its dates role.
 */
function dropSessionReferences(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  // A table with hours or places is a programme whose coordinator wrote `semaine 12` for a
  // date: that is reported, to be written as a day.
  if (!dates || columns.some((column) => column.role === 'hours' || column.role === 'place')) return false;
  const filled = filledCells(table, dates);
  const references = filled.length > 0 && filled.every((text) => SESSION_REFERENCES.some((pattern) => pattern.test(normaliseText(text).trim())) && !parseFrenchDate(text, 'dates column').ok);
  if (references) delete dates.role;
  return references;
}

/** Whether every filled cell of a column numbers a day and writes nothing else (`1`, `J2`, `Jour 3`; at least one does). */
function countsDays(table: Table, column: Column): boolean {
  const filled = filledCells(table, column);
  return filled.length > 0 && filled.every((text) => /^\d{1,2}$/.test(text.trim()) || dayLabel(text, false)?.number !== undefined);
}

/** Whether every column of dates holds weekdays alone (`Mercredi`, `Lundi`) and the table has no other dated column. */
function weekdaysOnly(table: Table, columns: Column[]): boolean {
  const dated = columns.filter((column) => column.role === 'dates');
  return dated.length > 0 && dated.every((column) => weekdaysAloneIn(table, column));
}

function weekdaysAloneIn(table: Table, column: Column): boolean {
  const filled = filledCells(table, column);
  return filled.length > 0 && filled.every((text) => weekdaysAlone(text));
}

/**
 * A column with no header whose cells are clock hours (`9h-12h`, `14h00 - 17h00`): a table
 * written without a header row (HTML tables often are; the reading gives them an empty one)
 * says no column's name, and a reader knows the hours by their cells, as the dates. Only
 * under an empty header: a named column keeps what its name says.
 */
function columnOfHours(table: Table, columns: Column[]): Column | undefined {
  return columns.find((column) => timesOfColumn(table, column) === 'hours');
}

// Below which hour a lone time is read as a length (`1h30`, `3 h`): no programme starts each
// of its sessions between one and six in the morning; a night's (`0h30`, `2h`) starts one
// at half past midnight, and a column holding one is read as hours.
const LENGTH_HOURS = 6;
const isLength = (cell: TimeSlot[]): boolean => cell.every((slot) => slot.end === undefined && slot.start.hour >= 1 && slot.start.hour < LENGTH_HOURS);

/**
 * What an unnamed column's cells tell when most of them are times: `hours`, or `lengths`
 * when each is a lone time before six in the morning (`| S0 | sam. 15 août | 2 h 30 |`: how
 * long each session lasts, which a programme tells and a listing does not); undefined
 * for a named column or one of other cells.
 */
function timesOfColumn(table: Table, column: Column): 'hours' | 'lengths' | undefined {
  if (column.role !== undefined || column.header !== '') return undefined;
  const filled = filledCells(table, column);
  const slots = filled.flatMap((text) => {
    const parsed = parseFrenchHours(text);
    return parsed.ok && parsed.slots.length > 0 ? [parsed.slots] : [];
  });
  if (slots.length < FEWEST_DATE_CELLS || slots.length * 2 <= filled.length) return undefined;
  return slots.every(isLength) ? 'lengths' : 'hours';
}

/** The text of each cell of a column below the header that holds something, in order. */
function filledCells(table: Table, column: Column): string[] {
  return table.children.slice(1).flatMap((row) => {
    const cell = row.children[column.index];
    const text = cell ? plainText(cell) : '';
    return text === '' ? [] : [text];
  });
}

/**
 * What a header says once the group it is for is set aside: `Groupe A` -> `groupe`,
 * `Date TD1` -> `date td`, `G2 (jeudi)` -> `g`, `Date (groupe B)` -> `date`. Two columns
 * with the same stem are the same column written once per group.
 */
function groupStem(header: string): string {
  const words = normaliseText(header).replace(/\([^)]{0,40}\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  // A group's mark: a single letter after a word (`groupe a`), or a number (`td1`, `group 2`).
  return words.replace(/ [a-z]$/, '').replace(/ ?\d{1,2}$/, '');
}

/**
 * Whether a column's cells are days in most of the rows that fill it, and in most rows
 * (`filled`: only in most of the rows that fill it, for a group's column, whose header
 * already says what it holds and whose group may not have all its days set yet).
 */
function holdsDays(table: Table, column: Column, how: 'in a dates column' | 'plainly', filledOnly = false): boolean {
  const rows = table.children.length - 1;
  let filled = 0;
  let dated = 0;
  for (const text of filledCells(table, column)) {
    if (writesADay(text, how)) dated++;
    // A date not set yet (`à venir`, `TBD`, `?`) fills no cell: the column still holds days.
    else if (filledOnly && givesNoDate(text)) continue;
    filled++;
  }
  if (filledOnly) return dated * 2 > filled;
  return dated >= FEWEST_DATE_CELLS && dated * 2 > filled && dated * 2 > rows;
}

function givesNoDate(text: string): boolean {
  const parsed = parseFrenchDate(text);
  return !parsed.ok && parsed.reason === 'empty';
}

/**
 * The other columns of the dates column's group (`Groupe B` beside `Groupe A`, `Date TD2`
 * beside `Date TD1`): no role of their own, the same header once the group is set aside
 * (groupStem), and days in their cells. A column of another kind of date (`Remise`,
 * `Fin`, `Date limite`) has another header, and is not one.
 */
function groupColumnsOf(table: Table, columns: Column[], dates: Column): Column[] {
  const stem = groupStem(dates.header);
  if (stem === '') return [];
  return columns.filter((column) => column !== dates && column.role === undefined && !column.slot && groupStem(column.header) === stem && holdsDays(table, column, 'in a dates column', true));
}

/**
 * Columns of dates that no header word names and whose cells a reader would not take for
 * dates alone (`12/09`), but whose headers say they are one column per group (`G1
 * (lundi) | G2 (jeudi)`): two columns at least, the same header but for the group's mark.
 */
function groupColumnsOfDates(table: Table, columns: Column[]): Column[] {
  for (const column of columns) {
    if (column.role !== undefined || groupStem(column.header) === normaliseText(column.header)) continue;
    const group = groupColumnsOf(table, columns, column);
    if (group.length > 0 && holdsDays(table, column, 'in a dates column')) return [column, ...group];
  }
  return [];
}

// A day and month written with two digits each, and perhaps a year (`08/09`, `15/09/2022`):
// what no count, score or fraction (`3/4`, `12/20`) is written as. Three plain patterns, not
// one with an optional group of quantifiers (tests/hostile: linear time).
const PADDED_DAYS = [/^\d{2}\/\d{2}$/, /^\d{2}\/\d{2}\/\d{2}$/, /^\d{2}\/\d{2}\/\d{4}$/];

/** Whether a cell is a padded day (PADDED_DAYS). */
function isPaddedDay(text: string): boolean {
  return PADDED_DAYS.some((pattern) => pattern.test(text));
}

// The folded first words of a header that names a group (`Groupe A`, `Promo 2`, `Parcours B`).
const GROUP_WORDS = new Set(['groupe', 'groupes', 'gr', 'grp', 'promo', 'promotion', 'parcours', 'classe', 'section', 'cohorte', 'filiere', 'alternance', 'alternants', 'initiale', 'continue']);

/**
 * Whether a header names who a column of days is for, not a milestone (`Énoncé`, `Remise`,
 * `Aller`) nor a bound of a period (`Du`, `Fin`): an acronym of capitals, three words at
 * most (`FI`, `FA EMS`), a word for a group (`Groupe A`), or a group's code (`G2`, `TD1`).
 */
function namesAnAudience(header: string): boolean {
  const words = header.trim().split(/\s+/);
  if (words.length === 0 || words.length > 3 || periodBound(header) !== undefined) return false;
  if (/^[A-Z]{1,6}$/.test(words[0]!) && words.every((word) => /^[A-Z0-9]{1,6}$/.test(word))) return true;
  const first = normaliseText(words[0]!).replace(/[^a-z0-9]/g, '');
  return GROUP_WORDS.has(first) || /^(?:g|gr|td|tp)\d{1,2}$/.test(first);
}

/**
 * `| Séance | Sujet | FI | FA EMS | FA VCOD |` over `| 1 | Intro | 08/09 | 15/09 | 22/09 |`:
 * two columns or more that no header names for dates, each named for an audience or a
 * track (namesAnAudience), whose every filled cell (at least two in each) is a padded day
 * (PADDED_DAYS) or a date not set yet (`??`). A reader reads each cell as the row's session
 * for that column's audience: the first column is the dates column, the others its
 * group's. Two columns of milestones (`Énoncé | Remise`, `Du | Au`) are no audiences.
 */
function numericDateColumns(table: Table, columns: Column[]): Column[] {
  const numeric = columns.filter((column) => {
    if (column.role !== undefined && column.role !== 'audience') return false;
    if (column.slot || !namesAnAudience(column.header)) return false;
    const days = filledCells(table, column).filter((text) => !givesNoDate(text));
    return days.length >= FEWEST_DATE_CELLS && days.every((text) => isPaddedDay(text) && parseFrenchDate(text).ok);
  });
  return numeric.length >= 2 ? numeric : [];
}

/** Whether most of a column's filled cells, at least one, are clock hours (`14h00`, `09:00`, `9h - 12h`). */
function holdsHours(table: Table, column: Column): boolean {
  const filled = filledCells(table, column);
  const timed = filled.filter((text) => {
    const parsed = parseFrenchHours(text);
    return parsed.ok && parsed.slots.length > 0;
  }).length;
  return timed > 0 && timed * 2 > filled.length;
}

/**
 * A column no header word names for hours but whose header names a start (`Début`,
 * `Start`) over clock hours (`14:00`), beside a dates column: when the session starts.
 */
function startHoursColumn(table: Table, columns: Column[]): Column | undefined {
  return columns.find((column) => column.role === undefined && !column.slot && periodBound(column.header) === 'start' && holdsHours(table, column));
}

/**
 * The column that closes the hours column's slots (`Heure de début | Heure de fin`,
 * `Début | Fin`, `Start | End` over clock hours): the hours header names a start, a later
 * header with no role of its own names the end, and its cells are clock hours.
 */
function hoursEndOf(table: Table, columns: Column[], hours: Column): Column | undefined {
  if (periodBound(hours.header) !== 'start') return undefined;
  return columns.find((column) => column.index > hours.index && column.role === undefined && !column.slot && !column.periodEnd && periodBound(column.header) === 'end' && holdsHours(table, column));
}

/**
 * A column whose header names the start of a period (`Du`, `Début`, `Start`, `Ouverture`)
 * before one that names its end, and whose cells are days: the headers say what the
 * cells hold, as a `Date` header does, however few the rows.
 */
function periodStartOf(table: Table, columns: Column[]): Column | undefined {
  const start = columns.find((column) => column.role === undefined && periodBound(column.header) === 'start' && holdsDays(table, column, 'in a dates column', true));
  return start && periodEndOf(table, columns, start) ? start : undefined;
}

/**
 * The column that ends the period the dates column starts (`Début | Fin`, `Du | Au`, `Date
 * de début | Date de fin`): the dates header names a start, a later header with no role of
 * its own names the end, and its cells are days in most of the rows that fill it.
 */
function periodEndOf(table: Table, columns: Column[], dates: Column): Column | undefined {
  if (periodBound(dates.header) !== 'start') return undefined;
  return columns.find(
    (column) => column.index > dates.index && column.role === undefined && !column.groupDates && periodBound(column.header) === 'end' && holdsDays(table, column, 'in a dates column', true),
  );
}

/**
 * The title column when its titles write their sessions' days (`Séance 1 - mardi 16
 * septembre 2025, 14h-16h`, `TP noté (lundi 12/02/2024)`, `Intra : jeudi 10 octobre,
 * 12h-14h`) in most of the rows that fill it, at least two: read as a dated heading's
 * text is (dated-text.ts), so a date inside a sentence stays prose.
 */
function titleColumnOfDays(table: Table, columns: Column[]): Column | undefined {
  const title = columns.find((column) => column.role === 'title');
  if (!title) return undefined;
  const filled = filledCells(table, title);
  const dated = filled.filter((text) => titleDate(text) !== undefined).length;
  return dated >= FEWEST_DATE_CELLS && dated * 2 > filled.length ? title : undefined;
}

/**
 * A column its header names for hours (`Plage horaire`, `Horaire`) whose cells write the
 * day before the hours (`4 octobre de 8h00 à 11h00`): a column of dates and hours, which
 * a reader reads as the row's day and its hours. The dates column, when no other is.
 */
function hoursColumnOfDays(table: Table, columns: Column[]): Column | undefined {
  return columns.find((column) => column.role === 'hours' && holdsDays(table, column, 'plainly'));
}

/**
 * Whether most rows' dates cells write clock hours after the day (`Mardi le 17 mars de
 * 12h00 à 13h50`, `17/03 14h-16h`), at least two unless the table has one: when something happens, as an hours
 * column says. A log's time stamps (writesLoggedTime, stampsByTheMinute) are not.
 */
function datesCellsWriteHours(table: Table, columns: Column[]): boolean {
  const dates = columns.find((column) => column.role === 'dates');
  if (!dates) return false;
  const filled = filledCells(table, dates);
  // A log's entries stamped to the minute (`09/01 14:29`) are when something was done.
  if (stampsByTheMinute(filled)) return false;
  let timed = 0;
  for (const text of filled) {
    const parsed = parseFrenchDate(text);
    if (!parsed.ok || !parsed.hours) continue;
    if (writesLoggedTime(text)) return false;
    const hours = parseFrenchHours(parsed.hours.text);
    if (hours.ok && hours.slots.length > 0) timed++;
  }
  // A table of one row (one registration window) is as plain as one of many.
  return timed >= Math.min(FEWEST_DATE_CELLS, filled.length) && timed * 2 > filled.length;
}

// How many cells of a column must be dates, at least, for its cells to name it.
const FEWEST_DATE_CELLS = 2;

/**
 * A column whose header does not name dates (`Semaine`, `#`, an empty header) but whose
 * cells are dates (`4 sept.`, `11 sept.`): a reader knows it by its cells. The first column
 * with no role of its own whose cells are dates in most rows, at least two, is the dates column.
 */
function columnOfDates(table: Table, columns: Column[]): Column | undefined {
  // Beside columns named by weekdays, a column of runs is each row's week: weekColumnBesideWeekdays decides.
  if (columns.filter((column) => bareWeekday(column.header) !== undefined).length >= WEEKDAY_HEADERS) return undefined;
  return columns.find((column) => column.role === undefined && (holdsDays(table, column, 'plainly') || holdsDottedDays(table, column)));
}

/**
 * `|   |   |` over `| 27.09 | TP 1 |`, `| 04.10 | TP 2 |`: a column under no header whose
 * cells are padded dotted days running forward through the year (schedule-cells.ts,
 * runsOfDottedDays).
 */
function holdsDottedDays(table: Table, column: Column): boolean {
  return runsOfDottedDays(filledCells(table, column).filter((text) => !givesNoDate(text)));
}

// How many words a paragraph that names a week may hold to be that week's line (`22-26 juin 2026`, `Du 22 au 26 juin 2026`).
const WEEK_LINE_WORDS = 6;
// How many columns named by a weekday alone make a plan of the week (weekday-columns.ts).
const WEEKDAY_HEADERS = 2;

/**
 * `|  | Lundi | Mardi | Mercredi | Jeudi |` over `| 05/05 - 09/05 | | | Cours 1 | Cours 3 |`:
 * beside columns named by weekdays, the first column with no role whose cells are days as a
 * dates cell writes them (bare `d/m` weeks) is each row's week (weekday-columns.ts).
 */
function weekColumnBesideWeekdays(table: Table, columns: Column[]): Column | undefined {
  const weekdays = columns.filter((column) => bareWeekday(column.header) !== undefined);
  if (weekdays.length < WEEKDAY_HEADERS) return undefined;
  // A plan of classes: most filled cells under the weekdays name a session (`Cours 3`, `TD1`);
  // a canteen's menus, a library's opening hours or a rota name dishes, hours and people.
  const cells = weekdays.flatMap((column) => filledCells(table, column)).filter(holdsASession);
  if (cells.filter((text) => namesAnEventWord(text)).length * 2 <= cells.length) return undefined;
  // Each row a week written as a run of days (`05/05 - 09/05`): a day alone is no week's.
  return columns.find((column) => column.role === undefined && bareWeekday(column.header) === undefined && holdsDays(table, column, 'in a dates column') && writesRuns(table, column));
}

/** Whether most filled cells of a column write a run of days (`05/05 - 09/05`, `5 au 9 mai`). */
function writesRuns(table: Table, column: Column): boolean {
  const cells = filledCells(table, column);
  const runs = cells.filter((text) => {
    const parsed = parseFrenchDate(text, 'dates column');
    return parsed.ok && parsed.value.kind === 'range';
  }).length;
  return runs * 2 > cells.length;
}

// The title words that name the session itself: a column under them that holds days is when
// each session takes place.
const SESSION_WORDS = new Set(['seance', 'seances', 'session', 'sessions', 'cours']);

/**
 * `| Semaine | Séance | Ouverture du module | Matière |` with `2 septembre` under `Séance`:
 * a column named for the session whose cells are days is the day of each session, and a
 * reader reads the titles in the next column named for them (`Matière`). It comes before
 * any other column of days (`Ouverture du module Brio`: `26 août, 16 h 20`), which dates
 * something else. Returns whether it found one (its role is then `dates`).
 */
function sessionColumnOfDays(table: Table, columns: Column[]): boolean {
  const session = columns.find((column) => column.role === 'title' && normaliseText(column.header).split(/\s+/).every((word) => SESSION_WORDS.has(word)));
  // Days alone (`2 septembre`), not titles that write their day (`Séance 1 - mardi 16
  // septembre`): those stay titles (schedule-cells.ts reads their days).
  if (!session || !holdsDays(table, session, 'plainly') || !filledCells(table, session).every((text) => parseFrenchDate(text).ok || !/\d/.test(text))) return false;
  session.role = 'dates';
  const title = columns.find((column) => column !== session && column.role === undefined && columnRole(column.header) === 'title' && !holdsDays(table, column, 'plainly'));
  if (title) title.role = 'title';
  return true;
}

/** The slot a header's hours give its column (`Cours (13:15 - 14:45)`), labelled with the rest of the header. */
function headerSlot(header: string): TimeSlot | undefined {
  const found = hoursInHeader(header);
  const slot = found?.slots.length === 1 ? found.slots[0] : undefined;
  if (!slot || slot.label !== undefined) return undefined;
  return { ...(found!.label ? { label: found!.label } : {}), start: slot.start, ...(slot.end ? { end: slot.end } : {}) };
}

/**
 * Raw HTML tables that look like a schedule (a header cell mentioning a date) and that
 * stay HTML in the reading tree: those inside a quote or a list item (html-blocks.ts reads
 * the top level's as markdown; one left there has no digit, so no session). They are
 * reported, not read. Blank lines split one table into several HTML nodes, so a table is
 * followed from its `<table>` node to its `</table>`.
 */
export function findHtmlScheduleTables(root: Root): Html[] {
  const htmlNodes: Html[] = [];
  for (const top of root.children) {
    if (top.type === 'html') continue;
    for (const node of walkNodes(top)) if (node.type === 'html') htmlNodes.push(node);
  }
  const found: Html[] = [];
  let open: Html | undefined;
  let reported = false;
  for (const node of htmlNodes) {
    if (/<table\b/i.test(node.value)) {
      open = node;
      reported = false;
    }
    if (open && !reported && /<th\b[^>]*>\s*dates?\b/i.test(node.value)) {
      found.push(open);
      reported = true;
    }
    if (/<\/table>/i.test(node.value)) open = undefined;
  }
  return found;
}
