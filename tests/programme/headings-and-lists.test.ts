import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check, days } from '../helpers/read.js';

const sessionsOf = (text: string) => check(text).programme.sessions.map(sessionToJson);
const rulesOf = (text: string) => check(text).diagnostics.map((d) => d.rule);

describe('dated headings', () => {
  it('reads a heading with its hours in it as one session', () => {
    const [session, ...others] = check('# Rentrée 2020\n\n### Lundi 21 septembre, 9h - 16h *+ verre*\n\nAccueil des EIG.\n').programme.sessions;
    expect(others).toEqual([]);
    expect(session!.source).toBe('heading');
    expect(days(session)).toEqual(['2020-09-21']);
    expect(sessionToJson(session!).times).toEqual([{ label: null, start: '09:00', end: '16:00' }]);
    expect(session!.position.start.line).toBe(3);
  });

  it('takes the hours from the heading line below (`#### de 10h à 17h, au Funlab`)', () => {
    const [session] = sessionsOf('# Editathon\n\n### Mercredi 4 mai 2022\n#### de 10h à 17h, au Funlab\n\nVenez nombreux.\n');
    expect(session).toMatchObject({ days: ['2022-05-04'], times: [{ start: '10:00', end: '17:00' }] });
  });

  it('reads a course log whose headings carry numeric dates (`### Séance 1 - [04/03/2025]`)', () => {
    const text = '# Journal\n\n### Séance 1 - [04/03/2025]\n\n- fait\n\n### Séance 2 - [05/03/2025]\n\n- fait\n';
    expect(sessionsOf(text).map((s) => [s.line, s.days])).toEqual([
      [3, ['2025-03-04']],
      [7, ['2025-03-05']],
    ]);
  });

  it('reads numbered sessions whose date is in brackets, with the part of the day (`### 1 (matin du 1er octobre 2019)`)', () => {
    const text = [
      '## Programme par demi-journées',
      '',
      '### 1 (matin du 1er octobre 2019)',
      '[Architecture](archi.md)',
      '',
      '### 2 (après-midi du 1er octobre 2019)',
      '',
      '### 5 & 6 (4 octobre 2019)',
      'TP',
      '',
      '### Interrogation écrite le 7 novembre 2019',
      '',
    ].join('\n');
    expect(sessionsOf(text).map((s) => [s.line, s.days, s.times])).toEqual([
      [3, ['2019-10-01'], []],
      [6, ['2019-10-01'], []],
      [8, ['2019-10-04'], []],
      [11, ['2019-11-07'], []],
    ]);
  });

  it('is the period, not a session, when dated headings sit under it', () => {
    const text = '# Bootcamp - 21 au 25 septembre 2020\n\n### Lundi 21 septembre\n\n### Mardi 22 septembre\n';
    expect(sessionsOf(text).map((s) => s.days)).toEqual([['2020-09-21'], ['2020-09-22']]);
  });

  it('reports a weekday that does not fit the heading’s date', () => {
    const diagnostics = check('# Log\n\n### Séance 1 - mardi 19/09/2025\n').diagnostics;
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['weekday-mismatch', 3]]);
  });
});

