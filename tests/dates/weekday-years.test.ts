import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../src/dates/plain-date.js';
import { yearsWhereWeekdaysFit } from '../../src/dates/weekday-years.js';

describe('the year the written weekdays point to', () => {
  it('lists every year around the reference in which the weekdays fit', () => {
    const fit = yearsWhereWeekdaysFit([{ day: 15, month: 1, weekday: 4 }, { day: 2, month: 2, weekday: 1 }], 2026);
    expect(fit.years).toEqual([1998, 2004, 2009, 2015, 2026, 2032, 2037, 2043, 2054]);
    expect(fit.year).toBe(2026);
    expect(fit.weekdayMentions).toBe(2);
  });

  it('takes the fitting year closest to the last commit when two or more rows name weekdays', () => {
    // `Jeu 15 Janv`, `Lun 02 Fév` in a file last committed in 2024: 2026 is 2 years away, 2015 nine.
    expect(yearsWhereWeekdaysFit([{ day: 15, month: 1, weekday: 4 }, { day: 2, month: 2, weekday: 1 }], 2024).year).toBe(2026);
    // A week of `Lundi 21 septembre` ... `Vendredi 25 septembre` committed in 2021: 2020.
    expect(yearsWhereWeekdaysFit([{ day: 21, month: 9, weekday: 1 }, { day: 25, month: 9, weekday: 5 }], 2021).year).toBe(2020);
  });

  it('ignores the rows that name no weekday', () => {
    const fit = yearsWhereWeekdaysFit([{ day: 21, month: 9, weekday: 1 }, { day: 22, month: 9 }, { day: 25, month: 9, weekday: 5 }], 2021);
    expect(fit).toMatchObject({ year: 2020, weekdayMentions: 2 });
  });

  it('trusts a lone weekday only when it leaves one year within five of the reference', () => {
    // Lundi 9 mars: 2020 and 2026 fit; from 2026 only 2026 is within five years.
    expect(yearsWhereWeekdaysFit([{ day: 9, month: 3, weekday: 1 }], 2026).year).toBe(2026);
    // Lundi 21 septembre from 2020: 2015 and 2020 both within five years, so no pick.
    const fit = yearsWhereWeekdaysFit([{ day: 21, month: 9, weekday: 1 }], 2020);
    expect(fit.years).toContain(2020);
    expect(fit.year).toBeUndefined();
  });

  it('picks nothing when two fitting years are equally close', () => {
    // 2009 and 2015 both fit and both are three years from 2012.
    expect(yearsWhereWeekdaysFit([{ day: 15, month: 1, weekday: 4 }, { day: 2, month: 2, weekday: 1 }], 2012).year).toBeUndefined();
  });

  it('finds no year for weekdays that contradict each other or an impossible day', () => {
    expect(yearsWhereWeekdaysFit([{ day: 15, month: 1, weekday: 4 }, { day: 16, month: 1, weekday: 4 }], 2026)).toEqual({ years: [], weekdayMentions: 2 });
    expect(yearsWhereWeekdaysFit([{ day: 30, month: 2, weekday: 1 }, { day: 2, month: 3, weekday: 1 }], 2026).years).toEqual([]);
  });

  it('reads 29 February only in leap years', () => {
    expect(yearsWhereWeekdaysFit([{ day: 29, month: 2, weekday: 4 }], 2026)).toMatchObject({ years: [2024, 2052], year: 2024 });
  });

  it('says nothing without weekdays', () => {
    expect(yearsWhereWeekdaysFit([{ day: 15, month: 1 }], 2026)).toEqual({ years: [], weekdayMentions: 0 });
    expect(yearsWhereWeekdaysFit([], 2026)).toEqual({ years: [], weekdayMentions: 0 });
  });

  it('checks a September-to-June list in the year each row falls in', () => {
    // Lundi 22 septembre 2025, lundi 17 novembre 2025, jeudi 15 janvier 2026, lundi 26 janvier 2026.
    const list = [
      { day: 22, month: 9, weekday: 1, yearOffset: 0 },
      { day: 17, month: 11, weekday: 1, yearOffset: 0 },
      { day: 15, month: 1, weekday: 4, yearOffset: 1 },
      { day: 26, month: 1, weekday: 1, yearOffset: 1 },
    ];
    expect(yearsWhereWeekdaysFit(list, 2026)).toMatchObject({ year: 2025, weekdayMentions: 4 });
  });

  it('takes the year most weekdays fit when a few are mistyped, and says how many do not', () => {
    // Mardi/jeudi of February and March 2025, with `Jeudi 7 mars` (a Friday) mistyped.
    const list = [
      { day: 4, month: 2, weekday: 2 }, { day: 6, month: 2, weekday: 4 }, { day: 11, month: 2, weekday: 2 },
      { day: 13, month: 2, weekday: 4 }, { day: 4, month: 3, weekday: 2 }, { day: 7, month: 3, weekday: 4 },
    ];
    expect(yearsWhereWeekdaysFit(list, 2025)).toMatchObject({ years: [], year: 2025, misfits: 1 });
  });

  it('takes no year from weekdays that mostly disagree, or from too few of them', () => {
    const few = [{ day: 4, month: 2, weekday: 2 }, { day: 6, month: 2, weekday: 4 }, { day: 7, month: 3, weekday: 4 }];
    expect(yearsWhereWeekdaysFit(few, 2025).year).toBeUndefined();
    const split = [
      { day: 4, month: 2, weekday: 2 }, { day: 6, month: 2, weekday: 4 },
      { day: 4, month: 2, weekday: 1 }, { day: 6, month: 2, weekday: 3 },
    ];
    expect(yearsWhereWeekdaysFit(split, 2025).year).toBeUndefined();
  });

  it('finds the year back from the weekdays of any week in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 21 }), fc.integer({ min: -2, max: 2 }), (year, month, day, offset) => {
        const week = [0, 2, 4].map((k) => ({ day: day + k, month, weekday: isoWeekday({ year, month, day: day + k }) }));
        const fit = yearsWhereWeekdaysFit(week, year + offset);
        expect(fit.years).toContain(year);
        // No other year with the same weekdays can be within two years: the closest is the year itself.
        expect(fit.year).toBe(year);
      }),
    );
  });
});
