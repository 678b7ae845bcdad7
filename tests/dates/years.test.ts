import { describe, expect, it } from 'vitest';
import { extractYear } from '../../src/dates/years.js';

describe('extractYear', () => {
  it.each<[string, number | undefined]>([
    ['DATES 2019', 2019],
    ['Programme 2019', 2019],
    ['promotion 2020-2021', 2020],
    ["Programme d'accompagnement EIG 2019", 2019],
    ['DATES (2021)', 2021],
    ['mis à jour le 2019-01-24', 2019],
    ['DATES', undefined],
    ['9h30', undefined],
    ['EIG3', undefined],
    ['Salle 1234b', undefined],
    ['75011 Paris', undefined],
    ['année 1850', undefined],
    ['Promo2019', undefined],
    ['', undefined],
  ])('%j -> %s', (text, year) => {
    expect(extractYear(text)).toBe(year);
  });

  it('completes on a long run of digits and separators', () => {
    expect(extractYear('12345 '.repeat(20_000))).toBeUndefined();
  });
});