describe('day agendas', () => {
  const agenda = [
    '# Hackathon',
    '',
    '## 📆 Samedi 24 janvier 2026',
    '',
    '| Horaire | Activité |',
    '| --- | --- |',
    '| 09h00 - 09h30 | **Accueil** ☕ |',
    '| Matinée | Travail libre |',
    '| 20h00 - ... | Travail en autonomie |',
    '',
  ].join('\n');

  it('reads each row with clock hours, or placed in a part of the day, as a session on the heading’s day; the heading is the day', () => {
    const sessions = sessionsOf(agenda);
    expect(sessions.map((s) => [s.line, s.title, s.days, s.times.map((t) => [t.start, t.end])])).toEqual([
      [7, 'Accueil ☕', ['2026-01-24'], [['09:00', '09:30']]],
      [8, 'Travail libre', ['2026-01-24'], []],
      [9, 'Travail en autonomie', ['2026-01-24'], [['20:00', null]]],
    ]);
    // The JSON report says where each session was written.
    expect(sessions.map((s) => s.source)).toEqual(['agenda', 'agenda', 'agenda']);
  });

  it('reads timed lines and timed headings under a day heading', () => {
    const text = '# Festival\n\n#### Vendredi 7 septembre 2018\n\n09h00 - 11h00 : Yoga\n\n21h00 - 03h30 : Cinéma\n\n## Mercredi 1er juillet 2026\n\n### 8h30-9h Accueil\n\n### 9h-9h10 Ouverture - Amphi\n';
    expect(sessionsOf(text).map((s) => [s.title, s.days[0], s.times[0]?.start, s.times[0]?.end])).toEqual([
      ['Yoga', '2018-09-07', '09:00', '11:00'],
      ['Cinéma', '2018-09-07', '21:00', '03:30'],
      ['Accueil', '2026-07-01', '08:30', '09:00'],
      ['Ouverture - Amphi', '2026-07-01', '09:00', '09:10'],
    ]);
  });

  it('reads agenda lines whose hours are written with a dot (`14.00 **Mladen Pavičić**`) under a bold day', () => {
    const text = [
      '## Journées 2019',
      '',
      '**Jeudi 28 novembre 2019 (amphi Gagnepain)**',
      '',
      '12.00 Lunch<br/>',
      '<br/>',
      '*Afternoon session: contextuality*',
      '',
      '14.00 **Mladen Pavičić** (CEMS). *invited talk*<br/>',
      '15.30 - 16.00 : Coffee break<br/>',
      'Le prix est de 12.50 € par personne.',
      '',
    ].join('\n');
    expect(sessionsOf(text).map((s) => [s.line, s.days, s.times.map((t) => [t.start, t.end])])).toEqual([
      [5, ['2019-11-28'], [['12:00', null]]],
      [9, ['2019-11-28'], [['14:00', null]]],
      [10, ['2019-11-28'], [['15:30', '16:00']]],
    ]);
  });

  it('does not take the same title twice in a day for a duplicate when the hours differ', () => {
    const text = '# Hackathon\n\n## Samedi 24 janvier 2026\n\n| Horaire | Activité |\n| --- | --- |\n| 10h30 - 11h00 | Pause |\n| 15h30 - 16h00 | Pause |\n';
    expect(rulesOf(text)).not.toContain('duplicate-session');
  });
});

