/*
 * Forms read once held-out set 116 was measured unseen and read (tests/fixtures/real/INDEX.md,
 * set 116), each checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// nguyejus-stage-info4-journal-2022: an internship journal's week recaps after the week's days.
describe('a journal’s recap of the days it logged', () => {
  const day = (date: string, what: string) => [`# ${date}: ${what}`, '1. Travail du jour', ''];
  const journal = [
    ...day('09/05/22', '1er jour de stage'),
    ...day('10/05/22', '2ème jour de stage'),
    ...day('11/05/22', '3ème jour de stage'),
    '# Bilan de la semaine du 09/05/22 au 11/05/22:',
    'Dune permettrait de régler la plupart de mes problèmes.',
    '',
    ...day('16/05/22', '2ème semaine jour 1'),
  ];

  it('is no session and no step back in the order of the entries', () => {
    expect(brief(journal, 2022, 9)).toEqual(['1 2022-05-09', '4 2022-05-10', '7 2022-05-11', '13 2022-05-16']);
    expect(briefProblems(journal, { year: 2022, month: 9, day: 1 })).toEqual([]);
  });

  it('stays a session when it names no recap, or holds no day logged before it', () => {
    const week = [...day('09/05/22', '1er jour'), ...day('10/05/22', '2ème jour'), '# Semaine du 09/05/22 au 13/05/22 : séminaire', ''];
    expect(brief(week, 2022, 9)).toContain('7 2022-05-09..2022-05-13 (5)');
    const ahead = ['# Bilan de la semaine du 02/05/22 au 06/05/22:', 'Rédaction.', '', ...day('09/05/22', 'stage')];
    expect(brief(ahead, 2022, 9)).toEqual(['1 2022-05-02..2022-05-06 (5)', '4 2022-05-09']);
  });
});

// samlacombe-mastermind-echeancier-2025, dansnts-tb-planification-2026, philotg-orientation-parcoursup-2024:
// a day not set yet, written as question marks in its place or as one month or the next.
describe('a date cell whose day is not set yet', () => {
  it('is told as such, not as a date that cannot be read', () => {
    const table = ['| Date | Séance |', '|---|---|', '| 3 Novembre 2025 | Remettre le projet |', '| ? Octobre/Novembre 2025 | Présenter le projet |', '| Août–Sept 2026 | Soutenance |', ''];
    expect(briefProblems(table, { year: 2025, month: 11, day: 1 })).toEqual([]);
    expect(brief(table, 2025, 11)).toEqual(['3 2025-11-03', '4 ', '5 ']);
  });

  it('still reports a date written wrong', () => {
    const table = ['| Date | Séance |', '|---|---|', '| 3 Novembre 2025 | Remettre le projet |', '| 31 Novembre 2025 | Présenter le projet |', ''];
    expect(briefProblems(table, { year: 2025, month: 11, day: 1 })).toEqual(['4 invalid-date']);
  });
});

// hl2-mtom-workshops-2018: a fair's talks, each a line closing with its day and hour, over the list of its speakers.
describe('talks that close with their day and hour, each over its speakers', () => {
  it('are sessions titled by their words', () => {
    const page = [
      '## Workshops',
      '',
      'Le Edge computing au service de la maintenance prédictive, le 21 mars 2018 à 11h',
      '',
      '- Didier Longueville, CTO',
      '',
      "L'IIOT : du projet aux pilotes, le 22 mars 2018 à 11h, salle Rhône 3",
      '',
      '- Frédéric Guillou, chef de projet',
      '',
    ];
    expect(brief(page, 2019, 2)).toEqual(['3 2018-03-21 11:00-', '7 2018-03-22 11:00-']);
    expect(readSessions(page, 2019, 2).map((session) => session.title)).toEqual(['Le Edge computing au service de la maintenance prédictive', "L'IIOT : du projet aux pilotes"]);
  });

  it('stay prose under a heading of news', () => {
    const news = ['## Actualités', '', 'Le local a fermé pour travaux, le 21 mars 2018', '', '- Merci de votre patience', '', 'Le local a rouvert, le 22 mars 2018', ''];
    expect(brief(news, 2019, 2)).toEqual([]);
  });
});
