/*
 * A study day's or a seminar's page that names its day once in a sentence or a field
 * (`La journée se tiendra le mercredi 16 décembre`, `**Date** : le 4 décembre 2024`) and
 * writes its agenda below as timed lines or items: each timed line is a session on that day.
 * A post that tells of a day in prose, or names two days, stays empty.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(lines: string[]) {
  return check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' '), s.title]);
}

describe('an agenda under the day a page names in a field or an inviting sentence', () => {
  it('reads a `**Date** :` field above a list of timed items', () => {
    expect(read(['# Journée d\'étude', '', '**Date** : le 4 décembre 2024  ', '**Lieu** : Rennes', '', '- 09:00-09:20 : Accueil café', '- 09:20-09:30 : Introduction', ''])).toEqual([
      [6, '2024-12-04', '09:00-09:20', 'Accueil café'],
      [7, '2024-12-04', '09:20-09:30', 'Introduction'],
    ]);
  });

  it('reads bold timed lines in paragraphs under a `Date :` field', () => {
    expect(read(['# Journée du groupe de travail', '', 'Date : jeudi 21 novembre 2024', '', '**14:00-14:30** Ouverture  ', '**14:30-15:15** Premier exposé', '', '**15:15-15:30** Pause', ''])).toEqual([
      [5, '2024-11-21', '14:00-14:30', 'Ouverture'],
      [6, '2024-11-21', '14:30-15:15', 'Premier exposé'],
      [8, '2024-11-21', '15:15-15:30', 'Pause'],
    ]);
  });

  it('reads the day of an inviting sentence, written in bold or not, for the timed items below', () => {
    expect(read(['## Journée 2020', '', 'La journée se tiendra le **mercredi 16 décembre 2020** en visioconférence.', '', '### Programme', '', '* 9h30 - 9h45 : Accueil', '* 9h45 - 10h15 : Exposé', ''])).toEqual([
      [7, '2020-12-16', '09:30-09:45', 'Accueil'],
      [8, '2020-12-16', '09:45-10:15', 'Exposé'],
    ]);
    expect(read(['# Séminaire', '', 'Le séminaire aura lieu le 12 mars 2025 à l\'amphi B.', '', '- 14h - 15h : Exposé invité', '- 15h - 16h : Table ronde', '']).map((s) => s[1])).toEqual(['2025-03-12', '2025-03-12']);
  });

  it('leaves a post empty that tells of a day and of times in prose', () => {
    expect(read(['# Retour sur la journée', '', 'La journée aura lieu le 12 mars 2025. Nous commencerons à 9h et finirons vers 17h, avec une pause à 12h30.', ''])).toEqual([]);
  });

  it('names no day when the paragraphs invite to two different days', () => {
    expect(read(['# Ateliers', '', 'Le premier atelier aura lieu le 12 mars 2025, le second aura lieu le 19 mars 2025.', '', '- 14h - 15h : Présentation', '- 15h - 16h : Pratique', ''])).toEqual([]);
  });

  it('does not give the day to timed items written above the sentence that names it', () => {
    expect(read(['# Horaires habituels', '', '- 14h - 15h : Présentation', '- 15h - 16h : Pratique', '', 'La prochaine séance aura lieu le 12 mars 2025.', ''])).toEqual([]);
  });
});

describe('an agenda of dash-led paragraphs under the day a page names', () => {
  it('reads each paragraph that opens with a dash and hours as a slot of that day', () => {
    expect(read(['# Journée commune', '', 'La journée aura lieu le 21 novembre 2024 au LIP6.', '', 'Voici le planning :', '', '\u2013 9h30 \u2013 10h : accueil', '', '\u2013 10h \u2013 10h45 : Premier exposé', ''])).toEqual([
      [7, '2024-11-21', '09:30-10:00', 'accueil'],
      [9, '2024-11-21', '10:00-10:45', 'Premier exposé'],
    ]);
  });
});
