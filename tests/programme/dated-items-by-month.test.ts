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
