/*
 * Weekdays written without a date, placed in a week the document names elsewhere (issues
 * 11 and 12): a week heading or sentence (`## Semaine du 16 au 20 mars 2026`, `### Semaine
 * 12 (16-20 mars 2026)`, `La formation aura lieu du 3 au 7 février 2025`), then the days as
 * headings (`### Lundi`, `#### Mardi matin`), bold lines, list items (`- **Mercredi** :
 * 14h-17h atelier`), rows of a table (`| Lundi | 9h-12h | ... |`, `| Mar. | ...`), the
 * columns of a grid, or numbered from the week's first day (`## Jour 2`). Written in our
 * own words after the ways course plannings, summer schools and bootcamps write them
 * (StateOfTheR/finistR2024 and 2025, sprint weeks of student projects, formation pages).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(lines: string[], committed?: { year: number; month: number; day: number }) {
  return check(lines.join('\n'), committed ? { committed } : {})
    .programme.sessions.map(sessionToJson)
    .map(({ line, title, days, times }) => `${line} ${days.join(' ')} ${times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')} ${title}`.replace(/ {2,}/g, ' '));
}

function rules(lines: string[]): string[] {
  return check(lines.join('\n'))
    .diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)
    .filter((r) => !r.endsWith('managed-block-missing'));
}

describe('weekday headings, bold lines and items under a week heading', () => {
  it('puts each weekday heading in the week above, at the hours of the items under it', () => {
    const text = [
      '# Bootcamp',
      '',
      '## Semaine du 16 au 20 mars 2026',
      '',
      '### Lundi',
      '',
      '- 9h-12h : Accueil',
      '- 14h-17h : Prise en main',
      '',
      '#### Mardi matin',
      '',
      '- 9h30 - 12h : Atelier git',
      '',
      '### Jeudi',
      '',
      '9h - 12h : Projet',
      '',
    ];
    expect(sessions(text)).toEqual([
      '7 2026-03-16 09:00-12:00 Accueil',
      '8 2026-03-16 14:00-17:00 Prise en main',
      '12 2026-03-17 09:30-12:00 Atelier git',
      '16 2026-03-19 09:00-12:00 Projet',
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('places each weekday in the nearest week above when a page holds several weeks', () => {
    const text = [
      '## Semaine 1 (16-20 mars 2026)',
      '',
      '### Lundi',
      '',
      '- 9h-12h : Accueil',
      '',
      '### Vendredi',
      '',
      '- 14h-17h : Bilan',
      '',
      '## Semaine 2 (23-27 mars 2026)',
      '',
      '### Lundi',
      '',
      '- 9h-12h : Projet',
      '',
    ];
    expect(sessions(text)).toEqual(['5 2026-03-16 09:00-12:00 Accueil', '9 2026-03-20 14:00-17:00 Bilan', '15 2026-03-23 09:00-12:00 Projet']);
  });

  it('reads bold weekday lines, and weekday items with their hours, cut or in brackets', () => {
    const text = [
      '## Semaine du 16 mars 2026',
      '',
      '**Lundi**',
      '9h-12h : Accueil',
      '14h-17h : TP',
      '',
      '**Mardi après-midi** : 14h-17h visite du labo',
      '',
      '- **Mercredi** : 14h-17h atelier',
      '- Jeudi (9h-12h) : séminaire',
      '- Ven. : 10h-12h bilan',
      '',
    ];
    expect(sessions(text)).toEqual([
      '4 2026-03-16 09:00-12:00 Accueil',
      '5 2026-03-16 14:00-17:00 TP',
      '7 2026-03-17 14:00-17:00 visite du labo',
      '9 2026-03-18 14:00-17:00 atelier',
      '10 2026-03-19 09:00-12:00 séminaire',
      '11 2026-03-20 10:00-12:00 bilan',
    ]);
  });

  it('numbers the days from the first day of the period a heading names (`## Jour 2`)', () => {
    const text = ['# Formation du 16 au 18 mars 2026', '', '## Jour 1', '', '- 9h-12h : Accueil', '', '## Jour 2', '', '- 9h-12h : Cours', '- 14h-17h : TP', ''];
    expect(sessions(text)).toEqual(['5 2026-03-16 09:00-12:00 Accueil', '9 2026-03-17 09:00-12:00 Cours', '10 2026-03-17 14:00-17:00 TP']);
    expect(rules(text)).toEqual([]);
  });

  it('places weekday headings in the week a sentence of the page invites to', () => {
    const text = ['# Formation R', '', 'La formation aura lieu la semaine du 16 mars 2026, à Rennes.', '', '### Lundi', '', '- 9h-12h : Accueil', '', '### Mardi', '', '- 14h-17h : TP', ''];
    expect(sessions(text)).toEqual(['7 2026-03-16 09:00-12:00 Accueil', '11 2026-03-17 14:00-17:00 TP']);
  });

  it('takes the year the document gives when the week writes none, and reads an English week', () => {
    const noYear = ['---', 'date: 2026-01-10', '---', '', '## Semaine du lundi 16 mars', '', '### Mardi', '', '- 9h-12h : Accueil', ''];
    expect(sessions(noYear)).toEqual(['9 2026-03-17 09:00-12:00 Accueil']);
    const english = ['## Week of 16 March 2026', '', '### Wednesday', '', '- 10:00-12:00 : Workshop', ''];
    expect(sessions(english)).toEqual(['5 2026-03-18 10:00-12:00 Workshop']);
  });
});

describe('weekday rows of a table, in the week the heading or the sentence above names', () => {
  it('reads a `Jour` column of bare weekdays under a week heading', () => {
    const text = ['## Semaine du 16 au 20 mars 2026', '', '| Jour | Horaire | Séance |', '| --- | --- | --- |', '| Lundi | 9h-12h | Accueil |', '| Mar. | 14h-17h | Atelier |', ''];
    expect(sessions(text)).toEqual(['5 2026-03-16 09:00-12:00 Accueil', '6 2026-03-17 14:00-17:00 Atelier']);
    expect(rules(text)).toEqual([]);
  });

  it('reads the week from a sentence above, across other headings, and half-days as the day', () => {
    const text = [
      'Le stage a lieu du **3 au 7 février 2025** au laboratoire.',
      '',
      '## Programme',
      '',
      '| Jour | Horaire | Séance |',
      '| --- | --- | --- |',
      '| Lundi matin | 9h-12h | Accueil |',
      '| Lundi après-midi | 14h-17h | Visite |',
      '| Vendredi | 9h-12h | Restitution |',
      '',
    ];
    expect(sessions(text)).toEqual(['7 2025-02-03 09:00-12:00 Accueil', '8 2025-02-03 14:00-17:00 Visite', '9 2025-02-07 09:00-12:00 Restitution']);
  });

  it('reads a week agenda whose first column names the weekday, carried down to the rows that leave it empty', () => {
    const text = ['## Semaine du 16 au 20 mars 2026', '', '| | Horaire | Séance |', '| --- | --- | --- |', '| Lundi | 9h-12h | Accueil |', '| | 14h-17h | TP |', '| Mercredi | 9h-12h | Cours |', ''];
    expect(sessions(text)).toEqual(['5 2026-03-16 09:00-12:00 Accueil', '6 2026-03-16 14:00-17:00 TP', '7 2026-03-18 09:00-12:00 Cours']);
  });

  it('reads a week grid of weekday half-days against groups side by side, its week in the prose above', () => {
    const text = [
      "## Où ? Quand ?",
      '',
      "L'atelier s'est déroulé à la station biologique du **19 au 23 août 2024**.",
      '',
      '## Programme',
      '',
      '| | Groupe 1 | Groupe 2 | Groupe 3 |',
      '| --- | --- | --- | --- |',
      '| Lundi Après midi | Python | *Simulateurs* | |',
      '| Mardi Matin 1 | *Cours plénier* | | |',
      '| Mardi Matin 2 | Packaging | Julia | Nimble |',
      '| Mardi Après midi | Packaging | Julia | Diffusion |',
      '| Vendredi Matin | Restitution | | |',
      '',
    ];
    // A topic kept from the morning to the afternoon is one session, on the row where it begins.
    expect(sessions(text)).toEqual([
      '9 2024-08-19 Python',
      '9 2024-08-19 Simulateurs',
      '10 2024-08-20 Cours plénier',
      '11 2024-08-20 Packaging',
      '11 2024-08-20 Julia',
      '11 2024-08-20 Nimble',
      '12 2024-08-20 Diffusion',
      '13 2024-08-23 Restitution',
    ]);
    expect(rules(text)).toEqual([]);
    // The same grid with no week written anywhere is a weekly pattern: no session, nothing reported.
    expect(sessions(text.slice(4))).toEqual([]);
  });

  it('reads a grid of weekday columns whose week is only in the sentence above', () => {
    const text = ['La formation aura lieu la semaine du 3 février 2025.', '', '| | Lundi | Mardi | Mercredi |', '| --- | --- | --- | --- |', '| 9h-12h | Cours | TP | Projet |', ''];
    expect(sessions(text)).toEqual(['5 2025-02-03 09:00-12:00 Cours', '5 2025-02-04 09:00-12:00 TP', '5 2025-02-05 09:00-12:00 Projet']);
  });
});

describe('a weekday the week does not hold is the coordinator’s to correct', () => {
  it('reports a weekday heading outside the week, at its line and column, and places nothing it holds', () => {
    const text = ['## Semaine du 16 au 20 mars 2026', '', '### Lundi', '', '- 9h-12h : Accueil', '', '### Samedi', '', '- 9h-12h : Randonnée', ''];
    expect(sessions(text)).toEqual(['5 2026-03-16 09:00-12:00 Accueil']);
    expect(rules(text)).toEqual(['7:5 weekday-outside-week']);
  });

  it('reports a row or a list item whose weekday falls outside the week', () => {
    const rows = ['## Semaine du 16 au 20 mars 2026', '', '| Jour | Horaire | Séance |', '| --- | --- | --- |', '| Lundi | 9h-12h | Accueil |', '| Dimanche | 14h-17h | Atelier |', ''];
    expect(rules(rows)).toEqual(['6:3 weekday-outside-week']);
    const items = ['## Semaine du 16 au 20 mars 2026', '', '- **Lundi** : 9h-12h accueil', '- **Samedi** : 9h-12h sortie', ''];
    expect(sessions(items)).toEqual(['3 2026-03-16 09:00-12:00 accueil']);
    expect(rules(items)).toEqual(['4:5 weekday-outside-week']);
  });
});

describe('weekdays with no week named are a weekly pattern, not dated sessions', () => {
  it('leaves a generic weekly timetable and `tous les lundis` undated, as before', () => {
    const timetable = ['## Horaires d’ouverture', '', '| | Lundi | Mardi |', '| --- | --- | --- |', '| 9h-12h | Accueil | Permanence |', ''];
    expect(sessions(timetable)).toEqual([]);
    const items = ['## Activités', '', '- Tous les lundis : 18h-20h chorale', '- **Mercredi** : 14h-17h atelier', ''];
    expect(sessions(items)).toEqual([]);
  });

  it('reads no session of its own in prose that opens with a weekday, in a label that names only its day, or in a commented grid', () => {
    // The week itself, with nothing timed in it, stays the one session its dated heading is.
    const prose = ['## Semaine du 16 au 20 mars 2026', '', 'Lundi, nous irons au musée.', '', '### Mardi', '', 'Journée libre pour avancer sur le projet.', ''];
    expect(sessions(prose)).toEqual(['1 2026-03-16 2026-03-17 2026-03-18 2026-03-19 2026-03-20 Semaine']);
    const commented = ['Du 18 au 22 août 2025.', '', '<!-- | | Lundi | Mardi | -->', '<!-- |---|---|---| -->', '<!-- | 9h | Cours | TP | -->', ''];
    expect(sessions(commented)).toEqual([]);
  });
});
