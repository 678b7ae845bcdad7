/*
 * A page that lists its sessions (one dated item each), then gives each a section under a
 * dated heading: the section details the listed session, it is not one more. Variants
 * written for the class beside the real document that showed it (pubweb-calendrier-2015).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => [s.line, s.source, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('dated headings under a list of the same sessions', () => {
  it.each([
    [
      'numbered weeks with ISO dates, then `## semaine N : date` and `## semaine N | date` sections',
      ['# Calendrier', '', '1. 2015-02-18 : Introduction', '2. 2015-02-25 : Balisage', '3. 2015-03-04 : CSS', '', '## semaine 1 : 2015-02-18', '', 'Théorie et pratique.', '', '## semaine 2 | 2015-02-25', '', 'Liens.', ''],
      [[3, 'list', '2015-02-18', ''], [4, 'list', '2015-02-25', ''], [5, 'list', '2015-03-04', '']],
    ],
    [
      'dash items in words with their hours, `### Séance du 12 mars` sections without hours',
      ['## Programme 2024', '', '- 12 mars 2024, 14h-17h : relevés', '- 19 mars 2024, 14h-17h : carte', '', '### Séance du 12 mars', '', 'On mesure la cour.', '', '### Séance du 19 mars', '', 'On dessine.', ''],
      [[3, 'list', '2024-03-12', '14:00-17:00'], [4, 'list', '2024-03-19', '14:00-17:00']],
    ],
    [
      'a section whose hours are the item’s is the same session',
      ['- Lundi 3 juin 2024 (9h-12h) : atelier', '- Mardi 4 juin 2024 (9h-12h) : visite', '', '## Lundi 3 juin 2024, 9h-12h', '', 'Détails.', ''],
      [[1, 'list', '2024-06-03', '09:00-12:00'], [2, 'list', '2024-06-04', '09:00-12:00']],
    ],
  ])('lists each session once, from the list (%s)', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it.each([
    [
      'a heading on a day no item takes is a session of its own',
      ['- 3 juin 2024 : atelier', '- 4 juin 2024 : visite', '', '## 10 juin 2024 : rattrapage', ''],
      [[1, 'list', '2024-06-03', ''], [2, 'list', '2024-06-04', ''], [4, 'heading', '2024-06-10', '']],
    ],
    [
      'a heading that gives other hours than its item is kept, so that a reader sees both',
      ['- 3 juin 2024, 9h-12h : atelier', '- 4 juin 2024, 9h-12h : visite', '', '## 3 juin 2024, 14h-17h', ''],
      [[1, 'list', '2024-06-03', '09:00-12:00'], [2, 'list', '2024-06-04', '09:00-12:00'], [4, 'heading', '2024-06-03', '14:00-17:00']],
    ],
    [
      'headings above the list are not its details: the list is not yet written',
      ['## 3 juin 2024 : atelier', '', '## Récapitulatif', '', '- 3 juin 2024 : atelier', '- 4 juin 2024 : visite', ''],
      [[1, 'heading', '2024-06-03', ''], [5, 'list', '2024-06-03', ''], [6, 'list', '2024-06-04', '']],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });
});
