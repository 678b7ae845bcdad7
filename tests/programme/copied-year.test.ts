/*
 * A run of dates that write last year's year between dates of this year: copied from last
 * year's page and only half updated. Shown by a course log (tnsi-progression-*): séance 1
 * `jeudi 04/09/25`, séances 2-5 `vendredi 05/09/24` ... `vendredi 12/09/24`, séance 6
 * `lundi 15/09/25`; every weekday of the run fits 2025, none 2024. A reader reads them in
 * 2025 and still tells the coordinator to correct the year. The variants are other ways it
 * is written.
 */
import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

const firstDays = (report: ReturnType<typeof check>) => report.programme.sessions.map((s) => days(s)[0]);
const alarms = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('last year’s year kept in a run of dates between this year’s', () => {
  it('course-log headings with two-digit years', () => {
    const text = '# Progression\n\n## séance 1 (jeudi 04/09/25)\n\n## séance 2 (vendredi 05/09/24)\n\n## séance 3 (lundi 08/09/24)\n\n## séance 4 (lundi 15/09/25)\n';
    const report = check(text);
    expect(firstDays(report)).toEqual(['2025-09-04', '2025-09-05', '2025-09-08', '2025-09-15']);
    expect(alarms(report)).toEqual(['5 weekday-mismatch', '7 weekday-mismatch']);
    expect(report.diagnostics.find((d) => d.line === 5)!.message).toMatch(/writes 2024.*read in 2025.*Correct the year/);
  });

  it('table rows with four-digit years, in French', () => {
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 septembre 2023 | 2', 'Lundi 16 septembre 2023 | 3', 'Lundi 23 septembre 2024 | 4');
    const report = check(text, { language: 'fr' });
    expect(firstDays(report)).toEqual(['2024-09-02', '2024-09-09', '2024-09-16', '2024-09-23']);
    expect(alarms(report)).toEqual(['6 weekday-mismatch', '7 weekday-mismatch']);
    expect(report.diagnostics.find((d) => d.line === 6)!.message).toMatch(/écrit 2023.*lue en 2024.*Corrigez l’année/);
  });

  it('an earlier year at the end of the list, which would put the run back before the row above it', () => {
    // openforumbe-programme-2015 (held-out set 15): a season from October 2015 to June 2016
    // whose last four headings kept 2015 (`## Thursday 10 March 2015` after `## Thursday
    // 14 January 2016`); every weekday fits 2016, none 2015.
    const text = '# Program 2015-2016\n\n## Thursday 10 December 2015\n\n## Thursday 14 January 2016\n\n## Thursday 10 March 2015\n\n## Thursday 14 April 2015\n';
    const report = check(text);
    expect(firstDays(report)).toEqual(['2015-12-10', '2016-01-14', '2016-03-10', '2016-04-14']);
    expect(alarms(report)).toEqual(['7 weekday-mismatch', '9 weekday-mismatch']);
    const table2 = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 septembre 2023 | 2', 'Lundi 16 septembre 2023 | 3');
    expect(firstDays(check(table2))).toEqual(['2024-09-02', '2024-09-09', '2024-09-16']);
  });

  it('one row alone with two dates', () => {
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 et mardi 10 septembre 2023 | 2', 'Lundi 16 septembre 2024 | 3');
    expect(firstDays(check(text))).toEqual(['2024-09-02', '2024-09-09', '2024-09-16']);
  });
});

describe('what is not a copied year', () => {
  it('a single weekday moves a written year only when the row goes back in time as written: the mistake is still reported', () => {
    // Out of order in 2023, in its place in 2024, where its Monday falls (mistyped-years.test.ts).
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 septembre 2023 | 2', 'Lundi 16 septembre 2024 | 3');
    const report = check(text);
    expect(firstDays(report)).toEqual(['2024-09-02', '2024-09-09', '2024-09-16']);
    expect(alarms(report)).toContain('6 weekday-mismatch');
    // In its place as written (a later year, one weekday that does not fit), it stays as written.
    const later = check('# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 septembre 2025 | 2', 'Lundi 16 septembre 2024 | 3'));
    expect(firstDays(later)).toEqual(['2024-09-02', '2025-09-09', '2024-09-16']);
    expect(alarms(later)).toContain('6 weekday-mismatch');
  });

  it('a run whose weekdays fit its own year stays in it (a row out of order, not a copied year)', () => {
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Mardi 3 décembre 2024 | 2', 'Mercredi 4 décembre 2024 | 3', 'Lundi 16 septembre 2024 | 4');
    expect(firstDays(check(text))).toEqual(['2024-09-02', '2024-12-03', '2024-12-04', '2024-09-16']);
  });

  it('a later year at the end of the list, with nothing after it, stays as written (the next season may follow)', () => {
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 9 septembre 2025 | 2', 'Lundi 16 septembre 2025 | 3');
    expect(firstDays(check(text))).toEqual(['2024-09-02', '2025-09-09', '2025-09-16']);
  });

  it('a run that would not fall between its neighbours in their year stays as written', () => {
    const text = '# Planning\n\n' + table('Date | Séance', 'Lundi 2 septembre 2024 | 1', 'Lundi 4 novembre 2023 | 2', 'Lundi 11 novembre 2023 | 3', 'Lundi 16 septembre 2024 | 4');
    expect(firstDays(check(text))).toEqual(['2024-09-02', '2023-11-04', '2023-11-11', '2024-09-16']);
  });
});
