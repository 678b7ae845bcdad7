/*
 * A course table whose `Séance` column holds the day of each class, beside another column
 * of dates (when the module opens): the class is on the `Séance` day.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('a course table whose `Séance` column holds the days', () => {
  it('reads the days there and the titles in the column named for them, not in another column of days', () => {
    const table = [
      '# Calendrier, automne 2026',
      '',
      '| Semaine | Séance | Ouverture du module | Matière |',
      '|---:|---|---|---|',
      '| 1 | 2 septembre | 26 août, 16 h 20 | Présentation du cours |',
      '| 2 | 9 septembre | 2 septembre, 16 h 20 | Bases de R |',
      '| 3 | 16 septembre | 9 septembre, 16 h 20 | Calculs en R |',
      '',
    ].join('\n');
    expect(sessionRows(table)).toEqual([
      [5, '2026-09-02', '', 'Présentation du cours'],
      [6, '2026-09-09', '', 'Bases de R'],
      [7, '2026-09-16', '', 'Calculs en R'],
    ]);
  });
});
