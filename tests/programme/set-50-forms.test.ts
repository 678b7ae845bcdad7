/*
 * Forms read in the part of held-out set 50 moved to be read once it was measured unseen
 * (tests/fixtures/real: temporao-lillelms-programme-2026, sblelong-mth1008-grille-ete-2025,
 * info1-tin-a-td-liste-2021), checked here on a short page, with the near forms that must
 * stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 5, day: 1 }) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));

describe('a week’s programme whose first column, named for the sessions, writes each weekday and half-day', () => {
  const page = (week: string) => ['# Module', '', week, '', '## Programme', '', '| Séance | Intervenant.es | ODJ |', '| :--- | :--- | :--- |', '| Lundi AM | AC | **Accueil** |', '| Lundi PM | LM | **Initiation à Python** |', '| Mardi AM | CV | **Fondements ML** |', ''];

  it('reads each row on its weekday of the week written above the table', () => {
    expect(brief(page('22-26 juin 2026'), { year: 2026, month: 6, day: 1 })).toEqual(['9 2026-06-22 Accueil', '10 2026-06-22 Initiation à Python', '11 2026-06-23 Fondements ML']);
  });

  it('reads nothing when no week is written: a weekly plan', () => {
    expect(brief(page('Une semaine intensive.'), { year: 2026, month: 6, day: 1 })).toEqual([]);
  });
});

describe('a grid of weeks, one row each, with a column per weekday', () => {
  it('reads each filled cell on its weekday of the row’s week, and no day off', () => {
    const grid = ['# Cours', '', '|  | Lundi | Mardi | Mercredi | Jeudi |', '| --- | --- | --- | --- | --- |', '| 05/05 - 09/05 |  |  | Cours 1 et 2 | Cours 3 |', '| 19/05-23/05 | Férié | CP1 | Cours 6 | Cours 7 |', ''];
    expect(brief(grid)).toEqual(['5 2025-05-07 Cours 1 et 2', '5 2025-05-08 Cours 3', '6 2025-05-20 CP1', '6 2025-05-21 Cours 6', '6 2025-05-22 Cours 7']);
  });

  it('puts each session of an HTML grid written a cell a line on its cell’s line', () => {
    const html = ['<table>', '<thead><tr><th></th><th>Lundi</th><th>Mardi</th></tr></thead>', '<tbody>', '<tr>', '<td>05/05 - 09/05</td>', '<td>Cours 1</td>', '<td>Cours 2</td>', '</tr>', '<tr>', '<td>12/05 - 16/05</td>', '<td>Cours 3</td>', '<td></td>', '</tr>', '</tbody>', '</table>', ''];
    expect(brief(html)).toEqual(['6 2025-05-05 Cours 1', '7 2025-05-06 Cours 2', '11 2025-05-12 Cours 3']);
  });

  it('reads no week from a first column of scores beside weekday columns', () => {
    const scores = ['# Scores', '', '| Équipe | Lundi | Mardi |', '| --- | --- | --- |', '| A | 3 | 1 |', '| B | 2 | 0 |', ''];
    expect(brief(scores)).toEqual([]);
  });
});

describe('a list of exercises named by a code stamped with their day', () => {
  const table = (...names: string[]) => ['# Liste des TD', '', '| Nom | Contenu |', '|---|---|', ...names.map((name, n) => `| ${name} | Sujet ${n + 1} |`), ''];

  it('reads `TD20210922` as 22 September 2021', () => {
    expect(brief(table('TD20210922', 'TD20211004', 'TD20211006'), { year: 2022, month: 1, day: 1 })).toEqual(['5 2021-09-22 Sujet 1', '6 2021-10-04 Sujet 2', '7 2021-10-06 Sujet 3']);
  });

  it('reads no date in a serial number or a day that does not exist', () => {
    expect(brief(table('TD20211331', 'TD20210230', 'REF12345678'), { year: 2022, month: 1, day: 1 })).toEqual([]);
  });
});

describe('a course journal whose entries are each a dated title line over their notes', () => {
  const journal = (...titles: string[]) => titles.flatMap((title) => [title, '', 'On a revu les commandes Bash et créé le dépôt.', '', 'Une séance chargée, à revoir.', '']);

  it('reads each title line as a session on its day', () => {
    expect(brief(journal('Le 20/09/2023 - #Séance1', 'Le 27/09/2023 - #Séance2', 'Le 04/10/2023 - #Séance3', 'Le 09/10/2023 - Exercice Git'), { year: 2023, month: 12, day: 1 })).toEqual([
      '1 2023-09-20 #Séance1',
      '7 2023-09-27 #Séance2',
      '13 2023-10-04 #Séance3',
      '19 2023-10-09 Exercice Git',
    ]);
  });

  it('reads no diary’s or work log’s days, whose titles name no session', () => {
    expect(brief(journal('Vendredi 13 octobre 2023 -', 'Dimanche 15 octobre 2023 -', 'Lundi 16 octobre 2023 -'), { year: 2023, month: 12, day: 1 })).toEqual([]);
    expect(brief(journal('18/01/2024 - Problème n°2', '21/01/2024 - Problème n°3', '12/02/2024 - Erreur des tests'), { year: 2024, month: 3, day: 1 })).toEqual([]);
  });

  it('reads nothing from two such lines: dated sentences may be a story’s', () => {
    expect(brief(journal('Le 20/09/2023 - #Séance1', 'Le 27/09/2023 - #Séance2'), { year: 2023, month: 12, day: 1 })).toEqual([]);
  });
});

describe('an agenda kept newest first whose parts are labelled by a season and a school year', () => {
  it('reads each part in its own year: `### ÉTÉ 2024`, then `### 2023-2024`', () => {
    const page = ['### ÉTÉ 2024', '', '23 juillet : _Demain_ - Lille', '', '24 juillet : _Demain_ - Lille', '', '### 2023-2024', '', '30 septembre : _Spectacle A_ - Lille', '', '8 mars : _Spectacle C_ - Lille', ''];
    expect(brief(page, { year: 2024, month: 6, day: 24 }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['3 2024-07-23', '5 2024-07-24', '9 2023-09-30', '11 2024-03-08']);
  });
});
