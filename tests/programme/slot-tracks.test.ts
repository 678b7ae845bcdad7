/*
 * Two layouts of course calendars and conference days that real pages write: a slot's hours
 * over the rooms that run side by side in it, and a course table whose `Séance` column
 * holds the day of each class.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (text: string) =>
  check(text)
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' '), s.title]);

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
    expect(brief(page)).toEqual([
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
    expect(brief(page).map(([line, day, hours]) => [line, day, hours])).toEqual([
      [3, '2013-01-25', '18:00-18:30'],
      [4, '2013-01-25', '18:30-20:00'],
    ]);
  });
});

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
    expect(brief(table)).toEqual([
      [5, '2026-09-02', '', 'Présentation du cours'],
      [6, '2026-09-09', '', 'Bases de R'],
      [7, '2026-09-16', '', 'Calculs en R'],
    ]);
  });
});
