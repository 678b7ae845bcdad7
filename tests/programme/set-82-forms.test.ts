/*
 * Forms read once held-out set 82 was measured unseen and read (playsorbonne-gamejams-2026),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { datedTextOf } from '../../src/programme/dated-text.js';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// playsorbonne-gamejams-2026: an archive of a club's game jams, newest first, each heading
// naming its edition's year before its days (`# Game Jam d'automne 2024 : 15-16 novembre`).
describe('a year a dated heading names in its title, before days that write none', () => {
  const page = (titles: string[]) => ['# Nos game jams', '', ...titles.flatMap((title) => [title, '', 'Thème : surprise.', ''])];

  it('dates each heading in the year its title names, newest first, with no rows out of order', () => {
    expect(brief(page(["## Game Jam d'automne 2024 : 15-16 novembre", '## Game Jam de printemps 2024 : 17-18 mai', "## Game Jam d'automne 2023 : 27-28 octobre"]), 2026, 3)).toEqual([
      '3 2024-11-15 2024-11-16',
      '7 2024-05-17 2024-05-18',
      '11 2023-10-27 2023-10-28',
    ]);
  });

  it('takes no year from a title that reviews a year, names a span of years, or a date across the new year', () => {
    const years = (text: string) => datedTextOf(text, true)?.expression.mentions.map((mention) => mention.year ?? '-').join(' ');
    expect(years("Game Jam d'automne 2024 : 15-16 novembre")).toBe('2024 2024');
    expect(years('Bilan 2022 : 15 janvier')).toBe('-');
    expect(years('Saison 2023-2024 : 12 octobre')).toBe('-');
    expect(years('Stage 2024 : 28 décembre au 3 janvier')).toBe('- -');
  });
});

// nballier-ideel-seances-2021: the course's hours told once in its practical list, after the
// length of each session (`12 séances de 2h … (mercredi 13h-15h00, salle 208 …)`).
describe('the hours of a series told after the length of its sessions', () => {
  const page = (told: string) => ['# IDEEL', '', '## Fonctionnement', '', `- ${told}`, '- Les séances alterneront entre informatique et linguistique.', '', '### Séance 1 (22 sept 2021) : les domaines', '', 'Texte.', '', '### Séance 2 (29 sept 2021) : organiser le repas', '', 'Texte.', ''];

  it('gives every session the range, not the length', () => {
    expect(brief(page('Les étudiants auront 12 séances de 2h au premier semestre (mercredi 13h-15h00, salle 208).'), 2021, 12)).toEqual(['8 2021-09-22 13:00-15:00', '12 2021-09-29 13:00-15:00']);
  });

  it('gives no hours when the length is all the page tells', () => {
    expect(brief(page('Les étudiants auront 12 séances de 2h au premier semestre.'), 2021, 12)).toEqual(['8 2021-09-22', '12 2021-09-29']);
  });
});

// univlille-polytech-cmo-2025: a course's tests listed as bare days under `## Évaluation`,
// each the day of a session of the programme listed below it.
describe('a list of bare days, each the day of a session listed elsewhere', () => {
  const page = (tests: string[]) => [
    '# Conception et Modélisation Objet (2025)',
    '',
    '## Évaluation',
    '',
    '- 3 devoirs surveillés',
    ...tests.map((day) => `    - le ${day}`),
    '',
    '## Programme',
    '',
    '- **[S01] - 12/05/2025.** Introduction',
    '- **[S02] - 16/05/2025.** Dispatch',
    '- **[S03] - 20/05/2025.** Double Dispatch',
    '',
  ];

  it('is the days of the programme told again: only the programme is read', () => {
    expect(brief(page(['vendredi 16 mai 2025', 'mardi 20 mai 2025']), 2025, 6)).toEqual(['11 2025-05-12', '12 2025-05-16', '13 2025-05-20']);
  });

  it('stays when one of its days is no session’s', () => {
    expect(brief(page(['vendredi 16 mai 2025', 'mardi 27 mai 2025']), 2025, 6)).toEqual(['6 2025-05-16', '7 2025-05-27', '11 2025-05-12', '12 2025-05-16', '13 2025-05-20']);
  });
});

// nballier-mlds-m1-labs-2025: a class day's morning and afternoon written side by side,
// nothing between them (`8 janvier  2025   9h-12h30 14h-17h30`).
describe('two ranges of hours side by side', () => {
  it('are two slots of the day, in a line and in a table’s hours cell', () => {
    expect(brief(['# Labs', '', '8 janvier  2025   9h-12h30 14h-17h30  <br>', '', '15 janvier 2025  9h-12h30 14h-17h30', ''], 2025, 1)).toEqual([
      '3 2025-01-08 09:00-12:30,14:00-17:30',
      '5 2025-01-15 09:00-12:30,14:00-17:30',
    ]);
    expect(brief(['| Date | Horaires | Séance |', '| --- | --- | --- |', '| 8 janvier 2025 | 9h-12h30 14h-17h30 | TP 1 |'], 2025, 1)).toEqual(['3 2025-01-08 09:00-12:30,14:00-17:30']);
  });

  // scortijo-r-m2-seances-2021: each range followed by its room (`11h30-13h (salle 5.129) et 13h30-15h (salle 36.204)`).
  it('are two slots when a room in brackets follows each and `et` joins them', () => {
    expect(brief(['# Cours de R', '', '### Séance 1: 16/11/2021 9h-12h (salle 5.127)', '', '### Séance 2: 23/11/2021 11h30-13h (salle 5.129) et 13h30-15h (salle 36.204).', ''], 2021, 12)).toEqual([
      '3 2021-11-16 09:00-12:00',
      '5 2021-11-23 11:30-13:00,13:30-15:00',
    ]);
  });

  it('keeps a lone time after a range as the start of a title', () => {
    expect(brief(['# Labs', '', '- 8 janvier 2025 9h-12h30 14h atelier', '- 15 janvier 2025 9h-12h30 14h atelier', ''], 2025, 1)).toEqual(['3 2025-01-08 09:00-12:30', '4 2025-01-15 09:00-12:30']);
  });
});