describe('dated lists', () => {
  it('reads dated items with their hours in brackets, after the date or after the title', () => {
    const text = [
      '# Agenda',
      '',
      '* Vendredi 1er octobre 2021 (17h30-19h) : Défi AECS.',
      '* Lundi 19/10/2020 : Soutien scolaire (17h - 19h)',
      '- [Abstract du 13 avr. 2018  - Tarik Fahlaoui](abstract.pdf)',
      '',
    ].join('\n');
    expect(sessionsOf(text).map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end}`)])).toEqual([
      [3, ['2021-10-01'], ['17:30-19:00']],
      [4, ['2020-10-19'], ['17:00-19:00']],
      [5, ['2018-04-13'], []],
    ]);
  });

  it('reads a dated item with timed items under it as the day', () => {
    const text = '# Vacances 2020\n\n* Samedi 31/10\n  - Activité cuisine (16h30-18h)\n  - Soirée Halloween (18h - 20h)\n';
    expect(sessionsOf(text).map((s) => [s.line, s.title, s.days])).toEqual([
      [4, 'Activité cuisine', ['2020-10-31']],
      [5, 'Soirée Halloween', ['2020-10-31']],
    ]);
  });

  it('reads a struck-through, ANNULÉ or reporté item as cancelled', () => {
    const text = '# Agenda 2021\n\n* Samedi 25 septembre (14h-15h30) : ~~Blind Test~~ Fermé.\n* Mercredi 29 septembre : Atelier magie ANNULÉ\n* Vendredi 1er octobre : Défi reporté\n* Samedi 2 octobre : Échecs\n';
    expect(sessionsOf(text).map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'confirmed']);
  });
});

describe('course logs in admonitions', () => {
  it('reads each dated admonition title as an all-day session; a failure did not take place', () => {
    const text = [
      '# Progression 2025-2026',
      '',
      '!!! done "séance 1 (2h jeudi 04/09/25):"',
      '    - Cours sur la POO',
      '',
      '??? failure "Chapitre 1 - Séance 2 : lundi 8/09/2025"',
      '    Férié.',
      '',
    ].join('\n');
    expect(sessionsOf(text).map((s) => [s.line, s.days, s.times, s.status])).toEqual([
      [3, ['2025-09-04'], [], 'confirmed'],
      [6, ['2025-09-08'], [], 'cancelled'],
    ]);
  });
});

describe('what is not a session', () => {
  it.each([
    ['times in a paragraph', '# Infos\n\nRendez-vous le 3 mars à 18h devant la salle, la séance dure de 18h à 20h.\n'],
    ['a deadline inside a sentence', '# Rendu\n\n- Le rendu est à faire avant le 3 mars 2025 à 14h.\n'],
    ['an HTML comment', '# Programme\n\n<!--\n### Lundi 3 mars 2025, 9h - 12h\n\n- 4 mars 2025 : atelier\n-->\n'],
    ['a template comment', '# Programme\n\n{#\n### Lundi 3 mars 2025, 9h - 12h\n#}\n'],
    ['an archive folded in details', '# Programme\n\n<details>\n<summary>Archives</summary>\n\n### Lundi 3 mars 2025\n\n</details>\n'],
    // A changelog's releases are dated headings, not sessions (silomia-journal-modifications).
    ['a changelog with bracketed versions', '# Journal des modifications\n\n## [2.0.10] - 2025-09-21\n\n### Changé\n- détails\n\n## [2.0] - 2022-01-15\n\n### Ajouté\n- tout\n'],
    ['a changelog with v-versions and French dates', '# Historique\n\n## v1.3 - 3 mars 2024\n\n- corrections\n\n## v1.2 – 12 février 2024\n\n- ajouts\n'],
    ['a changelog naming its versions', '# Changements\n\n### Version 3.1 : 12/02/2024\n\n- nouveau thème\n\n### Release 3 - 2024-01-05\n'],
    ['a changelog with plain three-part versions', '# CHANGELOG\n\n## 1.4.0 - 2023-10-07\n\n### Fixed\n- a bug\n\n## 1.3.2 - 2023-09-01\n'],
  ])('%s yields nothing and raises nothing but an info', (_name, text) => {
    const report = check(text);
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['no-schedule-table', 'info']]);
  });

  it('keeps a document with a schedule table as it was: its dated headings are detail sections', () => {
    const text = '# Programme 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| Mentors | 21 février |\n\n### Session Mentors | 21 février\n\n- **Heures** : 14h - 17h\n';
    const { programme } = check(text);
    expect(programme.sessions.map((s) => s.source)).toEqual(['table']);
    expect(programme.sections).toHaveLength(1);
  });
});

describe('a real day-agenda document: the EIG bootcamp planning (September 2020)', () => {
  const text = readFileSync('tests/fixtures/real/eig-link-bootcamp-planning-2020-09-14/input.md', 'utf8');

  it('gives its five days, each with its slots and hours', () => {
    const { programme } = check(text);
    const byDay = new Map<string, string[]>();
    for (const session of programme.sessions.map(sessionToJson)) {
      const slots = byDay.get(session.days[0]!) ?? [];
      slots.push(`${session.times[0]?.start}-${session.times[0]?.end}`);
      byDay.set(session.days[0]!, slots);
    }
    expect([...byDay.keys()]).toEqual(['2020-09-21', '2020-09-22', '2020-09-23', '2020-09-24', '2020-09-25']);
    expect(byDay.get('2020-09-21')).toEqual(['09:00-12:00', '12:00-12:30', '12:30-14:00', '14:00-16:00', '16:00-18:00']);
    expect(programme.sessions.every((s) => s.source === 'agenda')).toBe(true);
  });
});

describe('what a reader sees beside the slots', () => {
  it('a row that only marks the end (`| 12h30 | fin |`) or holds nobody (`| 15h15 | -- |`) is not a session', () => {
    const text = '# Soutenances\n\n### Mardi 03/09/2024 matin\n\n| Heure | Étudiant |\n|---|---|\n| 09h30 | FOUCHER Nathan |\n| 10h15 | -- |\n| 11h00 | FRATY Quentin |\n| 11h45 | |\n| 12h30 | fin |\n| 12h45 | Fin. |\n';
    expect(sessionsOf(text).map((s) => [s.line, s.title])).toEqual([
      [7, 'FOUCHER Nathan'],
      [9, 'FRATY Quentin'],
    ]);
  });

  it.each([
    ['- **Date:** 7 octobre 2024', []],
    ['- **Date :** lundi 7 octobre 2024\n- **Horaires :** 14h - 16h', [{ start: '14:00', end: '16:00' }]],
    ['- Sujet : Unix\n- Quand : 7 octobre 2024, 9h-12h', [{ start: '09:00', end: '12:00' }]],
    ['* **Dates** : 7 octobre 2024\n* **Heure** : 10h', [{ start: '10:00', end: null }]],
    ['* **Lieu** : falaise du Cros\n* **Dates** : 7 octobre 2024\n* **Horaires et lieu de rdv** : 13h parking de la gare, retour pour 18h', [{ start: '13:00', end: '18:00' }]],
    ['- Date : 7 octobre 2024\n- Rendez-vous : 8h30 devant le club - retour vers 17h', [{ start: '08:30', end: '17:00' }]],
    ['- Date : 7 octobre 2024\n- Heure de départ : 9h', [{ start: '09:00', end: null }]],
    ['- Date : 7 octobre 2024\n- Rendez-vous : devant la mairie, retour pour 18h', []],
  ])('dates the session its heading names from a field of the list under it, the session on its heading (%j)', (fields, times) => {
    const text = `# Cours\n\n### Séance 1: UNIX\n\n${fields}\n\n### Séance 2: Python\n\n- **Date:** [à venir]\n`;
    const sessions = sessionsOf(text);
    expect(sessions.map((s) => [s.line, s.title, s.days, s.times.map((t) => ({ start: t.start, end: t.end }))])).toEqual([
      [3, 'Séance 1: UNIX', ['2024-10-07'], times],
    ]);
  });

  it('a date field that says more than a date, or a list under no heading, is not read as one', () => {
    expect(sessionsOf('# Cours\n\n### Séance 1\n\n- Date : 7 octobre 2024 ou plus tard selon les salles\n')).toEqual([]);
    expect(sessionsOf('- Date : 7 octobre 2024\n')).toEqual([]);
  });

  it('reads the day agendas under dated headings beside a table whose rows are on other days; the headings are then no detail sections', () => {
    const text = [
      '# Programme',
      '',
      '| Jour | Heures | Description |',
      '| --- | --- | --- |',
      '| 26 novembre | 13:30-14:30 | Webinaire |',
      '',
      '### Mardi 2 décembre 2025',
      '',
      '| Heures | Description | Lieu |',
      '| --- | --- | --- |',
      '| 13:00-13:30 | Accueil | Hall |',
      '| 13:30-14:00 | Ouverture | - |',
      '',
    ].join('\n');
    const report = check(text);
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.source, s.days])).toEqual([
      [5, 'table', ['2025-11-26']],
      [11, 'agenda', ['2025-12-02']],
      [12, 'agenda', ['2025-12-02']],
    ]);
    expect(report.programme.sessions.map((s) => s.place?.text)).toEqual([undefined, 'Hall', undefined]);
    expect(report.programme.sections).toEqual([]);
    expect(report.diagnostics.map((d) => d.rule)).toEqual([]);
  });

  // joelfah-hacktoberfest-cameroun-2026 (set 66): a month's summary table at the end, each
  // Saturday's agenda under its own heading.
  it('reads the agenda of a day a summary row names alone, in place of that row', () => {
    const text = [
      '# Hacktoberfest 2026',
      '',
      '### Samedi 3 octobre — Kickoff',
      '',
      '| Heure | Activité |',
      '|---|---|',
      '| 10:00–10:20 | Ouverture |',
      '| 10:20–11:20 | Workshop |',
      '',
      '### Samedi 10 octobre — Contribute',
      '',
      '| Heure | Activité |',
      '|---|---|',
      '| 10:00–10:45 | Live |',
      '',
      '# Progression du mois',
      '',
      '| Date | Étape |',
      '|---|---|',
      '| 3 octobre | START |',
      '| 10 octobre | CONTRIBUTE |',
      '| 17 octobre | EXPLORE |',
      '',
    ].join('\n');
    const report = check(text);
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.source, s.days, s.times.map((t) => t.start)])).toEqual([
      [22, 'table', ['2026-10-17'], []],
      [7, 'agenda', ['2026-10-03'], ['10:00']],
      [8, 'agenda', ['2026-10-03'], ['10:20']],
      [14, 'agenda', ['2026-10-10'], ['10:00']],
    ]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([]);
  });

  it('keeps a recap row with hours or a place of its own, one naming a deadline, or one of two rows on the day, beside the agenda (review)', () => {
    for (const rows of [['| 3 octobre | 10h-18h | START |'], ['| 3 octobre | | START |', '| 3 octobre | | Repas |'], ['| 3 octobre | | Clôture des inscriptions |'], ['| 3 octobre | | Date limite de dépôt des projets |']]) {
      const text = ['# Hacktoberfest 2026', '', '### Samedi 3 octobre', '', '| Heure | Activité |', '|---|---|', '| 10:00–10:20 | Ouverture |', '', '## Récapitulatif', '', '| Date | Heures | Étape |', '|---|---|---|', ...rows, ''].join('\n');
      expect(sessionsOf(text).map((s) => s.source)).toEqual(rows.map(() => 'table'));
    }
    const placed = ['# Hacktoberfest 2026', '', '### Samedi 3 octobre', '', '| Heure | Activité |', '|---|---|', '| 10:00–10:20 | Ouverture |', '', '## Récapitulatif', '', '| Date | Étape | Lieu |', '|---|---|---|', '| 3 octobre | Kickoff | Campus, amphi B |', ''].join('\n');
    expect(sessionsOf(placed).map((s) => [s.source, s.place])).toEqual([['table', 'Campus, amphi B']]);
  });

  // inf5190-plan-de-cours-a2019: the weekly course headings, then a table of the assessments.
  const assessments = ['# Évaluation', '', '| Description | Date | Pondération |', '| --- | --- | --- |', '| Examen intra | 23 octobre 2019 | 35% |', '| Projet | 4 novembre 2019 21h | 15% |', ''];
  it.each([
    ['weeks named by their lecture day', ['## Semaine 1 - 4 septembre', '* Cours : introduction', '', '## Semaine 2 - 11 septembre', '', '## Semaine  3 - 18 septembre', 'Examen']],
    ['sessions with their weekday and year', ['### Séance 1 : mercredi 4 septembre 2019', '', '### Séance 2 : mercredi 11 septembre 2019', '', '### Séance 3 : mercredi 18 septembre 2019']],
    ['days as headings, with hours on one', ['## Mercredi 4 septembre', '', '## Mercredi 11 septembre, 9h - 12h', '', '## Mercredi 18 septembre']],
  ])('reads several dated headings above a table of other dates as sessions beside its rows (%s)', (_name, headings) => {
    const text = ['# Cours INF 2019', '', ...headings, '', ...assessments].join('\n');
    const sessions = sessionsOf(text);
    expect(sessions.map((s) => [s.source, s.days])).toEqual([
      ['table', ['2019-10-23']],
      ['table', ['2019-11-04']],
      ['heading', ['2019-09-04']],
      ['heading', ['2019-09-11']],
      ['heading', ['2019-09-18']],
    ]);
    expect(check(text).diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([]);
  });

  it('keeps one or two dated headings above a table its titles', () => {
    for (const headings of [['## Programme du 4 septembre 2019'], ['## Rentrée : 4 septembre 2019', '', '## Mercredi 11 septembre 2019']]) {
      const text = ['# Cours', '', ...headings, '', ...assessments].join('\n');
      expect(sessionsOf(text).map((s) => s.source)).toEqual(['table', 'table']);
    }
  });

  it('keeps a dated heading over a table on the day of a row a detail section', () => {
    const text = '# Programme 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| Mentors | 21 février |\n\n### Jeudi 21 février 2019\n\n| Heures | Quoi |\n| --- | --- |\n| 14h - 15h | Accueil |\n';
    const { programme } = check(text);
    expect(programme.sessions.map((s) => s.source)).toEqual(['table']);
    expect(programme.sections).toHaveLength(1);
  });
});

