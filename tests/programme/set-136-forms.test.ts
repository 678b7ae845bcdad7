/*
 * Forms read once held-out set 136 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

// anct-incubateur-territoires-webinaire-2020: a heading that announces what takes place on its day.
describe('a heading that opens with a day, then says what takes place on it', () => {
  it.each([
    ['aura lieu', '## Le 24 novembre aura lieu le webinar « Créer des services publics »'],
    ['se tiendra', '## Le 24 novembre se tiendra notre atelier de rentrée'],
    ['se déroulera', '## Le 24 novembre se déroulera la journée des partenaires'],
    ['a lieu, in the present', '## Le 24 novembre a lieu la journée des partenaires'],
    ['prochain before the words', '## Le mardi 24 novembre prochain aura lieu notre atelier'],
    ['a comma before the words', '## Le 24 novembre, se tiendra le conseil d’école'],
  ])('is that day’s session: %s', (_name, heading) => {
    expect(briefSessions(['# Nous rencontrer', '', 'Au mois de novembre 2020, nous présentons notre offre.', '', heading, '', 'Texte.', ''], 2020, 10)).toEqual(['5 2020-11-24']);
  });

  it('is none when the day is a sentence’s subject', () => {
    expect(briefSessions(['# Nous rencontrer', '', '## Le 24 novembre a été une belle journée', '', 'Texte.', ''], 2020, 12)).toEqual([]);
    expect(briefSessions(['# Nous rencontrer', '', '## Le 24 novembre aura lieu', '', 'Texte.', ''], 2020, 10)).toEqual([]);
  });
});

// cnumr-wiki-prochains-evenements-2021: a link written right under the table of events.
describe('a line with no pipe written right under a schedule table', () => {
  const table = (between: string) => ['# Wiki', '', '## Les prochains évènements', 'Type | Date | Lieu | Référent', '---- | ---- | ---- | ----', '#GEN2021 | 09/09/2021 | Metz | Romuald', ...between.split('\n'), '[voir les événements passés](/events/old.md)', ''];

  it('is reported on its line: GitHub shows it as a row of the table', () => {
    expect(briefProblems(table(''), { year: 2021, month: 8, day: 1 })).toEqual([]);
    expect(briefProblems(table('').filter((line, index) => !(index === 6 && line === '')), { year: 2021, month: 8, day: 1 })).toEqual(['7 row-cell-count']);
  });

  it('is not reported for what a site builder reads under a table', () => {
    const attribute = ['# Saison', '', '| Date | Atelier |', '| --- | --- |', '| 09/09/2021 | Chant |', '{: .table }', ''];
    expect(briefProblems(attribute, { year: 2021, month: 8, day: 1 })).toEqual([]);
    const caption = ['# Saison', '', '| Date | Atelier |', '| --- | --- |', '| 09/09/2021 | Chant |', ': Phase générale', ''];
    expect(briefProblems(caption, { year: 2021, month: 8, day: 1 })).toEqual([]);
  });
});
