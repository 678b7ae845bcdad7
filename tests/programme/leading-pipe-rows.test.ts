/*
 * A table written without pipes at its edges whose rows leave their first cell empty by
 * starting with `|` (a teacher's course schedule, set 64): GitHub takes that pipe for the
 * table's edge, and the row's cells move one column to the left. The reader reads the row as
 * its author meant it, and says how to make the page show it so.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';
import { sessionToJson } from '../../src/report/session-json.js';

const committed = { year: 2025, month: 1, day: 10 };
const read = (lines: string[]) => {
  const report = check(lines.join('\n'), { committed });
  return {
    sessions: report.programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.days.join(' ')}`),
    alarms: report.diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`),
  };
};

describe('a row that starts with `|` under a header that does not', () => {
  const table = [
    '# Horaire du cours',
    ' Semaine| Cours | Date | Sections | Matière',
    '--|--|--|--|--',
    '1|1|2025-01-20|1.1, 1.2|Introduction',
    '|2|2025-01-22|1.2 à 1.4|Types de données',
    '2|3|2025-01-27|1.5|Clés étrangères',
    '|4|2025-01-29|2.1|Requêtes',
    '',
  ];

  it('is read with its empty first cell: each row on its own day, no section number taken for a date', () => {
    expect(read(table).sessions).toEqual(['4 2025-01-20', '5 2025-01-22', '6 2025-01-27', '7 2025-01-29']);
  });

  it('raises an info on each such row, no warning nor error', () => {
    expect(read(table).alarms).toEqual(['5 info leading-pipe-row', '7 info leading-pipe-row']);
  });

  it('a table whose every line starts with `|` is read as GFM reads it, with no info', () => {
    const piped = ['# Horaire du cours', '| Semaine | Cours | Date |', '| --- | --- | --- |', '| 1 | 1 | 2025-01-20 |', '| | 2 | 2025-01-22 |', ''];
    expect(read(piped)).toEqual({ sessions: ['4 2025-01-20', '5 2025-01-22'], alarms: [] });
  });

  it('a row of the header’s width that starts with `|` keeps its cells where they are', () => {
    const full = [' Semaine| Cours | Date', '--|--|--', '1|1|2025-01-20', '|1|2|2025-01-22', ''];
    expect(read(full).alarms.filter((alarm) => alarm.includes('leading-pipe-row'))).toEqual([]);
  });
});

describe('a row that writes its empty first cell after the pipe (`||2|2025-01-22|…`)', () => {
  it('keeps its cells where GFM puts them, with no info', () => {
    const table = [' Semaine| Cours | Date | Matière', '--|--|--|--', '1|1|2025-01-20|Introduction', '||2|2025-01-22|', ''];
    expect(read(table)).toEqual({ sessions: ['3 2025-01-20', '4 2025-01-22'], alarms: [] });
  });
});

describe('a row with both edge pipes that left its last cell out (review)', () => {
  it('`| 2 | 2025-01-27 | TP |` under `Semaine | Date | Sujet | Salle` keeps its day under the dates, with no info', () => {
    const table = ['# Planning', '', 'Semaine | Date | Sujet | Salle', '---|---|---|---', '1 | 2025-01-20 | Intro | B12', '| 2 | 2025-01-27 | TP |', '3 | 2025-02-03 | Projet | B12', ''];
    expect(read(table)).toEqual({ sessions: ['5 2025-01-20', '6 2025-01-27', '7 2025-02-03'], alarms: [] });
  });

  it('`| 2025-01-27 | TP |` under `Date | Sujet | Salle` keeps its day', () => {
    const table = ['# Planning', '', 'Date | Sujet | Salle', '---|---|---', '2025-01-20 | Intro | B12', '| 2025-01-27 | TP |', ''];
    expect(read(table).sessions).toEqual(['5 2025-01-20', '6 2025-01-27']);
  });
});
