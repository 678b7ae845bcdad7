/*
 * A term's calendar laid out in parts side by side, its header repeating the same group of
 * columns (`|date||date||date||date||`), as lamartin-colles-mpi-2025 lays out its weeks of
 * oral exams: a reader reads each part down, then the next.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

describe('a calendar laid out in parts side by side under a repeated header', () => {
  const page = (header: string) => [
    '## Les programmes de colle',
    '',
    header,
    '| - | - | - | - |',
    '| 15 septembre 2025 | [1](./colle_1.pdf) | 3 novembre 2025 | [6](./colle_6.pdf) |',
    '| 22 septembre 2025 | [2](./colle_2.pdf) | 10 novembre 2025 | |',
    '| 29 septembre 2025 | [3](./colle_3.pdf) | | |',
    '',
  ];

  it('gives each dated cell of each part its session', () => {
    expect(brief(page('| date | | date | |'), 2025, 9)).toEqual(['5 2025-09-15', '6 2025-09-22', '7 2025-09-29', '5 2025-11-03', '6 2025-11-10']);
  });

  it('leaves a table whose header does not repeat (a date, then a hand-in date) as it was: not a schedule', () => {
    expect(brief(page('| date | | rendu | |'), 2025, 9)).toEqual([]);
  });
});
