/*
 * Forms read once held-out set 93 was measured unseen and read (snaky21-m431-gantt-2026,
 * romainlebreton-r401-javascript-2024, mgasquet-r5a05-symfony-2025,
 * princembikayi-milestones-frontend-2025, princembikayi-planning-frontend-2025), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// snaky21-m431-gantt-2026: a Mermaid chart whose tasks follow one another (`after des1`).
describe('a Gantt chart’s tasks placed after others', () => {
  const chart = (...tasks: string[]) => ['# Planification', '', '```mermaid', 'gantt', '    dateFormat  YYYY-MM-DD', '    section Conception', ...tasks, '```', ''];

  it('start the day the task they follow ends, over their length', () => {
    const page = chart(
      '    Brainstorming        :done,    des1, 2026-02-01, 2d',
      '    Choix de la Stack    :done,    des2, after des1, 2d',
      '    Architecture         :active,  des3, after des2, 3d',
      '    Rendu Final          :milestone, 2026-02-28, 0d',
    );
    expect(brief(page, 2026, 2)).toEqual(['7 2026-02-01 2026-02-02', '8 2026-02-03 2026-02-04', '9 2026-02-05 2026-02-06 2026-02-07', '10 2026-02-28']);
  });

  it('start when the last of several tasks ends, and a task of only its length follows the one above', () => {
    const page = chart('    A : a1, 2026-03-02, 3d', '    B : b1, 2026-03-02, 1d', '    C : c1, after b1 a1, 1d', '    D : 2d');
    expect(brief(page, 2026, 3)).toEqual(['7 2026-03-02 2026-03-03 2026-03-04', '8 2026-03-02', '9 2026-03-05', '10 2026-03-06 2026-03-07']);
  });

  it('are left when the chain begins with no day, or the chart leaves days out', () => {
    expect(brief(chart('    A : a1, after zz, 2d', '    B : b1, after a1, 1d', '    C : 2026-03-10, 1d'), 2026, 3)).toEqual(['9 2026-03-10']);
    const weekends = ['```mermaid', 'gantt', 'dateFormat YYYY-MM-DD', 'excludes weekends', 'A : a1, 2026-03-06, 2d', 'B : b1, after a1, 1d', '```', ''];
    expect(brief(weekends, 2026, 3)).toEqual(['5 2026-03-06 2026-03-07']);
  });
});

// romainlebreton-r401-javascript-2024, mgasquet-r5a05-symfony-2025: a course's week over the TDs done in it.
describe('a dated item that names nothing else, over items without hours', () => {
  it('holds those items, each a session on its day', () => {
    const page = [
      '## TDs',
      '',
      '1. Semaine du mardi 30 janvier 2024 -- TD 1 -- Prise en main',
      '2. Semaine du lundi 5 février 2024 : ',
      '   1. [TD 2](td2) -- Objets et classes',
      '   2. [TD 3](td3) -- Écouteurs',
      '3. Semaine du lundi 11 mars 2024 : ',
      '   1. Fin du TD 7',
      '   2. ',
      '      * Parcours A : finir les TDs',
      '      * Parcours B : projet',
      '',
    ];
    expect(brief(page, 2024, 3)).toEqual(['3 2024-01-30', '5 2024-02-05', '6 2024-02-05', '8 2024-03-11', '10 2024-03-11', '11 2024-03-11']);
  });

  it('stays one session when it gives several days, or words of its own', () => {
    const page = [
      '1. Semaines du 8 et 15 septembre 2025 :',
      '    1. Séance 1 : TD 1',
      '    2. Séance 2 : TD 2',
      '2. Semaine du 22 septembre 2025 : Suite du TD 3',
      '    1. rendu du projet 1',
      '    2. début du projet 2',
      '',
    ];
    expect(brief(page, 2025, 10)).toEqual(['1 2025-09-08 2025-09-15', '4 2025-09-22']);
  });
});

// princembikayi-milestones-frontend-2025, princembikayi-planning-frontend-2025: a plan's stretches spelled out day by day.
describe('a stretch of days the page spells out day by day', () => {
  it('groups those days and is no session of its own', () => {
    const page = [
      '# Milestones',
      '',
      '### Milestone 1.1: Setup (8-9 septembre 2025)',
      '- **Jour 1 (8 sept):**',
      '  - Configuration du projet',
      '- **Jour 2 (9 sept):**',
      '  - Thèmes',
      '',
      '### Milestone 1.2: Authentification (10-11 septembre 2025)',
      '- **Jour 3 (10 sept):**',
      '  - Connexion',
      '- **Jour 4 (11 sept):**',
      '  - Navigation',
      '',
    ];
    expect(brief(page, 2025, 9)).toEqual(['4 2025-09-08', '6 2025-09-09', '10 2025-09-10', '12 2025-09-11']);
  });

  it('stays a session when the page spells out only some of its days', () => {
    const page = ['# Stage', '', '### Stage intensif (8-10 septembre 2025)', '', 'Trois jours de pratique.', '', '### Lundi 8 septembre 2025', '', 'Accueil des stagiaires.', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-09-08 2025-09-09 2025-09-10', '7 2025-09-08']);
  });
});

// princembikayi-milestones-frontend-2025: `### Phase 3: Fonctionnalités Avancées (29 septembre - 6 octobre)`.
describe('a heading closed by a stretch of days in brackets over two months', () => {
  it('gives every day of the stretch, the title before the bracket', () => {
    const page = ['# Plan', '', '### Phase 3 : Fonctionnalités (29 septembre - 2 octobre 2025)', '', 'Texte.', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-09-29..2025-10-02 (4)']);
  });

  it('still reads a dash outside brackets as what sets the date apart', () => {
    const page = ['# Plan', '', '### Atelier (salle B) - 6 octobre 2025', '', 'Texte.', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-10-06']);
  });
});

// jasonchampagne-nouveautes-python-2023: a page of release notes, its headings versions with their release day.
describe('headings titled by a version alone, with a day, counting down', () => {
  it('are a changelog’s releases, no sessions', () => {
    const page = ['# Nouveautés Python', '', '## 3.11 (6 août 2022)', '', 'PEP 654.', '', '## 3.10 (4 octobre 2021)', '', 'PEP 634.', '', '## 3.9 (5 octobre 2020)', '', 'PEP 584.', ''];
    expect(brief(page, 2023, 6)).toEqual([]);
  });

  it('stay sessions when they count up, as a course numbers its chapters', () => {
    const page = ['# Cours', '', '## 1.1 (4 mars 2024)', '', 'Intro.', '', '## 1.2 (11 mars 2024)', '', 'Suite.', '', '## 1.3 (18 mars 2024)', '', 'Fin.', ''];
    expect(brief(page, 2024, 3)).toEqual(['3 2024-03-04', '7 2024-03-11', '11 2024-03-18']);
  });
});

// Found in review: near forms the set-93 readings must leave as they were.
describe('near forms of set 93’s readings', () => {
  it('keep a multi-day event whose days other events of the same list fall on', () => {
    const page = ['# Salons', '', '- 8-9 mars 2025 : Salon du livre', '- 8 mars 2025 : Conférence', '- 9 mars 2025 : Atelier', ''];
    expect(brief(page, 2025, 2)).toEqual(['3 2025-03-08 2025-03-09', '4 2025-03-08', '5 2025-03-09']);
  });

  it('keep a week over its materials, links alone, one session', () => {
    const page = ['# Cours', '', '1. Semaine du lundi 5 février 2024 :', '   - [Transparents du cours](cours1.pdf)', '   - [Sujet de TD](td1.pdf)', ''];
    expect(brief(page, 2024, 3)).toEqual(['3 2024-02-05']);
  });

  it('read a date after a dash inside brackets when the words before it are no date', () => {
    const page = ['# TP', '', '## TP noté (groupe A - 12 mars 2024)', '', 'Texte.', '', '## TP noté (groupe B - 14 mars 2024)', '', 'Texte.', ''];
    expect(brief(page, 2024, 3)).toEqual(['3 2024-03-12', '7 2024-03-14']);
  });

  it('keep a course log kept newest first, its numbered classes days apart', () => {
    const page = ['# Cours', '', '## 3.3 (15 mars 2024)', '', 'x', '', '## 3.2 (14 mars 2024)', '', 'y', '', '## 3.1 (13 mars 2024)', '', 'z', ''];
    expect(brief(page, 2024, 4)).toEqual(['3 2024-03-15', '7 2024-03-14', '11 2024-03-13']);
  });

  it('start a Gantt task after another on the day Mermaid ends it, past a `click` line', () => {
    const page = ['# Plan', '', '```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', '    Analyse : a1, 2024-01-01, 2024-01-05', '    click a1 href "https://example.org"', '    Maquettes : after a1, 2d', '    Dev : 3d', '```', ''];
    expect(brief(page, 2024, 1)).toEqual(['6 2024-01-01..2024-01-05 (5)', '8 2024-01-05 2024-01-06', '9 2024-01-07 2024-01-08 2024-01-09']);
  });
});
