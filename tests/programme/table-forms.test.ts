/*
 * The table forms of real French schedules (issue: read the schedules people really
 * write), each in the words of a real document, checked as a user sees them: the days and
 * hours read, and what is said.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(text: string, options: Parameters<typeof check>[1] = {}) {
  return check(text, options).programme.sessions.map(sessionToJson).map(({ title, days, times, status }) => ({
    title,
    days,
    times: times.map((t) => `${t.label ? `${t.label} ` : ''}${t.start}-${t.end ?? ''}`),
    status,
  }));
}

function rules(text: string, options: Parameters<typeof check>[1] = {}): string[] {
  return check(text, options).diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`);
}

describe('schedule tables as people write them', () => {
  it('reads every dated table in order and counts the years across them (autumn, then winter)', () => {
    const text = [
      '# Séminaires 2024-2025',
      '',
      '## Automne',
      '',
      '| Date | Séance |',
      '| --- | --- |',
      '| 12 novembre | Ouverture |',
      '',
      '## Hiver',
      '',
      '| Date | Séance |',
      '| --- | --- |',
      '| 14 janvier | Clôture |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days])).toEqual([
      ['Ouverture', ['2024-11-12']],
      ['Clôture', ['2025-01-14']],
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('carries the day down an agenda whose later slots leave the date empty, and a row without hours goes on with its slot', () => {
    const text = [
      '## Programme du 21 au 25 septembre 2020',
      '',
      '| Date | Horaires | Thématique |',
      '| --- | --- | --- |',
      '| **Mardi 22 septembre** | 9h - 18h | Être EIG |',
      '|  | 18h - 20h | AfterWork (optionnel) |',
      '|  |  | (suite de l’AfterWork) |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      { title: 'Être EIG', days: ['2020-09-22'], times: ['09:00-18:00'], status: 'confirmed' },
      { title: 'AfterWork (optionnel)', days: ['2020-09-22'], times: ['18:00-20:00'], status: 'confirmed' },
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('reads the rows of one slot (a defence schedule) as sessions sharing the slot’s day and start', () => {
    const text = [
      '## Planning des soutenances 2019',
      '',
      '| Date | Horaire | #sujet | titre | encadrant |',
      '| --- | --- | --- | --- | --- |',
      '| 19/06/19 | 8h30 | 2 | Scanner 3D | Formenti |',
      '| | | 3 | Robot explorateur | Pelleau |',
      '| | 10h30 | 29 | MicroMouse | Formenti |',
      '| | | 5 | Bras robot | Renevier |',
      '| | | | (suite : démonstration en salle 2) | |',
      '| 20/06/19 | 10h | OASIS | Waste no more | ? |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      { title: 'Scanner 3D', days: ['2019-06-19'], times: ['08:30-'], status: 'confirmed' },
      { title: 'Robot explorateur', days: ['2019-06-19'], times: ['08:30-'], status: 'confirmed' },
      { title: 'MicroMouse', days: ['2019-06-19'], times: ['10:30-'], status: 'confirmed' },
      { title: 'Bras robot', days: ['2019-06-19'], times: ['10:30-'], status: 'confirmed' },
      { title: 'Waste no more', days: ['2019-06-20'], times: ['10:00-'], status: 'confirmed' },
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('reads a week named by its days (`Semaine du 7 octobre`, `semaine du 14 au 18 octobre`), and checks its weekday', () => {
    const text = '# Cours 2024\n\n| Date | Contenu |\n| --- | --- |\n| Semaine du 7 octobre | Cours 1 |\n| semaine du 14 au 18 octobre | Stage |\n| Semaine du mardi 21 octobre | Cours 2 |\n';
    expect(sessions(text).map((s) => [s.title, s.days])).toEqual([
      ['Cours 1', ['2024-10-07']],
      ['Stage', ['2024-10-14', '2024-10-15', '2024-10-16', '2024-10-17', '2024-10-18']],
      ['Cours 2', ['2024-10-21']],
    ]);
    // 21 October 2024 is a Monday.
    expect(rules(text)).toEqual(['7 error weekday-mismatch']);
  });

  it.each([
    ['a `Semaine` column', '| Semaine | Contenu |\n| --- | --- |\n| 4 sept. | Intro |\n| 11 sept. | Suite |\n', ['2024-09-04', '2024-09-11']],
    ['an empty header', '| # |  | Sujet |\n| --- | --- | --- |\n| 1 | Lundi 7/10 | A |\n| 2 | Lundi 14/10 | B |\n', ['2024-10-07', '2024-10-14']],
    ['a `Période` column with full dates', '| Période | Activité |\n| --- | --- |\n| Lundi 3 mars 2025 | A |\n| 10/03/2025 | B |\n|  | suite |\n', ['2025-03-03', '2025-03-10', '2025-03-10']],
  ])('knows a dates column by its cells when its header does not say it: %s', (_, body, days) => {
    expect(sessions(`# Cours 2024\n\n${body}`).map((s) => s.days[0])).toEqual(days);
  });

  it('does not take a column of scores or a lone date for a dates column', () => {
    expect(check('# Tournoi 2024\n\n| Équipe | Score | Titre |\n| --- | --- | --- |\n| A | 3/2 | x |\n| B | 4/1 | y |\n').programme.sessions).toEqual([]);
    expect(check('# Projet 2024\n\n| Étape | Contenu |\n| --- | --- |\n| 12 mars | Lancement |\n| Ensuite | Suite |\n| Enfin | Fin |\n').programme.sessions).toEqual([]);
  });

  it('still says a date is missing when there is nothing above to carry down', () => {
    const text = '# Programme 2020\n\n| Date | Horaires | Séance |\n| --- | --- | --- |\n|  | 9h - 12h | Accueil |\n';
    expect(rules(text)).toEqual(['5 error missing-date']);
  });

  it('gives each row the labelled slots its header writes, for the columns it fills', () => {
    const text = [
      '## Programme du séminaire (Avril 2026)',
      '',
      '| Jour | Matin (9h-12h) | Après-midi (14h-17h) |',
      '| :--- | :--- | :--- |',
      '| **Mardi 7** | Introduction IA | Statistiques |',
      '| **Mercredi 8** | Python |  |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      { title: 'Introduction IA', days: ['2026-04-07'], times: ['Matin 09:00-12:00', 'Après-midi 14:00-17:00'], status: 'confirmed' },
      { title: 'Python', days: ['2026-04-08'], times: ['Matin 09:00-12:00'], status: 'confirmed' },
    ]);
  });

  it('reads the hours a dates cell writes after its date', () => {
    const text = '# Évaluations 2025\n\n| Évaluation | Date |\n| --- | --- |\n| Midterm | 17 avril, 9h15-11h |\n| Soirée | Lundi 07 avril 2025 à 18:30 |\n';
    expect(sessions(text).map((s) => [s.days, s.times])).toEqual([
      [['2025-04-17'], ['09:15-11:00']],
      [['2025-04-07'], ['18:30-']],
    ]);
  });

  it('keeps the date of a cell that goes on with a remark in words', () => {
    const text = '# Automne 2025\n\n| Date | Contenu |\n| --- | --- |\n| Jeudi 16 octobre<br>**Horaire du lundi** | Temps TP2 |\n';
    expect(sessions(text)[0]?.days).toEqual(['2025-10-16']);
    expect(rules(text)).toEqual([]);
  });

  it('reads a dotted time and says how to write it', () => {
    const text = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Mentors | 21 février | 17:30-18.00 |\n';
    expect(sessions(text)[0]?.times).toEqual(['17:30-18:00']);
    expect(rules(text)).toEqual(['5 warning hours-typo']);
  });

  it('reads hours written with dots throughout (`9.30-11.30`) as hours, with nothing to warn about', () => {
    const text = [
      '# Atelier 2024',
      '',
      '| Date | Horaire | Séance |',
      '| --- | --- | --- |',
      '| 12 mars | 9.30-11.30 | Ouverture |',
      '| 12 mars | 14.00 - 15.30 | Ateliers |',
      '| 13 mars | de 10.15 à 12.00 | Clôture |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => s.times)).toEqual([['09:30-11:30'], ['14:00-15:30'], ['10:15-12:00']]);
    expect(rules(text)).toEqual([]);
  });
});

describe('the forms of a spreadsheet or a timetable', () => {
  it('reads a day and a month glued by a dash (`26-janv`) beside the usual form', () => {
    const text = '# Cours 2024\n\n| Cours | Date | Matière |\n| --- | --- | --- |\n| 3 | 24 janv | Clés |\n| 4 | 26-janv | CRUD |\n| 8 | 09-févr. | Jointures |\n';
    expect(sessions(text).map((s) => s.days[0])).toEqual(['2024-01-24', '2024-01-26', '2024-02-09']);
    expect(rules(text)).toEqual([]);
  });

  it('reads a weekday letter before a numeric date and checks it (`L 22/09`, `J 15/01`)', () => {
    const text = 'TAA - 2025/2026\n\n# Programme\n\n| Jour/Date | Heure | Contenu |\n| --- | --- | --- |\n| L 22/09 | 9h45-13h | ML |\n| J 15/01 | 9h45-13h | MLops |\n| V 22/01 | 9h45-13h | Exposés |\n';
    expect(sessions(text).map((s) => s.days[0])).toEqual(['2025-09-22', '2026-01-15', '2026-01-22']);
    expect(rules(text)).toEqual(['9 error weekday-mismatch']);
  });

  it('reads an hours range whose start has no h (`14-16h`, `de 10 à 12h`)', () => {
    const text = '# Examens 2019\n\n| Date | Examen | Heure |\n| --- | --- | --- |\n| 8 janvier | Logique | 14-16h |\n| 9 janvier | Calcul | de 10 à 12h |\n';
    expect(sessions(text).map((s) => s.times)).toEqual([['14:00-16:00'], ['10:00-12:00']]);
    expect(rules(text)).toEqual([]);
  });

  it('reads a table and a list indented inside the tabs of an MDX page as its site shows them', () => {
    const text = [
      "import Tabs from '@theme/Tabs';",
      "import TabItem from '@theme/TabItem';",
      '',
      '# Calendrier H25',
      '',
      '<Tabs>',
      '  <TabItem value="a" label="Groupe A">',
      '',
      '    | Date | Séance | Salle |',
      '    | --- | --- | --- |',
      '    | 23 janvier | Séance 1 | B-12 |',
      '    | 28 janvier | Séance 2 | B-12 |',
      '',
      '  </TabItem>',
      '</Tabs>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => s.days[0])).toEqual(['2025-01-23', '2025-01-28']);
  });

  it('keeps indented code as code in a page that is not MDX', () => {
    const text = '# Calendrier 2025\n\nExemple :\n\n    | Date | Séance | Salle |\n    | --- | --- | --- |\n    | 23 janvier | Séance 1 | B-12 |\n';
    expect(sessions(text)).toEqual([]);
  });
});

describe('one table per month, under a heading that names it', () => {
  it('reads `Mardi 8` or a lone `15` in the month of the heading above its own table', () => {
    const text = [
      '# Planning 2024',
      '',
      '## Octobre',
      '',
      '| Date | Séance |',
      '| --- | --- |',
      '| Mardi 8 | Cours 1 |',
      '| 15 | Cours 2 |',
      '',
      '## Novembre',
      '',
      '| Date | Séance |',
      '| --- | --- |',
      '| Mardi 5 | Cours 3 |',
      '| 19 | Cours 4 |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => s.days[0])).toEqual(['2024-10-08', '2024-10-15', '2024-11-05', '2024-11-19']);
    expect(rules(text)).toEqual([]);
  });

  it('still cannot read a lone day number with no month above', () => {
    expect(rules('# Planning 2024\n\n| Date | Séance |\n| --- | --- |\n| 15 | Cours 2 |\n')).toEqual(['5 error unreadable-date']);
  });
});

describe('a dated table that is not a programme', () => {
  const pressReview = '# 2020\n\n## Presse\n\n| Date | Site | URL | Accès |\n| --- | --- | --- | --- |\n| 2020-08-28 | AEF | [Article](https://example.org/a) | Payant |\n';

  it('is not read: no session, no error, one info saying why', () => {
    const report = check(pressReview);
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['info not-a-programme']);
    expect(report.diagnostics[0]?.message).toContain('Date | Site | URL | Accès');
  });

  // `public` qualifies a link as often as it names who a session is for: a link's column
  // (`Lien public`, an org-mode export of a blog's posts) is no audience column.
  it.each(['Lien public', 'Liens publics', 'URL public', 'Link (public)', 'Accès public'])('is a listing when its link column says %j', (header) => {
    const text = `# Billets\n\n| Date | Titre | Auteur | ${header} |\n| --- | --- | --- | --- |\n| 18-06-15 | Comment les EIG apprennent | Bastien | [lire](https://example.org/a) |\n| 18-05-29 | Pourquoi devenir EIG | Mathilde | [lire](https://example.org/b) |\n`;
    const report = check(text);
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['info not-a-programme']);
  });

  it.each(['Public', 'Publics', 'Public visé', 'Type de public', 'Pour quel public ?'])('is a programme when %j names who the sessions are for', (header) => {
    const text = `# 2020\n\n| Date | ${header} | Lien |\n| --- | --- | --- |\n| 28 août | Lycéens | [inscription](https://example.org/i) |\n`;
    expect(check(text).programme.sessions.map((s) => s.audience?.text)).toEqual(['Lycéens']);
  });

  // A course planning gives each class its materials: beside a column naming the class, the
  // theme or the week, a links or files column does not make the table a listing.
  it.each([
    'Date | Sem | Lab | Sujet | Fichiers',
    'Date | Séance | Lien',
    'Date | Semaine | Thème | Liens',
    'Date | Cours | Téléchargement',
    'Date | TP | Fichiers',
  ])('is a programme when a materials column sits beside one naming the class: %j', (header) => {
    const cells = header.split(' | ').map((_, index) => (index === 0 ? '14 janvier' : index === 1 ? '2' : '[pdf](a.pdf)'));
    const more = header.split(' | ').map((_, index) => (index === 0 ? '21 janvier' : index === 1 ? '3' : '[pdf](b.pdf)'));
    const text = `# Labos hiver 2020\n\n| ${header} |\n| ${header.split(' | ').map(() => '---').join(' | ')} |\n| ${cells.join(' | ')} |\n| ${more.join(' | ')} |\n`;
    expect(sessions(text).map((s) => s.days[0]), header).toEqual(['2020-01-14', '2020-01-21']);
  });

  it.each(['Date | Titre | Lien', 'Date | Lien', 'Date | Titre | Fichiers'])('stays a listing when its materials column has no class beside it: %j', (header) => {
    const width = header.split(' | ').length;
    const row = (day: string) => `| ${[day, ...Array.from({ length: width - 1 }, (_, i) => (i === width - 2 ? '[lire](https://example.org/a)' : 'Pourquoi devenir EIG'))].join(' | ')} |`;
    const text = `# Billets 2018\n\n| ${header} |\n| ${Array.from({ length: width }, () => '---').join(' | ')} |\n${row('29 mai')}\n${row('15 juin')}\n`;
    const report = check(text);
    expect(report.programme.sessions, header).toEqual([]);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['info not-a-programme']);
  });

  it('is a programme when it has hours, a place, an audience or a speaker column', () => {
    for (const header of ['Date | Horaires | URL', 'Date | Lieu | Lien', 'Date | Intervenant | Lien']) {
      const text = `# 2020\n\n| ${header} |\n| --- | --- | --- |\n| 28 août | 9h | x |\n`;
      expect(check(text).programme.sessions, header).toHaveLength(1);
    }
  });
});

describe('the year, where a careful reader finds it', () => {
  const table = '| Date | Séance |\n| --- | --- |\n| 15 janvier | Cours 1 |\n| 3 mars | Cours 2 |\n';

  it('from a school-year label: a January row is in its second year', () => {
    expect(sessions(`# Cours 2024-2025\n\n${table}`).map((s) => s.days[0])).toEqual(['2025-01-15', '2025-03-03']);
    expect(sessions(`# Cours 2018/2019\n\n| Date | Séance |\n| --- | --- |\n| 10 septembre | Rentrée |\n`)[0]?.days).toEqual(['2018-09-10']);
  });

  it('from the front matter: the year that puts the schedule closest to its date', () => {
    expect(sessions(`---\nlayout: post\ndate: 2022-12-20\n---\n\n${table}`).map((s) => s.days[0])).toEqual(['2023-01-15', '2023-03-03']);
  });

  it('from the front matter key that names the term or school year the page is about', () => {
    const autumn = '| Date du cours | Cours |\n| --- | --- |\n| 4 septembre | Présentation |\n| 11 décembre | Examen final |\n';
    // A course outline's `session: Automne 2019` (no `date:`): every row of the term in 2019.
    expect(sessions(`---\nsigle: INF5190\nsession: Automne 2019\n---\n\n${autumn}`).map((s) => s.days[0])).toEqual(['2019-09-04', '2019-12-11']);
    expect(sessions(`---\nsemestre: "Hiver 2020"\n---\n\n${table}`).map((s) => s.days[0])).toEqual(['2020-01-15', '2020-03-03']);
    expect(sessions(`---\nannée_scolaire: 2024-2025\n---\n\n${table}`).map((s) => s.days[0])).toEqual(['2025-01-15', '2025-03-03']);
    expect(sessions(`---\nterm: Fall 2019\n---\n\n${autumn}`).map((s) => s.days[0])).toEqual(['2019-09-04', '2019-12-11']);
    // The term the page is about outranks the day the page was written.
    expect(sessions(`---\ndate: 2018-06-01\nsession: Hiver 2021\n---\n\n${table}`).map((s) => s.days[0])).toEqual(['2021-01-15', '2021-03-03']);
    // A Quarto page's subtitle names its term as a title does.
    expect(sessions(`---\ntitle: "Calendrier"\nsubtitle: "Automne 2026"\n---\n\n${autumn}`).map((s) => s.days[0])).toEqual(['2026-09-04', '2026-12-11']);
  });

  it('from a term named by its season: every row in the term, in whatever order the rows are', () => {
    const evaluations = '| Description | Date | Pondération |\n| --- | --- | --- |\n| Examen final | 11 décembre 2019 | 35% |\n| Remise 1 | 4 novembre 21h | 15% |\n| Remise 2 | 16 décembre 21h | 15% |\n';
    expect(sessions(`---\nsession: Automne 2019\n---\n\n${evaluations}`).map((s) => s.days[0])).toEqual(['2019-12-11', '2019-11-04', '2019-12-16']);
    expect(rules(`---\nsession: Automne 2019\n---\n\n${evaluations}`)).toEqual([]);
    // An autumn term's January (its exams) is in the next year.
    const autumn = '| Date | Séance |\n| --- | --- |\n| 10 septembre | Rentrée |\n| 14 janvier | Examen |\n';
    expect(sessions(`## Semestre d'automne 2019\n\n${autumn}`).map((s) => s.days[0])).toEqual(['2019-09-10', '2020-01-14']);
    expect(sessions(`# Cours — Hiver 2020\n\n| Date | Séance |\n| --- | --- |\n| 3 mars | Cours 2 |\n| 15 janvier | Cours 1 |\n`).map((s) => s.days[0])).toEqual(['2020-03-03', '2020-01-15']);
    expect(sessions(`# Printemps 2021\n\n${table}`).map((s) => s.days[0])).toEqual(['2021-01-15', '2021-03-03']);
    expect(sessions(`# Fall 2019\n\n${autumn}`).map((s) => s.days[0])).toEqual(['2019-09-10', '2020-01-14']);
  });

  it('not from a front matter key that says nothing about the schedule', () => {
    expect(rules(`---\ncopyright: 2015\nupdated: 2016\n---\n\n${table}`)).toEqual(['8 error missing-year']);
  });

  it('from a heading that names the year beside other words (`Tournée 2023`)', () => {
    expect(sessions(`# Tournée 2023\n\n${table}`).map((s) => s.days[0])).toEqual(['2023-01-15', '2023-03-03']);
  });

  it('counted one way in a row and in a heading: `10 octobre & 5 janvier 2020 & 7 février` is 2019, 2020, 2020 in both', () => {
    const cycle = '10 octobre & 5 janvier 2020 & 7 février';
    const inRow = sessions(`# Programme\n\n| Date | Séance |\n| --- | --- |\n| ${cycle} | Cycle |\n`);
    const inHeading = sessions(`# Programme\n\n### Cycle : ${cycle}\n\nTexte.\n`);
    expect(inRow.map((s) => s.days)).toEqual([['2019-10-10', '2020-01-05', '2020-02-07']]);
    expect(inHeading.map((s) => s.days)).toEqual(inRow.map((s) => s.days));
  });

  it('from a full date written near the table', () => {
    expect(sessions(`Inscriptions avant le mercredi 29 novembre 2024.\n\n${table}`)[0]?.days).toEqual(['2025-01-15']);
  });

  it('guessed from the weekdays the rows write, the year closest to the last commit, and said', () => {
    const text = '| Séance | Date |\n| --- | --- |\n| Cours 1 | Jeu 15 janv |\n| Cours 2 | Lun 19 janv |\n';
    const committed = { year: 2025, month: 9, day: 1 };
    expect(sessions(text, { committed }).map((s) => s.days[0])).toEqual(['2026-01-15', '2026-01-19']);
    expect(rules(text, { committed })).toEqual(['1 info guessed-year']);
  });

  it('guessed from the weekdays of a table that crosses a new year, and from most of them when one is mistyped', () => {
    const rows = ['Lun 22 sept', 'Lun 17 nov', 'Jeu 15 janv', 'Ven 26 janv'].map((d, i) => `| Cours ${i + 1} | ${d} |`);
    const text = `| Séance | Date |\n| --- | --- |\n${rows.join('\n')}\n`;
    const committed = { year: 2026, month: 1, day: 13 };
    expect(sessions(text, { committed }).map((s) => s.days[0])).toEqual(['2025-09-22', '2025-11-17', '2026-01-15', '2026-01-26']);
    // 26 January 2026 is a Monday: the one mistyped weekday is reported, the year still found.
    expect(rules(text, { committed })).toEqual(['1 info guessed-year', '6 error weekday-mismatch']);
  });

  it('guessed from the last commit when no weekday is written, and said', () => {
    expect(sessions(table, { committed: { year: 2019, month: 12, day: 10 } }).map((s) => s.days[0])).toEqual(['2020-01-15', '2020-03-03']);
    expect(rules(table, { committed: { year: 2019, month: 12, day: 10 } })).toEqual(['1 info guessed-year']);
  });

  // A school year's list committed in April is the one that ends that April, though the
  // September after is nearer the commit than the September before.
  it('guessed as the school year the commit falls in, when the list spans one', () => {
    const schoolYear = '| date | contenu |\n| --- | --- |\n| 04/09 | Fiche de renseignement |\n| 13/11 | Orientation |\n| 22/01 | Bilan |\n| 15/04 | Parcoursup |\n';
    expect(sessions(schoolYear, { committed: { year: 2024, month: 4, day: 15 } }).map((s) => s.days[0])).toEqual(['2023-09-04', '2023-11-13', '2024-01-22', '2024-04-15']);
    expect(sessions(schoolYear, { committed: { year: 2023, month: 9, day: 2 } }).map((s) => s.days[0])).toEqual(['2023-09-04', '2023-11-13', '2024-01-22', '2024-04-15']);
  });

  it('not guessed outside a repository: the year is missing', () => {
    expect(rules(table)).toEqual(['3 error missing-year']);
  });
});

describe('checks that real tables need', () => {
  it('a list kept newest first is in order going down in time; a row going up is out of place', () => {
    const rows = ['15/11/2018', '12/10/2018', '11/10/2018', '02/02/2019', '10/09/2018'].map((d, i) => `| ${d} | Événement ${i + 1} |`);
    const text = `# Événements\n\n| Date | Évènement |\n| --- | --- |\n${rows.join('\n')}\n`;
    expect(rules(text)).toEqual(['8 warning out-of-order']);
    expect(check(text).diagnostics[0]?.message).toContain('newest first');
  });

  it('a weekday named by the header of the dates column, or by a remark, is checked', () => {
    const header = '# Cours 2025\n\n| Séance | Date (mardi) |\n| --- | --- |\n| Cours 1 | 2 septembre |\n| Cours 2 | 10 septembre |\n';
    expect(rules(header)).toEqual(['6 error weekday-mismatch']);
    const remark = '# Programme 2019\n\n| SESSIONS | DATES | REMARQUE |\n| --- | --- | --- |\n| EIG | 14 mars | Exceptionnellement, la session a lieu un vendredi |\n| Mentors | 15 mars | La session a lieu un vendredi |\n';
    expect(rules(remark)).toEqual(['5 error weekday-mismatch']);
  });

  // Plannings often give the weekday its own column beside the date, abbreviated or not, with
  // a French or an English header: a date moved by hand keeps the old weekday there.
  it.each([
    ['an abbreviated weekday under `Jour`', '| Date | Jour | Heure | Contenu |\n| --- | --- | --- | --- |\n| 14/04/2026 | Mar | 08:15-10:15 | TD4 |\n| 15/04/2026 | Mar | 08:15-10:15 | QCM |\n'],
    ['a full weekday under `Jours`', '| Date | Jours | Séance |\n| --- | --- | --- |\n| 14/04/2026 | mardi | TD4 |\n| 15/04/2026 | mardi | QCM |\n'],
    ['an abbreviation with a dot under `Day`', '| Date | Day | Session |\n| --- | --- | --- |\n| 14/04/2026 | Mar. | TD4 |\n| 15/04/2026 | Mar. | QCM |\n'],
    ['an English weekday, the day column first', '| Day | Date | Session |\n| --- | --- | --- |\n| Tuesday | 14/04/2026 | TD4 |\n| Tuesday | 15/04/2026 | QCM |\n'],
  ])('a weekday written alone in a column of days beside the date is checked: %s', (_, table) => {
    expect(rules(`# Planning 2026\n\n${table}`)).toEqual(['6 error weekday-mismatch']);
  });

  it('a column of days that writes more than a weekday is not read as one', () => {
    const text = '# Planning 2026\n\n| Date | Jour | Contenu |\n| --- | --- | --- |\n| 15/04/2026 | Mardi ou mercredi | QCM |\n| 16/04/2026 | Mar 3 | TD |\n';
    expect(rules(text)).toEqual([]);
  });
});

describe('carrying a day down', () => {
  it('carries only a day that could be read: under an unreadable date, the empty cell is still a missing date', () => {
    const text = '# Programme 2027\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Séminaire | semaine 12 | Les 2 jours |\n| Mentors | | 14h - 18h |\n';
    expect(rules(text)).toEqual(['5 error unreadable-date', '6 error missing-date']);
  });
});

// A timetable whose header names the days, one column each (cemosis-workshop-gradient-2014
// writes `| | Jeudi 25/09/14 | | Vendredi 26/09/14 |`, with the hours beside each day).
describe('a timetable with one column per day', () => {
  it('reads each filled cell under a day as a session of that day, at the hours of the column just before it', () => {
    const text = [
      '| | Jeudi 25/09/14 | | Vendredi 26/09/14 |',
      '| --- | --- | --- | --- |',
      '| 14h-14h55 | Présentation <br/>F. Hecht | 9h-9h15 | Détection de tumeurs |',
      '| 16h30 | Groupe de travail | 9h15-9h30 | Contrôle adaptatif |',
      '| | | 10h30-11h25 | Groupe de travail |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      { title: 'Présentation F. Hecht', days: ['2014-09-25'], times: ['14:00-14:55'], status: 'confirmed' },
      { title: 'Groupe de travail', days: ['2014-09-25'], times: ['16:30-'], status: 'confirmed' },
      { title: 'Détection de tumeurs', days: ['2014-09-26'], times: ['09:00-09:15'], status: 'confirmed' },
      { title: 'Contrôle adaptatif', days: ['2014-09-26'], times: ['09:15-09:30'], status: 'confirmed' },
      { title: 'Groupe de travail', days: ['2014-09-26'], times: ['10:30-11:25'], status: 'confirmed' },
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('gives every day the hours of one column at the left, and leaves out the empty cells', () => {
    const text = [
      '# Journées 2025',
      '',
      '| Horaire | Lundi 3 mars | Mardi 4 mars | Mercredi 5 mars |',
      '| --- | --- | --- | --- |',
      '| 9h00 - 10h30 | Accueil | Atelier cartographie | Visite |',
      '| 11h00 - 12h30 | Conférence d’ouverture | | Clôture |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days[0], s.times[0]])).toEqual([
      ['Accueil', '2025-03-03', '09:00-10:30'],
      ['Conférence d’ouverture', '2025-03-03', '11:00-12:30'],
      ['Atelier cartographie', '2025-03-04', '09:00-10:30'],
      ['Visite', '2025-03-05', '09:00-10:30'],
      ['Clôture', '2025-03-05', '11:00-12:30'],
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('reads hours that open the cell when no column gives them, and abbreviated days with the year of the title', () => {
    const text = [
      '# Séminaire d’automne 2024',
      '',
      '| Lun 14/10 | Mar 15/10 |',
      '| --- | --- |',
      '| 9h-10h Accueil des participants | 9h30-12h Ateliers |',
      '| 14h-17h Table ronde | |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days[0], s.times[0]])).toEqual([
      ['Accueil des participants', '2024-10-14', '09:00-10:00'],
      ['Table ronde', '2024-10-14', '14:00-17:00'],
      ['Ateliers', '2024-10-15', '09:30-12:00'],
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('reads days with no hours as all-day sessions, and says when a day header has the wrong weekday, once', () => {
    const text = [
      '| Semaine | Mercredi 12 juin 2024 | Vendredi 13 juin 2024 |',
      '| --- | --- | --- |',
      '| Matin | Présentations des projets | Jury |',
      '| Après-midi | Démonstrations | Délibération |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days[0], s.times])).toEqual([
      ['Présentations des projets', '2024-06-12', []],
      ['Démonstrations', '2024-06-12', []],
      ['Jury', '2024-06-13', []],
      ['Délibération', '2024-06-13', []],
    ]);
    expect(rules(text)).toEqual(['1 error weekday-mismatch']);
  });

  it('is not a timetable when the cells under the dates hold figures, or when one cell only is a day', () => {
    const figures = ['| Indicateur | 01/01/2020 | 01/02/2020 |', '| --- | --- | --- |', '| Inscrits | 120 | 135 |', '| Présents | 80 | 92 |', ''].join('\n');
    expect(sessions(figures)).toEqual([]);
    // One day in the header dates the whole table (tables-dated-in-rows.test.ts): one all-day session, not a column's.
    const one = ['| Atelier | Jeudi 25/09/2014 |', '| --- | --- |', '| Cartographie | Salle C33 |', ''].join('\n');
    expect(sessions(one)).toEqual([{ title: 'Atelier', days: ['2014-09-25'], times: [], status: 'confirmed' }]);
  });
});

// A course plan that marks a week off with an icon (mdss-horaire-2021-22 writes
// `| 2021/11/05 | :octicons-sun-24: | | |`) and links each session's slides with an icon.
describe('rows that say nothing in words', () => {
  it('are not sessions when they hold only symbols besides the date: a shortcode, an emoji, a tick', () => {
    const text = [
      '| Date | Thème | Séance | Travail |',
      '| --- | --- | --- | --- |',
      '| 2021/10/29 | L’inférence causale | [:octicons-book-24:](modules/causal.md) | |',
      '| 2021/11/05 | :octicons-sun-24: | | |',
      '| 2021/11/12 | 🌴 | | |',
      '| 2021/11/19 | | ✓ | |',
      '| 2021/11/26 | :palm_tree: | | :x: |',
      '| 2021/12/03 | Les biais | :octicons-book-24: | TP2 |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days[0]])).toEqual([
      ['L’inférence causale', '2021-10-29'],
      ['Les biais', '2021-12-03'],
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('are still sessions when one cell says something in words or figures, and an empty row under a date is still carried', () => {
    const text = ['# Cours 2024', '', '| Date | Séance | Salle |', '| --- | --- | --- |', '| 5 mars | 🎤 | B12 |', '| 12 mars | Atelier 2 | |', ''].join('\n');
    expect(sessions(text).map((s) => [s.title, s.days[0]])).toEqual([
      ['🎤', '2024-03-05'],
      ['Atelier 2', '2024-03-12'],
    ]);
  });
});

// A course plan that numbers each week before its date, in a `Date` column or in one whose
// header does not name dates (`Semaine`, `#`).
describe('a dates cell that numbers its week or session before the date', () => {
  it.each(['Date', 'Semaine', '#'])('is read under a %j header, and the number is not an error', (header) => {
    const text = [
      '# Graphes, automne 2024',
      '',
      `| ${header} | Contenu |`,
      '| --- | --- |',
      '| Séance 1 : 12 septembre | Introduction |',
      '| Sem. 2 \u2014 19/09 | Parcours en largeur |',
      '| Semaine 3 (26/09) | Parcours en profondeur |',
      '| S4 - 3/10 | Plus courts chemins |',
      '| TP5 (jeudi 10 octobre) | Flots |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => s.days[0])).toEqual(['2024-09-12', '2024-09-19', '2024-09-26', '2024-10-03', '2024-10-10']);
    expect(rules(text)).toEqual([]);
  });

  describe('an overview table numbering the days (`Jour 1`, `J2`, `Day 3`) beside day headings that date them', () => {
    // formation-ia-togo-programme-2025 (held-out set 7): `| Jour | Focus |` over `| **Jour 1** | ... |`,
    // then `### JOUR 1 - Lundi 10 novembre` with its timed items. The numbers are no dates.
    const page = (label: (n: number) => string, header: string) =>
      [
        '# Formation IA',
        '**5 jours | 10-14 novembre 2025 | Lomé**',
        '',
        `| ${header} | Focus |`,
        '| --- | --- |',
        `| ${label(1)} | Fondamentaux |`,
        `| ${label(2)} | Prompting |`,
        '',
        '### JOUR 1 - Lundi 10 novembre',
        '- **09:00-09:30:** Accueil',
        '- **09:30-11:00:** Bases',
        '',
        '### JOUR 2 - Mardi 11 novembre',
        '- **09:00-10:45:** Techniques de prompt',
        '',
      ].join('\n');
    for (const [label, header] of [
      [(n: number) => `**Jour ${n}**`, 'Jour'],
      [(n: number) => `J${n}`, 'Jour'],
      [(n: number) => `Day ${n}`, 'Date'],
      [(n: number) => `${n}er jour`.replace('2er', '2e'), 'Journée'],
    ] as const) {
      it(`${label(1)} under ${header}: the headings' slots, and no unreadable date`, () => {
        const text = page(label, header);
        expect(sessions(text)).toEqual([
          { title: 'Accueil', days: ['2025-11-10'], times: ['09:00-09:30'], status: 'confirmed' },
          { title: 'Bases', days: ['2025-11-10'], times: ['09:30-11:00'], status: 'confirmed' },
          { title: 'Techniques de prompt', days: ['2025-11-11'], times: ['09:00-10:45'], status: 'confirmed' },
        ]);
        expect(rules(text).filter((rule) => rule.includes('error'))).toEqual([]);
      });
    }

    it('a dates column with a real date among the numbers is still read as dates', () => {
      const text = ['# Stage 2025', '', '| Jour | Atelier |', '| --- | --- |', '| Jour 1 | Accueil |', '| 11 novembre | Visite |', ''].join('\n');
      expect(rules(text)).toContain('5 error unreadable-date');
    });
  });
});
