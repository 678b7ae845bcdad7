/*
 * Forms read once held-out set 81 was measured unseen and read (oisiflorus-point-etape-2019),
 * checked here on a short page, with the near form that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// oisiflorus-point-etape-2019: a team's weekend, each day a heading of its weekday and number
// (`## Samedi 26`) over a few sentences, then its slots under headings of their hours.
describe('days written as a weekday and a number over sentences, then slots under headings of their hours', () => {
  const page = (slots: string[]) => [
    '# Weekend point d’étape, janvier 2019',
    '',
    '## Vendredi 25',
    '',
    'Courses.',
    'Arrivée vers 19h. Soirée consacrée à satisfaire certains besoins fondamentaux (manger, dormir). *Perdons pas le nord.*',
    '',
    '## Samedi 26',
    '',
    ...slots,
    '',
  ];

  it('reads the days in the month they fit, and each slot on its day', () => {
    expect(brief(page(['### 11h-12h : Rétrospective', '', 'Beaucoup d’enthousiasme.', '', '### 15h-16h30 : Balade']), 2019, 2)).toEqual([
      '3 2019-01-25',
      '10 2019-01-26 11:00-12:00',
      '14 2019-01-26 15:00-16:30',
    ]);
  });

  it('leaves a diary’s days over sentences unread when no hour heads a slot (a post, not a plan)', () => {
    expect(brief(page(['Nous avons marché toute la journée, puis nous sommes rentrés.']), 2019, 2)).toEqual([]);
  });
});
