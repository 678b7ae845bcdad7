/*
 * Days written in forms the date grammar learnt late (the `dayforms` class of issues 11
 * and 12), read alike in a dates cell, a heading, a list item or a line:
 * - a day and month glued by a dot alone where a day is expected: `20.02`, `24.04` in a
 *   `Date(s)` column (uqam-inf5153-hiver-2019, uqam-inf5153-automne-2019), `mardi 20.02`;
 * - a run of days drawn with an arrow: `16.01 ➝ 10.02` (the same two documents), `➔`, `→`,
 *   `=>`, `->`, `➡️`;
 * - days grouped by month, the months parted by a semicolon: `14 et 28 janvier ; 11 et 25
 *   février ; 11 et 25 mars`, `1er, 15 et 29 juillet ; 12 et 26 août`
 *   (bonpasteur-permanences-entraide-2025); a weekday in the plural before its days (`les
 *   mardis 7, 14 et 21 mars`).
 * A dotted number is a day only there: elsewhere it is a time (`14.30`, `19.30 h`), a
 * decimal (`12.5`), a version (`3.2.1`, `Ubuntu 7.10`) or an exercise (`1.10`).
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { readDatedLine } from '../../src/dates/dated-line.js';
import type { DateExpression } from '../../src/dates/types.js';

type M = [number, number, number?];

function shape(expression: DateExpression): { kind: DateExpression['kind']; days: M[] } {
  return { kind: expression.kind, days: expression.mentions.map((m): M => (m.year === undefined ? [m.day, m.month] : [m.day, m.month, m.year])) };
}

function read(text: string, where: 'cell' | 'dates column' = 'cell'): { kind: DateExpression['kind']; days: M[] } | string {
  const r = parseFrenchDate(text, where);
  return r.ok ? shape(r.value) : r.reason;
}

describe('a run of days drawn with an arrow', () => {
  it.each<[string, M[]]>([
    ['16.01 ➝ 10.02', [[16, 1], [10, 2]]],
    ['05.09 ➝ 24.09', [[5, 9], [24, 9]]],
    ['16.01 ➔ 10.02', [[16, 1], [10, 2]]],
    ['16.01 → 10.02', [[16, 1], [10, 2]]],
    ['16.01 => 10.02', [[16, 1], [10, 2]]],
    ['16.01 -> 10.02.2019', [[16, 1, 2019], [10, 2, 2019]]],
    ['16/01 ⟶ 10/02', [[16, 1], [10, 2]]],
    ['16 janvier ➝ 10 février', [[16, 1], [10, 2]]],
    ['lundi 19 ➡️ vendredi 23 février', [[19, 2], [23, 2]]],
    ['du 19 -> 23 février 2024', [[19, 2, 2024], [23, 2, 2024]]],
  ])('%s', (text, days) => {
    expect(read(text)).toEqual({ kind: 'range', days });
  });

  it('reads the arrow the same in a heading or a list item', () => {
    const line = readDatedLine('16.01.2019 ➝ 10.02.2019 : TP1, conception guidée');
    expect(line && shape(line.expression)).toEqual({ kind: 'range', days: [[16, 1, 2019], [10, 2, 2019]] });
    expect(line?.title).toBe('TP1, conception guidée');
  });

  it('keeps an arrow between hours out of the days: `14.30 -> 16.00` is no run of days', () => {
    expect(read('14.30 -> 16.00')).toBe('unreadable');
    expect(read('9.15 ➝ 10.10', 'dates column')).toBe('unreadable');
  });
});

describe('a dotted day and month alone, where a day is expected', () => {
  it.each<[string, M]>([
    ['20.02', [20, 2]],
    ['24.04', [24, 4]],
    ['17.10', [17, 10]],
    ['**12.12**', [12, 12]],
    ['le 03.11', [3, 11]],
    ['20.02.', [20, 2]],
  ])('%s in a dates column is that day', (text, day) => {
    expect(read(text, 'dates column')).toEqual({ kind: 'single', days: [day] });
  });

  it.each<[string, M]>([
    ['mardi 20.02', [20, 2]],
    ['Mer. 24.04', [24, 4]],
    ['jeudi 17.10 à 18h', [17, 10]],
    // tsuchet-heig-geoinformatique-2025 (set 66): a Swiss course table's month in one digit.
    ['Lundi 7.4', [7, 4]],
    ['Jeudi 1.5', [1, 5]],
    ['Lundi 14.4.', [14, 4]],
    ['lundi 7.4 à 14h', [7, 4]],
  ])('%s after a weekday is that day in any cell', (text, day) => {
    expect(read(text)).toEqual({ kind: 'single', days: [day] });
  });

  it('reads a dated line that opens with a weekday and a dotted day', () => {
    const line = readDatedLine('Mercredi 20.02 : examen intra (PK-1350)');
    expect(line && shape(line.expression)).toEqual({ kind: 'single', days: [[20, 2]] });
    expect(line?.title).toBe('examen intra (PK-1350)');
  });

  it.each(['20.02', '24.04', '1.10', '17.10'])('%s alone outside a dates column is no day: a version, a score or an exercise', (text) => {
    expect(read(text)).toBe('unreadable');
    expect(readDatedLine(`${text} : mise à jour`)).toBeUndefined();
  });

  it.each(['lundi 2.5 heures', 'mardi 1.5 h de TP', 'jeudi 3.5 km', 'Samedi 3.5 m de dénivelé', 'Dimanche 4.5 degrés', 'mercredi 2.5% de hausse', 'jeudi 2.5 € le repas', 'Samedi 3.5 °C', 'mardi 3.2 de Django'])('%s after a weekday is a quantity or a version, no day (review)', (text) => {
    expect(read(text)).not.toMatchObject({ kind: 'single' });
    expect(readDatedLine(text)).toBeUndefined();
  });

  it.each(['14.30', '18.00', '12.5', '3.2.1', '12.50 €', '19.30 h', '0.20', '2.10 2.11 2.13'])('%s is no day even in a dates column: a time, a decimal, a price or a version', (text) => {
    expect(read(text, 'dates column')).not.toMatchObject({ kind: 'single' });
  });
});

describe('days grouped by month, and weekdays in the plural', () => {
  it.each<[string, DateExpression['kind'], M[]]>([
    ['14 et 28 janvier ; 11 et 25 février ; 11 et 25 mars', 'set', [[14, 1], [28, 1], [11, 2], [25, 2], [11, 3], [25, 3]]],
    ['1er, 15 et 29 juillet ; 12 et 26 août', 'set', [[1, 7], [15, 7], [29, 7], [12, 8], [26, 8]]],
    ['7 et 21 octobre ; 4 et 18 novembre ; 2, 16 et 30 décembre 2025', 'set', [[7, 10, 2025], [21, 10, 2025], [4, 11, 2025], [18, 11, 2025], [2, 12, 2025], [16, 12, 2025], [30, 12, 2025]]],
    ['12/03 ; 19/03 ; 26/03', 'set', [[12, 3], [19, 3], [26, 3]]],
    ['les mardis 7, 14 et 21 mars', 'set', [[7, 3], [14, 3], [21, 3]]],
    ['samedis 4 et 18 mai', 'set', [[4, 5], [18, 5]]],
  ])('%s', (text, kind, days) => {
    expect(read(text)).toEqual({ kind, days });
  });

  it('reads a list item of days grouped by month with its title', () => {
    const line = readDatedLine('14 et 28 janvier ; 11 et 25 février : permanence');
    expect(line && shape(line.expression)).toEqual({ kind: 'set', days: [[14, 1], [28, 1], [11, 2], [25, 2]] });
    expect(line?.title).toBe('permanence');
  });

  it.each<[string, string, M[]]>([
    ['1er trimestre 14 et 28 janvier ; 11 et 25 février ; 11 et 25 mars', '1er trimestre', [[14, 1], [28, 1], [11, 2], [25, 2], [11, 3], [25, 3]]],
    ['3e trimestre 1er, 15 et 29 juillet ; 12 et 26 août', '3e trimestre', [[1, 7], [15, 7], [29, 7], [12, 8], [26, 8]]],
    ['2e semestre : 3, 10 et 17 février', '2e semestre', [[3, 2], [10, 2], [17, 2]]],
    ['1re période les 4 et 11 septembre', '1re période', [[4, 9], [11, 9]]],
  ])('reads the days of a numbered period: %s', (text, title, days) => {
    const line = readDatedLine(text);
    expect(line && shape(line.expression)).toEqual({ kind: 'set', days });
    expect(line?.title).toBe(title);
  });

  it.each(['1er trimestre payé le 3 mars', '2e semaine de cours', '1er trimestre 2025'])('reads no day from a numbered period without its days: %s', (text) => {
    expect(readDatedLine(text)).toBeUndefined();
  });

  it('stops at a semicolon that parts a day from something else', () => {
    expect(readDatedLine('12 mars ; salle B')?.expression.mentions.length).toBe(1);
    expect(read('mars')).not.toMatchObject({ kind: 'single' });
  });
});
