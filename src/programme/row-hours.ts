/*
 * A table row's clock hours, from the first place that writes them: its hours cell, its
 * dates cell after the date, the headers of the columns it fills, or the last words of its
 * title. What the grammar cannot read is reported on the cell where it is written.
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { DateParseResult, TimeSlot } from '../dates/types.js';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { DEADLINE_PHRASES, HAND_IN, wordsAtStart } from './deadline-words.js';
import type { Column, Field } from './model.js';
import type { RowDraft } from './read-rows.js';
import { EARLIEST_LONE_START, agendaLineHours, hoursAlone, closingRuns, trailingHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';
import { DEADLINE_BEFORE, titleStartHour } from './title-start-hour.js';

/**
 * A row's hours, from the first place that writes them: its hours cell; the dates cell,
 * after the date; the headers of the columns it fills. An empty hours cell gives no
 * clock hours (an all-day session); a row of a table without any of these has none.
 */
export function rowHours(
  row: RowDraft,
  parsed: DateParseResult | undefined,
  columns: Column[],
  source: SourceText,
  where: string,
  report: DiagnosticCollector,
): Field<TimeSlot[] | undefined> | undefined {
  const cell = row.byRole.hours;
  // `| Volume horaire |`, `| Heures |` over `7.00`: a count of hours, whose dotted numbers are no clock.
  if (cell?.text) return readHours(cell, where, report, true, !LENGTH_HEADER.test(normaliseText(columns.find((column) => column.role === 'hours')?.header ?? '')));
  return (
    hoursInDatesCell(row, parsed, source, where, report) ??
    headerSlots(row, columns) ??
    (cell ? { ...cell, value: [] } : hoursClosingTitle(row, columns, source))
  );
}

// Clock hours close a title in its last few words (`Salle Le Genêt 18h`, `18h30 - 20h`,
// `à 18 h 30`): looked for in at most this many, so the search stays short on any title (a
// range whose start is spaced around its `h` in a few more: slot-hours.ts, closingRuns).
const CLOSING_WORDS = 4;
// Folded words right before a time that make it a start: `à 6h30`, `départ 6h30`, `dès 5h`, `rdv 6h`.
const STARTS_AT = /(?:^|\s)(?:a|des|depart|rdv|rendez-vous|vers|debut)\s?:?\s*$/;

// A title that is the hand-in itself (`Rendu du travail avant 12h`, `Remise du rapport au plus
// tard 18h`, `Date limite d'envoi 23h59`): its deadline is its time (folded). The words of a
// hand-in and of a deadline (deadline-words.ts), and those of a sending (`Dépôt`, `Envoi`, `Livraison`, `Soumission`).
const HAND_IN_TITLE = wordsAtStart([...HAND_IN, ...DEADLINE_PHRASES, 'depots?', 'envois?', 'livraisons?', 'soumissions?', 'submission']);

/**
 * The last words of a title when they are clock hours and nothing else (`18h`, `18h30-20h`,
 * `à 20h`), without a leading `à`. A deadline closing a title that holds other work
 * (`Finalisation rapport + envoi avant 17h` on a morning) is when one part is due, not
 * when the session is: only a title that is the hand-in itself takes it.
 */
function closingHours(title: string): string | undefined {
  if (!/[\dh]$/i.test(title)) return undefined;
  const words = title.split(' ');
  for (const run of closingRuns(words, CLOSING_WORDS)) {
    const { count } = run;
    const candidate = run.text.replace(/^(?:\u00e0|a) /i, '');
    if (!/^(?:(?:d\u00e8s|de) )?\d/i.test(candidate)) continue;
    const parsed = parseFrenchHours(candidate);
    if (!parsed.ok || parsed.slots.length !== 1) continue;
    const before = normaliseText(words.slice(0, -count).join(' ') + ' ');
    if (DEADLINE_BEFORE.test(before) && !HAND_IN_TITLE.test(normaliseText(title).replace(/^[^a-z]+/, ''))) return undefined;
    return candidate;
  }
  return undefined;
}

