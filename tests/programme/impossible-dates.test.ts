import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

// A date that does not exist (`30 février`, `11-31 novembre`): `invalid-date` says which
// day does not exist, and the rest of the row, and the rows after it, are still read.
describe('an impossible date in a table', () => {
  const program = (cell: string, from = '16 janvier', to = '8 juillet') =>
    '# Projet 2025-2026\n\n' + table('Jalon | Date | Horaire | Livrable', `Analyse | ${from} | 9h-12h | Document`, `Tests | ${cell} | 14h-16h | Plan de tests`, `Évaluation | ${to} | 9h-12h | Rapport`);

  it.each([
    ['30 février', '30/02'],
    ['31 avril', '31/04'],
    ['Vendredi 31 juin', '31/06'],
    ['2026-02-29', '29/02'],
    ['31/04', '31/04'],
  ])('reports `%s` and reads the rest of the row and the rows after', (cell, date) => {
    const report = check(program(cell));
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['invalid-date']);
    expect(errors[0]!.message).toContain(date);
    const [, row, after] = report.programme.sessions;
    expect(row?.title.text).toBe('Tests');
    expect(row?.hours?.value?.[0]?.start).toEqual({ hour: 14, minute: 0 });
    expect(days(row)).toEqual([]);
    expect(days(after)).toEqual(['2026-07-08']);
  });

  // A run of days that ends one or two days past the month's end (`11-31 novembre`): a
  // reader understands the run to the end of the month, and is told the day does not exist.
  it.each([
    ['11-31 novembre', '2025-11-11', '2025-11-30', '31/11'],
    ['du 20 au 31 septembre', '2025-09-20', '2025-09-30', '31/09'],
    ['25-30 février', '2026-02-25', '2026-02-28', '30/02'],
    ['du 28 au 31 avril', '2026-04-28', '2026-04-30', '31/04'],
  ])('reads `%s` to the end of the month and reports the day that does not exist', (cell, from, to, date) => {
    const report = check(program(cell, '16 septembre', '8 mars'));
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['invalid-date']);
    expect(errors[0]!.message).toContain(date);
    const row = report.programme.sessions[1];
    expect(days(row)[0]).toBe(from);
    expect(days(row).at(-1)).toBe(to);
  });
});
// A row a little out of order (a milestone of November after one of December) is out of
// order, not a session a year later: the rows after it keep their year.
describe('a row written out of order', () => {
  it.each([
    ['1er décembre', '11 novembre', '8 décembre', ['2025-12-01', '2025-11-11', '2025-12-08']],
    ['20 octobre', '6 octobre', '27 octobre', ['2025-10-20', '2025-10-06', '2025-10-27']],
    ['15 mars', '2 février', '22 mars', ['2026-03-15', '2026-02-02', '2026-03-22']],
  ])('%s, %s, %s', (a, b, c, want) => {
    const report = check('# Projet 2025-2026\n\n' + table('Jalon | Date', `Un | 16 septembre`, `Deux | ${a}`, `Trois | ${b}`, `Quatre | ${c}`));
    expect(report.programme.sessions.slice(1).map((s) => days(s)[0])).toEqual(want);
    expect(report.diagnostics.filter((d) => d.rule === 'out-of-order').map((d) => d.line)).toEqual([7]);
  });

  it('still crosses into the next year from December to January', () => {
    const report = check('# Cours 2025-2026\n\n' + table('Date | Séance', '1er décembre | Un', '15 décembre | Deux', '12 janvier | Trois', '2 février | Quatre'));
    expect(report.programme.sessions.map((s) => days(s)[0])).toEqual(['2025-12-01', '2025-12-15', '2026-01-12', '2026-02-02']);
    expect(report.diagnostics.filter((d) => d.rule === 'out-of-order')).toEqual([]);
  });
});
