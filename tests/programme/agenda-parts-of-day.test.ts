/*
 * A day's agenda row whose hours cell names a part of the day (`Après-midi`, `Toute la
 * journée`) rather than a clock hour: one of the day's activities, without hours.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('an agenda row placed in a part of the day', () => {
  it('is a session of the heading’s day without hours', () => {
    const page = ['### Samedi 18 juin 2022', '', 'Heure | Détail', '----- | ------', '15h | Flyboard', 'Après-midi | Balade à La Rochelle', '21h45 | Restaurant', ''].join('\n');
    expect(sessionRows(page)).toEqual([
      [5, '2022-06-18', '15:00-', 'Flyboard'],
      [6, '2022-06-18', '', 'Balade à La Rochelle'],
      [7, '2022-06-18', '21:45-', 'Restaurant'],
    ]);
  });

  it('makes a day of only such a row the day of that session, not a session of its own', () => {
    const page = ['### Jour 4 – Jeudi 20 novembre 2025 : Excursion', '', '| Heure | Activité |', '|---|---|', '| Toute la journée | Excursion dans le delta |', ''].join('\n');
    expect(sessionRows(page)).toEqual([[5, '2025-11-20', '', 'Excursion dans le delta']]);
  });

  it('leaves a row that is neither hours nor a part of the day out', () => {
    const page = ['### Samedi 18 juin 2022', '', 'Heure | Détail', '----- | ------', '15h | Flyboard', 'Tarif | 20 €', '16h | Goûter', ''].join('\n');
    expect(sessionRows(page).map(([line]) => line)).toEqual([5, 7]);
  });
});
