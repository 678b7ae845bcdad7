/*
 * Forms read once held-out set 135 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

// inside-brgm-atelier-web-semantique-2021: a workshop's day told by headings that close with their start.
describe('a heading under a day that closes with its start as a clock shows it', () => {
  // An agenda of headings that close with their hours (three or more on the page).
  const page = (intro: string) => ['# 22-01-2022 Workshop', '', '## Agenda', '', `### ${intro}`, '- Sylvain : introduction', '', '### Pause 12:00 -> 13:00', '', '### Retours d’expérience 13:00 -> 15:00', ''];

  it.each([
    ['alone', 'Intro 09:00'],
    ['in brackets', 'Qu’est-ce que le Web sémantique (09:15)'],
    ['said about, after a tilde', 'Évolutions en cours ~ 10:30'],
  ])('is a session at that start: %s', (_name, heading) => {
    const start = /(\d\d:\d\d)/.exec(heading)![1];
    expect(briefSessions(page(heading), 2022, 3)).toEqual([`5 2022-01-22 ${start}-`, '8 2022-01-22 12:00-13:00', '10 2022-01-22 13:00-15:00']);
  });

  it('drops the word that makes it a start from the title, and reads no bound as a start', () => {
    const trip = ['## Samedi 6 juillet 2024', '', '### Départ du car à 7:45', '', '### Arrivée prévue vers 10:30', '', '### Spectacles jusqu’à 18:00', '', '### Retour au plus tard 23:30', ''];
    expect(readSessions(trip, 2024, 6).map((session) => `${session.line} ${session.title} ${session.times[0]?.start ?? ''}`)).toEqual(['3 Départ du car 07:45', '5 Arrivée prévue 10:30']);
  });

  it('is none on a page that closes a heading so here and there: a verse, a video’s length', () => {
    const verses = ['## Samedi 16 mars 2024', '', 'Matinée de prière à 9h30 à la chapelle.', '', '### Lecture : Psaume 23:10', '', '### Méditation sur Jean 3:16', '', '### Évangile selon saint Luc 15:11', ''];
    expect(briefSessions(verses, 2024, 3)).toEqual(['1 2024-03-16']);
    const replays = ['## Jeudi 23 mai 2024', '', '### Conférence inaugurale (52:10)', '', '### Table ronde (1:12:40)', '', '### Discours de clôture (08:45)', ''];
    expect(briefSessions(replays, 2024, 6)).toEqual(['1 2024-05-23']);
  });

  it('is none for a number or a length that closes it, nor for an item’s video length', () => {
    expect(briefSessions(page('Module 2 (7h)'), 2022, 3)).toEqual(['8 2022-01-22 12:00-13:00', '10 2022-01-22 13:00-15:00']);
    expect(briefSessions(page('Salle 12'), 2022, 3)).toEqual(['8 2022-01-22 12:00-13:00', '10 2022-01-22 13:00-15:00']);
    // A video's minutes and seconds after its link, in a dated list.
    const videos = ['## 1 Octobre 2018', '', '1. [Les Youtubeurs et leurs problèmes](https://youtu.be/x) 17:00', '2. [Gaming can make a better world](https://youtu.be/y) 20:32', ''];
    expect(briefSessions(videos, 2018, 10)).toEqual(['1 2018-10-01']);
  });
});

// sagid-seminaire-lancement-chaire-2023: a post published in September announcing a morning in November.
describe('a sentence that organises a gathering on a day, above that morning’s timed lines', () => {
  const post = (sentence: string) => [
    '---', 'title: Séminaire de lancement de la chaire', 'date: 2023-09-13', '---', '',
    sentence, '', 'Voici le programme détaillé de cette matinée:', '',
    '**8h30** : Café d\'accueil <br>', '**9h00** : Mot d\'accueil <br>', '**11:00** : Groupe de travail <br>', '',
  ];

  it('dates the lines on its day, not the post’s publication day', () => {
    expect(briefSessions(post('Pour marquer le lancement, nous organisons un séminaire le **jeudi 9 novembre matin** dans les locaux de Noremat.'), 2023, 9)).toEqual([
      '10 2023-11-09 08:30-', '11 2023-11-09 09:00-', '12 2023-11-09 11:00-',
    ]);
    expect(briefSessions(post('Nous organisons une journée d’étude le jeudi 9 novembre à Nancy.'), 2023, 9)[0]).toBe('10 2023-11-09 08:30-');
  });

  it('does not when what is organised is no gathering, or the sentence tells another day or its own time', () => {
    const dated = (sentence: string) => briefSessions(post(sentence), 2023, 9).filter((session) => session.startsWith('10 2023-11-09'));
    // `nous organisons les inscriptions le …`: no event's noun, no day of the programme.
    expect(dated('Nous organisons les inscriptions le jeudi 9 novembre.')).toEqual([]);
    // A deadline past a comma, another day in the sentence, an evening's own time: the lines below are not that day's.
    expect(dated('Nous organisons une formation complète, inscription close le jeudi 9 novembre.')).toEqual([]);
    expect(dated('Nous organisons une réunion le jeudi 9 novembre pour préparer la fête du samedi 25 novembre.')).toEqual([]);
    expect(dated('Nous organisons une réunion d’information le jeudi 9 novembre à 18h.')).toEqual([]);
  });
});

// ouvroir-website-fika-collectif-2022: an event's front matter (`timeStart: 01:00pm`) over a sentence of a monthly habit's hours.
describe('an event page whose front matter gives its day and hours', () => {
  const page = (sentence: string) => [
    '---', 'title: Fika collectif', 'dateStart: 2022-02-15', 'dateEnd: 2022-02-15', 'timeStart: 01:00pm', 'timeEnd: 03:00pm', 'place: Ouvroir', '---', '',
    '# Fika collectif', '', sentence, '',
  ];

  it('keeps its own hours over those of a habit on another weekday', () => {
    expect(briefSessions(page('Les premiers mercredis du mois, le laboratoire organise une pause café, les mercredi de 15h30 à 16h30 au C-8132.'), 2022, 3)).toEqual(['2 2022-02-15 13:00-15:00']);
  });

  it('takes the hours its sentence tells for its own day', () => {
    // 15 February 2022 is a Tuesday: the habit is that day's.
    expect(briefSessions(page('Les premiers mardis du mois, le laboratoire organise une pause café, de 15h30 à 16h30 au C-8132.'), 2022, 3)).toEqual(['2 2022-02-15 15:30-16:30']);
  });
});

// sagid-recit-conference-iene-2024: a post filed under events that tells a conference attended.
describe('a post dated only by its publication that tells of an event in the past', () => {
  const post = (sentence: string) => ['---', 'title: Participation à la conférence IENE 2024', 'date: \'2024-09-13\'', 'categories:', '  - Événements', '---', '', sentence, ''];

  it('is that event’s story, no session', () => {
    expect(briefSessions(post('La conférence IENE organisée à Prague était une bonne occasion de présenter le projet. Quatre d’entre nous se sont rendus à Prague.'), 2024, 9)).toEqual([]);
  });

  it('is the event’s page when it speaks of a time to come, in the past tense or not', () => {
    expect(briefSessions(post('Les inscriptions étaient nombreuses : nous avons réservé une salle plus grande pour la soirée de ce soir.'), 2024, 9)).toEqual(['2 2024-09-13']);
  });

  it('is the event’s page when its words announce it', () => {
    expect(briefSessions(post('La conférence IENE organisée à Prague sera une bonne occasion de présenter le projet.'), 2024, 9)).toEqual(['2 2024-09-13']);
  });
});
