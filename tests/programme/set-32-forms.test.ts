/*
 * Forms read in held-out set 32 (tests/fixtures/real: chagaz-intro-ml-2022,
 * fattaccioli-chimie-numerique-2021, ferocesdolls-transplacement-2025,
 * ligue-ete-changelog-2021), each checked here on a short page, with the near forms that
 * must stay read as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { checkText } from '../../src/engine/pipeline.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2022) => check(lines.join('\n'), { committed: { year, month: 1, day: 5 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.title]);

describe('a list item whose date is in brackets after its label', () => {
  it('reads `Cours 1 (mercredi 12/01 matin) : …`, the half of the day inside the brackets', () => {
    const course = ['# Fondamentaux du Machine Learning (2022)', '', '## Contenus', '* Cours 1 (mercredi 12/01 matin) : prise en main', '* Cours 2 (mercredi 12/01 après-midi) : sélection de modèle', '* Cours 3 (jeudi 13/01 matin) : arbres', ''];
    expect(brief(course).map((row) => [row[0], row[1]])).toEqual([
      [4, '2022-01-12'],
      [5, '2022-01-12'],
      [6, '2022-01-13'],
    ]);
  });

  it('reads a session code before a dash, `S1 – 11-13 janv PM : Autonomie`, as the days that follow it', () => {
    const plan = ['# Chimie numérique 2021', '', '### Planning', '', '- S1 – 11-13 janv PM : Autonomie + Visio', '- S2 – 18-20 janv PM : Autonomie', ''];
    expect(brief(plan, 2021).map((row) => [row[0], row[1]])).toEqual([
      [5, '2021-01-11 2021-01-12 2021-01-13'],
      [6, '2021-01-18 2021-01-19 2021-01-20'],
    ]);
  });

  it('keeps a code with a longer word or number as it was (`Salle 101 – 12 janv` is no session code)', () => {
    const rooms = ['# Salles 2021', '', '- Salle 101 – 12 janv : réunion', '- Bâtiment B12 – 14 janv : visite', ''];
    expect(brief(rooms, 2021).map((row) => row[0])).not.toContain(3);
  });
});

describe('an evening’s programme whose front matter ends the next morning', () => {
  const party = ["+++", "title = 'Le Grand Transplacement'", 'start = 2025-05-24T16:00:00+02:00', 'end = 2025-05-25T08:00:00+02:00', '+++', '', '<<✧ Programme ✧>>', '¤ 16h00 - Ouverture', '¤ 22h30 - Punk rap', '¤ 00h00 - DJ sets', ''];

  it('reads its slots written after `¤`, on the evening’s day, the one past midnight on the next', () => {
    expect(brief(party, 2025).map((row) => [row[0], row[1], row[2]])).toEqual([
      [8, '2025-05-24', '16:00-'],
      [9, '2025-05-24', '22:30-'],
      [10, '2025-05-25', '00:00-'],
    ]);
  });

  it('keeps a weekend that ends on its second afternoon over its two days', () => {
    const weekend = ['---', 'title: Stage', 'start: 2025-05-24T09:00:00', 'end: 2025-05-25T17:00:00', '---', '', 'Stage de danse.', ''];
    const report = checkText('stage.md', weekend.join('\n'), { language: 'en', timezone: 'Europe/Paris', referenceDate: () => ({ year: 2025, month: 5, day: 1 }) });
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.days)).toEqual([['2025-05-24', '2025-05-25']]);
  });
});
