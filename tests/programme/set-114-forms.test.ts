/*
 * Forms read once held-out set 114 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// lbelzile-multi-plan-cours-2022: a course plan's `# Évaluations` over its final exam, then
// the assignments' hand-in days, a sentence below giving their closing time.
describe('a course plan’s graded work under a heading that names it in the plural', () => {
  const plan = [
    '# Évaluations',
    '',
    'Votre note finale sera basée sur les évaluations suivantes',
    '',
    '- Examen final (50%): le jeudi 15 décembre de 18h30 à 21h30',
    '- Devoirs (50%): il y a six devoirs, qui sont équipondérés (10%).',
    '',
    '**Dates de remise:**',
    '',
    '- Devoir 1 (individuel), date limite le dimanche 25 septembre',
    '- Devoir 2 (individuel), date limite le mercredi 5 octobre',
  ];

  it('puts the exam on its own line, and gives its hours to no hand-in', () => {
    expect(brief(plan, 2022, 11)).toEqual(['5 2022-12-15 18:30-21:30', '10 2022-09-25', '11 2022-10-05']);
  });

  it('still dates a heading that names one event by the one dated item below it', () => {
    expect(brief(['### Examen final', '', '- Salle B12', '- Date : le jeudi 15 décembre de 18h30 à 21h30'], 2022, 11)).toEqual(['1 2022-12-15 18:30-21:30']);
  });

  it('still gives a list of days the one range its section tells when no date stands beside it', () => {
    const section = ['## La formule intensive', '', 'Les séances durent de 9h00 à 17h00.', '', '- Lundi 3 octobre 2022', '- Mardi 4 octobre 2022'];
    expect(brief(section, 2022, 9)).toEqual(['5 2022-10-03 09:00-17:00', '6 2022-10-04 09:00-17:00']);
  });
});
