/*
 * Forms read in set 44 (tests/fixtures/real: cyrillebiot-scripts-changelog-2020,
 * sklearn-consortium-workshop-2019, skelz0r-creuse-semaine17-2026), checked here on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, check } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2026, month: 1, day: 26 }) => briefSessions(lines, committed);

describe('a list labelled a changelog by the line above it', () => {
  const page = (label: string) => [
    'Script automatisant l’installation d’un serveur.',
    '',
    label,
    '* Jeudi 6 février, 20:57:00  (UTC+0100)',
    '   Suppression installNmapModule au profit install apt',
    '* Mercredi 5 février, 15:57:00  (UTC+0100)',
    '   Mise en place de l’installation pour les clients',
    '',
  ];

  it('lists changes made, no session', () => {
    expect(brief(page('Changelog'), { year: 2020, month: 2, day: 10 })).toEqual([]);
    expect(brief(page('Historique des versions :'), { year: 2020, month: 2, day: 10 })).toEqual([]);
  });

  it('leaves a list under another label read', () => {
    expect(brief(page('Prochains ateliers'), { year: 2020, month: 2, day: 10 }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      '4 2020-02-06',
      '6 2020-02-05',
    ]);
  });
});

describe('a page whose front matter title names the event’s whole day (`title: "Rendez-vous mardi 28 mai 2019 : …"`)', () => {
  const page = (title: string) => [
    '---',
    `title: "${title}"`,
    'date: April 19, 2019',
    '---',
    '',
    '## Au programme',
    '',
    '*10h05*',
    'Avant-propos',
    '',
    '*10h20*',
    'Présentation',
    '',
  ];

  it('is on that day, not the day the post was written', () => {
    expect(brief(page('Rendez-vous mardi 28 mai 2019 : premier workshop annuel du consortium'), { year: 2019, month: 4, day: 19 })).toEqual([
      '8 2019-05-28 10:05-',
      '11 2019-05-28 10:20-',
    ]);
  });

  it('leaves a title that names a day without its weekday and year to the post’s date', () => {
    expect(brief(page('Rendez-vous 28 mai : premier workshop'), { year: 2019, month: 4, day: 19 })[0]).toBe('8 2019-04-19 10:05-');
  });
});

describe('a week’s headings that write each weekday with its day of the month (`### Lundi 18` under `# Semaine 17 (18-24 mai)`)', () => {
  const week = (days: string[]) => ['# Semaine 17 (18-24 mai) - SEMAINE DE COURSE', '', '## Pré-course', '', ...days.flatMap((day) => [`### ${day}`, '- [ ] footing', ''])];

  it('are those days', () => {
    expect(brief(week(['Lundi 18', 'Mardi 19', 'Vendredi 22 - Étapes 1 & 2']))).toEqual([
      '5 2026-05-18  Lundi 18',
      '8 2026-05-19  Mardi 19',
      '11 2026-05-22  Étapes 1 & 2',
    ]);
  });

  it('leaves a day of the month the week does not hold, and an hour, unread as days', () => {
    expect(brief(week(['Lundi 25', 'Mardi 26']))).toEqual(['1 2026-05-18 2026-05-19 2026-05-20 2026-05-21 2026-05-22 2026-05-23 2026-05-24  Semaine 17 : SEMAINE DE COURSE']);
  });
});

describe('near forms of set 44’s readings, that stay as they were', () => {
  it('reads the list under a label that names a workshop about changelogs', () => {
    const page = ['# Formation Git avancé', '', 'Atelier Changelog :', '', '- mardi 12 mars 2024 de 14h à 17h : écrire un changelog', '- jeudi 14 mars 2024 de 14h à 17h : automatiser les notes de version', ''];
    expect(brief(page, { year: 2024, month: 3, day: 1 })).toEqual([
      '5 2024-03-12 14:00-17:00 écrire un changelog',
      '6 2024-03-14 14:00-17:00 automatiser les notes de version',
    ]);
  });

  it('reads `### Lundi 9 - 12h` under a week as hours, not the 9th', () => {
    expect(brief(['# Semaine du 18 au 24 mai', '', '### Lundi 9 - 12h : accueil', '', '### Mardi 14 - 17h : ateliers', ''])).not.toContain('3 2026-05-09');
    expect(check(['# Semaine du 18 au 24 mai', '', '### Lundi 9 - 12h : accueil', ''].join('\n'), { committed: { year: 2026, month: 1, day: 26 } }).diagnostics.map((d) => d.rule)).not.toContain('weekday-outside-week');
  });
});

describe('hours that run to an end said with `jusqu’à` (`de 18h jusqu’à 22h`)', () => {
  it('are a range after a dated item’s day', () => {
    const list = ['# Club', '', '- Apéro le 3 mai 2024 de 18h jusqu’à 22h', '- Apéro le 10 mai 2024 à 18h', ''];
    expect(brief(list, { year: 2024, month: 4, day: 1 })).toEqual(['3 2024-05-03 18:00-22:00 Apéro', '4 2024-05-10 18:00- Apéro']);
  });

  it('are a slot’s range in a day’s agenda (`- 14h jusqu’à 16h : atelier`)', () => {
    const day = ['## Samedi 4 mai 2024', '', '- 14h jusqu’à 16h : atelier', '- 16h : goûter', ''];
    expect(brief(day, { year: 2024, month: 4, day: 1 })).toEqual(['3 2024-05-04 14:00-16:00 atelier', '4 2024-05-04 16:00- goûter']);
  });

  it('keep a slot whose end after `jusqu’à` is no clock time, at its start', () => {
    const day = ['## Samedi 14 juin 2025', '', '- 10h jusqu’à midi : marché', '- 14h jusqu’à 16 : atelier', ''];
    expect(brief(day, { year: 2025, month: 6, day: 1 })).toEqual(['3 2025-06-14 10:00- jusqu’à midi : marché', '4 2025-06-14 14:00- jusqu’à 16 : atelier']);
  });
});

describe('starts listed after a dated item’s day (`à 14h, 16h30 et 20h`)', () => {
  it('are each a start', () => {
    const list = ['# Club', '', '- Concerts le 4 mai 2024 à 14h, 16h30 et 20h', '- Apéro le 10 mai 2024 à 18h', ''];
    expect(brief(list, { year: 2024, month: 4, day: 1 })).toEqual(['3 2024-05-04 14:00-,16:30-,20:00- Concerts', '4 2024-05-10 18:00- Apéro']);
  });

  it('leave a time after a comma with no `et` to close the list the title’s', () => {
    expect(brief(['# Club', '', '- Apéro le 10 mai 2024 à 18h, 20h : soirée', '- Bal le 12 mai 2024 à 18h', ''], { year: 2024, month: 4, day: 1 })[0]).toBe('3 2024-05-10 18:00- Apéro : 20h : soirée');
  });
});