describe('an undated programme whose day is written elsewhere on the page', () => {
  // cemosis-rmi-hpc-2015 (a date field above `## Programme`), gdr-igrv-journees-plenieres
  // (`**Programme de la journée plénière**` under the item `mercredi 17 mars 2021 : journée plénière`).
  it.each([
    [
      'a date field, then `## Programme` over timed items',
      ['# Rencontre HPC', '', ' - date: lundi 22 juin 2015 (après-midi)', ' - lieu: Saclay', '', '## Programme', '', ' - 13h30 - 14h00 : Accueil', ' - 14h00 - 15h00 : Atelier 1', ''],
      [[8, ['2015-06-22'], '13:30'], [9, ['2015-06-22'], '14:00']],
    ],
    [
      'the item the bold label names, then lines split by <br />',
      ['# Journées 2021', '', '* mardi 16 mars 2021 : journée GDMM', '* mercredi 17 mars 2021 : journée plénière - à distance', '', '**Programme de la journée plénière** <br />', '*8H45 Ouverture* de la journée <br />', '10H-10H35 *Bilan* <br />', 'Pour les ateliers, un salon Discord <br />', ''],
      [[3, ['2021-03-16'], undefined], [4, ['2021-03-17'], undefined], [7, ['2021-03-17'], '08:45'], [8, ['2021-03-17'], '10:00']],
    ],
    [
      'a bold date field, then `### Ordre du jour :` over timed lines',
      ['# Réunion du bureau', '', '**Date** : jeudi 3 avril 2025', '', '### Ordre du jour :', '', '18h00 : accueil', '18h30 - 19h : budget', ''],
      [[7, ['2025-04-03'], '18:00'], [8, ['2025-04-03'], '18:30']],
    ],
    [
      'the list item the heading names (`## Déroulé de l’atelier`)',
      ['# Cartoparties', '', '- 12 mars 2024 : atelier cartographie', '', "## Déroulé de l'atelier cartographie", '', '- 14h : accueil', '- 14h30 - 17h : relevés', ''],
      [[3, ['2024-03-12'], undefined], [7, ['2024-03-12'], '14:00'], [8, ['2024-03-12'], '14:30']],
    ],
  ])('takes that day for its timed lines (%s)', (_name, lines, expected) => {
    const sessions = sessionsOf(lines.join('\n'));
    expect(sessions.map((s) => [s.line, s.days, s.times[0]?.start])).toEqual(expected);
  });

  it.each([
    ['no date anywhere', ['# Atelier', '', '## Programme', '', '- 14h : accueil', '- 15h : atelier', '']],
    ['two date fields, two events', ['# Ateliers', '', '- Date : 3 mars 2025', '', '- Date : 10 mars 2025', '', '## Programme', '', '- 14h : accueil', '']],
    ['a date field that says more than a date', ['# Atelier', '', 'Date : 3 mars 2025 ou plus tard selon les inscriptions', '', '## Programme', '', '- 14h : accueil', '']],
    ['a programme named after nothing on the page', ['# Journées', '', '* 3 mars 2025 : journée A', '* 4 mars 2025 : journée B', '', '**Programme de la soirée**', '18h : apéritif', '']],
  ])('gives nothing to a programme whose day the page does not name once (%s)', (_name, lines) => {
    expect(sessionsOf(lines.join('\n')).filter((s) => s.times.length > 0)).toEqual([]);
  });
});

