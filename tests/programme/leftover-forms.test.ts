/*
 * Forms left by the review of set 56's rules and by its read half's misses, checked on a
 * short page with the near forms that must stay as they were: a slot's hours opening an
 * item whose day closes it, hours inside a log entry's brackets, and a course page that
 * announces its meetings in sentences with their hours.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const committed = { year: 2024, month: 10, day: 1 };
const brief = (lines: string[], when = committed) => briefSessions(lines, when).map((line) => line.replace(/\s+/g, ' '));

describe('an item whose hours open it and whose day closes it', () => {
  it('`- 14-16h : permanence le mercredi 13 novembre` is a slot on that day, titled by what is left', () => {
    expect(brief(['# Permanences', '', '- 14-16h : permanence le mercredi 13 novembre', '- 10h-12h : atelier le jeudi 14 novembre', ''])).toEqual([
      '3 2024-11-13 14:00-16:00 permanence',
      '4 2024-11-14 10:00-12:00 atelier',
    ]);
  });

  it('a length before the day is no slot (`3h de travail le mercredi 13 novembre`)', () => {
    const read = brief(['# Travail', '', '- 3h de travail le mercredi 13 novembre', '- 2h de lecture le jeudi 14 novembre', '']);
    expect(read.every((line) => !/\d\d:\d\d/.test(line))).toBe(true);
  });
});

describe('a log entry with its hours inside the brackets of its date', () => {
  it('`Python 1 (jeudi 18 janvier 2024, 14h-16h) :` gives the day and the hours', () => {
    expect(
      brief(['# Journal', '', '* Python 1 (jeudi 18 janvier 2024, 14h-16h) : on a vu les listes', '* Python 2 (jeudi 25 janvier 2024, 14h-16h) : on a vu les boucles', '']),
    ).toEqual(['3 2024-01-18 14:00-16:00 Python 1', '4 2024-01-25 14:00-16:00 Python 2']);
  });

  it('a hand-in in brackets stays a due date, hours or not (`DM 1 (jeudi 18 janvier 2024, 18h) :`)', () => {
    expect(brief(['# Devoirs', '', '* DM 1 (jeudi 18 janvier 2024, 18h) : les listes', '* DM 2 (jeudi 25 janvier 2024, 18h) : les boucles', ''])).toEqual([]);
  });
});

describe('a course page that announces its meetings in sentences', () => {
  const when = { year: 2020, month: 8, day: 1 };

  it('two sentences, each a meeting with its hours, are the page’s sessions', () => {
    expect(
      brief(['# Cours', '', 'Le premier cours a lieu lundi 07 septembre, 10h-12h, en salle B12. Le second cours a lieu mardi 08 septembre, 14h-16h.', ''], when),
    ).toEqual(['3 2020-09-07 10:00-12:00 Le premier cours a lieu lundi 07 septembre, 10h-12h, en salle B12', '3 2020-09-08 14:00-16:00 Le second cours a lieu mardi 08 septembre, 14h-16h']);
  });

  it('one meeting said twice, in the text and on its poster, is no programme in prose', () => {
    expect(
      brief(['# Appel', '', 'Nous soutenons l’appel à cette réunion lundi 2 décembre de 9h à 12h, au 8 impasse Crozatier.', '', 'REUNION LE 02 DECEMBRE de 9H00 A 12H00 GARE DE LYON', ''], { year: 2019, month: 11, day: 20 }),
    ).toEqual([]);
  });

  it('one timed sentence in a story stays a story', () => {
    expect(brief(['# Notre club', '', 'Le club a été fondé en 2010. La prochaine séance a lieu lundi 07 septembre, 10h-12h.', ''], when)).toEqual([]);
  });
});
