/*
 * Dated items that leave their month to the item or heading above them (issue 12): a list
 * grouped by month (`- Mars 2024` over `  - 12 : atelier`), a month heading over a list of
 * day numbers (`## Avril` over `- 2 : sortie`), and paragraphs whose lines each open with a
 * day and month in figures (`12/03 - TP1`), which count as dates when most lines, three
 * at least, are written so.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text, { committed: { year: 2024, month: 6, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.title]);
}

describe('a list grouped by month', () => {
  it('reads day numbers under a month item, with or without their weekday', () => {
    const text = ['# Agenda 2024', '', '- Mars', '  - 12 : atelier', '  - 19 – atelier vélo (14h-16h)', '- Avril 2024', '  - Mardi 2 : sortie', ''].join('\n');
    expect(read(text)).toEqual([
      [4, ['2024-03-12'], [], 'atelier'],
      [5, ['2024-03-19'], ['14:00-16:00'], 'atelier vélo'],
      [7, ['2024-04-02'], [], 'sortie'],
    ]);
  });

  it('reads day numbers under a month heading', () => {
    const text = ['# Club 2024', '', '## Mai', '', '* 3 : tournoi', '* 17 : assemblée générale', ''].join('\n');
    expect(read(text)).toEqual([
      [5, ['2024-05-03'], [], 'tournoi'],
      [6, ['2024-05-17'], [], 'assemblée générale'],
    ]);
  });

  it('reads a working calendar: a bullet per day with its colon glued, events after it or under it', () => {
    const text = [
      '# Calendrier', '## 2014', '', '### Juin', '- dimanche 1:', ' - Festival D', ' - THSF', '', '#### Semaine 23', '',
      '- lundi 2:', '- mardi 3:', '- jeudi 5:', '   - 18h-19h: Restitution', '- vendredi 6: Débarquement de drones',
      '- samedi 7:', '    - Du 7 au 9 juin: Futur en Seine', '- dimanche 8:', '- lundi 9', '',
    ].join('\n');
    expect(read(text)).toEqual([
      [6, ['2014-06-01'], [], 'Festival D'],
      [7, ['2014-06-01'], [], 'THSF'],
      [13, ['2014-06-05'], ['18:00-19:00'], 'Restitution'],
      [15, ['2014-06-06'], [], 'Débarquement de drones'],
      [16, ['2014-06-07', '2014-06-08', '2014-06-09'], [], 'Futur en Seine'],
    ]);
  });

  it('reads the hours right after a day under its month (`mercredi 19: 14h-17h30 visite`)', () => {
    expect(read('# Agenda 2024\n\n## Juin\n\n- mardi 18: atelier\n- mercredi 19: 14h-17h30 visite du lycée\n')).toEqual([
      [5, ['2024-06-18'], [], 'atelier'],
      [6, ['2024-06-19'], ['14:00-17:30'], 'visite du lycée'],
    ]);
  });

  it('reads a day that says its usual slot does not meet as cancelled (`Pas d’atelier.`)', () => {
    const text = '# Agenda 2024\n\n## Juillet\n\n- jeudi 11: atelier vélo\n- vendredi 12: Pas d\'atelier.\n';
    expect(check(text, { committed: { year: 2024, month: 6, day: 1 } }).programme.sessions.map(sessionToJson).map((s) => [s.line, s.status])).toEqual([[5, 'confirmed'], [6, 'cancelled']]);
  });

  it('leaves numbered things under a month alone', () => {
    expect(read('# Courses\n\n- Mars\n  - 3 pommes\n  - 2 poires\n')).toEqual([]);
    expect(read('# Budget 2024\n\n## Mars\n\n- 3 : nombre de réunions\n')).toEqual([]);
  });
});

describe('lines of a paragraph that open with a day and month in figures', () => {
  it('reads them when most lines, three at least, are written so', () => {
    const text = ['# Ateliers 2024', '', '12/03 - TP1', '19/03 - TP2', '26/03 - TP3', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2024-03-12'], [], 'TP1'],
      [4, ['2024-03-19'], [], 'TP2'],
      [5, ['2024-03-26'], [], 'TP3'],
    ]);
  });

  it('leaves two such lines alone, and a paragraph where they are few', () => {
    expect(read('# Ateliers 2024\n\n12/03 - TP1\n19/03 - TP2\n')).toEqual([]);
    expect(read('# Notes 2024\n\n12/03 - TP1\n19/03 - TP2\n26/03 - TP3\nPuis rien.\nNi ceci.\nNi cela.\nNi le reste.\n')).toEqual([]);
  });
});