// uvsq-lsin310-2025-26: `Les épreuves auront lieu :` over `- CC1 : semaine du 20 octobre 2025.`
describe('a list of key dates: a label, a colon, its date', () => {
  it.each([
    [
      'exams, a week among them',
      ['- CC1 : semaine du 20 octobre 2025.', '- CC de substitution : mercredi 17 décembre 2025 (uniquement pour les ABJ).', '- Examen : janvier 2026', '- Deuxième session : 19 juin 2026.'],
      [['CC1', 5, 'tentative'], ['CC de substitution', 1, 'confirmed'], ['Deuxième session', 1, 'confirmed']],
    ],
    [
      'labels in bold, ISO dates',
      ['* **Description du projet** : 2025-05-23', '* **Rapport final** : 2025-08-15'],
      [['Description du projet', 1, 'confirmed'], ['Rapport final', 1, 'confirmed']],
    ],
    [
      'labels that hold a colon',
      ['- Foire 1: Prototypage : 9 juin 2025', '- Foire 2: Version beta : 14 juillet 2025', '- Site : https://exemple.fr'],
      [['Foire 1: Prototypage', 1, 'confirmed'], ['Foire 2: Version beta', 1, 'confirmed']],
    ],
  ])('reads each as a session titled by its label (%s)', (_name, items, expected) => {
    const sessions = sessionsOf(['# UE 2025', '', 'Les épreuves auront lieu :', ...items, ''].join('\n'));
    expect(sessions.map((s) => [s.title, s.days.length, s.status])).toEqual(expected);
  });

  it('reads the working days of a week written by its first day, tentative', () => {
    const [week] = sessionsOf('# UE\n\n- CC1 : semaine du 20 octobre 2025\n- CC2 : semaine du 8 décembre 2025\n');
    expect([week!.days, week!.status]).toEqual([['2025-10-20', '2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24'], 'tentative']);
  });

  it.each([
    ['one such item among sentences', ['- Rappel : inscription le 3 mars 2025', '- Pensez à apporter votre ordinateur', '- Les salles changent cette année']],
    ['a date inside a sentence after the colon', ['- Rappel : le rendu est à faire avant le 3 mars 2025', '- Attention : la salle change le 4 mars 2025']],
  ])('reads nothing from %s', (_name, items) => {
    expect(sessionsOf(['# UE', '', ...items, ''].join('\n'))).toEqual([]);
  });
});

