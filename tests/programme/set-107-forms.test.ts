/*
 * Forms read once held-out set 107 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

const problems = briefProblems;

// diabolos-impro-derby-titan-2024: an evening of a venue's weekly series, dated by `begin_date`.
describe('an event page dated by `begin_date`, one evening of a weekly series', () => {
  const page = (habit: string) => ['---', 'title: Derby avec le Titan', 'begin_date: 2024-12-19 21:00', 'duration: 1h00', 'venue: La Fabrique à Impros (Nantes)', '---', '', `${habit}, la Fabrique à Impros invite deux troupes de Nantes à se rencontrer.`, ''];

  it('is one session on that day, at that hour, when the series is on its weekday', () => {
    expect(brief(page('Chaque jeudi'), 2024, 12)).toEqual(['2 2024-12-19 21:00-']);
  });

  it('is none when the series falls on another weekday: the page is the series’', () => {
    expect(brief(page('Chaque mardi'), 2024, 12)).toEqual([]);
  });
});

// itinerrances-festival-horaires-2019: a festival's opening hours, its days named by weekday and number.
describe('opening hours listed by weekday and number under the event’s days', () => {
  const page = (first: string) => ['# Festival des poissons rouges du 5 au 10 juin 2019', '', 'Installations, concerts, performances.', '', '## Horaires', '', `- ${first} : 14h10 - 22h10.`, '- Samedi 8, dimanche 9 : 10h10 - 22h10.', '- Lundi 10 : 14h10 - 18h10.', ''];

  it('reads each item on its days at its hours, in place of the run of days', () => {
    expect(brief(page('Mercredi 5, jeudi 6, vendredi 7'), 2019, 4)).toEqual(['7 2019-06-05 2019-06-06 2019-06-07 14:10-22:10', '8 2019-06-08 2019-06-09 10:10-22:10', '9 2019-06-10 14:10-18:10']);
  });

  it('keeps the run of days when a weekday does not fall on its number', () => {
    expect(brief(page('Mardi 5, jeudi 6'), 2019, 4)).toEqual(['1 2019-06-05..2019-06-10 (6)']);
  });
});

// classroom-planner-backlog-2025: the plan of the coming days, its one weekday wrong.
describe('a plan of the days after its commit whose one weekday does not fit', () => {
  const page = ['# Planning', '', '## Semaine 1', '', '### Lundi 2 décembre (2h) - TypeScript Foundations', '', 'Les types de base.', ''];

  it('stays in the commit’s year and reports the weekday', () => {
    expect(brief(page, 2025, 11)).toEqual(['5 2025-12-02']);
    expect(problems(page, { year: 2025, month: 11, day: 28 })).toEqual(['5 weekday-mismatch']);
  });

  it('reports nothing when the days come more than a week after the commit', () => {
    expect(problems(page, { year: 2025, month: 11, day: 2 })).toEqual([]);
  });

  // datactivist-carnet-bayonne-2021: a 2021 plan's `MARDI 23 NOVEMBRE`, touched again on 23 November 2022.
  it('reports nothing when the plan’s day is the commit’s own: last year’s plan, touched on its anniversary', () => {
    expect(problems(page, { year: 2025, month: 12, day: 2 })).toEqual([]);
  });
});

// diabolos-impro-mediatheque-2025: an event page whose body opens on another weekday than its date.
describe('an event page whose body opens by naming its day by weekday', () => {
  const page = (opening: string) => ['---', 'title: La vie secrète des livres', 'begin_date: 2025-01-24 19:00', 'venue: Médiathèque Saint Aignan Grandlieu', '---', '', `${opening} à Saint Aignan de Grandlieu, les Diabolos vont tenter de vous montrer la féerie des livres...`, '', 'Réservation à la médiathèque.', ''];

  it('reports a weekday that is not the date’s', () => {
    expect(problems(page('Samedi'), { year: 2025, month: 1, day: 2 })).toEqual(['7 weekday-mismatch']);
  });

  it('accepts the date’s own weekday', () => {
    expect(problems(page('Vendredi'), { year: 2025, month: 1, day: 2 })).toEqual([]);
  });
});

// tcgorbella-saison-tennis-2023: a season's openings told in sentences, each with its weekday and year.
describe('a short list of sentences, each with one day, its weekday and its year', () => {
  it('reads each sentence on its day', () => {
    const page = ['### Ouverture de la saison', '- L’adhésion au club est ouverte le mercredi 23 août 2023.', '- L’inscription à l’école de tennis est ouverte le mercredi 6 septembre 2023.', '- L’école de tennis commence la semaine du 18 septembre.', ''];
    expect(brief(page, 2023, 8)).toEqual(['2 2023-08-23', '3 2023-09-06']);
  });

  it('reads none told in the past', () => {
    expect(brief(['### Histoire', '', '- Le club a été fondé le mardi 3 mars 1998.', '- Le stade a été inauguré le samedi 5 mai 2001.', ''], 2023, 8)).toEqual([]);
  });
});
