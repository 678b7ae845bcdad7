import type { TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { normaliseText } from '../dates/normalise-text.js';
import { monthFromWord } from '../dates/french-months.js';
import type { Column, ColumnRole, Field, SessionStatus } from './model.js';
import { splitCancelledTitle } from './cancelled-title.js';
import { namesDayOff, saysNoClass } from './no-class-row.js';
import { givesLengthOnly, namesABreak } from './progression-weeks.js';
import { isConflictMarkerText } from './conflict-markers.js';
import { isStackedDay } from './stacked-cell-rows.js';
import { holdsStruckText, isStruckThrough, plainText, textLeftStanding, ICON_SHORTCODE } from './plain-text.js';
import { LATIN_LETTER } from '../dates/letters.js';
import { guardedPattern } from './guarded-pattern.js';
import { titleDate } from './title-date.js';
import { parseFrenchDate } from '../dates/french-dates.js';
import { dateWordHint } from '../dates/date-word-hint.js';
import { columnSpanOf } from './cell-spans.js';

/** A schedule row as read from the table, before its dates are given years. */
export interface RowDraft {
  rowIndex: number;
  position: Position;
  cells: Array<Field<string>>;
  /** The cell holding each role, when the row has that column. */
  byRole: Partial<Record<ColumnRole, Field<string>>>;
  /** The title shown to users: the title cell, else the theme, else the audience, else the first slot's cell. */
  title: Field<string>;
  /** What the title cell says after a cancellation word (`reporté au 12 mars`). */
  remark?: Field<string>;
  /** `cancelled` when struck through or marked; `confirmed` otherwise (dates may make it tentative later). */
  status: Exclude<SessionStatus, 'tentative'>;
  /** The dates cells of the other groups (`Groupe B` beside `Groupe A`): the session is held on their days too. */
  groupDates?: Array<Field<string>>;
  /** For a table of group columns: the column whose day the session takes (Session.groupColumn). */
  groupColumn?: number;
  /** For a plan of weeks with a column per weekday (weekday-columns.ts): the weekday (ISO) of the row's week the session is on. */
  onWeekday?: number;
  /** The cell that ends the row's period (`Début | Fin`): the session runs from the dates cell's day to its day. */
  periodEnd?: Field<string>;
  /** The cell that ends the row's slot (`Heure de début | Heure de fin`): the slot ends at its time. */
  hoursEnd?: Field<string>;
  /** For a row whose dates cell was left empty under a dated row: how many rows up its day is written. */
  dayFrom?: number;
  /** For a row whose hours cell was left empty too, under a slot: how many rows up the slot's hours are written. */
  hoursFrom?: number;
  /** For a later day of a row's stacked dates cell (stacked-cell-rows.ts): in order by the row's first day. */
  stackedDay?: true;
}

// `[ANNULE]`, `annulé`, `annulée`, `annulation`, matched on normalised words so that
// accents and case do not matter.
// Guarded (guarded-pattern.ts): compiled only for a table that writes one of the words.
const cancelledWords = guardedPattern(/(^|[^a-z])(annule|annulee|annulation|cancelled|canceled)([^a-z]|$)/, ['annul', 'cancel']);

/**
 * Whether a row is one cell stretched across the table (`colspan`), the others empty or
 * covered, that writes no day. Only HTML says a cell spans the row: in markdown, a row that
 * fills only its dates cell with words (`| A définir | | |`) is a session not dated yet.
 */
function bannerRow(row: TableRow, cells: Array<Field<string>>): boolean {
  const first = cells[0];
  if (!first || first.text === '' || columnSpanOf(row.children[0]) < 2) return false;
  if (cells.slice(1).some((cell) => cell.text !== '')) return false;
  const parsed = parseFrenchDate(first.text);
  // A misspelt date (`Jeudi 13 novmebre`) is a date written wrong, which unreadable-date reports.
  return !parsed.ok && parsed.reason === 'unreadable' && dateWordHint(first.text) === undefined;
}

/** Reads the body rows of a schedule table; rows whose cells are all empty are skipped. */
export function readRows(rows: TableRow[], columns: Column[]): RowDraft[] {
  const drafts: RowDraft[] = [];
  rows.forEach((row, rowIndex) => {
    const cells = row.children.map((cell) => {
      const text = plainText(cell);
      return { text, value: text, position: contentPosition(cell) };
    });
    if (cells.every((cell) => cell.text === '')) return;
    if (saysNothingButSymbols(cells, columns)) return;
    if (namesOnlyDaysOff(cells, columns)) return;
    if (weekLeftEmpty(cells, columns)) return;
    // A conflict marker that fell inside the table (`<<<<<<< HEAD`) is not a session; merge-conflict reports it.
    if (isConflictMarkerText(cells[0]?.text ?? '')) return;
    // A cell stretched over the row that writes no day (`<td colspan="7">Vectors and
    // Memory</td>`) titles the part of the table below it, as a heading would: no session.
    if (bannerRow(row, cells)) return;
    const byRole: RowDraft['byRole'] = {};
    for (const column of columns) {
      const cell = cells[column.index];
      if (column.role && cell) byRole[column.role] = cell;
    }
    // A title that writes its day (`Séance 1 - mardi 16 septembre, 14h-16h`): its words
    // are the title and its date the dates cell; a title with no day is no session.
    const titled = columns.find((column) => column.titled);
    if (titled) {
      const cell = cells[titled.index];
      const written = cell ? titleDate(cell.text) : undefined;
      if (!cell || !written) return;
      byRole.dates = { ...cell, text: written.dates, value: written.dates };
      byRole.title ??= { ...cell, text: written.title, value: written.title };
    }
    const newDay = dayLeftStanding(row.children[columns.find((column) => column.role === 'dates')?.index ?? -1]);
    if (newDay !== undefined && byRole.dates) byRole.dates = { ...byRole.dates, text: newDay, value: newDay };
    // Without a title column, a row of slots (`| Jour | Matin (9h-12h) | Après-midi (14h-17h) |`) is named by its first slot.
    const slotted = columns.find((column) => column.slot && cells[column.index]?.text);
    // A title cell that says nothing in words (empty, or an icon linking to the slides) gives
    // way to the theme. One that only numbers the session (`| 1 | Intro |` under `Séance |
    // Sujet`) is joined to it (`Séance 1 : Intro`): the subject says what, the number which one.
    const numbered = byRole.title && numbersOnly(byRole.title.text) && namesSomething(byRole.theme?.text) ? numberedTitle(byRole.title, byRole.theme!, columns.find((column) => column.role === 'title')?.header ?? '') : undefined;
    const title =
      numbered ??
      (byRole.title && saysWords(byRole.title.text) ? byRole.title : undefined) ??
      (byRole.theme?.text ? byRole.theme : undefined) ??
      byRole.title ??
      (byRole.theme?.text ? byRole.theme : undefined) ??
      byRole.audience ??
      (slotted ? cells[slotted.index] : undefined) ??
      firstWordsCell(cells, columns) ??
      emptyFieldAt(row.position!);
    const named = (['title', 'theme', 'dates'] as const).map((role) => columns.find((column) => column.role === role)?.index);
    const status = isCancelled(row, cells, named) ? 'cancelled' : 'confirmed';
    const cleaned = cleanTitle(title, status);
    const groupDates = columns.filter((column) => column.groupDates && cells[column.index]?.text).map((column) => cells[column.index]!);
    const periodEnd = cells[columns.find((column) => column.periodEnd)?.index ?? -1];
    const hoursEnd = cells[columns.find((column) => column.hoursEnd)?.index ?? -1];
    drafts.push({
      rowIndex,
      position: row.position!,
      cells,
      byRole,
      ...cleaned,
      status,
      ...(groupDates.length > 0 ? { groupDates } : {}),
      ...(periodEnd?.text ? { periodEnd } : {}),
      ...(hoursEnd?.text ? { hoursEnd } : {}),
      ...(isStackedDay(row) ? { stackedDay: true as const } : {}),
    });
  });
  return drafts;
}

/**
 * A row's name when no column is its title (`| [Éliminatoires](…) | 03/11 - 20h00 | 11/11
 * - 23h59 |`, `| Mardi le 17 mars de 12h00 à 13h50 | S-031 |`): the first cell in words
 * outside the dates, hours and period columns, as a reader would name the row.
 */
function firstWordsCell(cells: Array<Field<string>>, columns: Column[]): Field<string> | undefined {
  return columns
    .filter((column) => column.role !== 'dates' && column.role !== 'hours' && !column.periodEnd && !column.hoursEnd && !column.groupDates)
    .map((column) => cells[column.index])
    .find((cell) => cell !== undefined && saysWords(cell.text));
}


// Latin letters written out rather than \p{L}, which is costly to compile at start-up (README, Performance).
const LETTER_OR_DIGIT = new RegExp(`[${LATIN_LETTER}0-9]`);

/** A session's number and its subject as one title: `Séance 1 : Intro` under a header in words, `1 : Intro` under `#` or `N°`. */
function numberedTitle(number: Field<string>, theme: Field<string>, header: string): Field<string> {
  const word = /^[\p{L}]+$/u.test(header.trim()) ? `${header.trim()} ` : '';
  const text = `${word}${number.text.trim()} : ${theme.text}`;
  return { ...theme, text, value: text };
}

/** Whether a title cell only numbers its session (`1`, `12`). */
export function numbersOnly(text: string): boolean {
  return /^\d{1,3}$/.test(text.trim());
}

/** Whether a theme cell names something: words, not a placeholder (`TBD`, `à venir`, `?`). */
function namesSomething(text: string | undefined): boolean {
  if (!text || !saysWords(text)) return false;
  const parsed = parseFrenchDate(text);
  return parsed.ok || parsed.reason !== 'empty';
}

/** Whether a cell's text holds a letter or a digit once icons' shortcodes are set aside. */
function saysWords(text: string): boolean {
  return LETTER_OR_DIGIT.test(text.replace(ICON_SHORTCODE, ''));
}

/**
 * Whether a row, besides its dates and hours, says nothing in words: its cells are empty
 * or hold only symbols (`:octicons-sun-24:`, `🌴`, `✓`), and one at least holds one. Such a
 * row marks a day (a week off, a holiday) with a picture: a reader lists no session there.
 */
function saysNothingButSymbols(cells: Array<Field<string>>, columns: Column[]): boolean {
  const skipped = new Set(columns.filter((column) => column.role === 'dates' || column.role === 'hours').map((column) => column.index));
  let marked = false;
  for (const [index, cell] of cells.entries()) {
    if (skipped.has(index) || cell.text === '') continue;
    if (saysWords(cell.text)) return false;
    marked = true;
  }
  return marked;
}

// The words of a header that counts the weeks or names their month (folded): `N° semaine`, `Sem.`, `Semaine`, `Mois`, `Week`, `Month`.
const WEEK_OR_MONTH_WORDS = new Set(['semaine', 'semaines', 'sem', 'mois', 'week', 'weeks', 'month', 'months']);
// Words that number it (`N°`, `No`, `Num`, `numéro`).
const NUMBER_WORDS = new Set(['n', 'no', 'num', 'numero']);

/** Whether a header counts the weeks or names their month, and nothing else. */
function countsWeeks(header: string): boolean {
  const words = normaliseText(header).split(/[^a-z]+/).filter((word) => word !== '' && !NUMBER_WORDS.has(word));
  return words.length === 1 && WEEK_OR_MONTH_WORDS.has(words[0]!);
}

/**
 * Whether a row of a table whose rows name what happens (a title or theme column) names
 * nothing: beside its date, only its week's number or month (`| 10 | novembre | dim. 1 nov.
 * 2020 | | | |`). A year's plan keeps every week so that its dates run on; a week with
 * nothing planned is no session to a reader.
 */
function weekLeftEmpty(cells: Array<Field<string>>, columns: Column[]): boolean {
  if (!columns.some((column) => column.role === 'title' || column.role === 'theme')) return false;
  const dates = new Set(columns.filter((column) => column.role === 'dates').map((column) => column.index));
  if (dates.size === 0 || ![...dates].some((index) => cells[index]?.text)) return false;
  // Only a week's number or its month beside the date, under headers that say so (`N° semaine`, `Mois`).
  const counting = new Set(columns.filter((column) => countsWeeks(column.header)).map((column) => column.index));
  const counts = (cell: Field<string>, index: number) => counting.has(index) && (/^\d{1,2}$/.test(cell.text.trim()) || monthFromWord(normaliseText(cell.text).trim()) !== undefined);
  // A row that writes its date alone is a session not named yet (`| | 21 février |`): only the week's count beside it says a plan's empty week.
  return cells.some(counts) && cells.every((cell, index) => dates.has(index) || cell.text === '' || counts(cell, index));
}

/**
 * Whether a row of a weekly class calendar is a day off (`| 2024-05-10 | 11 | _Ascension_ |
 * _Ascension_ |` under `Cours (13:15 - 14:45)` and `Laboratoires (14:55 - 16:30)`): each
 * filled cell of its slot columns names a holiday and nothing else. The calendar keeps the
 * week so that its dates run on; a reader lists no class there. A remark beside it (a
 * deadline that week) does not make one. Only slot columns, or two columns or more that
 * each write the holidays (`| Vacances d'automne | Vacances d'automne |`): in a calendar of events, a
 * row named `Ascension` or `Vacances scolaires` is an entry a reader lists (a band plays
 * at the feast, a school's calendar marks the holidays).
 */
function namesOnlyDaysOff(cells: Array<Field<string>>, columns: Column[]): boolean {
  const slots = columns.filter((column) => column.slot !== undefined);
  const filled = slots.map((column) => cells[column.index]?.text ?? '').filter((text) => text !== '');
  const named = filled.map((text) => namesDayOff(normaliseText(text)));
  // A feast in one slot alone may be the session's theme (`| Noël |` under `Atelier (14h - 16h)`).
  if (named.length > 0) return named.every((name) => name === 'holidays' || (name === 'feast' && named.length >= 2));
  // A course plan by activity (`| Semaine | Théorie | Pratique |`) that writes the holidays in
  // each of its columns (`| 13.10.2025 | Vacances d'automne | Vacances d'automne |`): the week
  // off, written across the row as a slot calendar writes it. One cell alone may be an entry.
  const others = columns.filter((column) => column.role !== 'dates').map((column) => cells[column.index]?.text ?? '').filter((text) => text !== '');
  return others.length >= 2 && others.every((text) => namesDayOff(normaliseText(text)) === 'holidays');
}

/**
 * The day of a session moved by striking its old day through in the dates cell (`~~3
 * mars~~ 10 mars`, `~~Lundi 3/03~~ **Lundi 10/03**`): the day left standing, which is the
 * session's. Undefined when nothing is struck, or when all is (the row is then called off).
 */
function dayLeftStanding(cell: TableCell | undefined): string | undefined {
  if (!cell || !holdsStruckText(cell)) return undefined;
  // `~~3 mars~~ → 10 mars`: an arrow or a dash said only "moved to".
  const standing = textLeftStanding(cell).replace(/^[\s\u2192>=-]+/, '').trim();
  return standing === '' ? undefined : standing;
}

// A session moved to another day (`Déplacé le 12/11`, `reporté au 5 mars`, `(décalé au
// mardi 4)`, `Postponed to 26 November`, `Reportée`): the day the row writes is called off,
// as `reporté` is in the real documents. `décalé` alone (`Horaires décalés`) and a move to
// another hour (`décalé à 14h`) are not; nor is a report filed elsewhere (`reporté dans
// le wiki`). On folded text: accents and case do not matter.
const movedWords = /(?:^|[^a-z])(?:deplace|reporte|decale)e?s? (?:au|a|le|en|sine die)(?: |$)(?!\d{1,2} ?(?:h|:))|(?:^|[^a-z])(?:postponed|rescheduled|moved) (?:to|until)(?: |$)|(?:^|[^a-z(])\(?(?:deplace|reporte)e?s?\)?[ .!]*$/;

// `cells` are the row's cells as read: their text is not read a second time here; `named`,
// the indexes of its title, theme and dates columns.
function isCancelled(row: TableRow, cells: Array<Field<string>>, named: Array<number | undefined>): boolean {
  const struck = row.children.filter((cell) => cell.children.length > 0);
  // A row is struck through when each of its non-empty cells is, or its first, title, theme or
  // dates cell is (`| 14 | ~~Examen~~ | 3 décembre |`: the week's number is not struck, the exam is).
  if (struck.length > 0 && struck.every((cell) => isStruckThrough(cell))) return true;
  const first = row.children[0];
  if (first && isStruckThrough(first)) return true;
  if (named.some((index) => index !== undefined && row.children[index] !== undefined && isStruckThrough(row.children[index]!))) return true;
  return cells.some((cell) => {
    const folded = normaliseText(cell.text);
    // A week without class (`Semaine de lecture`, `Pas de cours`) is the slot called off (no-class-row.ts).
    return cancelledWords.test(folded) || movedWords.test(folded) || saysNoClass(folded);
  });
}

// The title keeps what a reader sees; a cancellation word (`**Annulé**`, `[ANNULE]`) is
// status, not title, and what the cell says after it is a remark.
function cleanTitle(field: Field<string>, status: RowDraft['status']): Pick<RowDraft, 'title' | 'remark'> {
  const collapsed = field.text.replace(/\s+/g, ' ').trim();
  if (status !== 'cancelled') return { title: { ...field, text: collapsed, value: collapsed } };
  const { title, remark } = splitCancelledTitle(collapsed);
  return {
    title: { ...field, text: title, value: title },
    ...(remark ? { remark: { text: remark, value: remark, position: field.position } } : {}),
  };
}

// A cell's mdast position starts at its pipe; a diagnostic should underline what is
// written in it, so take the span of its content when it has some.
function contentPosition(cell: TableCell): Position {
  const first = cell.children[0]?.position;
  const last = cell.children.at(-1)?.position;
  return first && last ? { start: first.start, end: last.end } : cell.position!;
}

function emptyFieldAt(position: Position): Field<string> {
  return { text: '', value: '', position };
}

/**
 * An agenda with several slots a day writes the day once, on its first slot, and leaves
 * the dates cell empty below: a reader carries the day down, and so does this. A row
 * with an empty dates cell under a dated row of the same table takes that row's day.
 * When its hours cell is empty too, in a table that has one, it belongs to the slot
 * above: as a session of that slot when it fills two cells or more (a defence with its
 * subject and its jury, beside the others of the slot), else as a second line of the
 * slot's description, not a session. A row with nothing above to carry down keeps its
 * empty cell, for `missing-date`.
 */
export function carryDaysDown(rows: RowDraft[], columns: Column[]): RowDraft[] {
  const hoursColumn = columns.some((column) => column.role === 'hours');
  const kept: RowDraft[] = [];
  let lastDated: number | undefined;
  let lastSlot: number | undefined;
  // A year's progression dates each period's start; the chapters below it, undated or
  // given the period's length (`_7 semaines_`), come in the weeks after, on no day a
  // reader could put in a calendar, and its holidays are the breaks between periods.
  const progression = columns.some((column) => column.weeksSpent);
  for (const row of rows) {
    const dates = row.byRole.dates;
    if (progression && dates && (dates.text === '' || givesLengthOnly(dates.text) || namesABreak(row))) continue;
    if (dates && dates.text === '' && lastDated !== undefined) {
      // `| | *Vacances* |`, `| | *Relâches* |` between two dated weeks: the holidays fall
      // between the days above and below, not on the day above; no session.
      if (namesHolidaysOnly(row)) continue;
      // `| | | | [🎉 5️⃣](…) [🎉 6️⃣](…) |` under a dated row: the links its last cell ran onto, no
      // session; a row whose title cell is empty names nothing of its own (hours aside, below).
      if (!hoursColumn && row.byRole.title?.text === '') continue;
      if (hoursColumn && !row.byRole.hours?.text) {
        if (filledCells(row) < 2) continue;
        const slot = lastSlot !== undefined && lastSlot >= lastDated ? lastSlot : lastDated;
        kept.push({ ...row, dayFrom: kept.length - lastDated, hoursFrom: kept.length - slot });
        continue;
      }
      lastSlot = kept.length;
      kept.push({ ...row, dayFrom: kept.length - lastDated });
      continue;
    }
    if (dates?.text) lastDated = kept.length;
    lastSlot = kept.length;
    kept.push(row);
  }
  return kept;
}

// Whether every cell a row fills besides its dates names holidays and nothing else (no-class-row.ts).
function namesHolidaysOnly(row: RowDraft): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '' && cell !== row.byRole.dates);
  return filled.length > 0 && filled.every((cell) => namesDayOff(normaliseText(cell.text)) === 'holidays');
}

// The cells a row fills besides its dates and hours.
function filledCells(row: RowDraft): number {
  const skipped = new Set([row.byRole.dates, row.byRole.hours]);
  return row.cells.filter((cell) => cell.text !== '' && !skipped.has(cell)).length;
}
