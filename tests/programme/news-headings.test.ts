/*
 * A page of news kept newest first, one heading per item titled by the day it was posted
 * and a headline (`# 16/10/2023 : TD2 ce mercredi`, `<h2>2 mai : Relance et
 * modifications</h2>`): those days are when the messages were sent, not sessions. The
 * days the items announce are. A log of past meetings or an archive of events kept
 * newest first, whose items do not speak of other days, keeps its headings as sessions.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const lines = (text: string[]) =>
  check(text.join('\n'), { committed: { year: 2023, month: 12, day: 20 } }).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.days.join(',')}`);

describe('the headings of a page of news', () => {
  it.each([
    ['numeric dates and a colon', ['# 7/12/2023 : Dates de l’examen', '', 'L’examen aura lieu le 10 janvier 2024.', '', '# 16/10/2023 : TD2 ce mercredi', '', 'Nous avons TD ce mercredi.', '', '# 19/09/2023 : petit bug du squelette', '', 'Un correctif est proposé.', '', '# 11/09/2023 : début du cours', '', 'Le cours démarre cette semaine (mercredi).', ''], ['3 2024-01-10']],
    ['HTML headings', ['<h2>14 juin 2013 : Dernière ligne droite</h2>', '<p>Les finales se dérouleront jeudi 20 juin.</p>', '<h2>2 mai 2013 : Relance</h2>', '<p>Inscriptions jusqu’au 13 mai.</p>', '<h2>19 avril 2013 : Message de lancement</h2>', '<p>Bienvenue à tous.</p>', ''], ['2 2013-06-20']],
  ])('are the days the items were posted; what they announce stays: %s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('reads a dash after the date as a colon', () => {
    expect(lines(['## 14 juin 2013 – Dernière ligne droite', '', 'Les demi-finales se joueront d’ici mercredi.', '', '## 2 mai 2013 – Relance', '', 'Il reste des places lundi.', '', '## 19 avril 2013 – Message de lancement', '', 'Bienvenue à tous.', ''])).toEqual([]);
  });

  it('keeps an item heading that gives its hours', () => {
    expect(lines(['## 20 juin 2013 : Finales', '', 'Les finales se joueront ce soir à partir de 18h.', '', '## 14 juin 2013 : Dernière ligne droite', '', 'Les demi-finales vont se dérouler d’ici mercredi.', '', '## 2 mai 2013 : Relance', '', 'Il reste des places lundi.', ''])).toEqual(['1 2013-06-20']);
  });

  it('keeps an archive of events kept newest first, whose items speak of no other day', () => {
    expect(lines(['## 12 octobre 2023 : Meetup Docker', '', 'Au programme, deux talks.', '', '## 14 septembre 2023 : Meetup Kubernetes', '', 'Chez Zenika.', '', '## 8 juin 2023 : Meetup GitOps', '', 'Un talk et un apéro.', ''])).toEqual(['1 2023-10-12', '5 2023-09-14', '9 2023-06-08']);
  });

  it('keeps headings written oldest first (a programme)', () => {
    expect(lines(['## 11/09/2023 : Début du cours', '', 'Rendez-vous mercredi.', '', '## 18/09/2023 : TD1', '', 'En salle 12, jeudi.', '', '## 25/09/2023 : TD2', '', 'Apportez vos portables lundi.', ''])).toEqual(['1 2023-09-11', '5 2023-09-18', '9 2023-09-25']);
  });
});
