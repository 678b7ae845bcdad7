/*
 * A day's agenda: a table without a dates column under a dated heading, one row per slot
 * (`| 09h00 - 09h30 | Accueil |`). Each row with clock hours is a session on the
 * heading's day; a row without hours is part of the day, not a session.
 */
import type { Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import { columnRole } from './column-roles.js';
import { plainText } from './plain-text.js';
import { isStruckThrough } from './plain-text.js';
import { isNoSlot, saysCancelled, type SessionDraft } from './session-drafts.js';
import { leadingHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';
import { hasLetterOrDigit } from '../dates/letters.js';

/**
 * The column that holds the hours: the one its header names (`Horaires`, `Heure`), else
 * the first column whose cells open with clock hours in most rows.
 */
function hoursColumn(table: Table): number | undefined {
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => plainText(cell)) ?? [];
  const named = headers.findIndex((text) => columnRole(text) === 'hours');
  if (named >= 0) return named;
  for (let column = 0; column < headers.length; column++) {
    const timed = rows.filter((row) => {
      const cell = row.children[column];
      return cell !== undefined && leadingHours(plainText(cell)) !== undefined;
    }).length;
    if (rows.length > 0 && timed * 2 > rows.length) return column;
  }
  return undefined;
}

// The title: the cell of the title or theme column, else the first other non-empty cell.
function titleOf(row: TableRow, headers: string[], hours: number): string {
  const cells = row.children.map((cell) => plainText(cell));
  const titled = headers.findIndex((text, index) => index !== hours && ['title', 'theme'].includes(columnRole(text) ?? ''));
  if (titled >= 0 && cells[titled]) return cells[titled]!;
  return cells.find((text, index) => index !== hours && text !== '') ?? '';
}

// The place column's cell (`| Lieu |`), unless it holds only a mark (`-`) or nothing.
function placeOf(row: TableRow, headers: string[]): { text: string; position: Position } | undefined {
  const index = headers.findIndex((text) => columnRole(text) === 'place');
  const cell = index >= 0 ? row.children[index] : undefined;
  const text = cell ? plainText(cell).trim() : '';
  return cell && hasLetterOrDigit(text) ? { text, position: cell.position! } : undefined;
}

/** The slots of a day's agenda table, each taking `day`'s date; none when the table has no hours column. */
export function readDayAgenda(table: Table, day: SessionDraft, source: SourceText): SessionDraft[] {
  const column = hoursColumn(table);
  if (column === undefined) return [];
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => plainText(cell)) ?? [];
  const drafts: SessionDraft[] = [];
  for (const row of rows) {
    const cell = row.children[column];
    if (!cell) continue;
    const text = plainText(cell);
    const found = leadingHours(text);
    if (!found) continue;
    const title = titleOf(row, headers, column);
    if (isNoSlot(title)) continue;
    const place = placeOf(row, headers);
    drafts.push({
      ...(place ? { place } : {}),
      source: 'agenda',
      title,
      position: row.position!,
      day,
      hours: { text: found.text, position: source.find(cell.position!, found.text), slots: found.slots },
      cancelled: day.cancelled || row.children.some((c) => isStruckThrough(c) && plainText(c) !== '') || saysCancelled(title),
      slots: 0,
    });
  }
  return drafts;
}