/**
 * The hours a table with no hours column writes at the end of a row's title (`Assemblée
 * générale — Salle Le Genêt 18h`, `Soutien scolaire (17h - 19h)`), else at the end of
 * another of its cells (`| 12/03 | Atelier git | Salle 3, 14h-17h |`): a reader reads them
 * as the session's. Only at the very end of the cell, and only clock hours a reader cannot
 * take for a duration or a count; outside the title, only a range or a cell of hours alone
 * (`Rendu avant 18h` in a remarks cell is a deadline).
 */
function hoursClosingTitle(row: RowDraft, columns: Column[], source: SourceText): Field<TimeSlot[] | undefined> | undefined {
  if (columns.some((column) => column.role === 'hours' || column.slot)) return undefined;
  const title = row.byRole.title ?? row.byRole.theme;
  const inTitle = title?.text ? (hoursClosingCell(title, source, false) ?? startWithinTitle(title, source)) : undefined;
  if (inTitle) return inTitle;
  for (const column of columns) {
    const cell = row.cells[column.index];
    // `| Durée |` over `8h`, `10h30`: how long each session lasts, no start.
    if (!cell?.text || cell === title || column.role === 'dates' || LENGTH_HEADER.test(normaliseText(column.header ?? ''))) continue;
    const found = hoursClosingCell(cell, source, true);
    if (found) return found;
  }
  return undefined;
}

/** The one start a title writes inside it (`Départ de Tunis à 23:35 (TK658)`; title-start-hour.ts). */
function startWithinTitle(title: Field<string>, source: SourceText): Field<TimeSlot[] | undefined> | undefined {
  const start = titleStartHour(title.text);
  return start ? { text: start.text, value: [start.slot], position: source.find(title.position, start.text) } : undefined;
}

/** The clock hours that close a cell (see hoursClosingTitle); with `rangeOnly`, a start alone only when the cell holds nothing else. */
function hoursClosingCell(cell: Field<string>, source: SourceText, rangeOnly: boolean): Field<TimeSlot[] | undefined> | undefined {
  const alone = rangeOnly ? hoursAlone(cell.text) : undefined;
  const written = alone?.text ?? trailingHours(cell.text)?.text ?? closingHours(cell.text);
  if (written === undefined) return undefined;
  const parsed = parseFrenchHours(written);
  const slots = parsed.ok ? parsed.slots : [];
  const first = slots[0];
  if (!first || slots.length > 1) return undefined;
  // `2h`, `1h17`, `2 h 30` alone before seven: a ride's or a class's length, not a start in
  // the night; after `à`, `départ`, `dès` (`Sortie ornitho à 6h30`), a start.
  const before = normaliseText(cell.text.slice(0, Math.max(0, cell.text.lastIndexOf(written))));
  if (first.end === undefined && first.start.hour < EARLIEST_LONE_START && !STARTS_AT.test(before)) return undefined;
  if (rangeOnly && first.end === undefined && !alone) return undefined;
  return { text: written, value: slots, position: source.find(cell.position, written) };
}

/**
 * The hours a dates cell writes after its date (`Lundi 7 septembre 2026 à 18:30`, a
 * `Date et heure` column), read like an hours cell; only on the row that wrote them.
 */
function hoursInDatesCell(
  row: RowDraft,
  parsed: DateParseResult | undefined,
  source: SourceText,
  where: string,
  report: DiagnosticCollector,
): Field<TimeSlot[] | undefined> | undefined {
  const cell = row.byRole.dates;
  if (!cell || row.dayFrom !== undefined || !parsed?.ok || !parsed.hours) return undefined;
  const text = hoursBeforeAside(parsed.hours.text) ?? parsed.hours.text;
  return readHours({ text, value: text, position: source.find(cell.position, text) }, where, report, true);
}

// A long dash set apart by spaces, before an aside (`— 5 %`, `– salle 3`).
const ASIDE_DASH = /\s[\u2013\u2014]\s/g;
// A share of the mark opening the aside (`5 %`, `12,5%`): a figure that is no time.
const PERCENT = /^\d{1,3}[.,]?\d{0,2}\s?%/;

