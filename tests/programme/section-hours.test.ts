/*
 * A dated heading whose time is told only in a sentence of its section (yongwe-dilo-guyane-2023:
 * `## Samedi 30 Septembre` over `Gratuit et ouvert à tous. Spectacle à 18h, sans réservation`).
 * Variants of the one time a section tells, and of sections that tell none a reader would take.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const timesOf = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','));

describe('the one time a dated heading’s sentences tell', () => {
  it.each([
    ['a start after `à`', ['# Tournée 2023', '', '## Samedi 30 septembre', '', 'Régina, face à la mairie.', '', 'Gratuit. Spectacle à 18h, sans réservation', '', '## Mardi 3 octobre', '', 'Saint-Georges', ''], ['18:00-', '']],
    ['a start after `dès`, with minutes', ['# Visites 2024', '', '### Jeudi 14 mars 2024', '', 'Rendez-vous dès 9h30 devant la gare.', ''], ['09:30-']],
    ['a range `de 14h à 17h`', ['# Ateliers 2024', '', '## 12 avril 2024', '', 'Atelier de 14h à 17h à la médiathèque.', ''], ['14:00-17:00']],
    ['a range written with a colon form `18:30 - 20:00`', ['# Ateliers 2024', '', '## 12 avril 2024', '', 'Projection 18:30 - 20:00, salle 2.', ''], ['18:30-20:00']],
  ])('is the heading’s hours (%s)', (_name, lines, expected) => {
    expect(timesOf(lines)).toEqual(expected);
  });

  it.each([
    ['two times', ['# Tournée 2023', '', '## Samedi 30 septembre 2023', '', 'Ouverture des portes à 17h30, spectacle à 18h.', '']],
    ['a deadline', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'TP à rendre avant 23h59.', '']],
    ['`jusqu’à`', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Inscriptions ouvertes jusqu’à 12h.', '']],
    ['a length', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Un TP de 2h sur les tables.', '']],
    ['a time in a section with sub-headings', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Début à 9h.', '', '### Matin', '', 'Cours', '']],
  ])('leaves the heading all day (%s)', (_name, lines) => {
    expect(timesOf(lines)[0]).toBe('');
  });
});
