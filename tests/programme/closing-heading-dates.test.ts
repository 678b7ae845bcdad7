/*
 * A heading that says what the session is for, then closes with its date (`# Travail à
 * faire pour le jeudi 10/03`): the date is the session's, as it is for a list item that
 * closes with its date. Variants written for the class beside the real document that
 * showed it (nsi-parc-seance-2021-03-03); bounds of a period and sentences stay prose.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check, sessionRows } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => [s.line, s.title, s.days.join(' ')]);

describe('a heading that closes with its date', () => {
  it.each([
    ['homework for a day, weekday and numeric date with its year', ['# Cours', '', 'Texte.', '', '# Travail à faire pour le jeudi 11/03/2021', '', '* Exercice 2.', ''], [[5, 'Travail à faire', '2021-03-11']]],
    ['exercises for a day in words', ['## Exercices à préparer pour le lundi 5 février 2024', '', '- page 12', ''], [[1, 'Exercices à préparer', '2024-02-05']]],
    ['a `###` heading, the month in words and no year, the year from the page title', ['# NSI 2023', '', '### Lecture à faire pour le 3 octobre', '', 'Chapitre 2.', ''], [[3, 'Lecture à faire', '2023-10-03']]],
  ])('is a session on that day (%s)', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it.each([
    ['prices until a day', ['#### Tarifs jusqu’au vendredi 29 mai 2026', '', '* Étudiant : 360 €', '']],
    ['prices after a day', ['#### Tarifs majorés après le 29 mai 2026', '', '* Étudiant : 444 €', '']],
    ['a sentence that tells what happened', ['## Nous avons terminé le projet le 3 mars 2024', '', 'Merci à tous.', '']],
    ['a bare day and month closing a heading', ['## Exercices 12/03', '', '- page 12', '']],
  ])('stays a title (%s)', (_name, lines) => {
    expect(brief(lines)).toEqual([]);
  });
});

describe('a post whose title closes with the event’s day', () => {
  it('dates the programme by the title’s day, not by the day the post was written', () => {
    const post = ['---', 'title: "Duchess France fête ses 5 ans le 19 Mai !!!"', 'date: "2015-04-29"', '---', '', '### Programme', '', '**19h00-19h30**: Accueil des participants', '', '**19h30 - 19h50**: Retour sur 5 années', ''].join('\n');
    expect(sessionRows(post).map(([line, day, hours]) => [line, day, hours])).toEqual([
      [8, '2015-05-19', '19:00-19:30'],
      [10, '2015-05-19', '19:30-19:50'],
    ]);
  });
});
