/*
 * Rooms that run side by side in one slot, as conference days write them: a slot's hours
 * over a list of rooms, and an HTML day grid whose header names the rooms on a second row.
 * A reader lists one session per room, and the rooms do not overlap each other.
 */
import { describe, expect, it } from 'vitest';
import { check, sessionRows } from '../helpers/read.js';

describe('a slot over its rooms', () => {
  it('gives one session per room in the slot, at the room’s line', () => {
    const page = [
      '## Jour 1 - 18 février 2016',
      '',
      '- 9 h 00 – 10 h 00 Mot de bienvenue',
      '- 10 h 15 – 11 h 00',
      '  - Salle 205: Vérifier l’accessibilité d’un site',
      '  - Salle 219: Réseau de diffusion de contenu',
      '- 11 h 00 – 11 h 15 Pause',
      '',
    ].join('\n');
    expect(sessionRows(page)).toEqual([
      [3, '2016-02-18', '09:00-10:00', 'Mot de bienvenue'],
      [5, '2016-02-18', '10:15-11:00', 'Salle 205: Vérifier l’accessibilité d’un site'],
      [6, '2016-02-18', '10:15-11:00', 'Salle 219: Réseau de diffusion de contenu'],
      [7, '2016-02-18', '11:00-11:15', 'Pause'],
    ]);
  });

  it('keeps one session when the items below its hours are its contents, not rooms', () => {
    const page = [
      '### Vendredi 25 janvier 2013',
      '',
      '* 18h00 - 18h30 : accueil des participants',
      '* 18h30 - 20h00 : ',
      '    * introduction à Firefox OS,',
      '    * présentation de la plateforme Marketplace',
      '',
    ].join('\n');
    expect(sessionRows(page).map(([line, day, hours]) => [line, day, hours])).toEqual([
      [3, '2013-01-25', '18:00-18:30'],
      [4, '2013-01-25', '18:30-20:00'],
    ]);
  });
});

describe('a day grid written in HTML with a header on two rows', () => {
  const page = [
    '<h2>Jour 1 — 14 août 2014</h2>',
    '<h2>Après-midi</h2>',
    '<table>',
    '<thead>',
    '<tr><th rowspan="2">Heure</th><th colspan="2">Activité</th></tr>',
    '<tr><th>SA 309</th><th>SA 311</th></tr>',
    '</thead>',
    '<tbody>',
    '<tr>',
    '<td>13 h 00‒13 h 30</td>',
    '<td>GitHub 101</td>',
    '<td rowspan="2">Architecture de l’information</td>',
    '</tr>',
    '<tr>',
    '<td>13 h 30‒14 h 00</td>',
    '<td>GitHub 102</td>',
    '</tr>',
    '<tr>',
    '<td>14 h 00‒14 h 30</td>',
    '<td>Prototypage</td>',
    '<td>Rien de programmé</td>',
    '</tr>',
    '</tbody>',
    '</table>',
    '',
  ].join('\n');

  it('reads one session per room, a cell spanning two rows until the end of the second, on the day above `Après-midi`', () => {
    expect(sessionRows(page)).toEqual([
      [11, '2014-08-14', '13:00-13:30', 'GitHub 101 (Activité SA 309)'],
      [12, '2014-08-14', '13:00-14:00', 'Architecture de l’information (Activité SA 311)'],
      [16, '2014-08-14', '13:30-14:00', 'GitHub 102 (Activité SA 309)'],
      [20, '2014-08-14', '14:00-14:30', 'Prototypage (Activité SA 309)'],
    ]);
  });

  it('raises no overlap between rooms that run side by side', () => {
    expect(check(page).diagnostics.filter((d) => d.rule === 'overlap')).toEqual([]);
  });
});
