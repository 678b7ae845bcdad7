/*
 * A course log kept in Org-mode and published as markdown: each `* Cours NN <2020-09-29>`
 * is a lecture on the day of its Org timestamp, what was covered written on the lines below.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('an Org-mode course log', () => {
  it('reads each entry on the day of its timestamp, with or without its weekday and hours', () => {
    const log = [
      '#+TITLE: Programmation synchrone 2020/2021',
      '',
      '* Cours 01 <2020-09-29>',
      '  Cette séance a traité des notes de cours.',
      '* Cours 02 <2020-10-06 mar.>',
      '  On a commencé par revenir sur les horloges, mémoires ~last~ comprises.',
      '* Cours 03 <2020-10-13 Tue 10:30-12:30>',
      '  On a couvert les tableaux.',
      '',
    ].join('\n');
    expect(sessionRows(log).map(([line, day, hours]) => [line, day, hours])).toEqual([
      [3, '2020-09-29', ''],
      [5, '2020-10-06', ''],
      [7, '2020-10-13', '10:30-12:30'],
    ]);
  });

  it('keeps a word struck in the description from cancelling the entry', async () => {
    const { check } = await import('../helpers/read.js');
    const log = ['* Cours 04 <2020-10-20 mar.>', '  On a détaillé les automates (mémoires ~last~).', '* Cours 05 <2020-10-27 mar.>', '  Les tableaux.', ''].join('\n');
    expect(check(log).programme.sessions.map((session) => session.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('reads a bare ISO date in square brackets, as a list item or an inactive Org stamp opens with it', () => {
    // fablabgueret-ateliers-2016: `- [2020-01-14] Prise en main Git`.
    const workshops = ['# Ateliers', '', '- [2020-01-14] Prise en main Git', '- [2020-01-21] Formation Blender', '', '* Cours 01 [2020-09-29]', ''].join('\n');
    expect(sessionRows(workshops).map(([line, day]) => [line, day])).toEqual([
      [3, '2020-01-14'],
      [4, '2020-01-21'],
      [6, '2020-09-29'],
    ]);
  });
});
