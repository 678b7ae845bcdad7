/*
 * A day's agenda: a table without a dates column under a dated heading, one row per slot
 * (`| 09h00 - 09h30 | Accueil |`). Each row with clock hours is a session on the
 * heading's day; a row whose hours cell is left empty under a timed row shares that row's
 * slot (talks side by side); a row placed in a part of the day (`| Après-midi | Balade |`)
 * is a session of the day without hours, and so is one called off in its hours cell
 * (`| Annulé | Keynote 5 |`), cancelled; any other row without hours is no session.
 */
import type { Root, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { columnRole, periodBound } from './column-roles.js';
import { isPartOfDay } from './part-of-day.js';
import { keepsTimeWorked } from './timesheet-columns.js';
import type { TimeSlot } from '../dates/types.js';
import { plainText } from './plain-text.js';
import { isStruckThrough } from './plain-text.js';
import { isNoSlot, saysCancelled, type SessionDraft } from './session-drafts.js';
import { leadingHours, leadingHoursEndingBeforeStart, type SlotHours } from './slot-hours.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import type { SourceText } from './source-text.js';
import { hasLetterOrDigit } from '../dates/letters.js';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import { normaliseText } from '../dates/normalise-text.js';
import { weekdaysAlone } from '../dates/french-months.js';
import { columnSpanOf, coveredBy, rowSpanOf, writtenInHtml } from './cell-spans.js';
import { weekAround, weekLabelLine, weekWords, type NamedWeek } from './week-anchor.js';
import { datedTextOf } from './dated-text.js';
import type { DatedLine } from '../dates/dated-line.js';

// A Swiss clock time alone in a cell, its dot the `h` (`13.30`): no decimal where hours are written.
const DOTTED_TIME = /^\d{1,2}\.\d{2}$/;

/**
 * The hours an agenda's cell opens with (leadingHours), or the one time it holds written
 * with a dot (`13.30` among `09:00` and `11:30`), which only a cell where hours are written
 * reads as a clock time.
 */
function cellHours(text: string): SlotHours | undefined {
  const found = leadingHours(text);
  const written = text.trim();
  if (found || !DOTTED_TIME.test(written)) return found;
  const parsed = parseFrenchHours(written, { hoursPlace: true });
  const start = text.indexOf(written);
  return parsed.ok && parsed.slots.length === 1 ? { text: written, start, end: start + written.length, slots: parsed.slots, rest: '' } : undefined;
}

// An hours cell that says the slot follows the one above (folded): `à la suite`, `ensuite`.
const FOLLOWS = /^(?:a la suite|ensuite|puis|suite)$/;

/**
 * The column that holds the hours: the one its header names (`Horaires`, `Heure`), else
 * the first column whose cells open with clock hours in most rows.
 */
function hoursColumn(table: Table): number | undefined {
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => plainText(cell)) ?? [];
  const named = headers.findIndex((text) => columnRole(text) === 'hours');
  if (named >= 0) return named;
  // Found by its cells, a column's times are read as any line's: a dotted number there may be a
  // height or a price (`1.20`), which only a column named for hours makes a time.
  for (let column = 0; column < headers.length; column++) {
    const timed = rows.filter((row) => {
      const cell = row.children[column];
      return cell !== undefined && leadingHours(plainText(cell)) !== undefined;
    }).length;
    if (rows.length > 0 && timed * 2 > rows.length) return column;
  }
  return undefined;
}

/** Whether a table is a day's agenda: an hours column whose cells open with clock hours in two rows at least. */
export function isDayAgendaTable(table: Table): boolean {
  const column = hoursColumn(table);
  if (column === undefined) return false;
  const timed = table.children.slice(1).filter((row) => {
    const cell = row.children[column];
    return cell !== undefined && cellHours(plainText(cell)) !== undefined;
  });
  return timed.length >= 2 && !countsElapsedTime(table.children.slice(1), column);
}

/**
 * Whether the hours column of a table's rows counts the time gone since the start rather
 * than the clock (`| 0:00 – 0:20 | Lab 00 |`, `| 0:20 – 0:50 | Lab 01 |`): two slots or more,
 * the first opening at zero, each beginning when the one before it ends. A workshop's plan
 * of its runs, whenever they are held; no day's agenda (a night's that begins at midnight
 * rarely runs on without a gap from there).
 */
