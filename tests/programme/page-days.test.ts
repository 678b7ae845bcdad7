/*
 * A page that names its day (or days) once, somewhere other than a dated heading (a list
 * item under `## Date et lieu`, the front matter, the title, the first line), and writes
 * its timed items below: a reader puts each timed item on that day. Variants written for
 * the class, beside the real documents that showed it (parisjug-*, maipo-festival-deja-la-2024,
 * jdos-slides-intro-2026).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson);
const brief = (lines: string[]) => read(lines).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a page whose one day is written outside a heading, with timed items below', () => {
  it.each([
    [
      'a list item under `## Date et lieu`, timed `###` headings',
      ['---', 'date: 2022-11-08T19:00:00', 'title: "Soirée Katas"', '---', '', '## Date et lieu', '', '* Mardi 8 Novembre 2022 à 19h00', '* Dans les locaux de Agora', '', '## Détails', '', '### 19h00 : Accueil', '', '### 19h30 : Les katas', '', 'Comment devenir architecte ?', '', '### 21h00 : Buffet', ''],
      [[13, '2022-11-08', '19:00-'], [15, '2022-11-08', '19:30-'], [19, '2022-11-08', '21:00-']],
    ],
    [
      'a dash item with the year, `####` headings with ranges written `à`',
      ['# JUG', '', '- Jeudi 12 juin 2008, Paris', '', '#### 18h45 à 19h00 - Accueil', '#### 19h00 à 20h00 - Meilleurs développeurs', ''],
      [[5, '2008-06-12', '18:45-19:00'], [6, '2008-06-12', '19:00-20:00']],
    ],
    [
      'the front matter `date:` alone, timed list items',
      ['---', 'title: Atelier',  'date: 2023-03-14', '---', '', 'Au programme :', '', '- 9h30 : Accueil', '- 10h - 12h : Atelier', '- 14h → 17h : Visite', ''],
      [[8, '2023-03-14', '09:30-'], [9, '2023-03-14', '10:00-12:00'], [10, '2023-03-14', '14:00-17:00']],
    ],
    [
      'an English `event_date:` key, a table without a date column',
      ['---', 'event_date: "2024-05-17"', '---', '', '# Meetup', '', '| Heure | Intervenant | Sujet |', '| --- | --- | --- |', '| 18h30 | Alice | Ouverture |', '| 19h | Bob | Rust |', ''],
      [[9, '2024-05-17', '18:30-'], [10, '2024-05-17', '19:00-']],
    ],
    [
      'a Quarto subtitle naming the day inside its sentence (pandoc `1^er^`), `date:` the day it was published',
      ['---', 'title: "Troisième journée"', 'subtitle: Une journée communautaire le 1^er^ décembre autour de la _data science_', "date: '2025-09-15'", '---', '', '# Agenda', '', '- **9h30-10h**: **Accueil**', '- **10h-11h30**: **Retours d’expérience**', ''],
      [[9, '2025-12-01', '09:30-10:00'], [10, '2025-12-01', '10:00-11:30']],
    ],
    [
      'a title naming the day among its words, with a superscript `1ᵉʳ`',
      ['---', 'title: Rencontre du 1ᵉʳ mars 2024 à la médiathèque', '---', '', '- 14h : Accueil', '- 14h30 - 16h : Ateliers', ''],
      [[5, '2024-03-01', '14:00-'], [6, '2024-03-01', '14:30-16:00']],
    ],
    [
      'the title in the front matter (`séance du 03/03/2021`), timed lines',
      ['---', 'title: séance du 03/03/2021', '---', '', '# Correction', '', '8h00 - 9h00 : QCM', '9h00 - 10h00 : cours sur les tables', ''],
      [[7, '2021-03-03', '08:00-09:00'], [8, '2021-03-03', '09:00-10:00']],
    ],
    [
      'the title heading (`# Atelier du 5 juin 2024`), timed headings',
      ['# Atelier du 5 juin 2024', '', '## 14h : Accueil', '', '## 14h30 - 17h : Relevés', ''],
      [[3, '2024-06-05', '14:00-'], [5, '2024-06-05', '14:30-17:00']],
    ],
    [
      'a first line that opens with the date',
      ['# Rencontre', '', 'Samedi 8 juin 2024, médiathèque de Lyon.', '', '- 10h : Accueil', '- 10h30 : Table ronde', ''],
      [[5, '2024-06-08', '10:00-'], [6, '2024-06-08', '10:30-']],
    ],
  ])('puts every timed item on that day (%s)', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it('the day named by a list item is the day, not one more session, and its weekday is still checked', () => {
    const report = check(['## Date et lieu', '', '* Mardi 11 Novembre 2022 à 19h00', '', '## Détails', '', '### 19h00 : Accueil', '### 19h30 : Talk', ''].join('\n'));
    expect(report.programme.sessions.map((s) => s.position.start.line)).toEqual([7, 8]);
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toHaveLength(1);
  });

  it('a list item whose old date is struck through is on the new date (`~~Mardi 08 Octobre 2020~~ Jeudi 22 Octobre`)', () => {
    const report = check(['---', 'date: 2020-10-22T19:00:00', '---', '', '- ~~Mardi 08 Octobre 2020~~ Jeudi 22 Octobre - 19h00', '', '### 18h45 à 19h00 : Accueil', '### 19h00 à 20h00 : Talk', ''].join('\n'));
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days, s.status])).toEqual([
      [7, ['2020-10-22'], 'confirmed'],
      [8, ['2020-10-22'], 'confirmed'],
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toEqual([]);
  });

  it('a `date:` with a day and an hour on the minute is the event’s, even with a zone (`2025-06-25 19:00:00 +0200`)', () => {
    const lines = ['---', 'title: BBQ', 'date: 2025-06-25 19:00:00 +0200', '---', '', '## Programme', '', '- 19h : Accueil', '- 19h30 : Talk', ''];
    expect(brief(lines)).toEqual([[8, '2025-06-25', '19:00-'], [9, '2025-06-25', '19:30-']]);
  });

  it('an event key of the front matter outweighs the page’s publication `date:`', () => {
    const lines = ['---', 'date: 2024-03-25T09:40:19.749Z', 'date_debut: 2024-04-12T08:40:19.842Z', '---', '', '**Programme**', '', '- 14h : Salon', '- 16h : Table ronde', ''];
    expect(brief(lines)).toEqual([[8, '2024-04-12', '14:00-'], [9, '2024-04-12', '16:00-']]);
  });
});

describe('a page of several days, each named by a label that is not a dated heading', () => {
  it.each([
    [
      'bare weekday paragraphs, `dates_publiees` in the front matter, arrows',
      ['---', 'date: 2024-03-25T09:40:19.749Z', 'dates_publiees: 12 et 13 avril 2024', '---', '', '**Programme complet**', '', 'Vendredi', '', '14h → 18h : Salon  ', '14h → 18h : Ateliers', '', 'Samedi', '', '14h → 18h : Lectures', '20h → 22h : DJ set', ''],
      [[10, '2024-04-12', '14:00-18:00'], [11, '2024-04-12', '14:00-18:00'], [15, '2024-04-13', '14:00-18:00'], [16, '2024-04-13', '20:00-22:00']],
    ],
    [
      'bold weekdays with a colon, `start_date`/`end_date`',
      ['---', 'start_date: 2025-06-02', 'end_date: 2025-06-04', '---', '', '# Université d’été', '', '**Lundi :**', '', '- 9h : Accueil', '- 10h : Cours', '', '**Mercredi :**', '', '- 9h : Bilan', ''],
      [[10, '2025-06-02', '09:00-'], [11, '2025-06-02', '10:00-'], [15, '2025-06-04', '09:00-']],
    ],
    [
      '`## Jour 1` slides under `date_debut`/`date_fin`, day tables',
      ['---', 'date_debut: 2026-06-16', 'date_fin: 2026-06-17', '---', '', '## Jour 1', '', '| Heure | Quoi |', '| --- | --- |', '| 10h | Ouverture |', '', '---', '', '## Jour 2', '', '| Horaire | |', '| --- | --- |', '| 9h | Accueil |', '| 16h - 17h | Clôture |', ''],
      [[10, '2026-06-16', '10:00-'], [18, '2026-06-17', '09:00-'], [19, '2026-06-17', '16:00-17:00']],
    ],
  ])('puts each timed item on its label’s day (%s)', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it('reads bold days inside a slide’s columns (Quarto `:::` fenced divs)', () => {
    const lines = ['---', 'title: "Journées"', 'subtitle: "16-17 juin 2026"', '---', '', '## Le programme {.small}', '', ':::: {.columns}', '::: {.column width="50%"}', '**Mardi 16 juin**', '', '| Horaire | |', '|---------|--|', '| 9h30 | Accueil |', '| 11h15–17h30 | Sprint |', ':::', '::: {.column width="50%"}', '**Mercredi 17 juin**', '', '| Horaire | |', '|---------|--|', '| 9h00 | Accueil |', ':::', '::::', ''];
    expect(brief(lines)).toEqual([[14, '2026-06-16', '09:30-'], [15, '2026-06-16', '11:15-17:30'], [22, '2026-06-17', '09:00-']]);
  });
});

describe('pages with a date that are not programmes stay empty', () => {
  it.each([
    [
      'a blog post with a `date:` and clock times in its sentences',
      ['---', 'date: 2023-05-02', 'title: Retour sur la soirée', '---', '', 'La soirée a commencé à 18h30 avec un apéritif.', '', 'Les talks ont suivi vers 19h, puis 20h30 pour le buffet.', ''],
    ],
    [
      'a post with a `date:` and one timed line',
      ['---', 'date: 2023-05-02', '---', '', '# Nouvelles', '', '19h : rendez-vous devant la gare.', '', 'Venez nombreux.', ''],
    ],
    [
      'two dated items: no one day for the timed headings',
      ['# Ateliers', '', '* Mardi 3 mars 2025 : atelier A', '* Jeudi 5 mars 2025 : atelier B', '', '### 18h : accueil', '### 18h30 : atelier', ''],
    ],
    [
      // afup-aix-thecamp-programme-sans-date-2018: the meetup's day is written nowhere.
      'a post whose `date:` is the instant it was saved (seconds), over an undated agenda',
      ['---', 'title: Meetup Symfony', 'date: 2018-02-25T20:01:47+00:00', '---', '', '## Programme', '', '  * 18h15 - 19h : Accueil', '  * 19h - 19h30 : Mot d’accueil', '  * 19h30 - 20h30 : Symfony4', ''],
    ],
    [
      // bodhimind-retraite-tara-verte-2025: a sample plan of three days under a post's date.
      'a page of one day whose agenda is labelled over several days (`JOUR 1`, `JOUR 2`)',
      ['---', 'title: Retraite', 'date: 2024-09-29 10:00:00 +0400', '---', '', '## PROGRAMME', '', 'JOUR 1', '+ 10h00 Arrivée', '+ 12h00 Déjeuner', '', 'JOUR 2', '+ 07h00 Yoga', '+ 12h00 Déjeuner', ''],
    ],
    [
      'a dated recap whose list items tell the hours inside sentences',
      ['---', 'date: 2023-05-02', '---', '', '# Retour', '', '- Nous avons commencé à 9h avec un café.', '- La visite a fini vers 17h.', ''],
    ],
  ])('%s', (_name, lines) => {
    expect(read(lines).filter((s) => s.times.length > 0)).toEqual([]);
  });
});

describe('a sentence that opens with the day\'s hours is prose, not a slot of the agenda below', () => {
  // rivierajug-conference-javaee-2009-10-02 (held-out set 7): `De 13:30 à 21:15 ne manquez pas
  // cette journée (…). Naturellement vous pouvez…` above the `Horaire | Programme` table.
  const page = (sentence: string) => [
    '# 2 octobre 2009 @ Sophia-Antipolis : conférence',
    '',
    sentence,
    '',
    '# Programme',
    '',
    '| Horaire | Programme |',
    '| --- | --- |',
    '| 13:30 - 14:00 | Accueil |',
    '| 14:00 - 14:55 | Web Beans |',
    '',
  ];
  it.each([
    'De 13:30 à 21:15 ne manquez pas cette journée gratuite et de qualité exceptionnelle (nous nous sommes surpassés). Naturellement vous pouvez ne venir que pour les talks que vous voulez.',
    '14h - 21h : venez nombreux, la journée est gratuite et ouverte à toutes et à tous sans inscription préalable. Les places sont limitées, arrivez tôt !',
  ])('%s', (sentence) => {
    expect(brief(page(sentence))).toEqual([
      [9, '2009-10-02', '13:30-14:00'],
      [10, '2009-10-02', '14:00-14:55'],
    ]);
  });

  it('a short timed line under the day is still its slot', () => {
    expect(brief(['# 2 octobre 2009 : conférence', '', '13:30 - 14:00 : Accueil. Café offert.', '', '14:00 - 15:00 : Web Beans', ''])).toEqual([
      [3, '2009-10-02', '13:30-14:00'],
      [5, '2009-10-02', '14:00-15:00'],
    ]);
  });
});

describe('days named once in the introduction, labelled by number or weekday in the agenda', () => {
  // ariane-formation-tal-lyon-2023 (held-out set 7): `Programme … de la formation organisée par le
  // [consortium ARIANE](…) les 8 et 9 novembre 2023 à Lyon.`, then `### Jour 1` over its slots.
  it.each([
    ['numbered days', 'Formation organisée par le [consortium](https://example.org) les 8 et 9 novembre 2023 à Lyon.', ['### Jour 1', '### Jour 2']],
    ['weekdays', 'Les journées d’étude du laboratoire, du mercredi 8 au jeudi 9 novembre 2023, salle B.', ['### Mercredi', '### Jeudi']],
    ['a span in numbers', 'Stage intensif (08/11/2023 - 09/11/2023) à la médiathèque.', ['## Jour 1', '## 2e jour']],
  ])('%s', (_name, introduction, [first, second]) => {
    expect(brief(['# Formation', '', introduction, '', first!, '', '- 11h00 : Conférence', '- 13h30 : Atelier', '', second!, '', '- 9h00 : Atelier 3', ''])).toEqual([
      [7, '2023-11-08', '11:00-'],
      [8, '2023-11-08', '13:30-'],
      [12, '2023-11-09', '09:00-'],
    ]);
  });

  it('one day in the introduction is not taken (it is as often the day the page was written)', () => {
    expect(brief(['# Notes', '', 'Mis à jour le 8 novembre 2023.', '', '### Jour 1', '', '- 11h00 : Conférence', '- 13h30 : Atelier', ''])).toEqual([]);
  });
});

describe('one day the introduction announces with its weekday and year, over a timed list', () => {
  // statomique-analyses-factorielles-2023 (held-out set 8): a post whose front matter's
  // `date` is the day it was published, whose first paragraph announces the study day.
  const page = (introduction: string) => ['---', "date: '2023-02-17'", '---', '', introduction, '', '### Programme', '', '- 13h30 Accueil', '- 14h00 Exposé', ''];

  it.each([
    ['in bold, inside a long sentence', 'Nous avons le plaisir de vous annoncer la prochaine journée, sur le thème des **analyses factorielles**, **le Jeudi 30 Mars 2023**, au centre de Jouy.'],
    ['in lower case, at the end', 'Notre prochain atelier aura pour thème les graphes : rendez-vous jeudi 30 mars 2023.'],
  ])('is the day of the list, before the front matter (%s)', (_name, introduction) => {
    expect(brief(page(introduction))).toEqual([
      [9, '2023-03-30', '13:30-'],
      [10, '2023-03-30', '14:00-'],
    ]);
  });

  it('a day without its weekday, or one the page was written on, leaves the front matter\'s day', () => {
    const fromFrontMatter = [
      [9, '2023-02-17', '13:30-'],
      [10, '2023-02-17', '14:00-'],
    ];
    expect(brief(page('La journée du 30 mars 2023 sur les analyses factorielles.'))).toEqual(fromFrontMatter);
    expect(brief(page('Page publiée le jeudi 30 mars 2023.'))).toEqual(fromFrontMatter);
  });
});
