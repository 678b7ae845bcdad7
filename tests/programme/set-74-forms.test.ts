/*
 * Forms read once held-out set 74 was measured unseen and read (lypningeuh-materis-architecture-2025,
 * dannystocker-crm-reunions-2025, araule-ppe1-journal-2022, abelsilly-pollution-gantt-2023),
 * each checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// lypningeuh-materis-architecture-2025: a training's table gives each session's length beside its days.
describe('a length column beside a table’s days', () => {
  it('is how long each session lasts, no start time', () => {
    const page = ['| # | Thème | Durée | Dates | Tarif |', '|---|---|---|---|---|', '| 1 | Endométriose | 10h30 | 21-22 nov 2025 | 280€ |', '| 2 | Infertilité | 8h | 13-14 mars 2026 | 230€ |', ''];
    expect(brief(page, 2025, 10)).toEqual(['3 2025-11-21 2025-11-22', '4 2026-03-13 2026-03-14']);
  });

  it('leaves a start closing another cell as it was read', () => {
    const page = ['| Date | Séance | Lieu |', '|---|---|---|', '| 21 novembre 2025 | Endométriose | Salle B, 14h-18h |', ''];
    expect(brief(page, 2025, 10)).toEqual(['3 2025-11-21 14:00-18:00']);
  });
});

// dannystocker-crm-reunions-2025: each meeting a heading over its fields, one date with an aside.
describe('a date field with an aside in brackets', () => {
  it('dates the heading’s meeting', () => {
    const page = ['### Réunion 2 : Appels fournisseurs', '- **Quand :** Mercredi 12 novembre 2025 (check de mi-semaine)', '- **Participants :** Angélique', ''];
    expect(brief(page, 2025, 10)).toEqual(['1 2025-11-12']);
  });

  it('is no aside when it names a part of the day: the page’s agenda tells that day’s hours', () => {
    const page = ['### Introduction', '', 'Une demi-journée de rencontres.', '', ' - date: lundi 22 juin 2015 (après-midi)', ' - lieu: Maison de la simulation', '', '## Programme', '', ' - 13h30 - 14h00 : Accueil', ' - 14h00 - 15h00 : Atelier 1', ''];
    expect(brief(page, 2015, 7)).toEqual(['10 2015-06-22 13:30-14:00', '11 2015-06-22 14:00-15:00']);
  });
});

// araule-ppe1-journal-2022: a journal's short lists under each class, their items opening with bare days.
describe('bare days opening the items of a journal’s short lists', () => {
  const page = [
    '## séance 4 12/10',
    '- création du git',
    '',
    '#### après séance 4',
    '- 15/10 : TD2 git',
    '- 18/10 : avec Camille, 50 urls',
    '',
    '## séance 5 19/10',
    '- début des scripts',
    '',
    '## séance 7 16/11',
    '- apprentissage de html',
    '',
    '#### après séance 7',
    '- 21/11 : continuation du TD',
    '',
  ];

  it('are the days of those items, over the page’s lists together', () => {
    expect(brief(page, 2022, 12)).toEqual(['1 2022-10-12', '5 2022-10-15', '6 2022-10-18', '8 2022-10-19', '11 2022-11-16', '15 2022-11-21']);
  });

  it('stay text in one list of two such items alone', () => {
    const alone = ['# Notes', '', '- 1/2 : moitié du groupe', '- 3/4 : les trois quarts', ''];
    expect(brief(alone, 2022, 12)).toEqual([]);
  });
});

// abelsilly-pollution-gantt-2023 and infradon-yverdon-jalons-2026: a project's plan written as a Mermaid Gantt chart alone.
describe('a Mermaid Gantt chart alone on its page', () => {
  const chart = [
    '```mermaid',
    'gantt',
    'dateFormat YYYY-MM-DD',
    'title Diagramme de Gantt du projet',
    'section Réunion',
    'Réunion : crit, 2023-10-27, 1d',
    'Réunion : crit, 2023-10-20, 1d',
    'section Phases',
    'Modélisation : active, 2023-10-02, 5d',
    'Import : after a1, 3d',
    'section Rendu',
    'Présentation orale : 2023-12-15',
    '```',
    '',
  ];

  it('gives each dated task on its days, in no order to check', () => {
    expect(brief(chart, 2023, 12)).toEqual(['6 2023-10-27', '7 2023-10-20', '9 2023-10-02..2023-10-06 (5)', '12 2023-12-15']);
  });

  it('only draws again the days of a page that lists them', () => {
    const page = ['## Planning', '', '- 20/10/2023 : Réunion de lancement', '- 15/12/2023 : Présentation orale', '', ...chart];
    expect(brief(page, 2023, 12)).toEqual(['3 2023-10-20', '4 2023-12-15']);
  });
});
