import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, WEEKDAY_NAMES, monthFromWord, weekdayFromWord } from '../../src/dates/french-months.js';
import { normaliseText } from '../../src/dates/normalise-text.js';

describe('month words', () => {
  it.each([
    ['janvier', 1], ['janv', 1], ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2], ['fév', 2],
    ['mars', 3], ['avr', 4], ['avril', 4], ['mai', 5], ['juin', 6], ['juil', 7], ['juillet', 7],
    ['août', 8], ['aout', 8], ['sept', 9], ['Septembre', 9], ['oct', 10], ['nov', 10 + 1], ['déc', 12], ['dec', 12],
  ])('%s is month %i', (word, month) => {
    expect(monthFromWord(normaliseText(word))).toBe(month);
  });

  it('does not take weekday abbreviations for months, nor the reverse', () => {
    expect(monthFromWord('mar')).toBeUndefined();
    expect(weekdayFromWord('mars')).toBeUndefined();
    expect(monthFromWord('mi')).toBeUndefined();
  });
});

describe('weekday words', () => {
  it.each([
    ['lundi', 1], ['lun', 1], ['mardi', 2], ['mar', 2], ['mercredi', 3], ['mer', 3], ['jeudi', 4], ['jeu', 4],
    ['vendredi', 5], ['ven', 5], ['samedi', 6], ['sam', 6], ['dimanche', 7], ['dim', 7],
  ])('%s is weekday %i', (word, weekday) => {
    expect(weekdayFromWord(word)).toBe(weekday);
  });
});

describe('the one list of names', () => {
  it('reads back every month and weekday name it writes', () => {
    expect(MONTH_NAMES.map((name) => monthFromWord(normaliseText(name)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(WEEKDAY_NAMES.map((name) => weekdayFromWord(normaliseText(name)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
