/*
 * A year one digit off among dates of another year (development set:
 * itn-doctorants-actions-2024, adele-journal-nouvelles-narrations-2025,
 * beequeen-agenda-conferences-2024): read in the year of the rows around it, and reported.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2024) => check(lines.join('\n'), { committed: { year, month: 11, day: 6 } });
const days = (lines: string[], year?: number) => read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' ')]);
const alarms = (lines: string[], year?: number) =>
  read(lines, year)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => [d.rule, d.line]);

describe('a year mistyped among the dates of another', () => {
  const timeline = ['# Actions', '', '- 10 octobre 2024 : réunion de lancement', '- 17 octobre 2024 : feuille de route', '- 6 novembre 2014 à 10h30 : prochaine réunion', ''];

  it('puts `6 novembre 2014` after `17 octobre 2024` on 6 November 2024, and says to correct the year', () => {
    expect(days(timeline)).toEqual([
      [3, '2024-10-10'],
      [4, '2024-10-17'],
      [5, '2024-11-06'],
    ]);
    const report = read(timeline);
    const typo = report.diagnostics.find((d) => d.line === 5)!;
    expect(typo.rule).toBe('out-of-order');
    expect(typo.message).toContain('2014');
    expect(typo.message).toContain('Correct the year');
  });

  it('puts a heading whose weekday fits the year of its neighbours in that year, and reports the weekday', () => {
    const log = ['# Journal de bord', '', '### lundi 3 novembre 2025', '', 'Atelier.', '', '### mardi 4 novembre 2024', '', 'Atelier.', '', '### vendredi 7 novembre 2025', '', 'Atelier.', ''];
    expect(days(log, 2025).map((row) => row[1])).toEqual(['2025-11-03', '2025-11-04', '2025-11-07']);
    expect(alarms(log, 2025)).toEqual([['weekday-mismatch', 7]]);
  });

  it('moves January typed with last year after the New Year, the whole run', () => {
    const entries = ['# Journal', '', '## 2022-12-14', '', 'Séance.', '', '## 2023-01-02', '', 'Séance.', '', '## 2022-01-04', '', 'Séance.', '', '## 2022-01-11', '', 'Séance.', ''];
    expect(days(entries, 2023).map((row) => row[1])).toEqual(['2022-12-14', '2023-01-02', '2023-01-04', '2023-01-11']);
    // Said once, on the run's first row, which counts the rows below it.
    const report = read(entries, 2023);
    expect(alarms(entries, 2023)).toEqual([['out-of-order', 11]]);
    expect(report.diagnostics.find((d) => d.line === 11)!.message).toContain('and the row below that writes 2022 in 2023 too. Correct the year of each.');
  });

  it('keeps a date that goes back two digits of year, or more than half a year, as written, and reports it out of order', () => {
    const history = ['# Historique', '', '- 10 octobre 2024 : réunion', '- 17 octobre 2024 : feuille de route', '- 6 novembre 2013 : fondation', ''];
    expect(days(history).at(-1)).toEqual([5, '2013-11-06']);
    const farther = ['# Séminaire 2020-2021', '', '- 2020-11-13 : Séance 1', '- 2021-03-12 : Séance 4', '- 2021-01-15 : Séance 2', ''];
    expect(days(farther, 2021).at(-1)).toEqual([5, '2021-01-15']);
    expect(alarms(farther, 2021)).toEqual([['out-of-order', 5]]);
  });

  it('keeps the rows after a slip in the row above as written: that row is the one out of place', () => {
    const workshops = ['# Ateliers du jeudi', '', '- 10 octobre 2024 : reliure', '- 17 octobre 2025 : gravure', '- 7 novembre 2024 : aquarelle', '- 21 novembre 2024 : collage', ''];
    expect(days(workshops).map((row) => row[1])).toEqual(['2024-10-10', '2025-10-17', '2024-11-07', '2024-11-21']);
  });

  it('keeps a part of the page that goes back to an earlier year as written (past seasons under the coming one)', () => {
    const seasons = ['# Conférences du jeudi', '', '## Printemps 2024', '', '- 14 mars 2024 : Les abeilles', '- 16 mai 2024 : Les marées', '', '## Automne 2023', '', '- 12 octobre 2023 : Les comètes', '- 16 novembre 2023 : Les forêts', ''];
    expect(days(seasons).map((row) => row[1])).toEqual(['2024-03-14', '2024-05-16', '2023-10-12', '2023-11-16']);
  });

  it('keeps the rows of a table kept by group as written (the autumn group under the spring one)', () => {
    const groups = ['# Formation — saison 2024-2025', '', '| Groupe | Date |', '| --- | --- |', '| Printemps | 7 avril 2025 |', '| Printemps | 5 mai 2025 |', '| Automne | 23 septembre 2024 |', '| Automne | 14 octobre 2024 |', ''];
    expect(days(groups, 2025).map((row) => row[1])).toEqual(['2025-04-07', '2025-05-05', '2024-09-23', '2024-10-14']);
  });

  it('keeps a date whose weekday fits the year it writes', () => {
    const meetings = ['# Réunions', '', '- jeudi 10 octobre 2024 : réunion', '- jeudi 17 octobre 2024 : réunion', '- jeudi 6 novembre 2014 : réunion', ''];
    expect(days(meetings).at(-1)).toEqual([5, '2014-11-06']);
  });

  it('keeps a list in order as written as it is, a later year one digit off included', () => {
    const season = ['# Saison', '', '- 10 octobre 2024 : concert', '- 17 octobre 2024 : concert', '- 6 novembre 2025 : concert', ''];
    expect(days(season).at(-1)).toEqual([5, '2025-11-06']);
  });
});
