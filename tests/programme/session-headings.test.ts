/*
 * Sessions written as headings under a dated day heading, as programmes of summer schools,
 * study days and conferences write them: the session's title on one heading and its hours
 * on the line just below (a sub-heading, a bold line, a bare line), or the hours and title
 * on the heading with a sub-heading that only labels it (a language, an audience). The
 * session is where it begins: the title heading (the line convention of the real documents).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (text: string) =>
  check(text).programme.sessions.map(sessionToJson).map((s) => ({
    line: s.line,
    title: s.title,
    days: s.days,
    times: s.times.map((t) => `${t.start}-${t.end ?? ''}`),
  }));

describe('a session heading with its hours on the line below, under a day heading', () => {
  it('takes the hours of the `####` sub-heading and stays on the title heading’s line', () => {
    const text = [
      '# Horaire',
      '',
      '## Lundi 8 août 2022',
      '',
      '### Accueil',
      '#### 11 h 30 - 12 h 30 <br>',
      '',
      'Présentations et plan de la semaine.',
      '',
      '### Git et GitHub — deux animateurs',
      '#### 15 h - 16 h et 16 h 15 - 17 h 15 <br>',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Accueil', days: ['2022-08-08'], times: ['11:30-12:30'] },
      { line: 10, title: 'Git et GitHub — deux animateurs', days: ['2022-08-08'], times: ['15:00-16:00', '16:15-17:15'] },
    ]);
  });

  it('takes the hours of a bold or bare line below the title heading', () => {
    const text = [
      '# Journées 2025',
      '',
      '## Mardi 3 juin 2025',
      '',
      '### Ouverture',
      '**9h00 – 9h30**',
      '',
      '### Atelier cartographie',
      '14h - 16h',
      '',
      'Apportez un ordinateur.',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Ouverture', days: ['2025-06-03'], times: ['09:00-09:30'] },
      { line: 8, title: 'Atelier cartographie', days: ['2025-06-03'], times: ['14:00-16:00'] },
    ]);
  });

  it('takes the hours of a deeper sub-heading that also names the room, at any heading level', () => {
    const text = ['# Colloque', '', '### Jeudi 12 octobre 2023', '', '#### Table ronde', '##### 14h-15h30, salle B', '', 'Avec trois invités.', ''].join('\n');
    expect(read(text)).toEqual([{ line: 5, title: 'Table ronde', days: ['2023-10-12'], times: ['14:00-15:30'] }]);
  });

  it('takes the hours of a heading of the same level that holds only hours', () => {
    const text = ['## Vendredi 4 août 2023', '', '### Accueil quotidien', '### 12 h 30 - 12 h 40 <br>', '##### Anglais / Français', '', '### 12 h 45 - 13 h 45 : Vitrine', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'Accueil quotidien', days: ['2023-08-04'], times: ['12:30-12:40'] },
      { line: 7, title: 'Vitrine', days: ['2023-08-04'], times: ['12:45-13:45'] },
    ]);
  });

  it('reads a timed heading with a title as the session; the sub-heading below that labels it is no other session', () => {
    const text = [
      '## Lundi 31 juillet 2023',
      '',
      '### 11 h 30 - 12 h 30 : Accueil',
      '#### Anglais / Français',
      '',
      '### 15 h 15 - 16 h 15 et 16 h 30 - 17 h 30 : Command Line',
      '#### Français',
      '',
      'Description.',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'Accueil', days: ['2023-07-31'], times: ['11:30-12:30'] },
      { line: 6, title: 'Command Line', days: ['2023-07-31'], times: ['15:15-16:15', '16:30-17:30'] },
    ]);
  });

  it('keeps a time block written as hours only over its session sub-headings: the sub-headings are the sessions', () => {
    const text = ['## Mercredi 1er juillet 2026', '', '### 10h30-12h30', '', '#### Session 1 : Réseaux', '', '#### Session 2 : Énergie', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Session 1 : Réseaux', days: ['2026-07-01'], times: ['10:30-12:30'] },
      { line: 7, title: 'Session 2 : Énergie', days: ['2026-07-01'], times: ['10:30-12:30'] },
    ]);
  });

  it('does not give a group heading the hours of the first of its timed lines', () => {
    const text = ['## Mardi 4 juillet 2023', '', '### Groupe 1', '- 8h-9h30: Visite', '- 9h30-10h: Déplacement', '', '### Matinée', '9h - 10h : Accueil', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 4, title: 'Visite', days: ['2023-07-04'], times: ['08:00-09:30'] },
      { line: 5, title: 'Déplacement', days: ['2023-07-04'], times: ['09:30-10:00'] },
      { line: 8, title: 'Accueil', days: ['2023-07-04'], times: ['09:00-10:00'] },
    ]);
  });

  it('reads nothing from an undated page whose headings are followed by hours', () => {
    const text = ['# Infos pratiques', '', '### Accueil', '#### 9h - 10h', '', '### Ouverture des portes', '14h00', ''].join('\n');
    expect(read(text)).toEqual([]);
  });
});

describe('a table of contents is no list of sessions', () => {
  it('does not read a list whose items only link to the page’s own headings, numbered or not', () => {
    const numbered = ['# Horaire', '', '### Table des matières', '1. [Jour 1 : 8 août](#lundi)', '2. [Jour 2 : 9 août](#mardi)', '', '## Lundi 8 août 2022', '', '## Mardi 9 août 2022', ''].join('\n');
    expect(read(numbered).map((s) => s.line)).toEqual([7, 9]);
    const bullets = ['# Programme', '', '* [Mercredi 3 juin](#mercredi-3-juin)', '* [Jeudi 4 juin](#jeudi-4-juin)', '', '### Mercredi 3 juin 2026', '### Jeudi 4 juin 2026', ''].join('\n');
    expect(read(bullets).map((s) => s.line)).toEqual([6, 7]);
  });

  it('still reads dated items that link elsewhere, or say more than their link', () => {
    const text = ['# Rencontres 2026', '', '- [Mercredi 3 juin](https://example.org/inscription) : atelier', '- [Jeudi 4 juin](#jeudi) : visite du lab', ''].join('\n');
    expect(read(text).map((s) => [s.line, s.days])).toEqual([
      [3, ['2026-06-03']],
      [4, ['2026-06-04']],
    ]);
  });
});

describe('a nested table of contents', () => {
  it('is no list of sessions either', () => {
    const text = ['# Programme', '', '- [Mercredi 3 juin](#mercredi)', '  - [3 juin, 9h : Accueil](#accueil)', '', '### Mercredi 3 juin 2026', ''].join('\n');
    expect(read(text).map((s) => s.line)).toEqual([6]);
  });
});
