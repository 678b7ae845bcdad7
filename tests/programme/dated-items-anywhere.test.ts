/*
 * List items that carry their date elsewhere than at their start (issue 12): after a label
 * and a colon (`Rendu du projet : vendredi 12/03 avant 18h`), or closing the item's first
 * line (`Vidéos de la semaine 01 à avoir vu pour le lundi 05 septembre 2022`, `TP noté le
 * 3 avril (salle B12)`). A reader reads them as sessions (deadlines and exams included)
 * when the list is a list of dated items: two of them or more, most of the list. A date in
 * the middle of a sentence, or a sentence that tells what happened, stays prose.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text, { committed: { year: 2024, month: 6, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.title]);
}

describe('the date closing an item of a dated list', () => {
  it('reads a weekly deadline list, the item continued on the next line', () => {
    const text = [
      '# Planning',
      '',
      '* Vidéos de la [semaine 01](Sem01.html) (S0, S1) à avoir vu pour le lundi 05 septembre 2022   ',
      '  durée: 3 h et 55 minutes',
      '* Vidéos de la [semaine 02](Sem02.html) (S1) à avoir vu pour le lundi 12 septembre 2022   ',
      '  durée: 3 h et 18 minutes',
      '* Exercices de révision à préparer, pas de vidéos',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, ['2022-09-05'], [], 'Vidéos de la semaine 01 (S0, S1) à avoir vu'],
      [5, ['2022-09-12'], [], 'Vidéos de la semaine 02 (S1) à avoir vu'],
    ]);
  });

  it.each([
    ['`le` and a day, a place in brackets', ['- TP noté le 3 avril (salle B12)', '- Partiel le mardi 14 mai'], [[3, ['2024-04-03'], [], 'TP noté : salle B12'], [4, ['2024-05-14'], [], 'Partiel']]],
    ['a deadline with its hour', ['- Rendu du rapport le 24 mai à 18h', '- Rendu des slides avant le 31 mai 2024, 12h'], [[3, ['2024-05-24'], ['18:00-'], 'Rendu du rapport'], [4, ['2024-05-31'], ['12:00-'], 'Rendu des slides']]],
    ['numeric dates with a weekday, no year', ['* Rendu du DM pour le jeudi 14/03', '* Compte rendu à déposer pour le jeudi 21/03.'], [[3, ['2024-03-14'], [], 'Rendu du DM'], [4, ['2024-03-21'], [], 'Compte rendu à déposer']]],
    ['ISO dates after a dash', ['1. Sprint 1 - 2024-02-23', '2. Sprint 2 - 2024-03-08'], [[3, ['2024-02-23'], [], 'Sprint 1'], [4, ['2024-03-08'], [], 'Sprint 2']]],
  ])('reads %s', (_, items, sessions) => {
    expect(read(`# Calendrier 2024\n\n${items.join('\n')}\n`)).toEqual(sessions);
  });

  it('leaves sentences that tell what happened, and dates in the middle of a sentence, alone', () => {
    expect(read('# Histoire\n\n- Le projet a commencé le 3 mars 2020.\n- Le site a ouvert le 5 juin 2021.\n')).toEqual([]);
    expect(read('# Histoire\n\n- Le site a ouvert le 5 juin 2021, avec 30 pages.\n- Le projet a démarré le 3 mars 2020 et dure un an.\n')).toEqual([]);
    expect(read('# Projet\n\nLe projet a commencé le 3 mars 2020 et se termine le lundi 5 juin 2021.\n')).toEqual([]);
  });

  it('leaves one dated item among undated ones alone', () => {
    expect(read('# Infos\n\n- Inscription sur le site\n- Paiement sur place\n- Clôture des inscriptions le 3 mars 2024\n- Tarif réduit pour les étudiants\n')).toEqual([]);
  });
});

describe('a label, a colon, then the date', () => {
  it('reads hours and remarks after the date', () => {
    const text = ['# Projet 2021', '', '- Rendu du projet : vendredi 12/03 avant 18h', '- Soutenance : mardi 23/03, 9h-12h', '- Rapport final : vendredi 2 avril 2021', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2021-03-12'], ['18:00-'], 'Rendu du projet'],
      [4, ['2021-03-23'], ['09:00-12:00'], 'Soutenance'],
      [5, ['2021-04-02'], [], 'Rapport final'],
    ]);
  });

  it('reads labelled dates mixed with items that open with their date', () => {
    const text = ['# Projet', '', '- Inscriptions : 3 mars 2025', '- 9-13 juin 2025 : Foire', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2025-03-03'], [], 'Inscriptions'],
      [4, ['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13'], [], 'Foire'],
    ]);
  });
});

describe('a series that begins on the date', () => {
  it('is not a one-off session', () => {
    const text = ['# Activités 2021', '', '- Atelier théâtre. Tous les mercredis de 18h30 à 19h30, à partir du 2 juin 2021', '- Chorale chaque lundi dès le 7 juin 2021', ''].join('\n');
    expect(read(text)).toEqual([]);
  });
});
