/*
 * Two weekdays joined before two days (`jeudi-vendredi 18-19 mars`): each weekday is the
 * day it stands beside, not the first weekday dropped and the second glued to the first
 * day. Shown by a research group's meeting page (gdr-igrv-journees-plenieres), where
 * `vendredi 18` was read and 18 March 2021, a Thursday, reported.
 */
import { describe, expect, it } from 'vitest';
import { extractDateFromHeading, parseFrenchDate } from '../../src/dates/french-dates.js';
import { check } from '../helpers/read.js';

const read = (text: string) => {
  const parsed = parseFrenchDate(text);
  return parsed.ok ? parsed.value.mentions.map((m) => [m.weekday, m.day, m.month]) : parsed.reason;
};

describe('two weekdays joined before two days', () => {
  it.each([
    ['jeudi-vendredi 18-19 mars', 'range', [[4, 18, 3], [5, 19, 3]]],
    ['Jeudi – Vendredi 18 – 19 mars', 'range', [[4, 18, 3], [5, 19, 3]]],
    ['samedi et dimanche 5 et 6 octobre', 'set', [[6, 5, 10], [7, 6, 10]]],
    ['samedi/dimanche 5/6 octobre', 'set', [[6, 5, 10], [7, 6, 10]]],
    ['lundi au mardi 3 au 4 juin', 'range', [[1, 3, 6], [2, 4, 6]]],
  ])('%s', (text, kind, mentions) => {
    const parsed = parseFrenchDate(text);
    expect(parsed.ok && parsed.value.kind).toBe(kind);
    expect(read(text)).toEqual(mentions);
  });

  it('is found in a sentence, as its first date', () => {
    const found = extractDateFromHeading('les journées GTMG ont lieu jeudi-vendredi 18-19 mars à Orsay');
    expect(found?.expression.mentions.map((m) => [m.weekday, m.day])).toEqual([[4, 18], [5, 19]]);
  });

  it('two weekdays before one day are not a pair', () => {
    expect(read('jeudi-vendredi 18 mars')).not.toEqual([[4, 18, 3], [5, 18, 3]]);
  });

  it('a dated list item with a weekday pair is checked day by day: fitting, then both a day late', () => {
    const text = '# Journées 2021\n\n* mardi 16 mars : journée A\n* jeudi-vendredi 18-19 mars : journées B\n';
    expect(check(text).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const wrong = check(text.replace('jeudi-vendredi 18-19', 'vendredi-samedi 18-19')).diagnostics.filter((d) => d.rule === 'weekday-mismatch');
    // Both weekdays are a day late: each is reported.
    expect(wrong.map((d) => d.line)).toEqual([4, 4]);
  });
});