function countsElapsedTime(rows: TableRow[], column: number): boolean {
  const slots = rows.flatMap((row) => {
    const cell = row.children[column];
    return (cell ? cellHours(plainText(cell))?.slots.slice(0, 1) : undefined) ?? [];
  });
  if (slots.length < 2 || minutesOfDay(slots[0]!.start) !== 0) return false;
  return slots.every((slot, index) => slot.end !== undefined && (index === 0 || minutesOfDay(slot.start) === minutesOfDay(slots[index - 1]!.end!)));
}

/**
 * The column that ends the hours column's slots (`Heure de début | Heure de fin`, `Début |
 * Fin`, `Start | End`): a later header that names an end when the hours header names a
 * start, or the next column when neither has a header, over clock hours in most rows.
 */
function hoursEndColumn(table: Table, hours: number): number | undefined {
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => plainText(cell)) ?? [];
  // `|   |   |   |` over `| **13:30** | **14:15** | Présentation |`: a table with no header
  // whose second column holds clock times too writes each slot's start, then its end.
  const unnamed = (headers[hours] ?? '').trim() === '' && (headers[hours + 1] ?? '').trim() === '';
  if (periodBound(headers[hours] ?? '') !== 'start' && !unnamed) return undefined;
  const end = unnamed ? hours + 1 : headers.findIndex((text, index) => index > hours && periodBound(text) === 'end');
  if (end < 0) return undefined;
  const timed = rows.filter((row) => {
    const cell = row.children[end];
    return cell !== undefined && cellHours(plainText(cell)) !== undefined;
  }).length;
  // With no header to say so, the second clock is an end only when it is later than each start:
  // not another time zone's clock (`| 15:00 | 10:00 |`), nor a length (`| 9h00 | 0h45 |`).
  if (unnamed && !rows.every((row) => endsAfterStart(row, hours, end))) return undefined;
  return timed * 2 > rows.length ? end : undefined;
}

/** Whether a row's end cell, if it writes a clock time, is later than its hours cell's start. */
function endsAfterStart(row: TableRow, hours: number, end: number): boolean {
  const start = row.children[hours] ? cellHours(plainText(row.children[hours]!))?.slots[0]?.start : undefined;
  const close = row.children[end] ? cellHours(plainText(row.children[end]!))?.slots[0]?.start : undefined;
  return start === undefined || close === undefined || minutesOfDay(close) > minutesOfDay(start);
}

// The title: the cell of the title column, else of the theme column, else the first other
// non-empty cell (the hours, their end and the weekday that places the row in its week
// aside). A title column wins over a theme beside it (`| Horaire | Type | Thème | Titre |`),
// and a cell holding only a dash (`—`, the theme of a break) names nothing.
function titleOf(row: TableRow, headers: string[], hours: number, end: number | undefined, weekday?: number): string {
  const cells = row.children.map((cell) => plainText(cell));
  const named = (text: string | undefined) => text !== undefined && hasLetterOrDigit(text);
  for (const role of ['title', 'theme']) {
    const titled = headers.findIndex((text, index) => index !== hours && index !== end && index !== weekday && columnRole(text) === role);
    if (titled >= 0 && named(cells[titled])) return cells[titled]!;
  }
  return cells.find((text, index) => index !== hours && index !== end && index !== weekday && named(text)) ?? '';
}

/**
 * The column of a week's agenda that names each row's weekday (`| Lundi | 9h-12h | Accueil
 * |`, `| Mardi matin | ...`): the first column, when its filled cells are day labels in
 * most rows. Undefined when the agenda is one day's.
 */
function weekdayColumn(rows: TableRow[], hours: number, week: NamedWeek): number | undefined {
  const index = hours === 0 ? 1 : 0;
  const texts = rows.map((row) => (row.children[index] ? plainText(row.children[index]) : '')).filter((text) => text !== '');
  const labels = texts.filter((text) => weekLabelLine(text, week, false) !== undefined).length;
  return labels > 0 && labels * 2 > texts.length ? index : undefined;
}

/**
 * The column beside the hours of an agenda over several days that names each day beside its
 * first slot and is left empty below it (`| **22 septembre** | 8h30 - 10h30 | Cours I |`, `|
 * | 10h30 - 11h00 | Pause |`), with each row's day: every filled cell a date and nothing
 * else, two at least, the other cells empty. A table whose first column is a title or a
 * place, or names one day, is one day's agenda.
 */
