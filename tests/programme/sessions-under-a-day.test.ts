/*
 * Sessions written as headings or items under a day whose day comes from elsewhere on the
 * page: a session heading whose hours follow its title (`### Katakrak de 15h à 18h`,
 * `### Jour 1, atelier 1 — 13:30–15:30`), a day label with a title and hours on a page that
 * names its days once, a bold label with an aside (`**Dimanche** (*manche*)`), and days
 * written as a weekday and a number alone (`# mardi 18`) whose month the file's date gives.
 * Real documents: pauavelo-faites-du-velo-2019, ariane-formation-tal-lyon-2023,
 * gamejam-louvain-li-nux-2019, upem-python-programme-2018-09 (tests/fixtures/real).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import type { PlainDate } from '../../src/dates/types.js';
import { check } from '../helpers/read.js';

const read = (text: string, committed?: PlainDate) =>
  check(text, committed ? { committed } : {}).programme.sessions.map(sessionToJson).map((s) => ({
    line: s.line,
    title: s.title,
    days: s.days,
    times: s.times.map((t) => `${t.start}-${t.end ?? ''}`),
  }));

describe('a session heading whose hours close its title, under a day heading', () => {
  it('reads `de 15h à 18h` after the title; the day heading with a place is the day', () => {
    const text = [
      '## Samedi 1er juin 2019, place Clémenceau',
      '',
      '### Katakrak de 15h à 18h',
      '',
      'Des jeux pour tous.',
      '',
      '## Dimanche 2 juin 2019, parc de la Villa',
      '',
      '### Katakrak de 14h à 17h',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'Katakrak', days: ['2019-06-01'], times: ['15:00-18:00'] },
      { line: 9, title: 'Katakrak', days: ['2019-06-02'], times: ['14:00-17:00'] },
    ]);
  });

  it('reads a range after a dash, a colon or a comma, and a start a word sets apart', () => {
    const text = [
      '# Mardi 3 juin 2025',
      '',
      '## Accueil à partir de 8h30',
      '## Conférence inaugurale — 9:30–10:30',
      '## Atelier cartographie : 11h-12h30',
      '## Déjeuner, 12h30 - 14h',
      '## Apéro dès 18h',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'Accueil', days: ['2025-06-03'], times: ['08:30-'] },
      { line: 4, title: 'Conférence inaugurale', days: ['2025-06-03'], times: ['09:30-10:30'] },
      { line: 5, title: 'Atelier cartographie', days: ['2025-06-03'], times: ['11:00-12:30'] },
      { line: 6, title: 'Déjeuner', days: ['2025-06-03'], times: ['12:30-14:00'] },
      { line: 7, title: 'Apéro', days: ['2025-06-03'], times: ['18:00-'] },
    ]);
  });

  it('reads no slot from a duration or a number closing a title', () => {
    const text = ['## Jeudi 5 juin 2025', '', '### Module 7 (1h30)', '### Atelier 2h', '### Salle 12'].join('\n');
    expect(read(text)).toEqual([{ line: 1, title: 'Jeudi 5 juin 2025', days: ['2025-06-05'], times: [] }]);
  });

  it('reads no slot of the day from a title that says when it recurs', () => {
    const text = ['## Horaires à partir du lundi 20 septembre 2021', '', '### Du mardi au vendredi : 14h-17h30', '### Tous les jeudis : open atelier de 17h30 à 21h'].join('\n');
    expect(read(text).filter((s) => s.times.length > 0)).toEqual([]);
  });

  it('takes a timed heading over timed lines as their block: the lines are the sessions', () => {
    const text = [
      '## Vendredi 23 janvier 2026',
      '',
      '### Soirée de lancement (19h-22h)',
      '',
      '**19h00 - 19h30** → Accueil',
      '',
      '**19h30 - 22h00** → Pitchs',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'Accueil', days: ['2026-01-23'], times: ['19:00-19:30'] },
      { line: 7, title: 'Pitchs', days: ['2026-01-23'], times: ['19:30-22:00'] },
    ]);
  });

  it('raises no overlap between an activity with its own heading and the timed items of another', () => {
    const text = [
      '## Dimanche 2 juin 2019',
      '',
      '### Bourse aux vélos',
      '',
      '* de 10h à 12h30, apportez vos vélos',
      '* de 13h30 à 16h, achetez votre nouveau vélo',
      '',
      '### Katakrak de 14h à 17h',
    ].join('\n');
    const report = check(text);
    expect(report.diagnostics.filter((d) => d.rule === 'overlap')).toEqual([]);
    expect(report.programme.sessions.map((s) => s.title.text)).toEqual(['apportez vos vélos', 'achetez votre nouveau vélo', 'Katakrak']);
  });
});

describe('an item under a day whose hours close it', () => {
  it('reads `Accueil à partir de 8h30` and `Visite de 10h à 12h`, not a list of pauses nor a weekly pattern', () => {
    const text = [
      '## Mardi 30 juin 2026',
      '',
      '- Accueil à partir de 8h30',
      '- Tutoriels de 9h à 18h, pauses à 11h, 12h30 et 16h.',
      '- Visite du laboratoire de 10h à 12h',
      '- Déjeuner : 12h-14h',
      '- Permanence tous les mardis de 14h à 16h',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 3, title: 'Accueil', days: ['2026-06-30'], times: ['08:30-'] },
      { line: 5, title: 'Visite du laboratoire', days: ['2026-06-30'], times: ['10:00-12:00'] },
      { line: 6, title: 'Déjeuner', days: ['2026-06-30'], times: ['12:00-14:00'] },
    ]);
  });
});

describe('a day label with a title and hours, on a page that names its days once', () => {
  it('is a slot on the day its number names (`Jour 2, atelier 3 — 11:00–12:30`)', () => {
    const text = [
      '# Formation',
      '',
      'Formation organisée les 8 et 9 novembre 2023 à Lyon.',
      '',
      '### Jour 1, conférence 1 — 11:00–12:00',
      '',
      '## Jour 1 - atelier 1 : 13h30-15h30',
      '',
      '## J2 – 9h30-10h30 : conférence 3',
      '',
      '## Jour 2, atelier 3 (11h-12h30)',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 5, title: 'conférence 1', days: ['2023-11-08'], times: ['11:00-12:00'] },
      { line: 7, title: 'atelier 1', days: ['2023-11-08'], times: ['13:30-15:30'] },
      { line: 9, title: 'conférence 3', days: ['2023-11-09'], times: ['09:30-10:30'] },
      { line: 11, title: 'atelier 3', days: ['2023-11-09'], times: ['11:00-12:30'] },
    ]);
  });

  it('opens the day a bold weekday names before an aside in brackets', () => {
    const text = [
      '# Game jam',
      '',
      'Les 23 et 24 mars 2019 au local.',
      '',
      '**Samedi**',
      '',
      '* *14h00* - Présentation',
      '',
      '**Dimanche** (*dernier jour*)',
      '',
      '* *8h00* - Petit déjeuner',
      '* *15h30* - Annonce du gagnant',
    ].join('\n');
    expect(read(text).map((s) => [s.line, s.days])).toEqual([
      [7, ['2019-03-23']],
      [11, ['2019-03-24']],
      [12, ['2019-03-24']],
    ]);
  });
});

describe('days written as a weekday and a number alone, with no month on the page', () => {
  const week = ['# mardi 18', '', '* matin : td pandas', '* après-midi : spaCy', '', '# mercredi 19', '', '* matin : projet', '', '# Jeudi 20', '', '- matin: workshop'].join('\n');

  it('takes the month nearest the file’s date in which each falls on its weekday', () => {
    expect(read(week, { year: 2018, month: 9, day: 21 })).toEqual([
      { line: 1, title: 'mardi 18', days: ['2018-09-18'], times: [] },
      { line: 6, title: 'mercredi 19', days: ['2018-09-19'], times: [] },
      { line: 10, title: 'Jeudi 20', days: ['2018-09-20'], times: [] },
    ]);
    // Written a month before: the month after still fits.
    expect(read(week, { year: 2018, month: 8, day: 30 }).map((s) => s.days[0])).toEqual(['2018-09-18', '2018-09-19', '2018-09-20']);
  });

  it('dates nothing without the file’s date, nor a diary’s days over paragraphs of sentences', () => {
    expect(read(week)).toEqual([]);
    const diary = [
      '## Dimanche 9',
      '',
      "Au début, j'avais une fonction qui tirait au sort un nombre entre 1 et 33. Mais avec une si petite liste, il y avait un risque assez important.",
      '',
      '## Mardi 11',
      '',
      "Ce jour-là, j'ai mis à jour ma liste de mots pour les transformer tous en majuscules. La liste des mots va grandir encore un peu.",
    ].join('\n');
    expect(read(diary, { year: 2022, month: 1, day: 30 })).toEqual([]);
  });
});
