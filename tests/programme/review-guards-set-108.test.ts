/*
 * Guards from the review of the forms read from held-out set 108: each input a coordinator
 * could write on which the reviewed engine read a session, a day or a time a careful reader
 * would not, or lost an alarm.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

/** The problems a page raises, read as if last committed on 2 January 2025. */
const problems = (lines: string[]) => briefProblems(lines, { year: 2025, month: 1, day: 2 });

describe('a day’s list with times alone among items that tell their own', () => {
  it('keeps each item at its own time', () => {
    const page = ['**Samedi 12 avril 2025**', '', '* 9h', '* Accueil café', '* 9h30 Ouverture officielle', '* 10h Conférence inaugurale', '* 12h30', '* Déjeuner', '* 14h Visite du site', ''];
    const read = brief(page, 2025, 3);
    expect(read).toContain('5 2025-04-12 09:30-');
    expect(read).toContain('6 2025-04-12 10:00-');
    expect(read).toContain('9 2025-04-12 14:00-');
  });

  it('reads a list of starts as starts, with no end made up', () => {
    const page = ['## Dimanche 13 avril 2025 — Rameaux', '', '- 9h', '- Messe à Saint-Pierre', '- 10h30', '- Messe à Notre-Dame', '- 18h', '- Messe des jeunes à Saint-Paul', ''];
    expect(brief(page, 2025, 3)).toEqual(['4 2025-04-13 09:00-', '6 2025-04-13 10:30-', '8 2025-04-13 18:00-']);
  });
});

describe('a year a path gives to a page committed long before its days', () => {
  const firstDays = (path: string) =>
    checkText(path.slice(path.lastIndexOf('/') + 1), ['# Stage de printemps', '', '- 14 avril : accueil et découverte', '- 15 avril : randonnée', '- 16 avril : spectacle de fin de stage', ''].join('\n'), {
      language: 'en',
      timezone: 'Europe/Paris',
      referenceDate: () => ({ year: 2025, month: 9, day: 15 }),
      repositoryPath: () => path,
    })
      .programme.sessions.map(sessionToJson)
      .map((session) => session.days[0]);

  it('is kept for a plan: a stage announced in September for April', () => {
    expect(firstDays('asso/site/stage-2026.md')).toEqual(['2026-04-14', '2026-04-15', '2026-04-16']);
  });
});

describe('an event page’s body that opens on its day by weekday', () => {
  const page = (opening: string) => ['---', 'title: Portes ouvertes', 'begin_date: 2025-01-24 19:00', '---', '', opening, ''];

  it('reports a weekday that is not the date’s, set at its town, in the evening or as coming', () => {
    for (const opening of ['Samedi à Saint-Aignan, les Diabolos vous attendent.', 'Samedi soir, les Diabolos vous attendent.', 'Ce samedi, venez nombreux.', 'Samedi prochain, spectacle.']) {
      expect(problems(page(opening)), opening).toEqual(['6 weekday-mismatch']);
    }
  });

  // Second review: a weekday set otherwise tells as often of another day than the event's.
  it('raises nothing for a deadline, the setting up, the registration or the preparation', () => {
    for (const opening of [
      'Jeudi au plus tard, merci de confirmer votre venue par mail. La soirée commence à 19h.',
      'Samedi dès 14h, les bénévoles montent les chapiteaux. Le festival ouvre ses portes le lendemain à 10h.',
      'Lundi de 9h à 12h, les inscriptions sont ouvertes en mairie pour la soirée.',
      'Mercredi aux Halles, les enfants préparent les décors de la soirée.',
    ]) {
      expect(problems(page(opening)), opening).toEqual([]);
    }
  });
});

describe('one evening of a weekly series whose habit tells the evening’s hour', () => {
  it('is that evening', () => {
    const page = ['---', 'title: "Match d’impro : les Zèbres contre les Lynx"', 'begin_date: 2024-12-19 21:00', '---', '', 'Chaque jeudi à 21h, la Fabrique à Impros invite deux troupes. Ce jeudi, les Zèbres affrontent les Lynx ! Entrée 5 €.', ''];
    expect(brief(page, 2024, 12)).toEqual(['2 2024-12-19 21:00-']);
  });
});

describe('cards with a labelled day that are no talks', () => {
  it('reads no article of a heading of publications and talks', () => {
    const page = ['## Publications et communications', '', '**Schémas d’ordre élevé pour les lois de conservation** <br>', '*Revue européenne de mathématiques appliquées* <br>', 'Date : 12/03/2025 <br>', 'DOI : 10.1234/rema.2025.12', ''];
    expect(brief(page, 2025, 4)).toEqual([]);
  });

  it('reads no English card, whose numeric days may be written month first', () => {
    const card = (day: string) => ['**Seminar talk** <br>', 'Title: A scheme <br>', `Date: ${day} <br>`, 'Location: Waterloo', ''];
    expect(brief(['## Invited talks', '', ...card('04/25/2026'), ...card('05/04/2026'), ...card('06/11/2026')], 2026, 7)).toEqual([]);
  });
});

describe('inline fields of HTML side by side', () => {
  it('keep a time split in two spans whole', () => {
    const item = (day: string, title: string) => `<li>${day} à <b><span class="h">14</span><span class="m">:30</span></b> : ${title}</li>`;
    const page = ['<ul>', item('Samedi 12 avril 2025', 'atelier couture'), item('Samedi 19 avril 2025', 'atelier tricot'), item('Samedi 26 avril 2025', 'atelier broderie'), '</ul>', ''];
    expect(brief(page, 2025, 3)).toEqual(['2 2025-04-12 14:30-', '3 2025-04-19 14:30-', '4 2025-04-26 14:30-']);
  });
});

