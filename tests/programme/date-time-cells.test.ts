/*
 * A dates cell holding a date and a clock time with seconds (`2025-08-21 13:15:00`), as a
 * course site exports its timetable from a spreadsheet or a database: the day and the start
 * time are read, and nothing is reported as unreadable.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

describe('a dates cell with a date and a time with seconds', () => {
  it('reads the day and the start of each row, with no unreadable-hours', () => {
    const report = check(['# Horaire', 'Cours|Date|Sujet', '--|--|--', '1|2025-08-21 13:15:00|Introduction', '2|2025-08-25 12:15:00|Suite', ''].join('\n'));
    const sessions = report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')]);
    expect(sessions).toEqual([
      [4, '2025-08-21', '13:15-'],
      [5, '2025-08-25', '12:15-'],
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'unreadable-hours' || d.rule === 'unreadable-date')).toEqual([]);
  });

  it('reads a range written with seconds in an hours column', () => {
    const report = check(['| Date | Horaire | Séance |', '| --- | --- | --- |', '| 12/03/2025 | 08:00:00 - 10:30:00 | TP 1 |', ''].join('\n'));
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.times)).toEqual([[{ label: null, start: '08:00', end: '10:30' }]]);
  });
});
