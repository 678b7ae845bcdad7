/*
 * A yearly calendar that names each month once, in a column beside its bare day numbers
 * (`| Mois | Date | Activité |`): in HTML a cell spanning the month's rows
 * (`<td rowspan="2">Janvier</td>`), in markdown a cell on the month's first row and empty
 * cells below. A reader reads each day in the month beside or above it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (text: string) => {
  const report = check(text);
  return {
    sessions: report.programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')}`.trim()),
    alarms: report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.line} ${d.rule}`),
  };
};

describe('a column of months beside bare day numbers', () => {
  it('reads the days of an HTML table in the month its spanning cell names, ranges and hours included', () => {
    const text = [
      '<h1>Calendrier des activités 2025</h1>',
      '<table>',
      '<thead><tr><th>Mois</th><th>Date</th><th>Activité</th></tr></thead>',
      '<tbody>',
      '<tr><td rowspan="2">Janvier</td><td>25</td><td>Répétition générale</td></tr>',
      '<tr><td>26</td><td>Fête de la fanfare</td></tr>',
      '<tr><td rowspan="2">Avril</td><td>14 - 20</td><td>Semaine sainte</td></tr>',
      '<tr><td>20 (3h00)</td><td>Caravane</td></tr>',
      '</tbody>',
      '</table>',
      '',
    ].join('\n');
    expect(read(text)).toEqual({
      sessions: ['5 2025-01-25', '6 2025-01-26', '7 2025-04-14 2025-04-15 2025-04-16 2025-04-17 2025-04-18 2025-04-19 2025-04-20', '8 2025-04-20 03:00-'],
      alarms: [],
    });
  });

  it('reads a markdown table whose months stand on the first row of each, without a `Mois` header too', () => {
    const text = [
      '# Saison 2025',
      '',
      '| | Jour | Activité |',
      '| --- | --- | --- |',
      '| Mars | 8 | Concert |',
      '| | 22 | Répétition |',
      '| Mai | 3 | Défilé |',
      '',
    ].join('\n');
    expect(read(text).sessions).toEqual(['5 2025-03-08', '6 2025-03-22', '7 2025-05-03']);
  });

  it('says a bare day it cannot place is unreadable when no month is written beside it or above', () => {
    const text = ['# Saison 2025', '', '| Lieu | Date | Activité |', '| --- | --- | --- |', '| Salle A | 8 | Concert |', '| Salle B | 22 | Répétition |', ''].join('\n');
    expect(read(text).alarms).toContain('5 unreadable-date');
  });
});