/**
 * The hours a dates cell writes before an aside set apart by a long dash (`23h59 — 5 %`,
 * `14h – 16h — salle 3`: the weight or the room is no part of the hours), when the whole
 * does not read as hours and the part before does; undefined otherwise. A dash before a
 * figure may be the range's own (`14h – 16h`), so the aside opens with a word, a sign or a share.
 */
function hoursBeforeAside(text: string): string | undefined {
  if (parseFrenchHours(text).ok) return undefined;
  for (const dash of text.matchAll(ASIDE_DASH)) {
    const after = text.slice(dash.index + dash[0].length);
    if (/^\d/.test(after) && !PERCENT.test(after)) continue;
    const before = text.slice(0, dash.index).trim();
    return parseFrenchHours(before).ok ? before : undefined;
  }
  return undefined;
}

/**
 * The hours a row takes from its table's header (`Cours (13:15 - 14:45)`): one labelled
 * slot for each such column the row writes something in; undefined when there are none.
 */
function headerSlots(row: RowDraft, columns: Column[]): Field<TimeSlot[] | undefined> | undefined {
  const slotted = columns.filter((column) => column.slot && row.cells[column.index]?.text);
  if (slotted.length === 0) return undefined;
  const first = slotted[0]!;
  // `**Examen écrit** à SEV46-232 (10:00-12:00)` under `Cours (09:45-11:15)`: hours the cell
  // closes with, in brackets, are that row's own, as a reader reads them over the header's.
  const own = slotted.map((column) => {
    const written = closingBracketHours(row.cells[column.index]!.text);
    return written ? { ...written, ...(column.slot!.label === undefined ? {} : { label: column.slot!.label }) } : column.slot!;
  });
  return {
    text: slotted.map((column) => column.header).join(', '),
    value: own,
    position: row.cells[first.index]!.position,
  };
}

// The one slot of the hours a cell closes with in brackets (`… (10:00-12:00)`) or opens
// with before its title (`9h25-10h25 : **Examen écrit** en A05a`), if it does.
function closingBracketHours(text: string): TimeSlot | undefined {
  const slots = (trailingHours(text) ?? agendaLineHours(text))?.slots;
  return slots?.length === 1 && slots[0]!.end ? slots[0] : undefined;
}

// The calendar must be right even when the warning is turned off, so the swap is made here.
export function swapHoursAndPlace(row: RowDraft, columns: Column[], where: string, report: DiagnosticCollector): void {
  const hours = row.byRole.hours!;
  const place = row.byRole.place!;
  const header = (role: 'hours' | 'place') => columns.find((column) => column.role === role)?.header ?? role;
  report.add(
    'swapped-columns',
    { where, hours: place.text, place: hours.text, hoursHeader: header('hours'), placeHeader: header('place') },
    place.position,
  );
  row.byRole.hours = place;
  row.byRole.place = hours;
}

// A header of hours that counts them (folded): `Volume horaire`, `Durée`, `Nb d'heures`, `Heures`.
const LENGTH_HEADER = /(?:^|[^a-z])(?:volume|duree|nombre|nb|total|heures)(?![a-z])/;

/** A cell of hours read as clock slots; what cannot be read is reported on the cell, with what to fix. */
export function readHours(
  cell: Field<string>,
  where: string,
  report: DiagnosticCollector,
  reportUnreadable: boolean,
  hoursPlace = true,
): Field<TimeSlot[] | undefined> {
  // Every caller reads a place that holds hours (an hours cell, a dates cell after its date, a
  // section's hours field): dotted times alone are hours there, unless the header counts them.
  const parsed = parseFrenchHours(cell.text, { hoursPlace });
  if (parsed.ok) {
    for (const warning of parsed.warnings ?? []) {
      report.add('hours-typo', { text: cell.text, detail: warning.detail, where }, cell.position, {
        actual: warning.detail,
      });
    }
    return { ...cell, value: parsed.slots };
  }
  if (parsed.reason === 'unreadable') {
    if (reportUnreadable) report.add('unreadable-hours', { text: cell.text, where }, cell.position, { actual: cell.text });
  } else {
    report.add(parsed.reason, { text: cell.text, detail: parsed.detail, where }, cell.position, {
      actual: parsed.detail,
    });
  }
  return { ...cell, value: undefined };
}
