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

describe('the page of a one-day meeting: its title closes with the date', () => {
  it('reads the timed headings under `# Journée Scientifique 13 Mars 2024` as the slots of that day', () => {
    const text = ['# Journée Scientifique 13 Mars 2024', '', 'Inscription avant le 6 mars 2024.', '', '## Programme détaillé', '', '### 9h Accueil - café', '', '### 9h30 Introduction', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 7, title: 'Accueil - café', days: ['2024-03-13'], times: ['09:00-'] },
      { line: 9, title: 'Introduction', days: ['2024-03-13'], times: ['09:30-'] },
    ]);
  });

  it('reads a meeting page with no slots as one session on its day', () => {
    expect(read('# Hackathon Climat 24 janvier 2026\n\nToute la journée au lab.\n')).toEqual([{ line: 1, title: 'Hackathon Climat', days: ['2026-01-24'], times: [] }]);
  });
});

describe('a day written as a bold line instead of a heading', () => {
  it('reads `**Lundi 3 juin 2024**` over timed items as the day of those items', () => {
    const text = ['# Agenda', '', '**Lundi 3 juin 2024**', '', '- 9h - 10h : Accueil', '- 10h - 12h : Atelier', '', '**Mardi 4 juin 2024**', '', '- 9h - 10h : Bilan', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Accueil', days: ['2024-06-03'], times: ['09:00-10:00'] },
      { line: 6, title: 'Atelier', days: ['2024-06-03'], times: ['10:00-12:00'] },
      { line: 10, title: 'Bilan', days: ['2024-06-04'], times: ['09:00-10:00'] },
    ]);
  });

  it('reads the timed lines that follow the bold day in the same paragraph, in italics or bold, with a colon or hours', () => {
    const text = ['# Stage 2025', '', '_Jeudi 12 juin :_', '9h30 : accueil', '14h - 17h : visite', '', '__Vendredi 13 juin, 9h - 12h__', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 4, title: 'accueil', days: ['2025-06-12'], times: ['09:30-'] },
      { line: 5, title: 'visite', days: ['2025-06-12'], times: ['14:00-17:00'] },
      { line: 7, title: 'Vendredi 13 juin, 9h - 12h', days: ['2025-06-13'], times: ['09:00-12:00'] },
    ]);
  });

  it('is no day when the bold words are part of a sentence, or name no date', () => {
    const text = ['# Infos 2024', '', '**Lundi 3 juin 2024** nous nous retrouverons pour préparer la fête à 9h.', '', '**Accueil**', '', '9h - 10h : café', ''].join('\n');
    expect(read(text)).toEqual([]);
  });
});

describe('days that leave their month to the heading above (`## Septembre 2024` over `### Lundi 9`)', () => {
  it('takes the month and year of the month heading', () => {
    const text = ['# Cours', '', '## Septembre 2024', '', '### Lundi 9', '', 'Introduction.', '', '### Jeudi 12 : TP 1', '', '## Octobre 2024', '', '### Lundi 7', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Lundi 9', days: ['2024-09-09'], times: [] },
      { line: 9, title: 'TP 1', days: ['2024-09-12'], times: [] },
      { line: 13, title: 'Lundi 7', days: ['2024-10-07'], times: [] },
    ]);
  });

  it('reads the month heading without a year, as `Mois de …`, and days with their slots', () => {
    const text = ['# Stage 2025', '', '## Mois de juin', '', '#### Mardi 3', '', '- 9h - 12h : accueil', '', '#### Mercredi 4', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 7, title: 'accueil', days: ['2025-06-03'], times: ['09:00-12:00'] },
      { line: 9, title: 'Mercredi 4', days: ['2025-06-04'], times: [] },
    ]);
  });

  it('reports a weekday that does not fit the day of that month', () => {
    const text = ['# Cours', '', '## Septembre 2024', '', '### Mardi 9', ''].join('\n');
    expect(check(text).diagnostics.map((d) => [d.rule, d.line])).toEqual([['weekday-mismatch', 5]]);
  });

  it('reads no day from a weekday and number under any other heading, or with no weekday', () => {
    expect(read(['# Cours 2024', '', '## Programme', '', '### Lundi 9', '', '## Septembre 2024', '', '### Séance 9', ''].join('\n'))).toEqual([]);
  });
});

describe('timed lines separated by `<br>` instead of line breaks', () => {
  it('reads each `<br>`-separated timed line of a day as its own slot', () => {
    const text = ['# Journée', '', '## Lundi 3 juin 2024', '', '9h00 - Accueil<br>9h30 - Introduction<br/>10h00 - 12h00 : Atelier <BR />', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Accueil', days: ['2024-06-03'], times: ['09:00-'] },
      { line: 5, title: 'Introduction', days: ['2024-06-03'], times: ['09:30-'] },
      { line: 5, title: 'Atelier', days: ['2024-06-03'], times: ['10:00-12:00'] },
    ]);
  });

  it('reads a bold day and its slots written on one line with `<br>`', () => {
    const text = ['# Hackathon 2026', '', '**Samedi 24 janvier**<br>9h : accueil<br>14h - 18h : atelier', ''].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'accueil', days: ['2026-01-24'], times: ['09:00-'] },
      { line: 3, title: 'atelier', days: ['2026-01-24'], times: ['14:00-18:00'] },
    ]);
  });

  it('reads no slot from a `<br>`-separated sentence that mentions an hour', () => {
    const text = ['# Journée', '', '## Lundi 3 juin 2024', '', 'Rendez-vous devant la salle<br>on commence vers 9h30 pile<br>merci', ''].join('\n');
    expect(read(text)).toEqual([{ line: 3, title: 'Lundi 3 juin 2024', days: ['2024-06-03'], times: [] }]);
  });
});
