/*
 * Forms read once held-out sets 117 and 118 were measured unseen and read
 * (tests/fixtures/real/INDEX.md, sets 117 and 118), each checked on a short page, with the
 * near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// jeidkhn-pacman-invaders-journal-2025: a project's plan, one heading per week, days dotted the Swiss way.
describe('week headings whose days are dotted', () => {
  const week = (range: string) => [`#### Semaine du ${range} :`, '', '* Conception du joueur FAIT', ''];

  it('are each a week of the plan, once three headings write them so', () => {
    const plan = ['# Planification', '', ...week('30.06 - 06.07'), ...week('07.07 - 13.07'), ...week('08.09 - 14.09')];
    expect(brief(plan, 2025, 11)).toEqual(['3 2025-06-30..2025-07-06 (7)', '7 2025-07-07..2025-07-13 (7)', '11 2025-09-08..2025-09-14 (7)']);
  });

  // Found by review: a plan's weeks over its dotted days keep the days.
  it('leave the days under them their own, when the days are dotted headings too', () => {
    const plan = [
      '## Semaine du 30.06 - 04.07', '### 30.06 - Accueil', '', '### 02.07 - Python', '',
      '## Semaine du 07.07 - 11.07', '### 07.07 - Projet', '', '### 09.07 - Projet', '',
      '## Semaine du 14.07 - 18.07', '### 15.07 - Soutenances', '',
    ];
    expect(brief(plan, 2025, 6)).toEqual(['2 2025-06-30', '4 2025-07-02', '7 2025-07-07', '9 2025-07-09', '12 2025-07-15']);
  });

  it('stay unread alone, where a dotted pair may be a version or a score', () => {
    expect(brief(['# Planification', '', ...week('30.06 - 06.07')], 2025, 11)).toEqual([]);
  });
});

// gregoirechevalier-plugin-meteo-carnet-2020, autobus645-pong-tm-journal-2025: a journal
// whose days are dates alone on their line, over a label or a list of what was done.
describe('a journal whose days are dates alone over their notes', () => {
  const day = (date: string, label: string) => [date, label, '', ' - Documentation', ''];

  it('gives each date a session, named by the label beside it', () => {
    const journal = ['Le projet : un plugin météo.', '', ...day('31/1/2020', 'Jour 1 :'), ...day('4/2/2020', 'Jour 2 :'), 'Jour 3', '5/2/2020', '', ' - Tutos', ''];
    const sessions = readSessions(journal, 2020, 3);
    expect(sessions.map((s) => [s.line, s.days.join(' '), s.title])).toEqual([
      [3, '2020-01-31', 'Jour 1'],
      [8, '2020-02-04', 'Jour 2'],
      [13, '2020-02-05', 'Jour 3'],
    ]);
  });

  it('reads dates alone over lists, a journal written without blank lines', () => {
    const journal = ['Planification', '- Mai : le jeu', '', '01.02.2025', '- création du git', '', '25.02.2025', '- une fenêtre', '', '29.04.2025', '- fini le pong', ''];
    expect(brief(journal, 2025, 9)).toEqual(['4 2025-02-01', '7 2025-02-25', '10 2025-04-29']);
  });

  it('leaves a letter’s date, two dates, and cards stamped with one day as they were', () => {
    expect(brief(['Madame,', '', '3/2/2020', '', 'Je vous écris…', ''], 2020, 3)).toEqual([]);
    expect(brief([...day('31/1/2020', 'Jour 1 :'), ...day('4/2/2020', 'Jour 2 :')], 2020, 3)).toEqual([]);
    const card = (band: string) => ['10 avril 2019', '', `${band} est un groupe.`, '', `## Vendredi 17 août 2019 : ${band}`, ''];
    const cards = [...card('Röyksopp'), ...card('La Roux'), ...card('M83')];
    expect(brief(cards, 2019, 5)).toEqual(['5 2019-08-17', '11 2019-08-17', '17 2019-08-17']);
    // `CALENDRIER :` over the first day introduces the journal: the entry is the date's line.
    const introduced = ['CALENDRIER :', '1/02/25 :', '- Commit initial', '', '4/02/25 :', '- Formulaires', '', '9/02/25 :', '- Accueil', ''];
    expect(readSessions(introduced, 2025, 3).map((s) => [s.line, s.title])[0]).toEqual([2, '']);
  });

  // Found by review: a timeline's dates, and names, places or stamps over dates, are no journal.
  it('leaves a timeline of history, and dates under names or stamps, as they were', () => {
    const timeline = ['# Repères', '', '1er septembre 1939', '- L’Allemagne envahit la Pologne.', '', '18 juin 1940', '- Appel du général de Gaulle.', '', '6 juin 1944', '- Débarquement.', ''];
    expect(brief(timeline, 2024, 6)).toEqual([]);
    const comments = ['# Commentaires', '', 'Marie Dupont', '12/05/2021', '', 'Super récit !', '', 'Paul Martin', '20/05/2021', '', 'Merci.', '', 'Publié le :', '02/06/2021', '', 'Bravo.', ''];
    expect(brief(comments, 2024, 6)).toEqual([]);
  });
});

// algsoc-seminaire-kotras-2020: a seminar's post whose summary gives the day, the room and the time in a bracket.
describe('a post whose summary ends with the event’s card in brackets', () => {
  const post = (excerpt: string) => [
    '---',
    'title: "[Séminaire AlgSoc] Baptiste Kotras : « Capitales données »"',
    'date: 2020-03-12',
    `excerpt: "${excerpt}"`,
    'categories: News',
    '---',
    '',
    'Résumé de la séance à venir.',
    '',
  ];

  it('is the seminar, on that day at that time', () => {
    expect(brief(post('Baptiste Kotras présente ses travaux lors de ce séminaire (12 mars 2020, salle de réunion du laboratoire Pacte, 14h30-16h30)'), 2020, 3)).toEqual([
      '2 2020-03-12 14:30-16:30',
    ]);
  });

  it('is no event when the bracket gives only a day, a remark of the sentence', () => {
    expect(brief(post('Baptiste Kotras revient sur un séminaire (12 mars 2020)'), 2020, 3)).toEqual([]);
  });

  // Found by review: another event's bracket inside the sentence, and a recording's length.
  it('is no event when the bracket is inside the sentence or gives a length', () => {
    expect(brief(post('Après le séminaire de février (12 février 2020, salle B, 14h-16h), Paul Martin revient le 2 avril.'), 2020, 3)).toEqual([]);
    expect(brief(post('Retrouvez l’enregistrement de ce séminaire (12 mars 2020, YouTube, 1h30)'), 2020, 3)).toEqual([]);
  });
});

// ludovicm67-ter-reunion-janvier-2019: minutes that close with the next meeting, set in the past tense.
describe('the next meeting, set in the past tense in minutes', () => {
  const minutes = (sentence: string) => ['# Compte rendu de la réunion du mercredi 30 janvier 2019', '', 'Étudier les unikernels.', '', sentence, ''];

  it('is a session on its day and hour', () => {
    expect(brief(minutes('La prochaine réunion a été programmée pour le mercredi 13 février 2019 à 14h.'), 2019, 2)).toEqual(['5 2019-02-13 14:00-']);
  });

  it('stays a past report when it is not the next one', () => {
    expect(brief(minutes('La réunion a été programmée le mercredi 13 février 2019 à 14h.'), 2019, 2)).toEqual([]);
    // Found by review: when the next one was set, and the next issue of a newsletter.
    expect(brief(minutes('La date de la prochaine réunion a été fixée lors de la séance du mercredi 30 janvier 2019.'), 2019, 2)).toEqual([]);
    expect(brief(minutes('Le prochain numéro du bulletin a été fixé au 1er mars 2019.'), 2019, 2)).toEqual([]);
    expect(briefProblems(minutes('La prochaine réunion a été programmée pour le mercredi 13 février 2019 à 14h.'), { year: 2019, month: 2, day: 1 })).toEqual([]);
  });
});

// owf-experiment-programme-2014: a Pelican page (a head of `key: value` lines, no fence)
// whose days are headings glued to their marks, each over bold-led slots.
describe('a Pelican page’s day headings glued to their marks', () => {
  const page = [
    'title: Programme Experiment',
    'date: 2014/10/23',
    '',
    '**EXPERIMENT**, ce sont deux après-midi d’ateliers.',
    '',
    '###30 octobre – SALLE PARIS:',
    '**De 11h30 à 19h** : Atelier de soudure de badge (ouvert à tous)',
    '**De 14h30 à 16h30** : KidExperiment : l’école des données',
    '**De 16h45 à 18h15** : L’école des données pour les grands',
    '**De 11h30 à 18h30** : Stand de DOOD, imprimante 3D',
    '',
    '###31 octobre – SALLE PARIS',
    '**De 11h30 à 19h **: Exposition de projets Open-Hardware',
    '',
  ];

  it('are the days of the slots under them, every slot its own, the long ones side by side too', () => {
    expect(brief(page, 2014, 10)).toEqual([
      '7 2014-10-30 11:30-19:00',
      '8 2014-10-30 14:30-16:30',
      '9 2014-10-30 16:45-18:15',
      '10 2014-10-30 11:30-18:30',
      '13 2014-10-31 11:30-19:00',
    ]);
  });

  it('stay text on a page with no such head, as GitHub shows it', () => {
    expect(brief(page.slice(3), 2014, 10).every((one) => !one.includes('2014-10-30'))).toBe(true);
  });
});

// v3ga-ecv-codex-mollat-2016-17: a day's hours over the slots they hold stay the day's hours.
describe('a day’s hours over its slots', () => {
  it('are no slot beside a shorter one that starts with them', () => {
    const day = ['### Jeudi 5 janvier 2017', '', '* Station Ausone (10h - 19h)', '  * 10h-16h : productions SAM.', '  * 17h-18h : visite', '  * 18h : conférence publique', ''];
    expect(briefProblems(day, { year: 2017, month: 1, day: 2 })).toEqual([]);
    // Found by review: a block whose slots are nested under it stays its day's hours beside a long nested slot.
    const nested = ['### Samedi 18 novembre 2023', '', '- Accueil des équipes : 9h - 21h', '  - 9h-20h : développement', '  - 12h-13h : déjeuner', '  - 20h-21h : présentation des projets', ''];
    expect(brief(nested, 2023, 11)).toEqual(['4 2023-11-18 09:00-20:00', '5 2023-11-18 12:00-13:00', '6 2023-11-18 20:00-21:00']);
  });
});

// owf-experiment-samedi-2013: a page titled by its day in brackets, its `date:` the day it was posted.
describe('a day in brackets closing a page’s title', () => {
  const page = (title: string) => [
    `title: ${title}`,
    'date: 2013/09/28',
    '',
    '## Les conférences du samedi',
    '',
    '- [Internet et libertés](http://example.org/32)',
    '14:30 Salle Blin',
    '- [Open Hardware](http://example.org/33)',
    '16:30 Salle Blin',
    '',
  ];

  it('is the day of the timed items, not the day of the post', () => {
    expect(brief(page('Programme de la thématique EXPERIMENT (samedi 5 octobre)'), 2013, 10)).toEqual(['6 2013-10-05 14:30-', '8 2013-10-05 16:30-']);
  });

  it('names each talk by its item, whose hours are typed on the line under it', () => {
    expect(readSessions(page('Programme (samedi 5 octobre)'), 2013, 10).map((s) => s.title)).toEqual(['Internet et libertés', 'Open Hardware']);
    // One item swallowing a timed line is a journal's slip: the line is a slot of its own.
    const slip = ['### Samedi 5 octobre 2013', '', '- Note : prévoir les badges', '08h30 : Récupération des livres', ''];
    expect(readSessions(slip, 2013, 10).map((s) => [s.line, s.title])).toEqual([[4, 'Récupération des livres']]);
  });

  it('leaves the post’s day when the bracket holds more than the day', () => {
    expect(brief(page('Programme de la thématique EXPERIMENT (samedi 5 octobre, salle B)'), 2013, 10)).toEqual(['6 2013-09-28 14:30-', '8 2013-09-28 16:30-']);
  });
});

// owf-experiment-samedi-2013: a forum's talks, each a linked item over `10:30 / 12:30 Salle Puffy (2.04)`.
describe('talks whose hours are two times parted by a slash, then their room', () => {
  const talks = (second: string) => [
    '### Samedi 5 octobre 2013',
    '',
    '- [Et toi, tu vas voter ?](http://example.org/52)',
    '10:30 / 12:30 Salle Puffy (2.04)',
    '- [Les licences dans le libre](http://example.org/47)',
    second,
    '',
  ];

  it('run from the first time to the second, and in two rooms side by side raise no overlap', () => {
    const page = talks('11:30 / 12:30 Salle GNU (2.01)');
    expect(brief(page, 2013, 10)).toEqual(['3 2013-10-05 10:30-12:30', '5 2013-10-05 11:30-12:30']);
    expect(briefProblems(page, { year: 2013, month: 10, day: 1 })).toEqual([]);
  });

  it('still overlap in one room, told on the line of the hours to correct', () => {
    expect(briefProblems(talks('11:30 / 12:30 Salle Puffy (2.04)'), { year: 2013, month: 10, day: 1 })).toEqual(['6 overlap']);
  });
});

// Found by a second review of the forms above.
describe('near forms a second review found', () => {
  it('an item over its dashed hours and place is one slot, not two, and no duplicate', () => {
    const day = ['### Samedi 7 septembre 2024', '', '- Accueil des bénévoles', '9h00 - 9h30 : hall d’entrée', '- Forum des associations', '9h30 - 17h00 : gymnase', ''];
    expect(brief(day, 2024, 9)).toEqual(['3 2024-09-07 09:00-09:30', '5 2024-09-07 09:30-17:00']);
    expect(briefProblems(day, { year: 2024, month: 9, day: 1 })).toEqual([]);
  });

  it('two times in the h form parted by a slash stay two sittings, and a note names no slot', () => {
    const fete = ['### Samedi 15 juin 2024', '', '- Atelier poterie (deux groupes)', '10h00 / 14h00 salle d’arts plastiques', '- Spectacle de la chorale', '11h00 / 15h00 préau', ''];
    expect(brief(fete, 2024, 6)).toEqual(['3 2024-06-15 10:00-', '5 2024-06-15 11:00-']);
    const notes = ['### Mardi 1 octobre 2024', '', '- Note : prévoir les badges', '08h30 : Récupération des livres', '- Rappel : clés', '10h00 : Atelier reliure', ''];
    expect(readSessions(notes, 2024, 10).map((s) => s.title)).toEqual(['Récupération des livres', 'Atelier reliure']);
  });

  it('a room written two ways is one room, and a room in a title is no place', () => {
    const talks = (first: string, second: string) => ['### Samedi 5 octobre 2013', '', '- [Et toi ?](http://example.org/52)', first, '- [Les licences](http://example.org/47)', second, ''];
    expect(briefProblems(talks('10:30 / 12:30 Salle Marie-Curie', '11:30 / 12:30 salle Marie Curie'), { year: 2013, month: 10, day: 1 })).toEqual(['6 overlap']);
    const course = ['### Lundi 9 septembre 2024', '', '- 9h00 - 10h30 : Cours magistral (salle 101)', '- 10h15 - 12h00 : Travaux dirigés (salle 204)', ''];
    expect(briefProblems(course, { year: 2024, month: 9, day: 1 })).toEqual(['4 overlap']);
  });

  it('a next meeting whose sentence tells of another change stays a story', () => {
    const minutes = ['# Compte rendu de la réunion du mercredi 30 janvier 2019', '', 'La prochaine réunion a été fixée au mercredi 13 février 2019, la précédente ayant été annulée.', ''];
    expect(brief(minutes, 2019, 2)).toEqual([]);
  });

  it('dates alone over links or prices are an archive and a price history', () => {
    const entry = (date: string, item: string) => [date, `- ${item}`, ''];
    const archive = ['# Archives', '', ...entry('07/03/2024', '[Lettre n°12](lettre-12.pdf)'), ...entry('14/03/2024', '[Lettre n°13](lettre-13.pdf)'), ...entry('21/03/2024', '[Lettre n°14](lettre-14.pdf)')];
    expect(brief(archive, 2024, 4)).toEqual([]);
    const prices = ['# Tarifs', '', ...entry('01.01.2025', 'Adhésion : 25 €'), ...entry('01.02.2025', 'Adhésion : 27 €'), ...entry('01.03.2025', 'Adhésion : 30 €')];
    expect(brief(prices, 2025, 4)).toEqual([]);
  });
});

// entraide-coueron-permanences-2025 (development set): a series' hours whose start is told again in a remark.
describe('a series’ hours whose start is told again', () => {
  const page = (remark: string) => [`Nos permanences à venir, un mercredi par mois, de 18h30 à 19h30${remark}.`, '', 'Lieu : Centre Pierre Legendre.', '', '- mercredi 17 septembre 2025', '- mercredi 15 octobre 2025', ''];

  it('are still the series’ hours', () => {
    expect(brief(page(' (nous vous conseillons de venir dès 18h30)'), 2025, 9)).toEqual(['5 2025-09-17 18:30-19:30', '6 2025-10-15 18:30-19:30']);
  });

  it('are no one’s when the remark gives another time', () => {
    expect(brief(page(' (accueil dès 18h)'), 2025, 9)).toEqual(['5 2025-09-17', '6 2025-10-15']);
  });
});
