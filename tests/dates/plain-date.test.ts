import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysFromTo,
  isoWeekday,
  isRealDate,
  toIsoDate,
} from '../../src/dates/plain-date.js';
import type { PlainDate } from '../../src/dates/types.js';

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('isRealDate', () => {
  it.each([
    [2019, 2, 28, true],
    [2019, 2, 29, false],
    [2020, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2019, 2, 30, false],
    [2019, 4, 31, false],
    [2019, 3, 31, true],
    [2019, 3, 32, false],
    [2019, 13, 1, false],
    [2019, 0, 1, false],
    [2019, 1, 0, false],
  ])('%i-%i-%i is %s', (y, m, day, expected) => {
    expect(isRealDate(y, m, day)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it('knows weekdays', () => {
    expect(isoWeekday(d(2019, 2, 11))).toBe(1); // a Monday
    expect(isoWeekday(d(2019, 2, 15))).toBe(5);
    expect(isoWeekday(d(2019, 3, 14))).toBe(4);
    expect(isoWeekday(d(2020, 3, 1))).toBe(7);
    expect(isoWeekday(d(1970, 1, 1))).toBe(4);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d(2019, 3, 31), 1)).toEqual(d(2019, 4, 1));
    expect(addDays(d(2019, 12, 31), 1)).toEqual(d(2020, 1, 1));
    expect(addDays(d(2020, 2, 28), 1)).toEqual(d(2020, 2, 29));
    expect(addDays(d(2019, 2, 28), 1)).toEqual(d(2019, 3, 1));
    expect(addDays(d(2020, 1, 1), -1)).toEqual(d(2019, 12, 31));
  });

  it('formats ISO dates and compares', () => {
    expect(toIsoDate(d(2019, 2, 11))).toBe('2019-02-11');
    expect(compareDates(d(2019, 2, 11), d(2019, 2, 12))).toBeLessThan(0);
    expect(compareDates(d(2020, 1, 1), d(2019, 12, 31))).toBeGreaterThan(0);
    expect(compareDates(d(2019, 5, 16), d(2019, 5, 16))).toBe(0);
  });

  it('lists days inclusively', () => {
    expect(daysFromTo(d(2019, 12, 30), d(2020, 1, 2)).map(toIsoDate)).toEqual([
      '2019-12-30', '2019-12-31', '2020-01-01', '2020-01-02',
    ]);
    expect(daysFromTo(d(2019, 2, 11), d(2019, 2, 11))).toEqual([d(2019, 2, 11)]);
    expect(daysFromTo(d(2019, 2, 15), d(2019, 2, 11))).toEqual([]);
  });
});

const validDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((x) => isRealDate(x.year, x.month, x.day));

describe('properties', () => {
  it('addDays(d, 1) is a real day after d, and daysFromTo(d, next) is [d, next]', () => {
    fc.assert(
      fc.property(validDate, (date) => {
        const next = addDays(date, 1);
        expect(isRealDate(next.year, next.month, next.day)).toBe(true);
        expect(compareDates(date, next)).toBeLessThan(0);
        expect(daysFromTo(date, next)).toEqual([date, next]);
        expect(addDays(next, -1)).toEqual(date);
      }),
    );
  });

  it('weekdays advance by one each day', () => {
    fc.assert(
      fc.property(validDate, (date) => {
        expect(isoWeekday(addDays(date, 1))).toBe((isoWeekday(date) % 7) + 1);
      }),
    );
  });

  it('agrees with the UTC calendar of Date', () => {
    fc.assert(
      fc.property(validDate, (date) => {
        const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
        expect(toIsoDate(date)).toBe(utc.toISOString().slice(0, 10));
        expect(isoWeekday(date)).toBe(utc.getUTCDay() === 0 ? 7 : utc.getUTCDay());
      }),
    );
  });
});
