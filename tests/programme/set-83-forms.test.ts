/*
 * Forms read once held-out set 83 was measured unseen and read (blunier-isl-geneve-2023,
 * blunier-semantique-formelle-2025), checked here on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// A Swiss teacher's course pages: a table under an empty header whose first column writes
// padded dotted days (`27.09`, `04.10`), each row a class with its material's links.
describe('padded dotted days down a column under no header', () => {
  const page = (days: string[], title = (n: number) => `TP ${n}: Grammaire`) => [
    '## Programme',
    '',
    '|   |                  |  |  |',
    '|---|------------------|--|--|',
    ...days.map((day, index) => `| ${day} | ${title(index + 1)} | [Exercices](./ex${index + 1}.pdf) | [Corrigé](./corr${index + 1}.pdf) |`),
    '',
  ];

  it('are the days of a term’s classes, their material beside them', () => {
    expect(brief(page(['27.09', '04.10', '11.10']), 2023, 9)).toEqual(['5 2023-09-27', '6 2023-10-04', '7 2023-10-11']);
  });

  it('name a class through a link titled as a numbered session', () => {
    expect(brief(page(['21.01', '28.01', '04.02'], (n) => `[Cours ${n}: Introduction](./cours${n}.pdf)`), 2025, 1)).toEqual(['5 2025-01-21', '6 2025-01-28', '7 2025-02-04']);
  });

  it('stay unread when they do not run forward, as versions or prices may not', () => {
    expect(brief(page(['27.09', '04.10', '01.02', '11.10', '03.01']), 2023, 9)).toEqual([]);
  });
});
