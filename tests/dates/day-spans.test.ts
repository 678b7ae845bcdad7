/*
 * Day spans and lists of days as French programmes write them (the `ranges` class of
 * issues 11 and 12), read by the one date grammar whatever holds them: a dates cell, a
 * heading, a list item. Variants seen in real documents (taekwondo-bern `Octobre 25 - Nov
 * 3 2024`, epita-exams `Semaine du 27/05 et du 03/06`, a Swiss and a German page's `26.09.
 * – 03.11.2024`, a course plan's `28/10/24 – 01/11/24`, a week's `Semaine du 8-12 juillet
 * 2024`) and the ways other coordinators write the same thing.
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { readDatedLine } from '../../src/dates/dated-line.js';
import type { DateExpression } from '../../src/dates/types.js';

type M = [number, number, number?];

function shape(expression: DateExpression): { kind: DateExpression['kind']; days: M[] } {
  return { kind: expression.kind, days: expression.mentions.map((m): M => (m.year === undefined ? [m.day, m.month] : [m.day, m.month, m.year])) };
}

function cell(text: string): { kind: DateExpression['kind']; days: M[] } | string {
  const r = parseFrenchDate(text);
  return r.ok ? shape(r.value) : r.reason;
}

// nekozakx-apocalypse-echeancier-2012 (set 66), battlefight-calendrier-2026: a week across
// the end of a month with its first month left unwritten.
describe('a run whose first day is past its last, the month written once', () => {
  it.each<[string, M[]]>([
    ['Semaine du 30 au 5 Février', [[30, 1], [5, 2]]],
    ['du 27 au 4 Mars', [[27, 2], [4, 3]]],
    ['25 au 1er Mars 2026', [[25, 2, 2026], [1, 3, 2026]]],
    ['du 29 au 2 janvier 2013', [[29, 12, 2012], [2, 1, 2013]]],
  ])('%s starts in the month before', (text, days) => {
    expect(cell(text)).toEqual({ kind: 'range', days });
  });

  it.each<[string, M[]]>([
    ['15 au 11 avril', [[15, 4], [11, 4]]],
    ['25 au 10 mai', [[25, 5], [10, 5]]],
    // (review) No 31 June to start on, a dash's slip among Saturdays, no 29 February every year.
    ['du 31 au 2 juillet 2025', [[31, 7, 2025], [2, 7, 2025]]],
    ['22-2 mars', [[22, 3], [2, 3]]],
    ['du 29 au 1er mars', [[29, 3], [1, 3]]],
  ])('%s, more than a few days back, stays as written (reversed)', (text, days) => {
    expect(cell(text)).toEqual({ kind: 'range', days });
  });
});

describe('a run of days, every way it is written', () => {
  it.each<[string, DateExpression['kind'], M[]]>([
    ['du 8 au 13 août', 'range', [[8, 8], [13, 8]]],
    ['8 au 13 août 2015', 'range', [[8, 8, 2015], [13, 8, 2015]]],
    ['20 août au 22 août 2015', 'range', [[20, 8, 2015], [22, 8, 2015]]],
    ['du lundi 19 au vendredi 23 février 2024', 'range', [[19, 2, 2024], [23, 2, 2024]]],
    ['19-23 février', 'range', [[19, 2], [23, 2]]],
    ['19–23 février 2024', 'range', [[19, 2, 2024], [23, 2, 2024]]],
    ['19 → 23/02', 'range', [[19, 2], [23, 2]]],
    ['du 19/02 au 23/02/2024', 'range', [[19, 2, 2024], [23, 2, 2024]]],
    ['du 28 décembre 2024 au 3 janvier 2025', 'range', [[28, 12, 2024], [3, 1, 2025]]],
    ['2024-02-19 → 2024-02-23', 'range', [[19, 2, 2024], [23, 2, 2024]]],
    ['28/10/24 – 01/11/24', 'range', [[28, 10, 2024], [1, 11, 2024]]],
    ['lun. 19 – ven. 23 février', 'range', [[19, 2], [23, 2]]],
    ['Semaine du 8-12 juillet 2024', 'range', [[8, 7, 2024], [12, 7, 2024]]],
  ])('%s', (text, kind, days) => {
    expect(cell(text)).toEqual({ kind, days });
  });
});

describe('days and months glued by a dot, as one end of a run', () => {
  it.each<[string, M[]]>([
    ['25.10 – 03.11', [[25, 10], [3, 11]]],
    ['25.10-03.11', [[25, 10], [3, 11]]],
    ['du 19.02 au 23.02.2024', [[19, 2, 2024], [23, 2, 2024]]],
    ['26.09. – 03.11.2024', [[26, 9, 2024], [3, 11, 2024]]],
    ['28.10.2024 – 03.11.2024', [[28, 10, 2024], [3, 11, 2024]]],
  ])('%s', (text, days) => {
    expect(cell(text)).toEqual({ kind: 'range', days });
  });

  it('reads two dotted days joined by `et` as a set', () => {
    expect(cell('6.12 et 27.12')).toEqual({ kind: 'set', days: [[6, 12], [27, 12]] });
  });

  it.each(['19.30', '9.15 - 10.10', 'mars 19.30', '25.10'])('reads %s alone as no day: an hour or a decimal', (text) => {
    expect(cell(text)).toBe('unreadable');
  });

  it('does not take a version number before a dotted date for the start of a run', () => {
    const line = readDatedLine('Version 2.1 – 03.11.2025');
    expect(line?.expression.mentions.some((m) => m.day === 2 && m.month === 1)).not.toBe(true);
  });
});

describe('the month before the day, as some French calendars write it', () => {
  it.each<[string, DateExpression['kind'], M[]]>([
    ['Décembre 7', 'single', [[7, 12]]],
    ['Novembre 23', 'single', [[23, 11]]],
    ['Nov. 3', 'single', [[3, 11]]],
    ['juin 1er', 'single', [[1, 6]]],
    ['Octobre 25 - Nov 3 2024', 'range', [[25, 10, 2024], [3, 11, 2024]]],
    ['Samedi, Décembre 7', 'single', [[7, 12]]],
  ])('%s', (text, kind, days) => {
    expect(cell(text)).toEqual({ kind, days });
  });

  it.each(['mai 68', 'juin 12h', 'mars 14:30', 'Septembre 2024'])('%s names no day', (text) => {
    expect(cell(text)).not.toMatchObject({ kind: 'single' });
  });

  it('opens a list item with its title after it', () => {
    const line = readDatedLine('Octobre 25 - Nov 3 2024: 9th World Cup, Mar del Plata');
    expect(line && shape(line.expression)).toEqual({ kind: 'range', days: [[25, 10, 2024], [3, 11, 2024]] });
    expect(line?.title).toBe('9th World Cup, Mar del Plata');
  });
});

describe('a list of days', () => {
  it.each<[string, M[]]>([
    ['6/12 et 27/12', [[6, 12], [27, 12]]],
    ['19, 20 et 21 février', [[19, 2], [20, 2], [21, 2]]],
    ['les 3, 10 et 17 mars', [[3, 3], [10, 3], [17, 3]]],
    ['17 et 18 février', [[17, 2], [18, 2]]],
    ['29 & 30 mars', [[29, 3], [30, 3]]],
    ['2024-02-19/2024-02-23', [[19, 2, 2024], [23, 2, 2024]]],
  ])('%s', (text, days) => {
    expect(cell(text)).toEqual({ kind: 'set', days });
  });
});

describe('weeks named by their first day', () => {
  it('reads weeks written together, each opened by `du`', () => {
    const line = readDatedLine('Semaine du 27/05 et du 03/06');
    expect(line && shape(line.expression)).toEqual({ kind: 'set', days: [[27, 5], [3, 6]] });
    expect(line?.week).toBe(true);
  });

  it('reads one week so too', () => {
    expect(readDatedLine('Semaine du 11/03', { bareDayMonth: true })?.week).toBe(true);
    expect(readDatedLine('semaine du 20 octobre 2025 : CC1')?.week).toBe(true);
  });

  it('does not make weeks of days a run writes', () => {
    expect(readDatedLine('Semaine du 8 au 12 juillet')?.week).toBeUndefined();
  });
});