function dayCellColumn(rows: TableRow[], hours: number, headers: string[]): { column: number; days: Map<TableRow, { label: string; line: DatedLine }> } | undefined {
  const index = hours === 0 ? 1 : 0;
  const header = (headers[index] ?? '').trim();
  if (header !== '' && columnRole(header) !== 'dates') return undefined;
  const days = new Map<TableRow, { label: string; line: DatedLine }>();
  for (const row of rows) {
    const label = row.children[index] ? plainText(row.children[index]!).trim() : '';
    if (label === '') continue;
    const line = datedTextOf(label, false);
    if (!line || line.lead !== '' || line.rest !== '' || line.hours || line.expression.kind !== 'single') return undefined;
    days.set(row, { label, line });
  }
  return days.size >= DAY_CELLS ? { column: index, days } : undefined;
}

// How many days an agenda's day column must name to be read as one (see dayCellColumn).
const DAY_CELLS = 2;

/**
 * Whether a timed row only titles a block: its one filled cell besides the hours is one bold
 * run (`| 13h30 | **Opportunités technologiques** | |`), the rows below without hours its talks.
 * Not a block that says its parts run side by side (`**Ateliers en parallèle**`): they share its hour.
 */
function titlesBlock(row: TableRow, hoursColumn: number): boolean {
  const filled = row.children.filter((cell, index) => index !== hoursColumn && plainText(cell).trim() !== '');
  if (filled.length !== 1) return false;
  const content = filled[0]!.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'strong' && !SIDE_BY_SIDE.test(normaliseText(plainText(filled[0]!)));
}

// Words of a block's title that say its parts run side by side (folded): `en parallèle`, `au choix`.
const SIDE_BY_SIDE = /(?:^|[^a-z])(?:parallele|paralleles|simultane\w*|au choix|en meme temps)(?![a-z])/;

/** How many rows right below `index` leave their hours cell empty: a block of one row is the block's own content, at its hour. */
function rowsWithoutHoursBelow(rows: TableRow[], index: number, column: number): number {
  let count = 0;
  for (const row of rows.slice(index + 1)) {
    const cell = row.children[column];
    if (!cell || plainText(cell).trim() !== '') break;
    count++;
  }
  return count;
}

/**
 * Whether a table is hours kept each week: its rows' first column beside the hours names
 * weekdays alone in most rows (`Lun, Mar, Jeu`, `Mer`), and no other column says what
 * happens (`| Lundi | 9h-12h | Accueil |` is a week's agenda, whatever week it is in).
 */
function weeklyHours(rows: TableRow[], hours: number): boolean {
  const index = hours === 0 ? 1 : 0;
  const cellText = (row: TableRow, column: number) => (row.children[column] ? plainText(row.children[column]!).trim() : '');
  const texts = rows.map((row) => cellText(row, index)).filter((text) => text !== '');
  if (texts.length === 0 || texts.filter((text) => weekdaysAlone(text)).length * 2 <= texts.length) return false;
  const columns = Math.max(...rows.map((row) => row.children.length));
  for (let column = 0; column < columns; column++) {
    if (column === index || column === hours) continue;
    if (rows.filter((row) => /\p{L}{2}/u.test(cellText(row, column))).length * 2 > rows.length) return false;
  }
  return true;
}

/** The slot a row's hours cell starts, closed by the end column's time when it writes only a start. */
function closedSlots(slots: TimeSlot[], row: TableRow, end: number | undefined): TimeSlot[] {
  const first = slots[0];
  const cell = end === undefined ? undefined : row.children[end];
  const close = cell ? cellHours(plainText(cell))?.slots : undefined;
  if (slots.length !== 1 || !first || first.end || close?.length !== 1 || close[0]!.end) return slots;
  return [{ ...first, end: close[0]!.start }];
}

// The place column's cell (`| Lieu |`), unless it holds only a mark (`-`) or nothing.
function placeOf(row: TableRow, headers: string[]): { text: string; position: Position } | undefined {
  const index = headers.findIndex((text) => columnRole(text) === 'place');
  const cell = index >= 0 ? row.children[index] : undefined;
  const text = cell ? plainText(cell).trim() : '';
  return cell && hasLetterOrDigit(text) ? { text, position: cell.position! } : undefined;
}

