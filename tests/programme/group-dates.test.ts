import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

// A course taught to several groups writes one date column per group: each row is one
// session, held for each group on that group's day. A reader lists the session on every
// group's day (cmt4a-cmss-schedule-2020: `| Groupe A | Groupe B | Section | Session |`).
describe('a table with one date column per group', () => {
  const sessionDays = (text: string, committed?: { year: number; month: number; day: number }) =>
    check(text, committed ? { committed } : {}).programme.sessions.map((s) => days(s));

  it.each([
    ['year-first dates under `Groupe A | Groupe B`', table('Séance | Groupe A | Groupe B', 'Introduction | 2020/09/18 | 2020/09/25', 'Régression | 2020/10/02 | 2020/10/09'), [['2020-09-18', '2020-09-25'], ['2020-10-02', '2020-10-09']]],
    ['written dates under `Date TD1 | Date TD2`', '# TD 2024-2025\n\n' + table('Cours | Date TD1 | Date TD2 | Salle', 'Boucles | 12 sept. | 14 sept. | B12', 'Fonctions | 19 sept. | 21 sept. | B12'), [['2024-09-12', '2024-09-14'], ['2024-09-19', '2024-09-21']]],
    ['numeric dates under `G1 (lundi) | G2 (jeudi)`', '# Travaux dirigés 2022-2023\n\n' + table('Thème | G1 (lundi) | G2 (jeudi)', 'Graphes | 12/09 | 15/09', 'Arbres | 19/09 | 22/09', 'Tris | 26/09 | 29/09'), [['2022-09-12', '2022-09-15'], ['2022-09-19', '2022-09-22'], ['2022-09-26', '2022-09-29']]],
    ['ISO dates under English `Group 1 | Group 2`', table('Session | Group 1 | Group 2', 'Kick-off | 2024-02-05 | 2024-02-08', 'Review | 2024-02-12 | 2024-02-15'), [['2024-02-05', '2024-02-08'], ['2024-02-12', '2024-02-15']]],
    ['weekdays under `Date (groupe A) | Date (groupe B)`', table('Date (groupe A) | Date (groupe B) | Sujet', 'Lundi 4 mars 2024 | Jeudi 7 mars 2024 | Les suites', 'Lundi 11 mars 2024 | Jeudi 14 mars 2024 | Les séries'), [['2024-03-04', '2024-03-07'], ['2024-03-11', '2024-03-14']]],
    ['three groups, one not yet set', table('Séance | Groupe A | Groupe B | Groupe C', 'TP 1 | 2025-01-06 | 2025-01-07 | 2025-01-09', 'TP 2 | 2025-01-13 | 2025-01-14 | à venir'), [['2025-01-06', '2025-01-07', '2025-01-09'], ['2025-01-13', '2025-01-14']]],
  ])('%s', (_name, text, want) => {
    expect(sessionDays(text)).toEqual(want);
  });

  it('gives each group the hours of the row', () => {
    const report = check(table('Séance | Groupe A | Groupe B | Horaire', 'Cours 1 | 2024-09-16 | 2024-09-18 | 9h-12h', 'Cours 2 | 2024-09-23 | 2024-09-25 | 9h-12h'));
    const [session] = report.programme.sessions;
    expect(days(session)).toEqual(['2024-09-16', '2024-09-18']);
    expect(session?.hours?.value).toEqual([{ start: { hour: 9, minute: 0 }, end: { hour: 12, minute: 0 } }]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps a start and an end, a deadline or a second date of another kind out of the session', () => {
    expect(sessionDays(table('Séance | Date | Remise', 'TP 1 | 2024-09-16 | 2024-09-30', 'TP 2 | 2024-09-23 | 2024-10-07'))).toEqual([['2024-09-16'], ['2024-09-23']]);
    expect(sessionDays(table('Stage | Début | Fin', 'Stage A | 2024-09-16 | 2024-10-30', 'Stage B | 2024-11-04 | 2024-12-20'))).toEqual([]);
  });

  it('finds no dates in scores under `Match 1 | Match 2`', () => {
    const report = check('# Tournoi\n\n' + table('Équipe | Match 1 | Match 2', 'Les Aigles | 3-1 | 2-2', 'Les Loups | 0-4 | 1-0'));
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
