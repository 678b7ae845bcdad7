import { defineRule, relatedAt } from './define-rule.js';
import { findConflictMarkers, type ConflictMarker } from '../programme/conflict-markers.js';
import { extractDateFromHeading } from '../dates/french-dates.js';
import type { Programme } from '../programme/model.js';

/** Whether the page holds a programme: a schedule table or a session read. */
function holdsProgramme(programme: Programme): boolean {
  return programme.tables.length > 0 || programme.sessions.length > 0;
}

/**
 * Whether the conflict is over what a schedule is written in: a line between the first
 * marker and the last that writes a date, or a table row, a heading or a list item (a
 * conflict over a table's header breaks the table, and nothing is read of it).
 */
function conflictOverSchedule(text: string, markers: readonly ConflictMarker[]): boolean {
  const between = text.slice(markers[0]!.end, markers.at(-1)!.start);
  return between.split('\n').some((line) => SCHEDULE_LINE.test(line) || (/\d/.test(line) && extractDateFromHeading(line) !== undefined));
}

// A line of a table, a heading or a list item.
const SCHEDULE_LINE = /^\s{0,3}(?:\||#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s)/;

/** Unresolved merge-conflict markers: the file shows two versions at once. */
export const rule = defineRule({
  id: 'merge-conflict',
  severity: 'error',
  description: 'A merge-conflict marker (<<<<<<<, =======, >>>>>>>) left in the file.',
  check(context) {
    const markers = findConflictMarkers(context.source.text);
    // A page with no programme whose conflict is prose with no date (a student's journal, a
    // README) is no schedule gone wrong: not this tool's to report, as any other page without one.
    if (markers.length === 0 || (!holdsProgramme(context.programme) && !conflictOverSchedule(context.source.text, markers))) return;
    let opening: { line: number; column: number } | undefined;
    for (const marker of markers) {
      const position = context.source.span(marker.start, marker.end);
      if (marker.kind === '<') opening = position.start;
      const related = marker.kind !== '<' && opening ? { related: relatedAt({ start: opening, end: opening }, context.say('related-first-marker', { line: opening.line })) } : {};
      context.report('merge-conflict', { marker: marker.text }, position, { actual: marker.text, ...related });
      if (marker.kind === '>') opening = undefined;
    }
  },
});
