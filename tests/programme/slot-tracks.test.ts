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
    expect(brief(page)).toEqual([
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

describe('timed headings at the level of their day heading', () => {
  it('are that day’s slots', () => {
    const log = ['## Déroulé', '#### Lundi 7 juillet 2025', '#### 13h30 : Lancement du projet', '- Lecture du sujet', '#### 14h30 : Organisation', '#### Mardi 8 juillet 2025', '#### 8h30 : Reprise', ''].join('\n');
    expect(brief(log)).toEqual([
      [3, '2025-07-07', '13:30-', 'Lancement du projet'],
      [5, '2025-07-07', '14:30-', 'Organisation'],
      [7, '2025-07-08', '08:30-', 'Reprise'],
    ]);
  });
});

describe('a journal whose headings are its days written bare', () => {
  it('reads `## 29/01`, `## 30/01`, `## 31/01` as days, and one such heading alone as nothing', () => {
    const journal = ['# Journal de bord 2024', '', '## 29/01 (demi-journée)', 'Lecture du sujet.', '', '## 30/01', 'Réunion.', '', '## 31/01', 'Benchmark.', ''].join('\n');
    expect(brief(journal).map(([line, day]) => [line, day])).toEqual([
      [3, '2024-01-29'],
      [6, '2024-01-30'],
      [9, '2024-01-31'],
    ]);
    expect(brief('# Scores 2024\n\n## 3/4\n\nTexte.\n')).toEqual([]);
  });
});

describe('a post whose title closes with the event’s day', () => {
  it('dates the programme by the title’s day, not by the day the post was written', () => {
    const post = ['---', 'title: "Duchess France fête ses 5 ans le 19 Mai !!!"', 'date: "2015-04-29"', '---', '', '### Programme', '', '**19h00-19h30**: Accueil des participants', '', '**19h30 - 19h50**: Retour sur 5 années', ''].join('\n');
    expect(brief(post).map(([line, day, hours]) => [line, day, hours])).toEqual([
      [8, '2015-05-19', '19:00-19:30'],
      [10, '2015-05-19', '19:30-19:50'],
    ]);
  });
});