// A header that names one track among several: a word and its number or letter
// (`Séance 1`, `Salle A`, `Track 2`, `Amphi B`).
const TRACK_NAME = /^\s*[\p{L}][\p{L}'’ -]{0,30}\s(?:\d{1,2}|\p{Lu})\s*$/u;

/**
 * The columns of parallel tracks in a day's grid written in HTML (`<th>Séance 1</th><th>Séance
 * 2</th>`, `Salle A | Salle B`, `Track 1 | Track 2`): at least two columns besides the hours
 * whose headers name the same role, a session's or a place's, so that each cell of theirs
 * is a session of its own at the row's hours, at the line of its cell. Undefined when the
 * agenda has one title column (`| Heure | Titre | Conférencier |`): its row is one session.
 * A markdown grid's row stands on one line, and its readers list it as one session of
 * parallel parts (`Open Data / Accessibilité`): it is read so, as before.
 */
function trackColumns(headers: string[], skipped: Array<number | undefined>): { columns: number[]; role: 'title' | 'place' } | undefined {
  for (const role of ['title', 'place'] as const) {
    const columns = headers.flatMap((text, index) => (!skipped.includes(index) && columnRole(text) === role ? [index] : []));
    if (columns.length < 2) continue;
    // Each track named apart: `Séance 1`, `Séance 2`, not one header written twice.
    if (new Set(columns.map((index) => headers[index]!.trim().toLowerCase())).size === columns.length) return { columns, role };
  }
  return undefined;
}

// Whether the rows below start their next slot after the end of `slots`: a row between
// them stands in the gap.
function inGap(slots: TimeSlot[], below: TableRow[], column: number): boolean {
  const end = slots.at(-1)?.end;
  if (!end) return false;
  for (const row of below) {
    const cell = row.children[column];
    const next = cell ? cellHours(plainText(cell))?.slots[0] : undefined;
    if (next) return next.start.hour * 60 + next.start.minute > end.hour * 60 + end.minute;
  }
  return false;
}

/**
 * A track's cell that spans several rows of a grid (`rowspan="2"` over `13 h 00‒13 h 30` and
 * `13 h 30‒14 h 00`) lasts until the end of the last row it covers, as a reader sees its box
 * stretch down the grid: its slot ends there, not at its first row's end.
 */
function spannedHours(hours: NonNullable<SessionDraft['hours']>, track: TableCell, rows: TableRow[], index: number, column: number): NonNullable<SessionDraft['hours']> {
  const span = rowSpanOf(track);
  const first = hours.slots[0];
  if (span <= 1 || hours.slots.length !== 1 || !first) return hours;
  const lastRow = rows[index + span - 1];
  const lastCell = lastRow?.children[column];
  const last = lastCell ? cellHours(plainText(lastCell))?.slots : undefined;
  const end = last?.length === 1 ? (last[0]!.end ?? undefined) : undefined;
  return end ? { ...hours, slots: [{ ...first, end }] } : hours;
}


// An hours cell that says the slot is called off (folded): `Annulé`, `Annulée`, `Reporté`, `Cancelled`.
const CALLED_OFF = /^(?:annule|annulee|annules|annulees|annulation|reporte|reportee|cancelled|canceled)$/;

/** The slots of a day's agenda table, each taking `day`'s date; none when the table has no hours column. */
export function readDayAgenda(table: Table, day: SessionDraft, source: SourceText): SessionDraft[] {
  const column = hoursColumn(table);
  if (column === undefined) return [];
  const [header, ...body] = table.children;
  const written = header?.children.map((cell) => plainText(cell)) ?? [];
  // `| 🕓 9h-9h30 | Accueil & Petit déjeuner |` over the delimiter row: an agenda written with
  // no header, whose first slot markdown makes the header row. A reader sees a slot there
  // like the others; its cells name no columns.
  const headerSlot = header !== undefined && cellHours(written[column] ?? '') !== undefined;
  const rows = headerSlot ? [header, ...body] : body;
  const headers = headerSlot ? written.map(() => '') : written;
  // A timesheet's clockings and durations (`Matin in`, `Heures passées`) are no slots.
  if (keepsTimeWorked(table)) return [];
  // `| 0:00 – 0:20 | Lab 00 |`: time gone since the start of a run held on no day said, no clock hours.
  if (countsElapsedTime(rows, column)) return [];
  const around = weekAround(day);
  const week = around?.week;
  // `| Lun, Mar, Jeu | 17:00 – 20:00 |` under a day with no week named: the hours kept each
  // week (a practice's opening hours), no slots of that day.
  if (!week && weeklyHours(rows, column)) return [];
  const end = hoursEndColumn(table, column);
  const drafts: SessionDraft[] = [];
  // A week's agenda (`## Semaine du 16 mars 2026` over `| Lundi | 9h-12h | Accueil |`): each
  // row on the weekday it names, carried down to the rows that leave it empty.
  const weekday = week ? weekdayColumn(rows, column, week) : undefined;
  // `| **22 septembre** | 8h30 - 10h30 | Cours I |` then rows that leave the day empty: an
  // agenda over several days names each day once, beside its first slot (dayCellColumn).
  // Under a header that names a deadline (`À rendre le`), the cells are not the slots' days.
  const dayCells = weekday === undefined ? dayCellColumn(rows, column, headers) : undefined;
  let rowDay: SessionDraft = day;
  let above: SessionDraft['hours'];
  // The timed row whose hours `above` are (a row that titles a block, in bold, holds its talks below).
  let aboveIndex = -1;
  const headerCells = header?.children ?? [];
  const tracks = writtenInHtml(table) ? trackColumns(headers, [column, end, weekday]) : undefined;
  for (const [index, row] of rows.entries()) {
    if (weekday !== undefined) {
      const named = row.children[weekday];
      const label = named ? plainText(named) : '';
      const line = label === '' ? undefined : weekLabelLine(label, week!, false);
      if (line === 'outside') {
        rowDay = { source: 'agenda', title: label, position: row.position!, cancelled: false, slots: 0, borrowed: true, outsideWeek: { label, week: weekWords(week!), position: named!.position! } };
        drafts.push(rowDay);
      } else if (line) {
        rowDay = { source: 'agenda', title: label, position: row.position!, dated: { line, position: named!.position! }, cancelled: false, slots: 0, borrowed: true, inPeriod: around!.draft };
        drafts.push(rowDay);
      }
    }
    const named = dayCells?.days.get(row);
    if (named) {
      rowDay = { source: 'agenda', title: named.label, position: row.position!, dated: { line: named.line, position: row.children[dayCells!.column]!.position! }, cancelled: false, slots: 0, borrowed: true, inPeriod: day };
      drafts.push(rowDay);
    }
    const cell = row.children[column];
    if (!cell) continue;
    const text = plainText(cell);
    const found = cellHours(text);
    // An hours cell left empty under a timed row is that slot carried down, as a dates
    // cell is: the talks given side by side in one slot (`| 14h | Talk A |` then `| | Talk B |`).
    // Not in the gap between a slot's end and the next slot's start: there it is a break
    // (`| 15h10 - 15h40 | Talk |`, `| | *Pause* |`, `| 16h10 - 16h40 | Talk |`).
    // Under a block's title the rows left without hours are its talks, one after another at
    // hours the agenda does not give: listed on the day, without the block's start.
    const underBlock: boolean = !found && text.trim() === '' && above !== undefined && !tracks && titlesBlock(rows[aboveIndex]!, column) && rowsWithoutHoursBelow(rows, aboveIndex, column) >= 2;
    const carried: SessionDraft['hours'] = !found && !underBlock && text.trim() === '' && above && !inGap(above.slots, rows.slice(index + 1), column) ? above : undefined;
    // `| 17h30 - 16h30 | Standards communautaires |`: a slot all the same, its slip reported.
    const reversed = found || carried || tracks ? undefined : leadingHoursEndingBeforeStart(text);
    if (reversed) {
      above = undefined;
      const title = titleOf(row, headers, column, end, weekday ?? dayCells?.column);
      if (isNoSlot(title)) continue;
      const hours = { text: reversed.text, position: source.find(cell.position!, reversed.text), slots: [], endsBeforeStart: reversed.detail };
      drafts.push({ source: 'agenda', title, position: { start: cell.position!.start, end: row.position!.end }, day: rowDay, hours, cancelled: rowDay.cancelled || saysCancelled(title), slots: 0 });
      continue;
    }
    if (!found && !carried) {
      if (!underBlock) above = undefined;
      // `| Après-midi | Balade à La Rochelle |`, `| Toute la journée | Excursion |`: a slot
      // the agenda places in a part of the day rather than at a clock hour is still one of
      // the day's activities, which a reader lists on that day, without hours.
      // `| Annulé | **Keynote 5** : ~~Françoise Vasselin~~ |`: the slot called off, its hour
      // struck from the agenda; a reader still lists it, cancelled, on that day.
      const calledOff = CALLED_OFF.test(normaliseText(text).trim());
      // `| 1b | Tour argent PSR D | à la suite |`: the round after the one above, at no hour of its own.
      const follows = FOLLOWS.test(normaliseText(text.trim()));
      const title = isPartOfDay(normaliseText(text.trim())) || calledOff || follows || underBlock ? titleOf(row, headers, column, end, weekday ?? dayCells?.column) : '';
      if (hasLetterOrDigit(title) && !isNoSlot(title) && !tracks) {
        drafts.push({ source: 'agenda', title, position: { start: cell.position!.start, end: row.position!.end }, day: rowDay, cancelled: rowDay.cancelled || calledOff || saysCancelled(title), slots: 0 });
      }
      continue;
    }
    const hours = carried ?? { text: found!.text, position: source.find(cell.position!, found!.text), slots: closedSlots(found!.slots, row, end) };
    above = hours;
    if (!carried) aboveIndex = index;
    const rowCancelled = rowDay.cancelled || row.children.some((c) => isStruckThrough(c) && plainText(c) !== '');
    if (tracks) {
      // A grid's row: each track's cell a session at the row's hours, on the line of its
      // own cell (a cell spanning every track is one plenary session, not one per track).
      for (const trackColumn of tracks.columns) {
        const track = row.children[trackColumn];
        const text = track && !coveredBy(track) ? plainText(track) : '';
        if (!hasLetterOrDigit(text) || isNoSlot(text)) continue;
        const alone = columnSpanOf(track) === 1;
        const header = headers[trackColumn]!.trim();
        const spanned = spannedHours(hours, track!, rows, index, column);
        drafts.push({
          ...(alone && tracks.role === 'place' ? { place: { text: header, position: headerCells[trackColumn]!.position! } } : {}),
          source: 'agenda',
          title: alone && tracks.role === 'title' ? `${text} (${header})` : text,
          position: track!.position!,
          day: rowDay,
          hours: spanned,
          track: header,
          cancelled: rowDay.cancelled || isStruckThrough(track!) || saysCancelled(text),
          slots: 0,
        });
      }
      continue;
    }
    const title = titleOf(row, headers, column, end, weekday ?? dayCells?.column);
    if (isNoSlot(title)) continue;
    const place = placeOf(row, headers);
    const spanning = row.children.find((c, index) => index !== column && columnSpanOf(c) > 1 && plainText(c) === title && TRACK_NAME.test(headers[index] ?? ''));
    drafts.push({
      ...(place ? { place } : {}),
      source: 'agenda',
      title,
      // The row begins, for a coordinator, at its hours: an HTML row written over several
      // lines (`<tr>`, then `<td>09h30</td>` on the next) is pointed to at its hours' cell.
      // A title cell under a track's name (`Séance 1`) that spans several columns
      // (`colspan="3"`) is a grid's plenary slot, pointed to at its own cell, as every cell
      // of a grid is; one that spans a title and a speaker column is the row's title.
      position: spanning ? spanning.position! : { start: cell.position!.start, end: row.position!.end },
      day: rowDay,
      hours,
      cancelled: rowCancelled || saysCancelled(title),
      slots: 0,
    });
  }
  return drafts;
}

/**
 * The lines of the headings whose part of the document (down to the next heading of their
 * level or above) holds a day's agenda table: a day told slot by slot in a table of its own,
 * more than a detail section's list of times.
 */
export function headingsOverAgendaTables(tree: Root): Set<number> {
  const lines = new Set<number>();
  const nodes = tree.children;
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    // Walked by index, not over a copy of the rest: a page of thousands of headings stays linear.
    for (let at = index + 1; at < nodes.length; at++) {
      const next = nodes[at]!;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      if (next.type === 'table' && isDayAgendaTable(next)) {
        lines.add(node.position!.start.line);
        break;
      }
    }
  });
  return lines;
}