describe('dated list items as pages write them', () => {
  it.each([
    ['- [Test 1](test1.pdf) *(mardi 8 octobre 2019)*', 'Test 1', ['2019-10-08'], []],
    ['- Réunion de rentrée (2 septembre 2019, 18h - 20h)', 'Réunion de rentrée', ['2019-09-02'], [{ start: '18:00', end: '20:00' }]],
    ["* Pique-nique de fin d'année (vendredi 21/06/2019).", "Pique-nique de fin d'année", ['2019-06-21'], []],
  ])('an item that ends with its date in brackets is a session on that date (%j)', (item, title, days, times) => {
    const [session, ...others] = sessionsOf(`# Cours\n\n${item}\n`);
    expect(others).toEqual([]);
    expect([session!.title, session!.days, session!.times.map((t) => ({ start: t.start, end: t.end }))]).toEqual([title, days, times]);
  });

  it('brackets that hold more than a date, or a date inside a sentence, are prose', () => {
    expect(sessionsOf('# Cours\n\n- Le cours reprend (après le 8 octobre 2019, sauf grève)\n- Rendu le 8 octobre 2019 (voir le sujet)\n')).toEqual([]);
  });

  it('upcoming dates listed before past ones keep the year their weekdays fit', () => {
    const text = '# Cours\n\n## Dates à retenir\n\n* Test 3 : mercredi 20 Novembre\n* Examen : Mardi 17 Décembre de 13h45 à 16h45\n\n## Sujets\n\n- [Test 1](t.pdf) *(mardi 8 octobre 2019)*\n';
    const report = check(text);
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.days)).toEqual([['2019-11-20'], ['2019-12-17'], ['2019-10-08']]);
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toEqual([]);
  });

  it('one weekday that does not fit is still a weekday-mismatch, not a reason to change the year', () => {
    const text = '# Cours\n\n* Test 3 : mercredi 20 Novembre\n* Test 4 : 27 Novembre\n\n- [Test 1](t.pdf) *(mardi 8 octobre 2019)*\n';
    const report = check(text);
    expect(report.programme.sessions.map(sessionToJson)[0]!.days).toEqual(['2018-11-20']);
    expect(report.diagnostics.map((d) => d.rule)).toContain('weekday-mismatch');
  });
});

