/*
 * Forms read once held-out set 112 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';
import { checkText } from '../../src/engine/pipeline.js';

const brief = briefSessions;

// mamadouyauck-ecole-automne-statistique-2020: a school's three days in one table, each day
// named beside its first slot, the header row the first day's first slot.
describe('an agenda over several days that names each day beside its first slot', () => {
  const page = [
    '---',
    "title: Ecole d'automne en statistique 2020",
    'date: "2020-09-22T08:30:00Z"',
    'date_end: "2020-09-24T16:30:00Z"',
    '---',
    '',
    '| **22 septembre** | **8h30 - 10h30** | Cours I |',
    '|---|---|---|',
    '| | 10h30 – 11h00 | Pause |',
    '| | 11h00 – 13h00 | Suite Cours I |',
    '| | | |',
    '| **23 septembre** | **8h30 – 10h30** | Cours II |',
    '| | 10h30 – 11h00 | Pause |',
    '',
  ];

  it('puts each slot on the day named above it, and no break twice on one day', () => {
    expect(brief(page, 2020, 8)).toEqual(['7 2020-09-22 08:30-10:30', '9 2020-09-22 10:30-11:00', '10 2020-09-22 11:00-13:00', '12 2020-09-23 08:30-10:30', '13 2020-09-23 10:30-11:00']);
    expect(briefProblems(page, { year: 2020, month: 8, day: 2 })).toEqual([]);
  });

  it('titles each slot with its own cell, not its day', () => {
    expect(check(page.join('\n'), { committed: { year: 2020, month: 8, day: 2 } }).programme.sessions.map(sessionToJson).map((s) => s.title)).toEqual(['Cours I', 'Pause', 'Suite Cours I', 'Cours II', 'Pause']);
  });

  it('keeps one day’s agenda whose first column names one day only, or names something else', () => {
    const one = page.slice(0, 11);
    expect(brief(one, 2020, 8)).toEqual(['7 2020-09-22 08:30-10:30', '9 2020-09-22 10:30-11:00', '10 2020-09-22 11:00-13:00']);
  });
});

// datacamp-ieee-fraud-suivi-2020: a team's log, each entry a quote that opens with its whole date, set apart by rules.
describe('journal entries that open with their whole date, set apart by rules or quoted', () => {
  const entry = (day: string, text: string) => [`> ${day} : ${text}`, '', '---', ''];
  const log = [
    '<h1 align="center"> Suivi du DataCamp </h1>',
    '',
    '---',
    '',
    ...entry('17/01/2020', 'Introduction au DataCamp avec la professeure.'),
    ...entry('24/01/2020', 'Cette séance nous a permis de créer les fichiers.'),
    '| Mohamed | Fernanda |',
    '| :-: | :-: |',
    '| Exploration | Statistiques |',
    '',
    ...entry('31/01/2019', 'Cette séance nous a permis de mieux explorer les données.'),
    ...entry('14/02/2020', 'Partie statistique descriptive finie.'),
    ...entry('21/02/2020', 'Premiers modèles lancés.'),
  ];

  it('reads each entry on its day, and reports the year that goes back', () => {
    expect(brief(log, 2020, 4)).toEqual(['5 2020-01-17', '9 2020-01-24', '17 2019-01-31', '21 2020-02-14', '25 2020-02-21']);
    expect(briefProblems(log, { year: 2020, month: 4, day: 2 })).toEqual(['17 out-of-order']);
  });

  it('reads the same entries unquoted', () => {
    expect(brief(log.map((line) => line.replace(/^> /, '')), 2020, 4)).toEqual(['5 2020-01-17', '9 2020-01-24', '17 2019-01-31', '21 2020-02-14', '25 2020-02-21']);
  });

  it('reads no entry from two such paragraphs, nor from days without their year (a diary told after the fact)', () => {
    expect(brief(log.slice(0, 16), 2020, 4)).toEqual([]);
    const diary = ['# Journal', '', 'Vendredi 13 octobre - Le ludîner.', '', '---', '', 'Dimanche 15 octobre - Repos.', '', '---', '', 'Lundi 16 octobre - Le BeForum.', ''];
    expect(brief(diary, 2023, 11)).toEqual([]);
  });
});

// writeingestures-suivi-2020: a journal of paragraphs opening with their day in italics, one left empty.
describe('a journal entry left empty between two dated entries', () => {
  const journal = [
    '*Jeudi 20 février :* Ajout de la possibilité d’ajouter l’image.',
    '',
    '*Vendredi 21 février :* ',
    '',
    '*Semaine du 24 au 28 février :* Vacances',
    '',
    '*Lundi  2 mars :* Préparation de la soutenance.',
    '',
    '*Mardi 3 mars :* Soutenance de mi-parcours',
    '',
    '*Mercredi 4 mars :* Fix de bugs.',
    '',
  ];

  it('reads it as that day, and every entry after it', () => {
    expect(brief(journal, 2020, 4)).toEqual(['1 2020-02-20', '3 2020-02-21', '5 2020-02-24..2020-02-28 (5)', '7 2020-03-02', '9 2020-03-03', '11 2020-03-04']);
  });

  // fredbelanger-journal-stage-2026: an intern's days, each date alone over its text, one left empty.
  it('keeps an empty day among days written alone over their text', () => {
    const days = ['28/04/26 :', 'Un peu de travail sur le rapport.', '', '29/04/26 :', '', '30/04/26 :', 'Travail sur le rapport.', ''];
    expect(brief(days, 2026, 5)).toEqual(['1 2026-04-28', '4 2026-04-29', '6 2026-04-30']);
  });

  it('keeps a day in italics over its notes a day', () => {
    const notes = ['*Vendredi 21 février :*', '', 'Fix de bugs, puis revue.', '', '*Lundi 24 février :*', '', 'Vacances.', '', '*Mardi 25 février :*', '', 'Soutenance.', ''];
    expect(brief(notes, 2020, 4)).toEqual(['1 2020-02-21', '5 2020-02-24', '9 2020-02-25']);
  });
});

// ludovic-journal-p5-data-engineer-2025: a journal's session heading that gives its date in a bracketed field.
describe('a session heading whose bracket names its date (`(Date: 2025-07-15)`)', () => {
  it('reads the heading on that day', () => {
    const page = ['# Journal de Bord', '', '## Session 1 - Initialisation du projet (Date: 2025-07-15)', '', '### Objectifs', '- Créer le dépôt', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-07-15']);
  });
});

// leod-avalam-repartition-temps-2024: a time log in `Avalam-Shallower-2023`, its days of February, last committed in March 2024.
describe('a log whose repository names the school year’s first year, its days a year later', () => {
  const log = ['# Projet Avalam - Répartition du Temps', '', '## 12 Février', '- Conception : 3 heures', '', '## 17 Février', '- Bonus : 1 heure', '', '## 20 Février', '- CR : 1 heure', ''];
  const read = (committed: { year: number; month: number; day: number }) =>
    checkText('README-TIME.md', log.join('\n'), { language: 'fr', timezone: 'Europe/Paris', referenceDate: () => committed, repositoryPath: () => 'Avalam-Shallower-2023/README-TIME.md' })
      .programme.sessions.map(sessionToJson)
      .map((s) => s.days.join(' '));

  it('reads the days in the year they were kept, a few weeks before the commit', () => {
    expect(read({ year: 2024, month: 3, day: 8 })).toEqual(['2024-02-12', '2024-02-17', '2024-02-20']);
  });

  it('keeps the name’s year for a page committed within a year of its days, or long after them', () => {
    expect(read({ year: 2023, month: 3, day: 8 })).toEqual(['2023-02-12', '2023-02-17', '2023-02-20']);
    expect(read({ year: 2024, month: 9, day: 8 })).toEqual(['2023-02-12', '2023-02-17', '2023-02-20']);
  });
});

// tblk-enquetes-quantitatives-faq-2024: a course's `# Quand ?`, its weekday and hours, then the days it meets.
describe('a line that gives hours, then after a colon the days they hold', () => {
  it('reads one session on every listed day, at those hours', () => {
    const page = ['# Quand ?', '', 'Le **mercredi**, de 15h à 18h : 18 septembre, 25 septembre, 9 octobre, 23 octobre et 18 décembre 2024.', ''];
    expect(brief(page, 2024, 9)).toEqual(['3 2024-09-18..2024-12-18 (5) 15:00-18:00']);
  });

  it('reads nothing from two days, a sentence before the hours, or words after the days', () => {
    expect(brief(['Le mercredi, de 15h à 18h : 18 septembre et 25 septembre 2024.', ''], 2024, 9)).toEqual([]);
    expect(brief(['Nous avons décidé hier soir en réunion de bureau de nous voir de 15h à 18h : 18 septembre, 25 septembre et 9 octobre 2024.', ''], 2024, 9)).toEqual([]);
    expect(brief(['Le mercredi, de 15h à 18h : 18 septembre, 25 septembre et 9 octobre 2024 sauf en cas de grève.', ''], 2024, 9)).toEqual([]);
  });
});
