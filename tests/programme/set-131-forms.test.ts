/*
 * Forms read once held-out set 131 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

// dpobel-meetup-ez-publish-lyon-2014: an event's post tells its time with `heures` written out.
describe('an event page whose time is written with `heures` in full', () => {
  const post = (sentence: string) => [
    '---', 'title: "Meetup eZ Publish à Lyon"', '---', '',
    'Ce mercredi 19 novembre 2014 aura lieu le premier meetup à Lyon.', '', sentence, '',
  ];

  it('takes `à partir de 18 heures` as its start, and `de 14 heures à 17 heures` as its hours', () => {
    expect(briefSessions(post('La rencontre se déroulera à La Cordée à partir de 18 heures.'), 2014, 11)).toEqual(['2 2014-11-19 18:00-']);
    expect(briefSessions(post('La rencontre se déroulera de 14 heures à 17 heures.'), 2014, 11)).toEqual(['2 2014-11-19 14:00-17:00']);
  });

  it('leaves the day whole when `heures` says how long or names a race', () => {
    for (const sentence of ['Comptez à peu près 2 heures de présentation.', 'Le hackathon dure 10 heures de code.', 'Après les 24 heures du Mans.']) {
      expect(briefSessions(post(sentence), 2014, 11), sentence).toEqual(['2 2014-11-19']);
    }
  });
});