describe('headings that open with an event’s noun and a day', () => {
  it('are no captions: a post’s date, a log’s day, a past edition', () => {
    for (const heading of ['## Concert : publié le 3 mars 2024', '## Performance le 12/03/2024, résultats des benchmarks', '## Installation le 05/03/2024, voir le wiki', '## Festival : édition passée le 6 juillet 2023, photos en ligne']) {
      expect(readSessions(['# Blog', '', heading, '', 'Texte.', ''], 2024, 3), heading).toEqual([]);
    }
  });
});

// Second review of the mends.
describe('a day’s list with times alone, its items giving lengths', () => {
  it('reads lengths as no times of their own: each talk at its block’s hours', () => {
    const page = ['## Mardi 18 mars 2025', '', '* 9h30', '* Introduction à NumPy (1h)', '* Manipulation de fichiers (45 min)', '* 11h00', '* Pause', '* 11h15', '* Atelier de 2h sur Pandas', '* 13h15', ''];
    expect(brief(page, 2025, 3)).toEqual(['4 2025-03-18 09:30-11:00', '5 2025-03-18 09:30-11:00', '9 2025-03-18 11:15-13:15']);
  });

  it('closes a block of two talks at the next time, with no break after it', () => {
    const page = ['## Mardi 18 mars 2025', '', '* 9h30', '* **Introduction à NumPy** Alexandre 30min', '* **Manipulation de fichiers** Alexandre 45min', '* 10h45', '* **Pandas** Julie 40min', '* **Visualisation** Julie 35min', '* 12h00', '* Déjeuner au restaurant universitaire', ''];
    expect(brief(page, 2025, 3)).toEqual(['4 2025-03-18 09:30-10:45', '5 2025-03-18 09:30-10:45', '7 2025-03-18 10:45-12:00', '8 2025-03-18 10:45-12:00']);
  });
});

describe('a heading that opens with a show and its day in words', () => {
  it('is that show', () => {
    const page = ['# Tournée 2025 — *Les Oiseaux*', '', '### Représentation le 14 mars 2025, Théâtre de la Ville, Paris', '', '### Représentation le 21 mars 2025, Le Quai, Angers', ''];
    expect(brief(page, 2025, 1)).toEqual(['3 2025-03-14', '5 2025-03-21']);
  });
});

describe('a lab’s seminar cards with a labelled day', () => {
  it('are read, a journal club and a speaker’s line included', () => {
    const card = (title: string, day: string, more: string) => [`**${title}** <br>`, `Date : ${day} <br>`, `${more} <br>`, 'Lieu : salle 101', ''];
    const page = ['## Séminaires de l’équipe', '', ...card('Journal club : modèles de langue', '19/03/2025', 'Animé par l’équipe'), ...card('Apprentissage par renforcement', '26/03/2025', 'Speaker : Marie Lefèvre (Inria)'), ...card('Présentation du numéro spécial de la revue Réseaux', '02/04/2025', 'Avec les auteurs')];
    expect(brief(page, 2025, 3)).toEqual(['3 2025-03-19', '8 2025-03-26', '13 2025-04-02']);
  });
});

describe('a weekly course’s page whose habit tells the hour its key gives', () => {
  it('is the series’ page, no one evening', () => {
    const page = ['---', 'title: Cours de yoga débutants', 'begin_date: 2024-09-12 19:00', '---', '', 'Le cours a lieu tous les jeudis à 19h, salle Jean Moulin, de septembre à juin. Inscriptions auprès de l’association.', ''];
    expect(brief(page, 2024, 9)).toEqual([]);
  });
});

describe('HTML cards whose date, time and title are spans side by side', () => {
  it('read each card’s time and title', () => {
    const item = (day: string, time: string, title: string) => `<li><span class="date">${day}</span><span class="heure">${time}</span><span class="titre">${title}</span></li>`;
    const page = ['<ul>', item('12 avril 2025', '14h30', 'Atelier couture'), item('19 avril 2025', '10h00', 'Atelier tricot'), item('26 avril 2025', '15h00', 'Atelier broderie'), '</ul>', ''];
    expect(readSessions(page, 2025, 3).map((s) => `${s.days[0]} ${s.times[0]?.start} ${s.title}`)).toEqual(['2025-04-12 14:30 Atelier couture', '2025-04-19 10:00 Atelier tricot', '2025-04-26 15:00 Atelier broderie']);
  });
});

describe('a course log in a repository named for its cohort’s year', () => {
  it('is read in the year it was kept, its last class just before its commit', () => {
    const days = checkText('README.md', ['# SLAM2', '', '- Cours du 22/02 : [POO - Principes de base](poo.md)', '- Cours du 15/03 : [Héritage](heritage.md)', '- Cours du 03/05 : [Arraylist](arraylist.md)', ''].join('\n'), {
      language: 'en',
      timezone: 'Europe/Paris',
      referenceDate: () => ({ year: 2022, month: 5, day: 6 }),
      repositoryPath: () => 'sio1-2023/README.md',
    })
      .programme.sessions.map(sessionToJson)
      .map((session) => session.days[0]);
    expect(days).toEqual(['2022-02-22', '2022-03-15', '2022-05-03']);
  });
});
