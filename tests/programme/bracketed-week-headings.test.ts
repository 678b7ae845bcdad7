/*
 * A course's headings that each name a week by its first day in brackets after the course's
 * number (`#### Cours 2 (semaine du 14/9) :`), as harmonysd-pf5-ocaml-2020 writes its weeks
 * of online material: each is that week, read as `## Semaine du 14 septembre` is.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

describe('headings that close with the week they name by its first day, in brackets', () => {
  const page = (inside: (day: string) => string) =>
    ['# PF5', '', ...['14/9', '21/9', '28/9', '5/10'].flatMap((day, n) => [`#### Cours ${n + 1} (${inside(day)}) :`, '  - texte', ''])];

  // Each read as its week's working days until set 92 was read; a course plan's week is now
  // the day written, as its readers date it (tests/fixtures/real/README.md).
  it('reads each heading as its week, as `Semaine du 14 septembre` is read: the day written', () => {
    expect(brief(page((day) => `semaine du ${day}`), 2020, 9)).toEqual(['3 2020-09-14', '6 2020-09-21', '9 2020-09-28', '12 2020-10-05']);
  });

  it('still reads a bare day in brackets as that day', () => {
    expect(brief(page((day) => day), 2020, 9)).toEqual(['3 2020-09-14', '6 2020-09-21', '9 2020-09-28', '12 2020-10-05']);
  });

  it('leaves other words before the day in brackets unread (`rendu du 14/9`)', () => {
    expect(brief(page((day) => `rendu du ${day}`), 2020, 9)).toEqual([]);
  });
});
