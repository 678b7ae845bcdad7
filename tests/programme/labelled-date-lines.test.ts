/*
 * A line of its own that gives a label and a date in a page with no table (`Date limite :
 * 3 avril 2024`, `Rentrée : lundi 2 septembre 2024 9h`): a field a reader puts in the
 * calendar. Variants written for the class; the lines that date the page itself (its
 * update, its publication, a bare `Date :`) and sentences stay prose.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a labelled date on a line of its own', () => {
  it.each([
    ['a deadline between two sentences', ['# Stage', '', 'Le rapport se rend en ligne.', '', 'Date limite : 3 avril 2024', '', 'Bon courage.', ''], [[5, 'Date limite', '2024-04-03', '']]],
    ['a weekday date and its hour', ['# Informations', '', 'Rentrée : lundi 2 septembre 2024 9h', '', 'Apportez vos affaires.', ''], [[3, 'Rentrée', '2024-09-02', '09:00-']]],
    ['a bold label and numeric date with hours', ['# Projet', '', '**Soutenance** : mardi 12/03/2024, 14h-16h', ''], [[3, 'Soutenance', '2024-03-12', '14:00-16:00']]],
    ['a two-word label and a date in words', ['Voici le calendrier du concours.', '', 'Remise des prix : samedi 15 juin 2024', ''], [[3, 'Remise des prix', '2024-06-15', '']]],
  ])('is a session titled by its label (%s)', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it.each([
    ['an update line', ['# Guide', '', 'Mis à jour : 3 avril 2024', '', 'Installez le logiciel.', '']],
    ['a publication line', ['# Article', '', 'Publié le : mardi 12 mars 2024', '', 'Le texte.', '']],
    ['a bare date line at the top of an article', ['# Compte rendu', '', 'Date : 3 avril 2024', '', 'Nous avons parlé du budget.', '']],
    ['a sentence that names a date after a colon', ['# Rappel', '', 'Attention : le rendu est à faire avant le 3 avril 2024 à minuit.', '']],
    ['a label and a date inside a longer paragraph', ['# Stage', '', 'Date limite : 3 avril 2024', 'pour le rapport, et le 10 avril pour la présentation.', '']],
  ])('stays prose (%s)', (_name, lines) => {
    expect(brief(lines)).toEqual([]);
  });
});
