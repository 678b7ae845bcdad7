import { describe, expect, it } from 'vitest';
import { easterSunday, feastDay } from '../../src/dates/feast-days.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const day = (text: string) => {
  const found = feastDay(text);
  return found ? `${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}` : undefined;
};

describe('the day a feast and its year name', () => {
  it.each([
    ['Toussaint 2014', '2014-11-01'],
    ['La Toussaint 2014', '2014-11-01'],
    ['Fête de la Toussaint 2014', '2014-11-01'],
    ['Noël 2019', '2019-12-25'],
    ["Assomption 2023", '2023-08-15'],
    ['Fête de la musique 2023', '2023-06-21'],
    ['Pâques 2024', '2024-03-31'],
    ['Ascension 2025', '2025-05-29'],
    ['Pentecôte 2025', '2025-06-08'],
    ['Lundi de Pentecôte 2025', '2025-06-09'],
  ])('%s is %s', (text, iso) => {
    expect(day(text)).toBe(iso);
  });

  it.each([['Multi-activités - Toussaint 2020'], ['Stage de Pâques 2024'], ['Toussaint'], ['Épiphanie 2011'], ['Programme 2024']])('%s names no day', (text) => {
    expect(day(text)).toBeUndefined();
  });

  it('counts Easter as the calendars do', () => {
    expect([2000, 2008, 2019, 2038].map(easterSunday)).toEqual([{ month: 4, day: 23 }, { month: 3, day: 23 }, { month: 4, day: 21 }, { month: 4, day: 25 }]);
  });

  it('dates a post titled by the feast: its timed items are on that day', () => {
    const text = ['---', 'title: Toussaint 2014', 'date: 2014-10-31 16:32:33+00:00', '---', '', 'Les messes proposées pour la fête de la Toussaint :', '', '* **10h30** - Église de Queuleu', '* **11h** - Église St Pierre de Borny', '* **18h30** : Notre-Dame', ''].join('\n');
    const sessions = check(text).programme.sessions.map(sessionToJson).filter((s) => s.times.length > 0);
    expect(sessions.map((s) => `${s.days.join(',')} ${s.times[0]!.start}`)).toEqual(['2014-11-01 10:30', '2014-11-01 11:00', '2014-11-01 18:30']);
  });
});
