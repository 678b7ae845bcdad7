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
    // Found by review: a period's review is an event of its own, and a recap's own slot keeps its days.
    const review = [...day('15/05/23', 'cours'), ...day('16/05/23', 'cours'), '# Bilan de mi-parcours du 15/05/23 au 19/05/23', ''];
    expect(brief(review, 2023, 6)).toContain('7 2023-05-15..2023-05-19 (5)');
    const slot = [...day('09/05/22', '1er jour'), ...day('10/05/22', '2ème jour'), '# Bilan de la semaine du 09/05/22 au 13/05/22', '', '16h : entretien avec ma tutrice', ''];
    expect(brief(slot, 2022, 9).at(-1)).toBe('9 2022-05-09..2022-05-13 (5) 16:00-');
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

  it('still reports a date written wrong, or a period written as two months apart', () => {
    const table = ['| Date | Séance |', '|---|---|', '| 3 Novembre 2025 | Remettre le projet |', '| 31 Novembre 2025 | Présenter le projet |', '| Octobre - Décembre 2025 | Cours hebdomadaires |', ''];
    expect(briefProblems(table, { year: 2025, month: 11, day: 1 })).toEqual(['4 invalid-date', '5 unreadable-date']);
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

  it('stay prose under a heading of news, or when a sentence closes with its day and no hour', () => {
    const news = ['## Actualités', '', 'Le local a fermé pour travaux, le 21 mars 2018', '', '- Merci de votre patience', '', 'Le local a rouvert, le 22 mars 2018', ''];
    expect(brief(news, 2019, 2)).toEqual([]);
    // Found by review: sentences of an agenda page that close with `, le 4 mars`, and one told in the past with its hour.
    const agenda = ['## Agenda', '', 'Le maire a signé la convention avec la région, le 4 mars.', '', 'La commission a rendu son avis, le 6 mars, à l’unanimité.', '', 'Nous avons accueilli l’équipe de Lyon, le 8 mars à 18h, au gymnase.', ''];
    expect(brief(agenda, 2025, 2)).toEqual([]);
  });
});
