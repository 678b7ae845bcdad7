/*
 * The English part of a French programme (`### Monday 24th June`, `Tuesday, June 25`),
 * written for foreign guests: full English weekday and month names, day first or month
 * first, with or without an ordinal and a year. English abbreviations are not read.
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { readDatedLine } from '../../src/dates/dated-line.js';

function day(text: string): [number, number, number | undefined, number | undefined] | string {
  const r = parseFrenchDate(text);
  if (!r.ok) return r.reason;
  if (r.value.mentions.length !== 1) return `${r.value.mentions.length} days`;
  const [m] = r.value.mentions;
  return [m!.day, m!.month, m!.year, m!.weekday];
}

describe('English dates in a French programme', () => {
  it.each<[string, ReturnType<typeof day>]>([
    ['Monday 24th June', [24, 6, undefined, 1]],
    ['Tuesday 25 June 2024', [25, 6, 2024, 2]],
    ['Wednesday, 26th June', [26, 6, undefined, 3]],
    ['1st July', [1, 7, undefined, undefined]],
    ['Friday 3rd May 2024', [3, 5, 2024, 5]],
    ['June 25', [25, 6, undefined, undefined]],
    ['Tuesday, June 25th, 2024', [25, 6, 2024, 2]],
    ['Thursday September 12 2024', [12, 9, 2024, 4]],
  ])('%s', (text, expected) => {
    expect(day(text)).toEqual(expected);
  });

  it('reads a range written with English months', () => {
    const r = parseFrenchDate('24 au 26 June 2024');
    expect(r.ok && r.value.mentions.map((m) => [m.day, m.month, m.year])).toEqual([
      [24, 6, 2024],
      [26, 6, 2024],
    ]);
  });

  it('reads an English day heading and keeps what follows as its title', () => {
    expect(readDatedLine('Monday 24th June (Same program for everyone)')).toMatchObject({ dateText: 'Monday 24th June', rest: 'Same program for everyone' });
    expect(readDatedLine('Tuesday, June 25: Advisory Board')).toMatchObject({ dateText: 'Tuesday, June 25', rest: 'Advisory Board' });
  });

  it('does not take an ordinal without a month, an hour or an abbreviation for a date', () => {
    expect(day('24th')).not.toEqual(expect.arrayContaining([24]));
    expect(readDatedLine('June 25h')).toBeUndefined();
    expect(readDatedLine('May the force be with you')).toBeUndefined();
    expect(readDatedLine('Mon 24 Jun')).toBeUndefined();
  });
});
