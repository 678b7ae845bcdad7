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

  it('reports a weekday that is not the date’s, however the day is set', () => {
    for (const opening of ['Samedi midi, les Diabolos vous attendent.', 'Samedi au parc des sports, venez nombreux.', 'Samedi de 14h à 18h, ateliers pour tous.', 'Dimanche à 15h, spectacle.']) {
      expect(problems(page(opening)), opening).toEqual(['6 weekday-mismatch']);
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
