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
    // The hour written with spaces or a dot before its `h` (osmbe-arlon-meetup `à 19.30 h.`).
    ['a Belgian `19.30 h`', ['# Rencontres 2020', '', '## Lundi 13 janvier 2020', '', 'Rendez-vous au club house à 19.30 h.', ''], ['19:30-']],
    ['a spaced `18 h 30`', ['# Rencontres 2020', '', '## Lundi 13 janvier 2020', '', 'Accueil dès 18 h 30 au local.', ''], ['18:30-']],
    ['a start, a spaced length in the list below (`- 1 h` is how long)', ['# Meetups', '', '## Jeudi 7 juin 2012', '', 'Le jeudi 7 juin 2012, à 19h chez Valtech.', '', '- Exposé - 30 mn', '- Discussion - 1 h', ''], ['19:00-']],
    ['a spaced range `de 14 h à 17 h`', ['# Rencontres 2020', '', '## Samedi 18 janvier 2020', '', 'Atelier de 14 h à 17 h au local.', ''], ['14:00-17:00']],
  ])('is the heading’s hours (%s)', (_name, lines, expected) => {
    expect(timesOf(lines)).toEqual(expected);
  });

  it.each([
    ['two times', ['# Tournée 2023', '', '## Samedi 30 septembre 2023', '', 'Ouverture des portes à 17h30, spectacle à 18h.', '']],
    ['a deadline', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'TP à rendre avant 23h59.', '']],
    ['`jusqu’à`', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Inscriptions ouvertes jusqu’à 12h.', '']],
    ['a length', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Un TP de 2h sur les tables.', '']],
    ['a spaced length', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Un TP de 2 h sur les tables.', '']],
    ['a count of hours in words', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Prévoir 3 heures de route.', '']],
    ['a time in a section with sub-headings', ['# Cours 2024', '', '## Lundi 4 mars 2024', '', 'Début à 9h.', '', '### Matin', '', 'Cours', '']],
  ])('leaves the heading all day (%s)', (_name, lines) => {
    expect(timesOf(lines)[0]).toBe('');
  });
});

describe('the hours field of a dated heading’s section, and a heading dated by its first line', () => {
  it.each([
    ['a bold `Heures` item, the programme’s own detail fields', ['# Programme 2025', '', '### Session EIG | 14 mars 2025', '', '- **Heures** : 9h30 - 18h', '- **Lieu** : Paris', '', '### Session EIG | 11 avril 2025', '', '- **Heures** : 14h - 17h', ''], ['09:30-18:00', '14:00-17:00']],
    ['a `Horaires :` item among others', ['# Stages 2025', '', '## Samedi 5 avril 2025', '', '* Lieu : gymnase', '* Horaires : de 10h à 16h', '* Tarif : 10 €', ''], ['10:00-16:00']],
    ['emoji fields under an undated heading dated by its first line', ['# Ateliers', '', '### Atelier', '', '📅 Dimanche 13 avril 2025', '', '📍 Atelier, quai des Carrières', '', '⏰ 14:00 - 18:00', '', '### Atelier', '', '📅 Dimanche 27 avril 2025', '', '⏰ 14:00 - 18:00', ''], ['14:00-18:00', '14:00-18:00']],
    // The ends joined by an arrow, drawn or typed on a keyboard, as a card of fields writes them.
    ['emoji hours joined by an arrow', ['# Ateliers', '', '### Atelier', '', '📅 Dimanche 13 avril 2025', '', '📍 Atelier, quai des Carrières', '', '⏰ 14:00 > 18:00', '', '### Atelier', '', '📅 Dimanche 27 avril 2025', '', '⏰ 14h \u2192 18h', ''], ['14:00-18:00', '14:00-18:00']],
  ])('gives the heading its hours (%s)', (_name, lines, expected) => {
    expect(timesOf(lines)).toEqual(expected);
  });

  it.each([
    ['a deadline item', ['# Cours 2025', '', '## Lundi 7 avril 2025', '', '- Rendu du TP avant 23h59', '']],
  ])('leaves the heading all day (%s)', (_name, lines) => {
    expect(timesOf(lines)[0]).toBe('');
  });

  // Each item a moment of the day with its own time (sentence-slots.ts): the day's slots, not one hour for the heading.
  it('gives the heading neither of two items’ times: each item is a slot of its day', () => {
    expect(timesOf(['# Stages 2025', '', '## Samedi 5 avril 2025', '', '- Accueil à 9h', '- Départ à 14h', ''])).toEqual(['09:00-', '14:00-']);
  });
});

describe('the time an event’s page tells once, for its one dated heading', () => {
  it.each([
    ['a practical detail written as a heading', ['## La randonnée - Édition 2025', '', '### Date : Dimanche 9 mars 2025', '', '### Lieu :', '', 'Salle des fêtes', '', '### Infos', '', 'Deux parcours.', '', '#### Départs cadencés entre 7h30 et 9h30, pour éviter les bouchons', ''], '07:30-09:30'],
    ['a field of a list under another heading', ['# Fête du club', '', '## Samedi 14 juin 2025', '', '## Infos pratiques', '', '- Lieu : gymnase', '- Horaires : de 14h à 18h', ''], '14:00-18:00'],
    ['a line set apart with an emoji', ['# Apéro', '', '## Vendredi 13 juin 2025', '', '## Où et quand', '', '📍 Le Bar', '', '⏰ 19h00 - 22h00', ''], '19:00-22:00'],
  ])('gives it that time (%s)', (_name, lines, expected) => {
    expect(timesOf(lines)).toEqual([expected]);
  });

  it.each([
    ['two times on the page', ['# Sortie', '', '## Samedi 14 juin 2025', '', '## Infos', '', 'Départ du car à 7h45, retour vers 19h.', '']],
    ['a deadline', ['# Fête', '', '## Samedi 14 juin 2025', '', '## Inscriptions', '', 'Inscriptions jusqu’à 12h le vendredi.', '']],
  ])('leaves it all day (%s)', (_name, lines) => {
    expect(timesOf(lines)).toEqual(['']);
  });
});

// The class `a dated heading's end hour written further down its card` (lapalette-agenda-aout-2026:
// `### 🗓️ Mercredis 12 et 26 août - 10h30` over `## 🪷 Initiation au Qi Gong` and `🕙 10h30 — 12h`).
describe('the end a dated heading’s card writes below it, the heading giving only the start', () => {
  it.each([
    ['a clock emoji line, an em dash, under a title heading', ['# Agenda août 2026', '', '### 🗓️ Mercredi 12 août 2026 - 10h30', '', '## Initiation au Qi Gong', '', 'Une séance de découverte.', '', '🕙 10h30 — 12h', '', '💶 Prix libre', '', '---', '', '### 🗓️ Vendredi 14 août 2026 - 19h', '', '## Concert', ''], ['10:30-12:00', '19:00-']],
    ['a `Horaires :` line', ['# Stages 2025', '', '## Samedi 5 avril 2025, 14h', '', 'Atelier d’écriture.', '', 'Horaires : 14h - 17h', ''], ['14:00-17:00']],
    ['a plain `de 9h à 12h` line, a colon form in the heading', ['# Sorties 2025', '', '### Dimanche 6 avril 2025 à 09:00', '', 'Balade ornithologique.', '', 'De 9h à 12h', ''], ['09:00-12:00']],
  ])('takes it (%s)', (_name, lines, expected) => {
    expect(timesOf(lines)).toEqual(expected);
  });

  it.each([
    ['a range that starts at another time (the opening hours of the place)', ['# Agenda 2026', '', '### Mercredi 12 août 2026 - 10h30', '', '## Qi Gong', '', 'Séance douce.', '🕑 14h - 18h', '']],
    ['a range in a sentence', ['# Agenda 2026', '', '### Mercredi 12 août 2026 - 10h30', '', '## Qi Gong', '', 'Le lieu est ouvert de 10h30 à 18h le mercredi.', '']],
    ['a range past the card’s rule', ['# Agenda 2026', '', '### Mercredi 12 août 2026 - 10h30', '', '## Qi Gong', '', '---', '', 'Séance douce.', '🕙 10h30 — 12h', '']],
  ])('leaves the start alone (%s)', (_name, lines) => {
    expect(timesOf(lines)[0]).toBe('10:30-');
  });
});
