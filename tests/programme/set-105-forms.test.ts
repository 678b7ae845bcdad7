/*
 * Forms read once held-out set 105 was measured unseen and read
 * (aurelberra-cv-colloques-2018, ziadlamia-recherche-2025), each checked on a short page,
 * with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// aurelberra-cv-colloques-2018: a CV's talks, the day between commas after the talk's title.
describe('a CV’s list of talks, each day with its year between commas', () => {
  const items = [
    '* <span style="color:grey">2015</span> [THATCamp Paris 2015](https://t.fr/), 09-11.06.2015, Institut national d’histoire de l’art, Paris',
    '* "Séries de problèmes lettrés et ludiques", journée d’étude, 28.05.2015, Centre Alexandre-Koyré, Paris',
    '* <span style="color:grey">2013-2014</span> "Digital Humanities", séminaire organisé avec Marin Dacos, 9 séances, EHESS',
    '* <span style="color:grey">2008</span> "L’ainos archaïque", séminaire de Christian Jacob, 08.02 et 04.04.2008, Centre Louis-Gernet',
    '* "Lycophron diseur d’énigmes", colloque "Lycophron : éclats d’obscurité", 18.01.2007, ENS, Lyon',
  ];
  const page = (...headings: string[]) => ['# CV', '', ...headings.flatMap((heading) => [heading, '']), ...items, ''].join('\n').split('\n');

  it('is a session on each talk’s days, titled by what comes before them', () => {
    const lines = page('### Colloques, journées d’étude et séminaires', '#### Organisation');
    expect(brief(lines, 2018, 8)).toEqual(['7 2015-06-09 2015-06-10 2015-06-11', '8 2015-05-28', '10 2008-02-08 2008-04-04', '11 2007-01-18']);
    // The grey label of the year its items fall in is no part of the first one's title.
    expect(readSessions(lines, 2018, 8)[0]!.title).toBe('THATCamp Paris 2015');
  });

  it('is read under a heading of talks given too', () => {
    expect(brief(page('## Interventions sur invitation'), 2018, 8)).toHaveLength(4);
  });

  it('is no programme under a heading of publications, nor under any other heading', () => {
    expect(brief(page('## Publications', '### Actes de colloques'), 2018, 8)).toEqual([]);
    expect(brief(page('## Parcours'), 2018, 8)).toEqual([]);
  });

  it('leaves a talk whose line spans more than a week, a job’s or a project’s', () => {
    const lines = ['## Communications', '', '* "Un", colloque, 18.01.2007, ENS', '* "Deux", atelier, 12.03.2008, Lyon', '* "Trois", séminaire, 14.05.2009, Paris', '* Post-doctorat, 01.09.2019-31.08.2020, EHESS', ''];
    expect(brief(lines, 2020, 9)).toEqual(['3 2007-01-18', '4 2008-03-12', '5 2009-05-14']);
  });
});

// ziadlamia-recherche-2025: a researcher's talks and events as cards of a few lines.
describe('talks written as cards of lines, the day and place on one line', () => {
  const cards = [
    '**ZIAD Lamia, O. Oubbih**, "A Nonlocal Model For Image Restoration"  ',
    '*6th Workshop on Mathematics, Computer Science, and Modeling of Complex Systems*  ',
    '9 et 10 Juillet, 2024 - Essaouira, Maroc',
    '',
    '**ZIAD Lamia**, "Nonlocal p(X)-Laplacian for Multiplicative Noise"  ',
    '*4th International Conference ICRAMCS*  ',
    '24-26 Mars, 2022 - Casablanca, Maroc',
    '',
  ];

  it('is a session on the card’s days, at its first line, titled by the lines above the day', () => {
    const lines = ['# 🎤 Communications scientifiques', '', ...cards];
    expect(brief(lines, 2025, 6)).toEqual(['3 2024-07-09 2024-07-10', '7 2022-03-24 2022-03-25 2022-03-26']);
    expect(readSessions(lines, 2025, 6)[1]!.title).toBe('ZIAD Lamia, "Nonlocal p(X)-Laplacian for Multiplicative Noise" — 4th International Conference ICRAMCS');
  });

  it('is read under a heading of events organised', () => {
    const lines = ['# Organisation de manifestations scientifiques', '', '**Membre du comité d’organisation**  ', '*7ème Workshop Mathématiques*  ', '21 Février 2025, EST Essaouira, Maroc', ''];
    expect(brief(lines, 2025, 6)).toEqual(['3 2025-02-21']);
  });

  it('is no session under a heading of publications, or when the card names a deadline', () => {
    expect(brief(['# Publications', '', ...cards], 2025, 6)).toEqual([]);
    const call = ['# Communications', '', '**Appel à communications**  ', '*Date limite de soumission*  ', '15 Mars 2025 - en ligne', ''];
    expect(brief(call, 2025, 6)).toEqual([]);
  });
});

// ziadlamia-recherche-2025: `9 et 10 Juillet, 2024`, the year set apart by a comma.
describe('a year set apart from its month by a comma', () => {
  it('is the year of the day before it', () => {
    expect(brief(['## Ateliers', '', '- 9 Juillet, 2024 : atelier', '- 10 Juillet, 2024 : atelier', ''], 2023, 9)).toEqual(['3 2024-07-09', '4 2024-07-10']);
  });

  it('is no year when a second year follows it, a season', () => {
    const sessions = readSessions(['## Ateliers', '', '- 9 Juillet, 2024-2025 : atelier', '- 10 Juillet : atelier', ''], 2019, 9);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.days[0]).not.toBe('2024-07-09');
  });
});

// lan-ets-deroulement-tournoi-2026: a LAN's days in a table, Saturday's start told under it.
describe('a line under a table that tells when one weekday starts', () => {
  const page = (line: string) => ['## Le calendrier', '', '| Quand | Quoi |', '|---|---|', '| **Ven. 29 mai** | Accueil |', '| **Sam. 30 mai** | Phase suisse |', '| **Dim. 31 mai, 8 h 00** | Grande finale |', '', line, '- Jusqu’à **9 matchs en même temps**.', ''];

  it('gives that start to the row on that weekday, and to no other', () => {
    expect(brief(page('- Le samedi démarre à **9 h 30**.'), 2026, 5)).toEqual(['5 2026-05-29', '6 2026-05-30 09:30-', '7 2026-05-31 08:00-']);
  });

  it('is read on its own line of a paragraph under the table', () => {
    const lines = page('Le samedi démarre à 9 h 30.');
    lines.splice(8, 2, 'Le samedi démarre à 9 h 30.', 'Jusqu’à 9 matchs en même temps.');
    expect(brief(lines, 2026, 5)).toEqual(['5 2026-05-29', '6 2026-05-30 09:30-', '7 2026-05-31 08:00-']);
  });

  it('gives nothing when the line says more than the start', () => {
    expect(brief(page('- Le samedi démarre à 9 h 30, sauf pour les arbitres.'), 2026, 5)).toEqual(['5 2026-05-29', '6 2026-05-30', '7 2026-05-31 08:00-']);
  });
});
