/*
 * Forms read once held-out sets 122 and 123 were measured unseen and read
 * (tests/fixtures/real/INDEX.md, sets 122 and 123), each checked on a short page, with the
 * near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// gdg-nantes-devfest-h-arena-2027: a post that gives its reader a meeting for its event's days.
describe('a post that gives its reader a meeting on its event’s days', () => {
  const post = (sentence: string) => ['---', "title: 'Une édition pas comme les autres !'", "date: '2026-03-17'", '---', '', '## Direction la H Arena !', '', 'Le DevFest Nantes, c’est un rituel.', '', sentence, ''];

  it('is that event’s page, on those days', () => {
    expect(brief(post('Nouveau lieu, même énergie. Rendez-vous les **11 et 12 mars 2027** pour deux jours de conférences et de rencontres.'), 2026, 3)).toEqual(['2 2027-03-11 2027-03-12']);
  });

  it('is not when the meeting names nothing held, or the day is news of another’s event', () => {
    expect(brief(post('Rendez-vous les 11 et 12 mars 2027 sur nos réseaux pour en savoir plus.'), 2026, 3)).toEqual([]);
    expect(brief(post('Le FOSDEM aura lieu les 11 et 12 mars 2027.'), 2026, 3)).toEqual([]);
  });
});

// altertek-webinaire-usages-numeriques-2021, ac91-concours-dog-dancing-2018: the summary says the title's event takes place on its day.
describe('a summary that says the title’s event takes place on its day', () => {
  const page = (title: string, summary: string) => ['---', `title: "${title}"`, `description: "${summary}"`, 'date: 2021-05-10', '---', '', 'Une page de présentation.', ''];

  it('dates the page’s event, its subject named or said by a pronoun', () => {
    expect(brief(page('Webinaire : nos usages numériques', 'Notre premier webinaire aura lieu le 21 mai 2021 !'), 2021, 5)).toEqual(['2 2021-05-21']);
    expect(brief(page('Notre prochain concours de Dog Dancing 2018', 'Il est prévu pour dimanche 15 avril 2018...'), 2021, 5)).toEqual(['2 2018-04-15']);
  });

  it('does not when the day is another step’s (registrations open)', () => {
    expect(brief(page('Webinaire : nos usages numériques', 'Les inscriptions ouvrent le 21 mai 2021 !'), 2021, 5)).toEqual([]);
  });
});

// floppy-bird-comptes-rendus-reunions-2017: a meeting's minutes that announce the next meeting's day and time.
describe('a dated heading whose section gives the next meeting’s time with its day', () => {
  it('keeps no hours of that other day', () => {
    const minutes = ['## Compte-rendu réunion n°6 (27/04/2017)', '', 'La couverture gcov est à atteindre.', '', 'Prochaine réunion le mardi 16/05/2017 à 10H.', ''];
    const sessions = brief(minutes, 2017, 5);
    expect(sessions[0]).toBe('1 2017-04-27');
  });

  it('still takes a time the section gives with no day', () => {
    const visit = ['## Samedi 30 septembre 2017', '', 'Gratuit et ouvert à tous. Spectacle à 18h, sans réservation.', ''];
    expect(brief(visit, 2017, 9)).toEqual(['1 2017-09-30 18:00-']);
  });
});
