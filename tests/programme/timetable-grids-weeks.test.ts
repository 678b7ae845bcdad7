/*
 * Timetable grids whose days are weekdays of a week written elsewhere (issue 11): a header
 * of bare weekdays (`| | Lundi | Mardi |`) under a heading or beside a corner cell that
 * writes the week, and tables of weeks whose group columns give each group's weekday and
 * hours (`| Semaine | Groupe 1 (lundi 8h-10h) | Groupe 2 (jeudi 13h-15h) |`). Written in
 * our own words after the ways course plannings write them.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(text: string) {
  return check(text).programme.sessions.map(sessionToJson).map(({ title, days, times }) => `${days.join(' ')} ${times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')} ${title}`);
}

function rules(text: string): string[] {
  return check(text).diagnostics.map((d) => `${d.line} ${d.rule}`).filter((r) => !r.endsWith('managed-block-missing'));
}

describe('a grid of bare weekdays in a week written elsewhere', () => {
  it('puts each weekday in the week the heading above writes', () => {
    const text = [
      '## Semaine du 14 au 18 mars 2022',
      '',
      '| | Lundi | Mardi | Mercredi |',
      '| --- | --- | --- | --- |',
      '| 9h-12h | Cours de statistique | Atelier R | |',
      '| 14h-17h | TP | | Projet |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '2022-03-14 09:00-12:00 Cours de statistique',
      '2022-03-14 14:00-17:00 TP',
      '2022-03-15 09:00-12:00 Atelier R',
      '2022-03-16 14:00-17:00 Projet',
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('reads the week from the corner cell, in numbers, across the end of a month', () => {
    const text = [
      '| Semaine du 29/09/2025 au 03/10/2025 | Lundi | Mercredi | Vendredi |',
      '| --- | --- | --- | --- |',
      '| 10h-12h | Conférence | Séminaire | Soutenance |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual(['2025-09-29 10:00-12:00 Conférence', '2025-10-01 10:00-12:00 Séminaire', '2025-10-03 10:00-12:00 Soutenance']);
  });

  it('places no day when the week is written nowhere, or when a weekday falls outside the range written', () => {
    const nowhere = ['## Emploi du temps type', '', '| | Lundi | Mardi |', '| --- | --- | --- |', '| 8h-10h | Maths | Physique |', ''].join('\n');
    expect(sessions(nowhere)).toEqual([]);
    const outside = ['## Journées du 12 au 13 mars 2025', '', '| | Lundi | Mardi | Mercredi |', '| --- | --- | --- | --- |', '| 9h | Accueil | Ateliers | Visite |', ''].join('\n');
    // Lundi and Mardi are not within the 12th and 13th: the grid's columns are not placed
    // (the heading's own reading, a day agenda, is another reader's).
    expect(sessions(outside).filter((line) => /Ateliers|Visite/.test(line))).toEqual([]);
  });
});

describe('a table of weeks whose group columns give each group’s weekday and hours', () => {
  it('puts each group’s session on its weekday in the row’s week, at its hours', () => {
    const text = [
      '# TP de physique 2025-2026',
      '',
      '| Semaine | Groupe 1 (lundi 8h-10h) | Groupe 2 (jeudi 13h-15h) |',
      '| --- | --- | --- |',
      '| Semaine du 8 septembre | TP 1 : mesures | TP 1 : mesures |',
      '| Semaine du 15 septembre | TP 2 : optique | |',
      '| Semaine du 22 septembre | Vacances ? | TP 2 : optique |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '2025-09-08 08:00-10:00 TP 1 : mesures (Groupe 1)',
      '2025-09-11 13:00-15:00 TP 1 : mesures (Groupe 2)',
      '2025-09-15 08:00-10:00 TP 2 : optique (Groupe 1)',
      '2025-09-22 08:00-10:00 Vacances ? (Groupe 1)',
      '2025-09-25 13:00-15:00 TP 2 : optique (Groupe 2)',
    ]);
    expect(rules(text)).toEqual([]);
  });
});
