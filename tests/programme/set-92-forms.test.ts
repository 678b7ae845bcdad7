/*
 * Forms read once held-out set 92 was measured unseen and read (an Eleventy association
 * site whose workshops are a list of maps in its front matter, a team's daily scrum titled
 * by its day with a pipe before the scrum master's name, a student's log whose second
 * session is dated the first's day, hours earlier) and a form left from set 90 (a
 * course page giving its weekdays' hours per period, in lists, with LaTeX-style `--` dashes),
 * a definition list of the days, a course plan's weeks dated by their first day, and a
 * Hugo page's event cards written as shortcodes, checked here on a short page, with the near forms
 * that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// An agenda kept in the front matter under a key no list of words names (`workshop_list:`).
describe("a front matter's list of events under a key of any name", () => {
  const page = [
    '---',
    'title: Initiative',
    'list_intro: "Prochains ateliers :"',
    'workshop_list:',
    '  - date: 8 janvier 2026 à 18h',
    '    title: "*Adieu Windows* par La Fabrique"',
    '    adresse: parc Grüber, Strasbourg',
    '  - date: 17 janvier 2026 à 14h',
    '    title: "*Café HOP!* par ARN"',
    '    adresse: 13 Rue Jacques Peirotes, Strasbourg',
    '---',
    '<h1>{{title}}</h1>',
    '',
  ];

  it('reads each map that names its day and its hours or its place as a session, on the line of its dash', () => {
    expect(brief(page, 2026, 1)).toEqual(['5 2026-01-08 18:00-', '8 2026-01-17 14:00-']);
  });

  it('titles each as the page shows it, its markdown emphasis rendered', () => {
    expect(readSessions(page, 2026, 1).map((s) => s.title)).toEqual(['Adieu Windows par La Fabrique', 'Café HOP! par ARN']);
  });

  it('leaves a list of posts alone: dated maps with neither hours nor a place', () => {
    const posts = ['---', 'title: Blog', 'featured:', '  - date: 8 janvier 2026', '    title: Bonne année', '  - date: 17 janvier 2026', '    title: Nouveau site', '---', '# Blog', ''];
    expect(brief(posts, 2026, 1)).toEqual([]);
  });

  it("leaves a gallery's photos alone: dates and places, no hours (review)", () => {
    const gallery = ['---', 'title: Photos', 'gallery:', '  - image: /img/a.jpg', '    date: 8 janvier 2026', '    location: Strasbourg', '  - image: /img/b.jpg', '    date: 17 janvier 2026', '    location: Strasbourg', '---', '# Photos', ''];
    expect(brief(gallery, 2026, 1)).toEqual([]);
  });

  it('keeps a title that would read as a list or a heading as written (review)', () => {
    const events = ['---', 'events:', '  - date: 8 janvier 2026 à 18h', '    title: "2. *Install party*"', '  - date: 17 janvier 2026 à 14h', '    title: "*Café* HOP"', '---', '# Agenda', ''];
    expect(readSessions(events, 2026, 1).map((s) => s.title)).toEqual(['2. *Install party*', 'Café HOP']);
  });

  it('leaves a single dated map with a place alone: one map is no agenda', () => {
    const one = ['---', 'title: Contact', 'bureaux:', '  - date: 8 janvier 2026', '    adresse: 13 Rue Jacques Peirotes, Strasbourg', '---', '# Contact', ''];
    expect(brief(one, 2026, 1)).toEqual([]);
  });
});

// `# SCRUM : Daily scrum du mardi matin 09 decembre 2025 | Scrum Master: Axelle`.
describe('a heading closed by its date, then a pipe and more of its title', () => {
  it('reads the date before the pipe and keeps what follows in the title', () => {
    const page = ['# SCRUM : Daily scrum du mardi matin 09 decembre 2025 | Scrum Master: Axelle', '', '## Ce qui a été fait', '', '- Cahier des charges', ''];
    const sessions = readSessions(page, 2025, 12);
    expect(sessions.map((s) => [s.line, s.days])).toEqual([[1, ['2025-12-09']]]);
    expect(sessions[0]!.title).toContain('Axelle');
  });

  it('reads it among other headings', () => {
    const page = ['# Réunions', '', '## Point d’équipe du lundi 8 décembre 2025 | Animatrice : Léa', '', '- Budget', '', '## Point d’équipe du lundi 15 décembre 2025 | Animateur : Noé', '', '- Site', ''];
    expect(brief(page, 2025, 12)).toEqual(['3 2025-12-08', '7 2025-12-15']);
  });

  it('reads hours after the pipe as the day\'s, the words after them in the title (review)', () => {
    const page = ['# Réunions', '', '## Daily scrum du mercredi 10 décembre 2025 | 14h-16h', '', '- budget', '', '## Daily scrum du jeudi 11 décembre 2025 | 9h30 : salle 3', '', '- site', ''];
    expect(brief(page, 2025, 12)).toEqual(['3 2025-12-10 14:00-16:00', '7 2025-12-11 09:30-']);
    expect(readSessions(page, 2025, 12).map((s) => s.title)).toEqual(['Daily scrum', 'Daily scrum : salle 3']);
  });

  it('reads no date that only opens the part after the pipe, nor a heading with nothing after the pipe', () => {
    expect(brief(['# Équipe | Réunion du 9 décembre 2025 à venir', '', '- Budget', ''], 2025, 12)).toEqual([]);
    expect(brief(['# Notes', '', '## Tarifs valables jusqu’au 9 décembre 2025 | Boutique', '', '- Budget', ''], 2025, 12)).toEqual([]);
  });
});

// A course page: `ils ont lieu les :` over `- lundis 15h45--17h45, salle 1012.`, once per period.
describe("a course's weekday hours listed per period", () => {
  const days = ['Lundi 6 janvier', ': Section 1.1', '', 'Mardi 7 janvier', ': Section 1.2', '', 'Jeudi 23 janvier', ': Section 1.6', '', 'Mardi 28 janvier', ': Section 1.7', ''];
  const page = [
    '# Cours',
    '',
    'Les cours commencent le 6 janvier 2020 et se terminent le 13 février 2020.',
    '',
    'Les deux premières semaines, ils ont lieu les :',
    '',
    '- lundis 15h45--17h45, salle 1012.',
    '- mardis 14h00--16h00, salle 2016.',
    '',
    'Les quatre dernières semaines, ils auront lieu les :',
    '',
    '- mardis 14h00--16h00, salle 2016.',
    '- jeudis 9h--11h, salle 280F.',
    '',
    ...days,
  ];

  it('gives each dated day the hours of its weekday, whichever period lists it', () => {
    expect(brief(page, 2020, 4)).toEqual(['15 2020-01-06 15:45-17:45', '18 2020-01-07 14:00-16:00', '21 2020-01-23 09:00-11:00', '24 2020-01-28 14:00-16:00']);
  });

  it('still gives them beside a day that writes its own unusual slot', () => {
    const moved = [...page, 'Lundi 3 février (créneau inhabituel 16h15--18h15)', ': Section 2.4', ''];
    expect(brief(moved, 2020, 4)).toEqual(['15 2020-01-06 15:45-17:45', '18 2020-01-07 14:00-16:00', '21 2020-01-23 09:00-11:00', '24 2020-01-28 14:00-16:00', '27 2020-02-03 16:15-18:15']);
  });

  it("leaves a log's days as written when an exam in another list writes its own range (a TD group's page)", () => {
    const td = ['# Calculus', '', 'Les TD ont lieu les Mardi de 15h45 à 17h15 et Mercredi de 10h30 à 12h30.', '', '## Dates à retenir', '', '* Partiel 2 : Lundi 25 Novembre de 8h30 à 10h30', '* Examen : Mardi 17 Décembre de 13h45 à 16h45', '', '## Carnet de bord', '', '- 17/09/2019 : **Equations**', '- 18/09/2019 : **Equations**', '- 24/09/2019 : **Inéquations**', ''];
    expect(brief(td, 2019, 12)).toEqual(['7 2019-11-25 08:30-10:30', '8 2019-12-17 13:45-16:45', '12 2019-09-17', '13 2019-09-18', '14 2019-09-24']);
  });

  it('titles a day that writes a remark in brackets after its hours by its title, the remark after it', () => {
    const listed = ['# Cours', '', '- Lundi 3 février 2020, 16h15-18h15 (créneau inhabituel) : ensembles simpliciaux', '- Lundi 10 février 2020 (annulé)', ''];
    expect(readSessions(listed, 2020, 4).map((s) => s.title)).toEqual(['ensembles simpliciaux (créneau inhabituel)', 'annulé']);
  });

  it('keeps a bracket that is part of a word, or one remark among others, where it stands (review)', () => {
    const listed = ['# Cours', '', '- Lundi 3 mars 2025 : (Re)découvrir Git', '- Lundi 10 mars 2025 (matin) : atelier A ; (après-midi) : atelier B', ''];
    expect(readSessions(listed, 2025, 4).map((s) => s.title)).toEqual(['(Re)découvrir Git', '(matin) : atelier A ; (après-midi) : atelier B']);
  });

  it("gives no course hours from a teacher's office hours: two paragraphs, or a list led by `permanences` (review)", () => {
    const items = ['## Dates', '', '- Mardi 11 mars 2025 : examen', '- Jeudi 13 mars 2025 : rendu du DM 1', ''];
    const paragraphs = ['# Cours', '', 'Cours : lundi 8h-10h, mercredi 10h-12h.', '', "Permanences de l'enseignant : mardi 12h-14h, jeudi 12h-14h.", '', ...items];
    expect(brief(paragraphs, 2025, 4)).toEqual(['9 2025-03-11', '10 2025-03-13']);
    const office = ['# Cours', '', "L'enseignant reçoit les étudiants lors de ses permanences :", '', '- lundis 12h-13h, bureau 214 ;', '- jeudis 12h-13h, bureau 214.', '', ...items];
    expect(brief(office, 2025, 4)).toEqual(['10 2025-03-11', '11 2025-03-13']);
  });

  it("still reads a labelled item's slot that names its weekday again in the plural (review)", () => {
    const page = ['# Cours', '', '## Horaires', '', '- Cours : lundi 10h45-12h45, salle 86A', '- TP : jeudi 14h-17h (les jeudis des semaines impaires)', '', '## Séances', '', '- Lundi 3 mars 2025 : intégrales', '- Jeudi 6 mars 2025 : TP 1', '- Lundi 10 mars 2025 : séries', ''];
    expect(brief(page, 2025, 4)).toEqual(['10 2025-03-03 10:45-12:45', '11 2025-03-06 14:00-17:00', '12 2025-03-10 10:45-12:45']);
  });

  it('gives no hours when two periods give one weekday two ranges', () => {
    const clash = page.map((line) => (line === '- mardis 14h00--16h00, salle 2016.' ? line : line === '- jeudis 9h--11h, salle 280F.' ? '- lundis 9h--11h, salle 280F.' : line));
    expect(brief(clash, 2020, 4)).toEqual(['15 2020-01-06', '18 2020-01-07', '21 2020-01-23', '24 2020-01-28']);
  });

  it('reads no week of slots from items that name one weekday, not as a habit', () => {
    const once = page.map((line) => line.replace('- lundis 15h45--17h45', '- lundi 15h45--17h45').replace('- mardis 14h00--16h00', '- mardi 14h00--16h00').replace('- jeudis', '- jeudi'));
    expect(brief(once, 2020, 4)).toEqual(['15 2020-01-06', '18 2020-01-07', '21 2020-01-23', '24 2020-01-28']);
  });

  it('reads no session from a sentence that moves one to another day, and no hours of the new day for the old', () => {
    const moved = [...page.slice(0, 14), 'La séance du jeudi 6 février est avancée au lundi 3 février de 16h15 à 18h15.', '', ...days];
    expect(brief(moved, 2020, 4)).toEqual(['17 2020-01-06 15:45-17:45', '20 2020-01-07 14:00-16:00', '23 2020-01-23 09:00-11:00', '26 2020-01-28 14:00-16:00']);
  });
});

// A student's log: `## Séance n° 2` over `- date - heure : 22/09/2026 - 8h30-10h`, under séance 1's 13h-16h that day.
describe('a numbered session held earlier the same day than the one before it', () => {
  const log = (second: string, title = 'Séance n° 2') => ['# Journal de bord', '', '## Séance n° 1', '', '- date - heure : 22/09/2026 - 13h-16h', '', `## ${title}`, '', `- date - heure : ${second}`, ''];
  const order = (lines: string[]) =>
    check(lines.join('\n'), { committed: { year: 2026, month: 10, day: 2 } })
      .diagnostics.filter((d) => d.rule === 'out-of-order')
      .map((d) => [d.line, d.message.includes('numbered after')]);

  it('is reported on its hours, as numbered after the other but held before it', () => {
    expect(order(log('22/09/2026 - 8h30-10h'))).toEqual([[9, true]]);
  });

  it('is not reported when it is held after, overlaps it, is on another day, or is not numbered next', () => {
    expect(order(log('22/09/2026 - 16h30-18h'))).toEqual([]);
    expect(order(log('22/09/2026 - 12h-14h'))).toEqual([]);
    expect(order(log('29/09/2026 - 8h30-10h'))).toEqual([]);
    expect(order(log('22/09/2026 - 8h30-10h', 'Séance n° 4'))).toEqual([]);
    expect(order(log('22/09/2026 - 8h30-10h', 'TP 2'))).toEqual([]);
  });

  it('is not reported when the numbers name groups, given again each week (review)', () => {
    const groups = ['# TD', '', '| Groupe | Date | Horaire |', '| --- | --- | --- |', '| TD 1 | 3 mars 2025 | 14h-16h |', '| TD 2 | 3 mars 2025 | 10h-12h |', '| TD 1 | 10 mars 2025 | 14h-16h |', '| TD 2 | 10 mars 2025 | 10h-12h |', ''];
    expect(order(groups)).toEqual([]);
  });
});

// kramdown's and pandoc's definition lists: `Lundi 6 janvier` over `: Section 1.1 : Motivation`.
describe('a definition list of days', () => {
  const page = ['# Cours 2019-2020', '', 'Lundi 6 janvier 2020', ': Section 1.1 : Motivation.', '', 'Lundi 3 février 2020 (salle 137)', ': Sections 2.4 et 2.5.', '', '~~Jeudi 6 février 2020~~', ': (cours avancé au 3 février)', ''];

  it('titles each day by its definition, the words after the day a remark', () => {
    expect(readSessions(page, 2020, 4).map((s) => s.title)).toEqual(['Section 1.1 : Motivation.', 'Sections 2.4 et 2.5. (salle 137)', '(cours avancé au 3 février)']);
  });

  it("reads a definition's opening hours as the day's, its words after them the title (review)", () => {
    const timed = ['# Cours 2019-2020', '', 'Lundi 6 janvier 2020', ': 14h-16h, Foncteurs', '', 'Mardi 7 janvier 2020', ': Section 2', ''];
    expect(brief(timed, 2020, 4)).toEqual(['3 2020-01-06 14:00-16:00', '6 2020-01-07']);
    expect(readSessions(timed, 2020, 4).map((s) => s.title)).toEqual(['Foncteurs', 'Section 2']);
  });

  it('reads a struck term as a session called off', () => {
    expect(readSessions(page, 2020, 4).map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'cancelled']);
  });
});

// `1. Semaine du 9 septembre 2023 -- [TD1 -- Introduction à HTML](…)`: a course plan's weeks, dated by the day written.
describe('a week named by its first day', () => {
  it("dates a course plan's week by the day written, settled", () => {
    const page = ['# Interfaces web', '', '## TDs', '', '1. Semaine du 9 septembre 2023 -- [TD1 -- HTML](td1.html)', '1. Semaine du 16 septembre 2023 -- [TD2 -- CSS](td2.html)', ''];
    expect(readSessions(page, 2023, 10).map((s) => [s.line, s.days, s.status])).toEqual([
      [5, ['2023-09-09'], 'confirmed'],
      [6, ['2023-09-16'], 'confirmed'],
    ]);
  });

  it('spans them too for a week alone under the heading of what is held in it', () => {
    const page = ['# Projet de S2', '', '### Première soutenance', '', '- Semaine du 11/03/2019', '', '### Seconde soutenance', '', '- Semaine du 22/04/2019', ''];
    expect(readSessions(page, 2019, 6).map((s) => [s.days.length, s.days[0], s.status])).toEqual([
      [5, '2019-03-11', 'tentative'],
      [5, '2019-04-22', 'tentative'],
    ]);
  });

  it('still spans the working days, tentative, for graded work set in a week', () => {
    const page = ['# Modalités', '', '- CC1 : semaine du 20 octobre 2025.', '- CC2 : semaine du 8 décembre 2025.', ''];
    expect(readSessions(page, 2025, 12).map((s) => [s.days.length, s.days[0], s.status])).toEqual([
      [5, '2025-10-20', 'tentative'],
      [5, '2025-12-08', 'tentative'],
    ]);
  });
});

// A Hugo page's cards: `{{< event-card` over `title="…"`, `location="…"`, `date="…"`, then `>}}`.
describe("a Hugo page's event cards", () => {
  const card = (title: string, date: string) => ['{{< event-card ', `  title="${title}"`, '  location="Neuchâtel"', `  date="${date}"`, '>}}', 'Réunion du comité.', '{{< /event-card >}}', ''];

  it('reads each card that names its event and its day, on the line of its title', () => {
    const page = ['# Événements', '', ...card('Comité de pilotage', '23 juin 2026'), ...card('Rencontre des stewards', '7 juillet 2026, de 13 h à 15 h')];
    expect(brief(page, 2026, 5)).toEqual(['4 2026-06-23', '12 2026-07-07 13:00-15:00']);
    expect(readSessions(page, 2026, 5).map((s) => s.title)).toEqual(['Comité de pilotage', 'Rencontre des stewards']);
  });

  it("reads no figure's date, no call's deadline in its title, and no card folded away in a closed `<details>`", () => {
    const figure = ['# Photos', '', '{{< figure src="/img/a.jpg" date="23 juin 2026" >}}', ''];
    expect(brief(figure, 2026, 5)).toEqual([]);
    const call = ['# Drupalcamp', '', '{{< cta', 'title="Proposer une conférence avant le 17 janvier 2024"', 'link_url="/programme/appel/" >}}', 'Appel.', '{{< /cta >}}', ''];
    expect(brief(call, 2024, 1)).toEqual([]);
    const folded = ['# Événements', '', '<details>', '<summary>Passés</summary>', '', ...card('Comité de pilotage', '23 juin 2025'), '</details>', ''];
    expect(brief(folded, 2026, 5)).toEqual([]);
  });
});
