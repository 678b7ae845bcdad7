/*
 * Forms read in held-out set 21 (tests/fixtures/real: marketanalyser-calendrier-execution-2026,
 * monka-preparation-cto-2026, ppe1-2063mmz-journal-de-bord-2024, pyshs-cuso-python-shs-2022,
 * simpletext-clef-programme-2024, latreyte-planning-terminale-pc-2020,
 * alter-crypto-2022-programme), each checked here on a short page so that it stays read as a
 * reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 3, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.status]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a year written in the page, over the year the weekdays fit', () => {
  it('keeps the year of a full date above the list and reports each weekday that does not fit it', () => {
    const page = ['**Date d’activation :** 2026-02-07 10:04', '', '## Calendrier', '', '- Lundi 10 février : 15h30', '- Mardi 11 février : 15h30', '- Mercredi 12 février : 15h30', ''];
    expect(brief(page).filter((row) => Number(row[0]) >= 5).map((row) => row[1])).toEqual(['2026-02-10', '2026-02-11', '2026-02-12']);
    expect(alarms(page)).toEqual(['5 weekday-mismatch', '6 weekday-mismatch', '7 weekday-mismatch']);
  });

  it('takes the year of the page’s closing date stamp, and reads no session in the stamp', () => {
    const page = ['# Plan', '', '## Samedi 1er mars', '', '- 10h-11h : quiz', '- 11h-12h : démo', '', '## Dimanche 2 mars', '', '- 10h-11h : relire', '', '---', '', '*Plan opérationnel — 28 février 2026*', ''];
    expect(brief(page, 2025).map((row) => [row[0], row[1]])).toEqual([
      [5, '2026-03-01'],
      [6, '2026-03-01'],
      [10, '2026-03-02'],
    ]);
    expect(alarms(page, 2025)).toEqual(['3 weekday-mismatch', '8 weekday-mismatch']);
  });

  it('still reads the year the weekdays fit when only the commit gives one, months away', () => {
    const page = ['# Plan', '', '## Samedi 4 octobre', '', '- 10h-11h : quiz', '', '## Dimanche 5 octobre', '', '- 10h-11h : relire', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2025-10-04', '2025-10-05']);
    expect(alarms(page)).toEqual([]);
  });

  it('reads a plan whose days all fall around its commit in the commit’s year, and reports its weekdays', () => {
    // Committed on 1 March 2026: `Samedi 1er mars` is a Sunday that year, a Saturday in 2025.
    const page = ['# Plan', '', '## Samedi 1er mars', '', '- 10h-11h : quiz', '', '## Dimanche 2 mars', '', '- 10h-11h : relire', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-03-01', '2026-03-02']);
    expect(alarms(page)).toEqual(['3 weekday-mismatch', '7 weekday-mismatch']);
    const info = read(page).diagnostics.find((d) => d.rule === 'guessed-year');
    expect(info?.message).toContain('its 2 weekdays fit 2025');
  });
});

describe('what a page without a programme does not raise', () => {
  it('reports no conflict marker in a journal with no programme and no date in the conflict', () => {
    const page = ['', '<<<<<<< HEAD', 'Du texte.', '=======', '>>>>>>> parent of 4573bbe', '# Journal de bord', '', 'J’ai appris les commandes.', ''];
    expect(alarms(page)).toEqual([]);
  });

  it('still reports the markers of a conflict over a programme’s rows', () => {
    const page = ['| Date | Séance |', '| --- | --- |', '<<<<<<< HEAD', '| 12 mars 2026 | Atelier |', '=======', '| 19 mars 2026 | Atelier |', '>>>>>>> other', ''];
    expect(alarms(page).filter((alarm) => alarm.endsWith('merge-conflict'))).toEqual(['3 merge-conflict', '5 merge-conflict', '7 merge-conflict']);
  });
});

describe('hours and titles set apart from the sessions', () => {
  it('gives the dated headings the hours of the one heading above them that tells a range', () => {
    const page = ['## Déroulement des séances (mardi de 10h-12h30)', '', '### 05/04 - Pourquoi programmer en Python ?', '', 'Texte.', '', '### 12/04 - Les blocs de base', '', 'Texte.', '', '### 19/04 - Les bibliothèques', '', 'Texte.', ''];
    expect(brief(page, 2022).map((row) => [row[1], row[2]])).toEqual([
      ['2022-04-05', '10:00-12:30'],
      ['2022-04-12', '10:00-12:30'],
      ['2022-04-19', '10:00-12:30'],
    ]);
  });

  it('lists a session heading over one timed item at the heading, and each item of a heading over several', () => {
    const page = [
      '## Lundi 9 septembre 2024',
      '',
      '### Session 1 : NLU (Salle 1)',
      '',
      '* **10h00 - 10h20** Andrianos Michail, _Simplification de textes_',
      '',
      '### Présentations des participants',
      '',
      '* **14h00 - 14h15** Premier exposé',
      '* **14h15 - 14h30** Second exposé',
      '',
      '#### Soirée',
      '- 19h30: Repas',
      '',
    ];
    const sessions = read(page, 2024).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => [s.line, s.title])).toEqual([
      [3, 'Session 1 : NLU (Salle 1) : Andrianos Michail, Simplification de textes'],
      [9, 'Premier exposé'],
      [10, 'Second exposé'],
      [13, 'Repas'],
    ]);
  });

  it('lists an agenda row called off in its hours cell, cancelled, on its day', () => {
    const page = ['## Mercredi 29 juin 2022', '', '| | Session |', '| --- | --- |', '| 14h00 | Session 4 |', '| Annulé | **Keynote 5** : ~~Françoise Vasselin~~ |', '| 15h00 | Conclusion |', ''];
    expect(brief(page, 2022)).toEqual([
      [5, '2022-06-29', '14:00-', 'confirmed'],
      [6, '2022-06-29', '', 'cancelled'],
      [7, '2022-06-29', '15:00-', 'confirmed'],
    ]);
  });

  it('lists no session in a year plan’s week with nothing planned', () => {
    const table = ['| N° semaine | Mois | Semaine du… | Chapitre |', '|:-:|:-:|:-:|:-:|', '| 9 | octobre | dim. 25 oct. 2020 | Étudier la dynamique |', '| 10 | novembre | dim. 1 nov. 2020 |  |', '| 11 |  | dim. 8 nov. 2020 | Suivi temporel |', ''];
    expect(brief(table, 2020).map((row) => row[0])).toEqual([3, 5]);
  });
});
