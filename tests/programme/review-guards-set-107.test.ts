/*
 * Guards from the review of the forms read from held-out set 107: each input a coordinator
 * could write on which the reviewed engine read a session, a day or a time a careful reader
 * would not, or raised a false alarm.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

/** The problems a page raises, read as if last committed on 2 March 2024. */
const problems = (lines: string[]) => briefProblems(lines, { year: 2024, month: 3, day: 2 });

describe('a list of some days’ times under an event of many days', () => {
  it('leaves an exhibition its month when two Saturdays’ tours are listed', () => {
    const page = ['# Exposition « Regards croisés » du 1er au 30 juin 2019', '', 'Ouverte du mardi au dimanche, de 14h à 18h, à la médiathèque.', '', '## Visites guidées', '', '- Samedi 8 : 15h', '- Samedi 22 : 15h', ''];
    expect(brief(page, 2019, 4)).toEqual(['1 2019-06-01..2019-06-30 (30)']);
  });

  it('calls off a day struck out of the hours', () => {
    const page = ['# Festival des poissons rouges du 5 au 10 juin 2019', '', '## Horaires', '', '- Mercredi 5, jeudi 6 : 14h - 22h', '- ~~Vendredi 7 : 14h - 22h~~', '- Samedi 8, dimanche 9, lundi 10 : 10h - 22h', ''];
    expect(readSessions(page, 2019, 4).map((s) => `${s.line} ${s.status}`)).toEqual(['5 confirmed', '6 cancelled', '7 confirmed']);
  });
});

describe('an event page whose body opens with other weekdays than its day', () => {
  const page = (opening: string) => ['---', 'title: Journée portes ouvertes', 'begin_date: 2024-03-16 10:00', '---', '', opening, ''];

  it('raises nothing for a run of weekdays, a list of them, a day gone by or a day a field labels', () => {
    for (const opening of [
      'Lundi au vendredi, le secrétariat répond à vos questions de 9h à 12h. La journée aura lieu le samedi 16 mars.',
      'Mercredi, jeudi et vendredi, les élèves préparent les stands ; venez les découvrir samedi !',
      'Lundi, la mairie a confirmé l’ouverture du nouveau gymnase.',
      'Dimanche : le club est fermé, mais samedi toutes les portes s’ouvrent.',
    ]) {
      expect(problems(page(opening)), opening).toEqual([]);
    }
  });

  it('still reports a weekday that names the event’s day at its place', () => {
    expect(problems(page('Dimanche à Saint-Aignan, venez découvrir les ateliers.'))).toEqual(['6 weekday-mismatch']);
  });
});

describe('the page of a weekly series, its first day in its front matter', () => {
  it('is no one session when the key gives a day alone', () => {
    const page = ['---', 'title: Cours de yoga - saison 2024-2025', 'date_debut: 2024-09-10', '---', '', 'Le cours a lieu tous les mardis, de 19h à 20h30, à la salle polyvalente (hors vacances scolaires).', ''];
    expect(brief(page, 2024, 8)).toEqual([]);
  });

  it('is no one session when the habit tells its own hours', () => {
    const page = ['---', 'title: Atelier tricot', 'begin_date: 2024-09-05 14:00', '---', '', 'Chaque jeudi de 14h à 16h, l’atelier tricot vous accueille à partir du 5 septembre.', ''];
    expect(brief(page, 2024, 8)).toEqual([]);
  });

  it('is none for an evening called off, its key a day alone', () => {
    const page = ['---', 'title: Pas de match d’impro ce jeudi', 'event_date: 2024-12-26', '---', '', 'Chaque jeudi, la Fabrique à Impros accueille un match. Exceptionnellement, ce jeudi 26 décembre, la salle est fermée : rendez-vous le 2 janvier !', ''];
    expect(brief(page, 2024, 12).filter((line) => line.includes('2024-12-26'))).toEqual([]);
  });
});
