/*
 * Forms read in held-out set 18 (tests/fixtures/real: heigvd-prg1-journal-2025,
 * biogenouest-hackathon-2021, iigh-calendrier-formation-2013, tedua-*, grillon-*), each
 * checked here on a short page so that it stays read as a reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { readDatedLine } from '../../src/dates/dated-line.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 12, day: 1 }) =>
  check(lines.join('\n'), { committed }).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a course journal’s weeks, quoted, over their weekdays', () => {
  it('puts each listed weekday of a week set in a quote on its day, the week being their period', () => {
    const page = ['> ## SEMAINE 01 - 15.09.2025 - 21.09.2025', '', '### Lundi', '- **Cours**', '    - Bienvenue', '', '### Mardi', '- **Cours**', '    - chap 1', '', '> ## SEMAINE 02 - 22.09.2025 - 28.09.2025', '', '### Lundi', '- **Labo**', ''];
    expect(brief(page)).toEqual([[3, '2025-09-15', ''], [7, '2025-09-16', ''], [13, '2025-09-22', '']]);
  });

  it('keeps a week with one weekday label alone, or numbered days, as the one session', () => {
    const one = ['## Semaine du 16 au 20 mars 2026', '', '### Mardi', '', 'Journée libre.', ''];
    expect(brief(one).map((row) => row[0])).toEqual([1]);
    const numbered = ['Volet 1 : Du 8 au 13 août 2015', '---------------', '', '### Jour 1 :', '', 'Accueil.', '', '### Jour 2 :', '', 'Visites.', ''];
    expect(brief(numbered).map((row) => row[0])).toEqual([1]);
  });
});

describe('a page’s days labelled by weekday and number', () => {
  it('gives each `Lundi 25` and `Lundi 1` the page day of that number, both Mondays', () => {
    const page = ['Le hackathon aura lieu les 25 janvier et le 1er février 2021 !', '', '# Programme', '', '**Lundi 25 (9h30 - 16h30)**', '', '9h-9h30 : Accueil', '<br/>9h30-10h : Introduction', '', '**Lundi 1 (10h - 16h30)**', '', '9h30 - 10h : Bonjour', '<br/> 10h - 12h : Travail en groupe', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2021-01-25', '2021-01-25', '2021-02-01', '2021-02-01']);
  });
});

describe('days joined by dashes, and hours told in their section', () => {
  it('reads `5-6-7 avril 2013` and `29-30 novembre et 1er décembre 2013` as their days, not a dash between two days apart', () => {
    expect(readDatedLine('5-6-7 avril 2013')?.expression.mentions.map((m) => `${m.day}/${m.month}`)).toEqual(['5/4', '6/4', '7/4']);
    expect(readDatedLine('29-30 novembre et 1er décembre 2013')?.expression.mentions.map((m) => `${m.day}/${m.month}`)).toEqual(['29/11', '30/11', '1/12']);
    expect(readDatedLine('10-12 et 15 mars 2013')).toBeUndefined();
  });

  it('gives each list of dates the one range of hours its own section tells', () => {
    const page = [
      '#### La formule intensive', '', '* De 9h00 à 17h00, 6 heures et demies par jour', '', 'Calendrier:', '', '* 12-13-14-15 juin 2013', '* 22-23 juin 2013', '',
      '#### Le stage de 4 jours', '', '* De 9h00 à 18h00 avec une pause de 90 minutes', '', 'Calendrier:', '', '* 26-27-28-29 juin 2013', '* 19-20-21-22 décembre 2013', '',
    ];
    expect(brief(page, { year: 2013, month: 1, day: 1 })).toEqual([
      [7, '2013-06-12 2013-06-13 2013-06-14 2013-06-15', '09:00-17:00'],
      [8, '2013-06-22 2013-06-23', '09:00-17:00'],
      [16, '2013-06-26 2013-06-27 2013-06-28 2013-06-29', '09:00-18:00'],
      [17, '2013-12-19 2013-12-20 2013-12-21 2013-12-22', '09:00-18:00'],
    ]);
  });
});

describe('a season’s page, split bold day lines and a month-by-month agenda', () => {
  it('puts a show’s December in the season the page names, after another show’s June', () => {
    const page = ['## SPECTACLES DE LA SAISON 2019-2020 :', '', '### « Les Nouveaux Gouverneurs »', '- **Dates de représentation**: 21 Fév', '', '### « De l’enfance »', '- **Dates de représentation**: 7 Déc', ''];
    expect(brief(page, { year: 2017, month: 10, day: 31 }).map((row) => row[1])).toEqual(['2020-02-21', '2019-12-07']);
  });

  it('reads a day line whose date is bold apart from its mark (`**\\>>** **Dimanche 23 juin** :`)', () => {
    const page = ['**\\>> Samedi 22 juin 2019** :', '', '* 10h : ouverture des portes', '* 19h : spectacle', '', '**\\>>** **Dimanche 23 juin 2019** :', '', '* 10h30 : ouverture des portes', '* 16h : spectacle', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2019-06-22', '2019-06-22', '2019-06-23', '2019-06-23']);
  });

  it('reads each dated line under a month heading, the next month’s heading being no card title', () => {
    const page = ['## 2025', '', '### Juin', '**15 juin** - **La Confuirence** au Festival, Orchies (59)', '', '### Avril', '**3 et 4 avril** - **La Confuirence** à La Fiselerie', '', '### Février', '**27 février** - **La Confuirence**, La Cigale de Royan (17)', ''];
    const read = check(page.join('\n'), { committed: { year: 2025, month: 6, day: 1 } }).programme.sessions.map(sessionToJson);
    expect(read.map((s) => [s.line, s.days.join(' ')])).toEqual([[4, '2025-06-15'], [7, '2025-04-03 2025-04-04'], [10, '2025-02-27']]);
    expect(read.map((s) => s.title)).not.toContain(expect.stringMatching(/^(?:Avril|Février)/));
  });
});

describe('a course’s week of slots given as a list, one weekday per item', () => {
  const page = [
    '# Cours Preuves (hiver 2023)', '', '#### Horaires', '', '- Cours : mercredi 10h45-12h45, salle 86A', '- TP/TD : vendredi 11h-13h, salle 2001', '',
    '#### Séances TP / TD', '', '- Séance 1 (20 janvier) : TD 1', '- Séance 2 (27 janvier) : Suite du TD 1', '- Séance 3 (1er février) : Cours invité', '',
  ];

  it('gives each session that writes no weekday the slot of its day’s weekday', () => {
    expect(brief(page, { year: 2023, month: 1, day: 1 }).map((row) => [row[1], row[2]])).toEqual([
      ['2023-01-20', '11:00-13:00'],
      ['2023-01-27', '11:00-13:00'],
      ['2023-02-01', '10:45-12:45'],
    ]);
  });

  it('leaves a table of weeks under such a list without them: its rows may be the lecture’s or the lab’s', () => {
    const table = ['- Cours magistral : Mercredi 18h à 21h', '- Laboratoire : Vendredi 18h à 20h', '', '| Date | Séance |', '| --- | --- |', '| 2019-09-04 | Introduction |', '| 2019-09-11 | HTTP |', ''];
    expect(brief(table, { year: 2019, month: 9, day: 1 }).map((row) => row[2])).toEqual(['', '']);
  });
});
