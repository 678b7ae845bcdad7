import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

describe('the year of each session', () => {
  it('comes from the dates column header', () => {
    const { programme } = check('# Programme\n\n' + table('SESSIONS | DATES 2019', 'Mentors | 21 février'));
    expect(days(programme.sessions[0])).toEqual(['2019-02-21']);
    expect(programme.sessions[0]!.dates.value?.mentions[0]?.year).toBeUndefined();
  });

  it('comes from the nearest heading above the table before the document title', () => {
    const text = '# Programme 2018\n\n## Planning\n\n### Programme 2019\n\n' + table('SESSIONS | DATES', 'Mentors | 21 février');
    expect(days(check(text).programme.sessions[0])).toEqual(['2019-02-21']);
  });

  it('comes from the document title when no heading above the table has one', () => {
    const text = '# Programme promotion 2020-2021\n\n## Planning\n\n' + table('SESSIONS | DATES', 'Rentrée | 14 septembre', 'Clôture | 10 juin');
    const { programme } = check(text);
    expect(days(programme.sessions[0])).toEqual(['2020-09-14']);
    expect(days(programme.sessions[1])).toEqual(['2021-06-10']);
  });

  it('moves to the next year when the months go backwards (a September-to-June programme)', () => {
    const text =
      '# Programme 2019\n\n' +
      table('SESSIONS | DATES', 'Rentrée | 12 septembre', 'Atelier | 17 octobre', 'Noël | 19 décembre', 'Reprise | 9 janvier', 'Clôture | 18 juin');
    expect(check(text).programme.sessions.map((s) => days(s)[0])).toEqual([
      '2019-09-12',
      '2019-10-17',
      '2019-12-19',
      '2020-01-09',
      '2020-06-18',
    ]);
  });

  it('lets a year written in a cell win and keeps it marked as written', () => {
    const text = '# Programme 2019\n\n' + table('SESSIONS | DATES', 'Mentors | 21 février', 'Démo | 11 février 2021');
    const { programme } = check(text);
    expect(days(programme.sessions[1])).toEqual(['2021-02-11']);
    expect(programme.sessions[1]!.dates.value?.mentions[0]?.year).toBe(2021);
  });

  it('comes from a detail section heading that writes the year', () => {
    const text = '# Programme\n\n' + table('SESSIONS | DATES', 'EIG | 10 octobre', 'EIG | 7 novembre') + '\n### Session EIG | 10 octobre 2019\n';
    const { programme, diagnostics } = check(text);
    expect(diagnostics).toEqual([]);
    expect(programme.sessions.map((s) => days(s)[0])).toEqual(['2019-10-10', '2019-11-07']);
  });
});

describe('a programme over several years', () => {
  it('counts rows from the years the cells write, not from a section of another year with the same day', () => {
    const text =
      '# Programme\n\n' +
      table('SESSIONS | DATES', 'A | 9 janvier 2019', 'B | 12 mars', 'C | 2 janvier 2020', 'D | 9 janvier') +
      '\n### Session A | 9 janvier 2019\n';
    const { programme, diagnostics } = check(text);
    expect(programme.sessions.map((s) => days(s)[0])).toEqual(['2019-01-09', '2019-03-12', '2020-01-02', '2020-01-09']);
    expect(diagnostics.filter((d) => d.rule === 'out-of-order')).toEqual([]);
  });
});

describe('a term label: every session of the term is in its year', () => {
  it('reads two groups of one term (a tab each) in the term year, not the second into the next year', () => {
    const text =
      '# Calendrier H25\n\n## Groupe 1\n\n' +
      table('Séance | Date', '1.1 | Jeudi 23 janvier', '15.1 | Mardi 20 mai') +
      '\n## Groupe 2\n\n' +
      table('Séance | Date', '1.1 | Mercredi 22 janvier', '15.1 | Vendredi 16 mai');
    const { programme, diagnostics } = check(text);
    expect(programme.sessions.map((s) => days(s)[0])).toEqual(['2025-01-23', '2025-05-20', '2025-01-22', '2025-05-16']);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('finds the weekdays that do not fit the term year', () => {
    const text = '# Plan de cours A24\n\n' + table('Séance | Date', '1 | Jeudi 22 août', '2 | Mardi 27 août', '3 | Vendredi 29 août');
    const { diagnostics } = check(text);
    expect(diagnostics.filter((d) => d.rule === 'weekday-mismatch').map((d) => d.line)).toEqual([7]);
  });
});
