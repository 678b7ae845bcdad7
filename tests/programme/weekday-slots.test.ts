/*
 * The weekly slots a page gives a group or a course once, one range of hours per weekday
 * (`TD group MAT2 (lun 15h15-16h45, mar 13h30-15h)`): each dated session that writes no
 * hours takes the slot of its weekday. Shown by a course page's dated list
 * (macbuse-mat402-seances-2021); the variants are other ways people write them.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows, table } from '../helpers/read.js';

describe('a slot per weekday, written once', () => {
  it('a dated list: each item takes its weekday’s slot, abbreviated weekdays in brackets', () => {
    const text = '# MAT 402 2021\n\n- Les exercices du groupe MAT2 (lun 15h15-16h45, mar 13h30-15h).\n\n## Séances\n\n- lundi 25/1 feuille 1\n- mardi 26/1 feuille 1, suite\n- lundi 1/2 feuille 2\n';
    expect(sessionRows(text).map((row) => row.slice(0, 3))).toEqual([
      [7, '2021-01-25', '15:15-16:45'],
      [8, '2021-01-26', '13:30-15:00'],
      [9, '2021-02-01', '15:15-16:45'],
    ]);
  });

  it('a table of dates: each row takes the slot of the weekday its date falls on, another weekday stays all day', () => {
    const text = '# Cours 2024\n\nLes cours ont lieu le mardi de 10h à 12h et le jeudi de 14h à 16h.\n\n' + table('Date | Séance', '5 mars | Cours 1', '7 mars | Cours 2', '9 mars | Sortie');
    expect(sessionRows(text).map((row) => row.slice(1, 3))).toEqual([
      ['2024-03-05', '10:00-12:00'],
      ['2024-03-07', '14:00-16:00'],
      ['2024-03-09', ''],
    ]);
  });

  it('one weekday given two ranges says not which meeting is which: no slot is taken', () => {
    const text = '# Cours 2024\n\nHoraires : mardi 10h-12h, mardi 14h-16h, jeudi 9h-11h.\n\n' + table('Date | Séance', '5 mars | Cours 1', '7 mars | Cours 2');
    expect(sessionRows(text).map((row) => row[2])).toEqual(['', '']);
  });

  it('a weekday with a date after it is a day, not a slot: `lundi 4 mars de 9h à 12h` gives no week of slots', () => {
    const text = '# Stage 2024\n\nRéunion lundi 4 mars de 9h à 12h, puis mardi 5 mars de 14h à 16h.\n\n' + table('Date | Séance', '11 mars | Cours 1', '12 mars | Cours 2');
    // The table's rows take no slot; the sentence's two meetings are sessions of their own, each at its hours.
    expect(sessionRows(text).map((row) => row.slice(1, 3))).toEqual([
      ['2024-03-11', ''],
      ['2024-03-12', ''],
      ['2024-03-04', '09:00-12:00'],
      ['2024-03-05', '14:00-16:00'],
    ]);
  });
});
