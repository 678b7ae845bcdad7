/*
 * Forms read once held-out sets 90 and 91 were measured unseen and read (a conference's
 * programme pasted from a word processor, defence plannings introduced by a sentence, an
 * events page folding each past year in a `<details>`, a class site's nested admonitions,
 * a course page's `Créneau :` field, a cahier de textes with one row ahead of its place),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// A programme typed without blank lines: each day a line of its own over its timed lines.
describe('several days in one paragraph', () => {
  it('reads each day line as a new day for the timed lines below it', () => {
    const page = ['# Programme', '', 'Samedi 12 octobre 2024', '9h00 - 9h30 : Accueil', '9h30 - 12h : Ateliers', 'Dimanche 13 octobre 2024', '10h - 12h : Conférence', '14h - 16h : Balade', ''];
    expect(brief(page, 2024, 9)).toEqual(['4 2024-10-12 09:00-09:30', '5 2024-10-12 09:30-12:00', '7 2024-10-13 10:00-12:00', '8 2024-10-13 14:00-16:00']);
  });

  it("reads a word processor's paste: a day and its name after a dash, hours in a column set apart by a tab", () => {
    const page = [
      'PROGRAMME PREVISIONNEL \u2013 ICISCT 2026',
      'Jeudi 25 juin 2026 \u2013 C\u00e9r\u00e9monie d\u2019ouverture',
      'Horaire\tActivit\u00e9',
      '08:30 \u2013 09:00\tAccueil des participants',
      '09:00 \u2013 10\tC\u00e9r\u00e9monie officielle',
      'Vendredi 26 juin 2026 \u2013 Sessions scientifiques',
      'Horaire\tActivit\u00e9',
      '09:00 \u2013 10:00\tConf\u00e9rence pl\u00e9ni\u00e8re',
      '10:00 \u2013 11:00\tSession 8',
      '',
    ];
    expect(brief(page, 2026, 6)).toEqual(['4 2026-06-25 08:30-09:00', '5 2026-06-25 09:00-10:00', '8 2026-06-26 09:00-10:00', '9 2026-06-26 10:00-11:00']);
  });

  it('opens a day for each day line with one timed line under it, its name after any blanks (review)', () => {
    const page = ['# Examens', '', 'Lundi 3 mars 2025 \u2013 Examens écrits', '9h - 12h : Maths', 'Mardi 4 mars 2025 \u2013  Examens oraux', '9h - 12h : Physique', ''];
    expect(brief(page, 2025, 1)).toEqual(['4 2025-03-03 09:00-12:00', '6 2025-03-04 09:00-12:00']);
    expect(brief(['# Examens', '', 'Lundi 3 mars 2025 :', '9h - 12h : Maths', 'Mardi 4 mars 2025 :', '9h - 12h : Physique', ''], 2025, 1)).toEqual(['3 2025-03-03 09:00-12:00', '5 2025-03-04 09:00-12:00']);
  });

  it('reads the days of a paragraph that holds a long run of blanks before them', () => {
    const page = ['# Programme', '', `Intro${' '.repeat(100_000)}fin`, 'Lundi 3 mars 2025 \u2013 Examens', '9h - 10h : Maths', '10h - 11h : Physique', ''];
    expect(brief(page, 2025, 1)).toEqual(['5 2025-03-03 09:00-10:00', '6 2025-03-03 10:00-11:00']);
  });

  it('leaves a paragraph whose dated lines have no timed lines under them as it was: dated lines', () => {
    const page = ['# Agenda', '', 'Mardi 14 mai 2024 : assemblée', 'Mercredi 15 mai 2024 : sortie', 'Jeudi 16 mai 2024 : atelier', ''];
    expect(brief(page, 2024, 5)).toEqual(['3 2024-05-14', '4 2024-05-15', '5 2024-05-16']);
  });

  it('keeps a sentence that opens with a date as prose, not a day', () => {
    const page = ['# Programme', '', 'Samedi 12 octobre 2024', '9h00 - 9h30 : Accueil', '9h30 - 12h : Ateliers', 'Dimanche 13 octobre 2024 nous irons voir la mer. Venez nombreux.', '10h - 12h : Conférence', '14h - 16h : Balade', ''];
    expect(brief(page, 2024, 9).every((line) => line.includes('2024-10-12'))).toBe(true);
  });
});

// A sentence that says the day, then a pointer at the agenda below (`Voici le planning :`).
describe('a day told by the sentence over a list of timed items', () => {
  const page = (intro: string) => ['# Alternance 2019-2020', '', '### Réunion', '', "Le mercredi 6 novembre 2019 à 18h s'est tenue une réunion d'information.", '', '### Soutenances', '', intro, '  * 10h30 : Mathias P.', '  * 11h00 : Théo Q.', '  * 11h30 : Violette H.', ''];

  it('gives each timed item the day of the sentence, the pointer after it, not the day of the page above', () => {
    expect(brief(page('Les soutenances sont le mercredi 15 janvier 2020 dans la salle du conseil. Voici le planning :'), 2020, 1)).toEqual(['10 2020-01-15 10:30-', '11 2020-01-15 11:00-', '12 2020-01-15 11:30-']);
    expect(brief(page('Les soutenances auront lieu le mercredi 15 janvier 2020, dans cet ordre :'), 2020, 1)).toEqual(['10 2020-01-15 10:30-', '11 2020-01-15 11:00-', '12 2020-01-15 11:30-']);
  });

  it('reads no day from a deadline before the pointer', () => {
    expect(brief(page('Les inscriptions sont ouvertes jusqu’au mercredi 15 janvier 2020. Voici le planning :'), 2020, 1).some((line) => line.includes('2020-01-15'))).toBe(false);
  });
});

// A syllabus whose defence section says the day once, then gives the order of passage as a table of hours.
describe("a day's agenda table under the one day its section names", () => {
  const page = (item: string) => ['# TER', '', '#### Soutenance', '', `- **${item}**`, '', '- La durée d’une soutenance est de 12 minutes.', '', 'L’ordre de passage est donné ci-dessous.', '', '| Horaire | Équipe |', '|---|---|', '| 9h00 | Mocanigaya |', '| 9h45 | Teamrocket |', ''];

  it('gives each row that day', () => {
    expect(brief(page('Les soutenances auront lieu le lundi 18 janvier 2021.'), 2021, 1)).toEqual(['13 2021-01-18 09:00-', '14 2021-01-18 09:45-']);
  });

  it('gives none a deadline, a page update or a day results come out (review)', () => {
    for (const item of ['Le rapport est à déposer avant le lundi 11 janvier 2021 sur Moodle.', 'Dernière mise à jour le lundi 4 janvier 2021.', 'Les résultats seront publiés le vendredi 22 janvier 2021.']) {
      expect(brief(page(item), 2021, 1).filter((line) => line.startsWith('13 ')), item).toEqual([]);
    }
  });

  it('gives none when the section names two days: which is the agenda’s is not said', () => {
    expect(brief(page('Les soutenances auront lieu le lundi 18 janvier 2021 ou le mardi 19 janvier 2021.'), 2021, 1).filter((line) => line.startsWith('13 '))).toEqual([]);
  });
});

// An events page that folds each past year in a `<details>` whose summary is the year.
describe('a past year folded under its year', () => {
  const page = (summary: string) => ['# Événements', '', '## Événements passés', '', '<details>', `<summary><strong>${summary}</strong></summary>`, '', '- **16.01.2025** – Rencontre des Local Data Stewards', '- **18.02.2025** – Comité de pilotage', '', '</details>', ''];

  it("reads the year's events as a reader who opens it does", () => {
    expect(brief(page('2025'), 2026, 6)).toEqual(['8 2025-01-16', '9 2025-02-18']);
    expect(brief(page('2024-2025'), 2026, 6)).toEqual(['8 2025-01-16', '9 2025-02-18']);
  });

  it('still leaves folded a biography, a description or an archive', () => {
    expect(brief(page('Biographie'), 2026, 6)).toEqual([]);
    expect(brief(page('Archives 2025'), 2026, 6)).toEqual([]);
  });

  it("reads a Swiss day range whose first day writes only its ordinal dot (`02. – 03.06.2026`)", () => {
    const days = (text: string) => {
      const parsed = parseFrenchDate(text);
      return parsed.ok ? parsed.value.mentions.map((m) => `${m.day}/${m.month}/${m.year}`).join(' ') : 'unreadable';
    };
    expect(days('02. \u2013 03.06.2026')).toBe('2/6/2026 3/6/2026');
    expect(days('05.-07.11.2025')).toBe('5/11/2025 7/11/2025');
  });
});

// A class site's boxes (Material for MkDocs) nested in one another.
describe('an admonition inside an admonition', () => {
  const page = ['# Home', '', '## Actus SIO2', '', '!!! warning "Actu SIO2 SLAM"', '', '    📅 Stage SIO2 : lundi 5 janvier - vendredi 13 février 2026<br />', '', '    !!! warning "Ecrits BTS"', '', '        - Lundi 18 mai : Math Approfondi 14h30-17h30', '        - Mardi 19 mai : Anglais 10h30-12h30', ''];

  it("reads the inner box's list, each item with the range that closes its title", () => {
    expect(brief(page, 2026, 4)).toEqual(['7 2026-01-05..2026-02-13 (40)', '11 2026-05-18 14:30-17:30', '12 2026-05-19 10:30-12:30']);
  });

  it("leaves folded a box folded inside another (`??? note \"Devoirs\"`): homework a reader opens on demand", () => {
    const log = ['# Progression', '', '!!! done "séance 4 (1h jeudi 11/09/25):"', '    - Correction des exercices', '', '    ??? note "Devoirs"', '        - Contrôle écrit sur la POO jeudi 18/09.', ''];
    expect(brief(log, 2025, 10).filter((line) => line.startsWith('7 '))).toEqual([]);
  });

  it('leaves a lone time closing a dated item to its title: a deadline, not a slot', () => {
    expect(brief(['# Projet', '', '- 3 mai 2020 : dépôt du projet 23h59', '- 24 mai 2020 : dépôt final 23h59', ''], 2020, 5)).toEqual(['3 2020-05-03', '4 2020-05-24']);
  });
});

// A course page's practical information: `Créneau : lundi 14h00-15h30`.
describe('the series’ hours in a `Créneau` field', () => {
  const page = (field: string) => ['# Projet de programmation 2021', '', `* ${field}`, '', '### Jalons', '', '* 15/02, séance #01 : initialisation', '* 22/02, séance #02 : appli Flask', '* 01/03, séance #03 : projet libre', ''];

  it('gives each session the hours of the field', () => {
    expect(brief(page('Créneau : lundi 14h00-15h30 à partir du 15/02'), 2021, 3)).toEqual(['7 2021-02-15 14:00-15:30', '8 2021-02-22 14:00-15:30', '9 2021-03-01 14:00-15:30']);
  });

  it("gives none a machine's time to the minute (`remis à zéro tous les jours à 13:37`)", () => {
    expect(brief(page('La base est remise à zéro tous les jours à 13:37.'), 2021, 3)).toEqual(['7 2021-02-15', '8 2021-02-22', '9 2021-03-01']);
  });
});

// A cahier de textes whose one row jumps ahead (`20/11` for `20/10`).
describe('the row out of place is the one reported', () => {
  const page = ['# Cahier de textes 2021', '', '| Date | Séance |', '| --- | --- |', '| 14/10 | TP 5 : tableaux |', '| 20/11 | Cours : types construits |', '| 21/10 | TP 6 : types construits |', '| 10/11 | Cours : preuves |', ''];
  const orderLines = (lines: string[]) =>
    check(lines.join('\n'), { committed: { year: 2021, month: 12, day: 2 } })
      .diagnostics.filter((d) => d.rule === 'out-of-order')
      .map((d) => d.line);

  it('reports the row that jumps ahead on its own line, not the row after it', () => {
    expect(orderLines(page)).toEqual([6]);
  });

  it('still reports the row after when it is the one that goes back', () => {
    expect(orderLines(['# Cahier de textes 2021', '', '| Date | Séance |', '| --- | --- |', '| 14/10 | TP 5 |', '| 20/10 | Cours |', '| 12/10 | TP 6 |', '| 10/11 | Cours |', ''])).toEqual([7]);
  });
});

// A course README's table of assignments: each row its statement's link and its due day.
describe('a table of assignments beside their links', () => {
  const page = (header: string) => ['# INF1018 - Analyse de programme', '', '* Horaire du groupe :', '  * Cours : Lundi, 8h30 - 11h30, 1066-R', '', `| ${header} | Lien GitHub Classroom | Date de remise |`, '|---|---|---|', '| Devoir 1 | [lien](https://classroom.github.com/a/x) | 29 septembre |', '| Devoir 2 | [lien](https://classroom.github.com/a/y) | 27 octobre |', '| Projet | [lien](https://classroom.github.com/a/z) | 15 décembre |', ''];

  it('reads each assignment on its due day, without the hours of the classes', () => {
    expect(brief(page('Travail'), 2025, 9)).toEqual(['8 2025-09-29', '9 2025-10-27', '10 2025-12-15']);
  });

  it('still gives the classes’ hours to a planning whose column of work due beside the dates holds no dates (review)', () => {
    const planning = (header: string) => ['# Programmation web', '', '## Informations', '', 'Le cours a lieu tous les lundis de 8h30 à 11h30, salle B12.', '', '## Planning', '', `| Séance | Date | Contenu | ${header} |`, '| --- | --- | --- | --- |', '| 1 | 8 septembre 2025 | Introduction | |', '| 2 | 15 septembre 2025 | HTML | TP1 |', '| 3 | 22 septembre 2025 | CSS | TP2 |', ''];
    expect(brief(planning('Rendu'), 2025, 9)).toEqual(['11 2025-09-08 08:30-11:30', '12 2025-09-15 08:30-11:30', '13 2025-09-22 08:30-11:30']);
    expect(brief(planning('À rendre'), 2025, 9)).toEqual(['11 2025-09-08 08:30-11:30', '12 2025-09-15 08:30-11:30', '13 2025-09-22 08:30-11:30']);
  });

  it('still turns away a table of days and links that names no work: a listing', () => {
    expect(brief(page('Titre'), 2025, 9)).toEqual([]);
  });
});

// House order: a project calendar of lines closing with their days (set 87) that crosses New Year.
describe('a project calendar of lines closing with their days, across New Year', () => {
  it('reads the lines once they turn from the autumn to the spring, in the next year', () => {
    const page = ['# Projet 3', '', '2h lundi 28/11', '2h lundi 05/12', '2h lundi 12/12', 'rendu le 09/01', 'soutenance 16/01', ''];
    expect(brief(page, 2023, 1)).toEqual(['3 2022-11-28', '4 2022-12-05', '5 2022-12-12', '6 2023-01-09', '7 2023-01-16']);
  });

  it('still reads nothing from lines whose days go back twice: no calendar', () => {
    const page = ['# Notes', '', 'maths 12/12', 'anglais 09/01', 'histoire 15/12', 'physique 05/01', ''];
    expect(brief(page, 2023, 1)).toEqual([]);
  });
});

// A journal whose entries each open with their day in bold, two of them in one paragraph
// (typography-variants drew tiroju-towerdefense-journal-2022 once sets 90 and 91 joined).
describe("a journal's bold dated entries, two in one paragraph", () => {
  it('reads both entries of the paragraph under the entry before it', () => {
    const page = ['**Samedi 5 Novembre** : Les types de tours.', '', '**Dimanche 6 Novembre** : Le joueur place des tours.', '**Vendredi 18 Novembre** : Création de collisions.', '', '**Samedi 19 Novembre** : Les tours tournent.', ''];
    expect(brief(page, 2022, 12)).toEqual(['1 2022-11-05', '3 2022-11-06', '4 2022-11-18', '6 2022-11-19']);
  });

  it('still reads a bold day over two steps before it as the day and its lines as none of its own', () => {
    const page = ['# Fête', '', '**Samedi 12 juin 2025** : Fête du village', '', '10 janvier 2025 : ouverture des inscriptions', '25 janvier 2025 : clôture des inscriptions', ''];
    expect(brief(page, 2025, 1).filter((line) => line.startsWith('5 ') || line.startsWith('6 '))).toEqual([]);
  });
});