describe('a day agenda whose hours cell is left empty under a timed row', () => {
  const agenda = '# BlueHats 2023\n\n## 6 décembre 2023 de 14h à 18h\n\n| Heure | Intitulé | Intervenant |\n|---|---|---|\n| 14h | Talk A | Ana |\n| | Talk B | Bo |\n| 15h | Talk C | Cy |\n| | Talk D | Di |\n';

  it('carries the hours down to the rows that leave them empty: talks given side by side', () => {
    expect(sessionsOf(agenda).map((s) => [s.line, s.title, s.days, s.times.map((t) => t.start)])).toEqual([
      [7, 'Talk A', ['2023-12-06'], ['14:00']],
      [8, 'Talk B', ['2023-12-06'], ['14:00']],
      [9, 'Talk C', ['2023-12-06'], ['15:00']],
      [10, 'Talk D', ['2023-12-06'], ['15:00']],
    ]);
  });

  it('carries nothing into the gap between the end of a slot and the next start: a break', () => {
    const text = '# Journée 2023\n\n## 6 décembre 2023\n\n| Heure | Intitulé |\n|---|---|\n| 15:10 - 15:40 | Talk A |\n| | *Pause* |\n| 16:10 - 16:40 | Talk B |\n';
    expect(sessionsOf(text).map((s) => s.title)).toEqual(['Talk A', 'Talk B']);
  });

  it('carries nothing past a row whose hours cell says something else (`Pause`)', () => {
    const text = agenda.replace('| 15h | Talk C | Cy |', '| Pause | Café | |');
    expect(sessionsOf(text).map((s) => s.title)).toEqual(['Talk A', 'Talk B']);
  });
});
