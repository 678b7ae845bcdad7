import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { toIsoDate } from '../../src/dates/plain-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { DateExpression, YearSource } from '../../src/dates/types.js';

function expr(text: string): DateExpression {
  const r = parseFrenchDate(text);
  if (!r.ok) throw new Error(`test setup: cannot parse ${text}`);
  return r.value;
}

function resolve(text: string, years: number[], source: YearSource = 'column-header') {
  return resolveDates(expr(text), { years, source });
}

function isoDays(text: string, years: number[]): string[] {
  const r = resolve(text, years);
  if (!r.ok) throw new Error(`expected ${text} to resolve`);
  return r.value.days.map(toIsoDate);
}

describe('resolveDates', () => {
  it('expands a range to every day', () => {
    expect(isoDays('11 au 15 février', [2019, 2019])).toEqual([
      '2019-02-11', '2019-02-12', '2019-02-13', '2019-02-14', '2019-02-15',
    ]);
  });

  it('expands a range across the new year', () => {
    expect(isoDays('30 décembre au 2 janvier', [2019, 2020])).toEqual([
      '2019-12-30', '2019-12-31', '2020-01-01', '2020-01-02',
    ]);
  });

  it('lists a set, a single day, and the options of an undecided date', () => {
    expect(isoDays('16 & 17 mai', [2019, 2019])).toEqual(['2019-05-16', '2019-05-17']);
    expect(isoDays('21 février', [2019])).toEqual(['2019-02-21']);
    const r = resolve('7 ou 14 novembre', [2019, 2019]);
    expect(r.ok && r.value.days.map(toIsoDate)).toEqual(['2019-11-07', '2019-11-14']);
    expect(r.ok && r.value.alternatives).toEqual([
      [{ year: 2019, month: 11, day: 7 }],
      [{ year: 2019, month: 11, day: 14 }],
    ]);
  });

  it('keeps the mentions with their resolved year and the year source', () => {
    const r = resolve('mardi 14 mars', [2019], 'rollover');
    expect(r.ok && r.value.mentions).toEqual([{ day: 14, month: 3, weekday: 2, text: 'mardi 14 mars', resolvedYear: 2019 }]);
    expect(r.ok && r.value.yearSource).toBe('rollover');
  });

  it.each([
    ['30 février 2019', [2019]],
    ['29 février 2019', [2019]],
    ['31 avril', [2019]],
    ['32 mars', [2019]],
    ['10/13', [2019]],
  ])('reports %j as an impossible day', (text, years) => {
    const r = resolve(text, years);
    expect(r).toMatchObject({ ok: false, invalid: { year: 2019 } });
  });

  it('accepts 29 février in a leap year', () => {
    expect(isoDays('29 février 2020', [2020])).toEqual(['2020-02-29']);
  });

  it('reports the first impossible day of a set', () => {
    const r = resolve('30 & 31 avril', [2019, 2019]);
    expect(r).toMatchObject({ ok: false, invalid: { mention: { day: 31, month: 4 }, year: 2019 } });
  });

  it('reports a range written backwards', () => {
    const r = resolve('15 au 11 février', [2019, 2019]);
    expect(r).toMatchObject({ ok: false, backwards: { from: { day: 15 }, to: { day: 11 } } });
  });
});
