/*
 * Forms read once held-out set 111 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// failloub5-csunvb-journal-2020: a team's log, one line each, stamped with its writer's initials and the day.
describe('lines that open with their whole date in round brackets, signed or not', () => {
  const log = [
    'Evénements importants:',
    '',
    '(AZI, 03.02.2020) Le projet débute, le sprint 1 est ouvert sur IceScrum.',
    '(AZI, 14.02.2020 & 17.02.2020) M.Carrel nous a informé par mail de 2 mises à jour.',
    '(AZI, 27.02.2020) Sprint review du sprint 1.',
    '',
  ];

  it('reads each line on its days', () => {
    expect(brief(log, 2020, 11)).toEqual(['3 2020-02-03', '4 2020-02-14 2020-02-17', '5 2020-02-27']);
  });

  it('reads a list item stamped so, with hours in the bracket, its title after it', () => {
    const items = ['- (12/03/2024) Réunion de suivi', '- (19/03/2024 14h-16h) Atelier', ''];
    expect(brief(items, 2024, 4)).toEqual(['1 2024-03-12', '2 2024-03-19 14:00-16:00']);
  });

  it('reads no day from a bracket that writes no year, or holds more than a date', () => {
    expect(brief(['(12 mars) Le projet débute.', '(19 mars) Sprint review.', '(26 mars) Sprint clos.', ''], 2020, 11)).toEqual([]);
    expect(brief(['(vu le 03.02.2020 en réunion) Le projet débute.', '(vu le 27.02.2020 en réunion) Sprint review.', ''], 2020, 11)).toEqual([]);
  });
});

// mathildech-ppe-journal-2022: a course journal, one heading with its year, two weeks named by a bare day after `du`.
describe('a journal of three headings, two of them a bare day after `du`', () => {
  const journal = ['# Journal de bord', '', '## Cours du 28/09/22', '', 'Prise en main de Git.', '', '## semaine du 10/10:', '', 'Brainstorm.', '', '## semaine du 17/10:', '', 'Recherche des urls.', ''];

  it('reads each week on its first day, in the year the first heading writes', () => {
    expect(brief(journal, 2022, 10)).toEqual(['3 2022-09-28', '7 2022-10-10', '11 2022-10-17']);
  });

  it('reads no bare day from three headings when one of them writes it without `du`', () => {
    const score = journal.map((line) => (line === '## semaine du 17/10:' ? '## Note 17/10' : line));
    expect(brief(score, 2022, 10)).toEqual(['3 2022-09-28']);
  });
});
