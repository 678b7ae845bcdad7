/*
 * Forms read once held-out set 79 was measured unseen and read
 * (esiealab-ese-inventaire-2022-2026, parc-nsi-isn-classes-virtuelles-2020), each checked
 * here on a short page, with the near forms that must stay as they were. The year a file's
 * dated name gives (fdn-intervention-datacenters-2019) is tested in year-from-path.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// esiealab-ese-inventaire-2022-2026: a conference site's inventory, an index of its editions
// (year, day, place) above one section per edition, each over its day's agenda table.
describe('an index of editions above one dated section per edition, each over its agenda table', () => {
  const page = (agenda: string[]) => [
    '# Inventaire',
    '',
    '| Année | Date | Lieu | Programme |',
    '|---|---|---|---|',
    '| 2025 | samedi 17 mai 2025 | ESIEA Paris | complet |',
    '| 2026 | samedi 30 mai 2026 | ESIEA Ivry | complet |',
    '',
    '### ESE 2026 — samedi 30 mai 2026, ESIEA Ivry-sur-Seine',
    '',
    ...agenda,
    '',
    '### ESE 2025 — samedi 17 mai 2025',
    '',
    '| Horaire | Titre |',
    '|---|---|',
    '| 10:00–10:05 | Ouverture |',
    '| 10:05–10:45 | GoResolver |',
    '',
  ];
  const table = ['| Horaire | Type | Thème | Titre |', '|---|---|---|---|', '| 09:15–10:00 | break | — | Accueil |', '| 10:05–10:45 | talk | reverse | Drivers Vulnerability |'];

  it('reads each slot on its edition’s day, the index rows giving way to them', () => {
    expect(brief(page(table), 2026, 6)).toEqual(['12 2026-05-30 09:15-10:00', '13 2026-05-30 10:05-10:45', '19 2025-05-17 10:00-10:05', '20 2025-05-17 10:05-10:45']);
  });

  it('titles each slot by its title column, not the theme beside it, nor a dash', () => {
    expect(readSessions(page(table), 2026, 6).slice(0, 2).map((s) => s.title)).toEqual(['Accueil', 'Drivers Vulnerability']);
  });

  it('keeps a section told as a list of times a detail section of the index’s row', () => {
    const listed = ['- 09:15 - 10:00 : Accueil', '- 10:05 - 10:45 : Drivers Vulnerability'];
    const lines = page(listed).slice(0, 12);
    expect(brief(lines, 2026, 6)).toEqual(['5 2025-05-17', '6 2026-05-30']);
  });
});

// parc-nsi-isn-classes-virtuelles-2020: a lycée course's list of chapters, then, in the same
// list, the virtual classes of the 2020 lockdown, each `Classe virtuelle du lundi 23/03/2020:`.
describe('a series of items naming the same thing before their day, at the end of a longer list', () => {
  const chapters = ['* Chapitre 6 : représentations des textes', '  - [cours](Textes/cours.pdf)', '* Chapitre 7 : images', '* Chapitre 8 : recherches en table', '* Chapitre 9 : circuits logiques', '* Chapitre 10 : tris'];
  const page = (classes: string[]) => ['# ISN', '', ...chapters, ...classes, ''];

  it('reads each item of the series as a session on its day', () => {
    const classes = ['* Classe virtuelle du lundi 23/03/2020:', '  - QCM', '* Classe virtuelle du lundi 30/03/2020:', '  - Oral', '* Classe virtuelle du lundi 06/04/2020:', '  - Projet'];
    expect(brief(page(classes), 2020, 6)).toEqual(['9 2020-03-23', '11 2020-03-30', '13 2020-04-06']);
  });

  it('leaves such items unread when they stand apart among the chapters, not in a row', () => {
    const scattered = ['* Classe virtuelle du lundi 23/03/2020:', '  - QCM', '* Chapitre 11 : réseaux', '* Classe virtuelle du lundi 30/03/2020:', '* Chapitre 12 : bases de données'];
    expect(brief(page(scattered), 2020, 6)).toEqual([]);
  });
});

// captain-oski-geo7630-calendrier-2026 and -h2025: a course's weekly calendar, then its table
// of graded work, each piece with its weight in the mark and its due date.
describe('a table of graded work beside the course’s calendar', () => {
  const page = (exam: string, graded = true) => [
    '# GEO 7630',
    '',
    '| **Date** | **Thème** | **Évaluation / TP** |',
    '|---|---|---|',
    '| **18 février 2025** | Dashboards | TP2 en progression |',
    '| **25 février 2025** | Examen intra | |',
    '| **4 mars 2025** | Relâche | - |',
    '| **11 mars 2025** | Webmapping | **TP2 Dû** |',
    '',
    '## Évaluations',
    '',
    graded ? '| **Travail/Examen** | **Pondération** | **Échéance** |' : '| **Travail/Examen** | **Remarque** | **Échéance** |',
    '|---|---|---|',
    `| **TP2** - Intégration vectorielle | ${graded ? '15%' : 'seul'} | 11 mars 2025 |`,
    `| **Examen intra** | ${graded ? '20%' : 'seul'} | ${exam} |`,
    `| **TP3** - Développement app web | ${graded ? '20%' : 'en équipe'} | 15 avril 2025 |`,
    `| **Laboratoires** | ${graded ? '20%' : 'en équipe'} | 15 avril 2025 |`,
    '',
  ];

  it('reads the calendar alone: the graded work restates its days', () => {
    expect(brief(page('25 février 2025'), 2025, 1)).toEqual(['5 2025-02-18', '6 2025-02-25', '7 2025-03-04', '8 2025-03-11']);
  });

  it('reports a piece of work the table dates on another day than the calendar marks it, on the table’s line', () => {
    const report = check(page('4 mars 2025').join('\n'), { committed: { year: 2025, month: 1, day: 2 } });
    const found = report.diagnostics.filter((d) => d.rule === 'event-dates-mismatch');
    expect(found.map((d) => d.line)).toEqual([15]);
    expect(found[0]!.message).toMatch(/"Examen intra".*"4 mars 2025".*line 6.*"25 février 2025"/);
    expect(report.diagnostics.filter((d) => d.rule === 'event-dates-mismatch' && d.line !== 15)).toEqual([]);
  });

  it('still reports a due date that cannot be read', () => {
    const report = check(page('28 avril 202').join('\n'), { committed: { year: 2025, month: 1, day: 2 } });
    expect(report.diagnostics.filter((d) => d.rule === 'unreadable-date').map((d) => d.line)).toEqual([15]);
  });

  it('reads a second table without weights as the programme it is', () => {
    expect(brief(page('25 février 2025', false), 2025, 1)).toEqual(['5 2025-02-18', '6 2025-02-25', '7 2025-03-04', '8 2025-03-11', '14 2025-03-11', '15 2025-02-25', '16 2025-04-15', '17 2025-04-15']);
  });

  it('reads a table of graded work as the page’s dates when it stands alone', () => {
    expect(brief(page('25 février 2025').slice(9), 2025, 1)).toEqual(['5 2025-03-11', '6 2025-02-25', '7 2025-04-15', '8 2025-04-15']);
  });
});
