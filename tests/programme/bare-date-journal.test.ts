/*
 * A project's journal of meetings written as paragraphs that each open with a bare day and
 * month (`08/03 : Premier contact…`), as a student team's reunions.md writes it
 * (colinmatthieu/projet-info-1a, held-out set 13).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

describe('a journal of meetings, one paragraph each opening with a bare day and month (colinmatthieu/projet-info-1a)', () => {
  const journal = ['08/03 : Premier contact avec Adrien, explication des projets.', '', '13/04 : Visite des labos, visualisation des puces.', '', '13/06 : Réunion aux Mines avec Adrien.', ''];

  it('reads each paragraph as that day, in the year of the commit', () => {
    const report = check(journal.join('\n'), { language: 'fr', committed: { year: 2023, month: 7, day: 1 } });
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' ')])).toEqual([
      [1, '2023-03-08'],
      [3, '2023-04-13'],
      [5, '2023-06-13'],
    ]);
  });

  it('reads nothing from two such paragraphs only: a score or a fraction may open a line', () => {
    expect(check(journal.slice(0, 4).join('\n'), { language: 'fr', committed: { year: 2023, month: 7, day: 1 } }).programme.sessions).toEqual([]);
  });
});
