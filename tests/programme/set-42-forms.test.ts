/*
 * Forms read in set 42 (tests/fixtures/real: exysta-robourt-journal-2023,
 * ludorg-gongfarmers-sessions-2026, millette-jido-montreal-2018,
 * itsjusthack-seances-mercredi-2024, openfab-agenda-septembre-2017), checked here on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';
import { parseMarkdown } from '../../src/programme/parse-markdown.js';
import { parseFrenchHours } from '../../src/dates/french-hours.js';

const read = (lines: string[], committed = { year: 2025, month: 6, day: 1 }) => check(lines.join('\n'), { committed });
const brief = (lines: string[], committed?: { year: number; month: number; day: number }) =>
  read(lines, committed)
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.title}`.trim());
const alarms = (lines: string[], committed?: { year: number; month: number; day: number }) =>
  read(lines, committed)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.line} ${d.rule}`);

describe('a log’s numbered session over the part that dates it (`## Séance 1` over `### Contenu (19/09/23)`)', () => {
  const log = (third: string) => ['# Journal', '', '## Séance 1', '', '### Contenu (19/09/23)', '* a', '', '### A faire', '* x', '', '## Séance 2', '', '### Contenu (26/09/23)', '* b', '', '## Séance 3', '', `### Contenu (${third})`, '* c', ''];

  it('is the numbered session’s, on the day its part writes', () => {
    expect(brief(log('03/10/23'))).toEqual(['3 2023-09-19  Séance 1', '11 2023-09-26  Séance 2', '16 2023-10-03  Séance 3']);
  });

  it('says when an entry’s day was copied from the entry above', () => {
    expect(alarms(log('26/09/23'))).toEqual(['18 duplicate-session']);
    expect(alarms(log('03/10/23'))).toEqual([]);
    const dated = (third: string) => ['# Journal', '', '## Séance 1 (19/09/2023)', '', 'Robot démonté.', '', '## Séance 2 (26/09/2023)', '', 'ROS installé.', '', `## Séance 3 (${third})`, '', 'PCB.', '', '## Séance 4 (10/10/2023)', '', 'Tests.', ''];
    expect(alarms(dated('26/09/2023'))).toEqual(['11 duplicate-session']);
    expect(alarms(dated('26/09/2023').map((line) => line.replace('## Séance ', '## Séance n° ')))).toEqual(['11 duplicate-session']);
    expect(alarms(dated('03/10/2023'))).toEqual([]);
  });

  it('is the numbered session’s with its room written between them', () => {
    const page = ['## Séance 1', '', 'Salle B12.', '', '### Contenu (19/09/23)', '', 'x', '', '## Séance 2', '', 'Salle B12.', '', '### Contenu (26/09/23)', '', 'y', ''];
    expect(brief(page)).toEqual(['1 2023-09-19  Séance 1', '9 2023-09-26  Séance 2']);
  });

  it('leaves a dated heading that names something of its own its session', () => {
    const page = ['## Séance 1', '', '### Visite du musée (19/09/23)', '* a', ''];
    expect(brief(page)).toEqual(['3 2023-09-19  Visite du musée']);
  });
});

describe('a series that meets twice on some days', () => {
  it('is no copy', () => {
    expect(alarms(['# Cours', '', '## Séance 1 - 18/09/2023', '', '## Séance 2 - 18/09/2023', '', '## Séance 3 - 25/09/2023', '', '## Séance 4 - 25/09/2023', ''])).toEqual([]);
  });
});

describe('a history of sessions kept newest first, each item’s image restating its day', () => {
  it('is sessions, not news', () => {
    const item = (day: string, title: string) => [`### ${day} : ${title}`, '', `[<img alt="visuel-${day}" title ="${day}" src="./img/x.jpg">](./img/x.jpg)`, '', '- Lieu : Angers', ''];
    const page = ['## Historique des sessions', '', ...item('2026/03/21', 'Salon A'), ...item('2026/03/14', 'Salon B'), ...item('2026/01/30', 'Soirée C')];
    expect(brief(page, { year: 2026, month: 6, day: 1 })).toEqual(['3 2026-03-21  Salon A', '9 2026-03-14  Salon B', '15 2026-01-30  Soirée C']);
  });

  it('leaves a news page’s headings the days its items were posted', () => {
    const item = (day: string, title: string, text: string) => [`### ${day} : ${title}`, '', text, ''];
    const page = ['## Actualités', '', ...item('2026/03/21', 'TD2', 'Nous avons TD ce mercredi.'), ...item('2026/03/14', 'Relance', 'Le tirage aura lieu le 13 mai.'), ...item('2026/01/30', 'Rentrée', 'Reprise le lundi 2 février.')];
    expect(brief(page, { year: 2026, month: 6, day: 1 }).map((line) => line.split(' ')[1])).not.toContain('2026-03-21');
  });
});

describe('a Pandoc metadata block that closes the page', () => {
  const page = (close: string) => ['# Programme de la journée', '## 12h30 Accueil', 'Ouverture.', '', '## 13h00 Introduction', '* Présentation', '', '## 13h15 Le ContrActuel', 'Analyse.', '', '---', 'title: Journée des données ouvertes', 'date: Samedi le 3 mars 2018 de 12h30 à 17h', 'lang: fr', close, ''];

  it('dates the programme above it', () => {
    expect(brief(page('...'), { year: 2018, month: 3, day: 5 })).toEqual(['2 2018-03-03 12:30- Accueil', '5 2018-03-03 13:00- Introduction', '8 2018-03-03 13:15- Le ContrActuel']);
  });

  it('leaves a closing rule over an ordinary paragraph no metadata', () => {
    const plain = ['# Programme de la journée', '## 12h30 Accueil', 'Ouverture.', '', '## 13h00 Introduction', '', '---', 'Merci à tous nos partenaires : la ville, la région.', ''];
    expect(brief(plain, { year: 2018, month: 3, day: 5 })).toEqual([]);
  });
});

describe('a start told once as `à partir de 12h30` for the weekly sessions', () => {
  it('is each session’s start', () => {
    const page = ["Les séances hebdomadaires auront lieu les **mercredis**, à partir de **12h30**, en **P324**.", '', '| Date | Séance n° | Sujet |', '|--|--|--|', '| 11 septembre 2024 | 01 | Intro |', '| 18 septembre 2024 | 02 | Suite |', ''];
    expect(brief(page)).toEqual(['5 2024-09-11 12:30- 01 : Intro', '6 2024-09-18 12:30- 02 : Suite']);
  });

  it('leaves a deadline’s `à partir de` one moment, not the sessions’ start', () => {
    const page = ['Les inscriptions sont ouvertes à partir de 12h30.', '', '| Date | Séance |', '|--|--|', '| 11 septembre 2024 | Intro |', '| 18 septembre 2024 | Suite |', ''];
    expect(brief(page)).toEqual(['5 2024-09-11  Intro', '6 2024-09-18  Suite']);
  });
});

describe('weekdays and their days under a heading that names the month', () => {
  it('reads runs and hours as a reader completes them (`Vendredi 15 - samedi 30`, `vendredi 22 à 20h-22h`)', () => {
    const page = ['# Agenda pour le mois de septembre', '', 'Date | Événement | Lieu', '---- | ---- | ----', 'Jeudi 14 | Vernissage | BIP', 'Vendredi 15 - dimanche 17 | Exposition | BIP', 'vendredi 22 à 20h-22h | Bricole & Picole | Openfab', ''];
    expect(brief(page, { year: 2017, month: 8, day: 20 })).toEqual(['5 2017-09-14  Vernissage', '6 2017-09-15 2017-09-16 2017-09-17  Exposition', '7 2017-09-22 20:00-22:00 Bricole & Picole']);
    expect(alarms(page, { year: 2017, month: 8, day: 20 })).toEqual([]);
  });
});

describe('a Jekyll page’s headings glued to their marks (`##Administration PostgreSQL (DBA1)`)', () => {
  const page = (front: boolean) => [
    ...(front ? ['---', 'layout: post', 'title: Calendrier Formations 2015', '---'] : ['# Calendrier Formations 2015']),
    '',
    '##Administration PostgreSQL (DBA1)',
    '',
    '13-15 janvier',
    '',
    '2-4 mars',
    '',
    '##PostgreSQL Avancé (DBA2)',
    '',
    '19-21 janvier',
    '',
    '9-11 mars',
    '',
  ];

  it('are headings, each over the dated lines it names, in the year of the title', () => {
    expect(brief(page(true), { year: 2014, month: 10, day: 14 })).toEqual([
      '8 2015-01-13 2015-01-14 2015-01-15  Administration PostgreSQL (DBA1)',
      '10 2015-03-02 2015-03-03 2015-03-04  Administration PostgreSQL (DBA1)',
      '14 2015-01-19 2015-01-20 2015-01-21  PostgreSQL Avancé (DBA2)',
      '16 2015-03-09 2015-03-10 2015-03-11  PostgreSQL Avancé (DBA2)',
    ]);
  });

  it('stay text on a page GitHub shows, with no front matter, and a hashtag stays text everywhere', () => {
    expect(parseMarkdown(page(false).join('\n')).children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(parseMarkdown(['---', 'layout: post', '---', '', '#OpenData le 3 mars', ''].join('\n')).children.map((node) => node.type)).toEqual(['yaml', 'paragraph']);
  });
});

describe('a `Quand ?` heading over the event’s day and span, its agenda below', () => {
  it('reads an `h` typed again after the minutes (`8h45h`)', () => {
    expect(parseFrenchHours('de 8h45h à 13h')).toEqual({ ok: true, slots: [{ start: { hour: 8, minute: 45 }, end: { hour: 13, minute: 0 } }] });
  });

  it('gives the agenda’s slots that day', () => {
    const page = ['# Atelier', '', '## Quand ?', '', 'Lundi 28 Mai 2012 de 8h45 à 13h.', '', '## Où ?', '', 'Lyon.', '', '## Agenda', '', '* 8h45 : Intro', '* 9h00 : Début', '* 11h00 - 11h15 : Pause', ''];
    expect(brief(page, { year: 2012, month: 5, day: 20 })).toEqual(['13 2012-05-28 08:45- Intro', '14 2012-05-28 09:00- Début', '15 2012-05-28 11:00-11:15 Pause']);
  });

  it('leaves slots outside the span their own (an evening after a morning)', () => {
    const page = ['# Atelier', '', '## Quand ?', '', 'Lundi 28 Mai 2012 de 8h45 à 13h.', '', '## Agenda', '', '* 18h00 : Apéro', '* 19h00 : Dîner', ''];
    expect(brief(page, { year: 2012, month: 5, day: 20 })).toEqual(['5 2012-05-28 08:45-13:00 Quand ?']);
  });
});

describe('near forms the review of set 42’s rules found', () => {
  it('leaves a news page whose images announce other days a news page', () => {
    const item = (posted: string, title: string, alt: string) => [`## ${posted} : ${title}`, '', `<img src="x.jpg" alt="${alt}">`, '', 'Venez nombreux !', ''];
    const page = ['# Actualités', '', ...item('20/03/2024', 'Concert', 'Concert samedi 23 mars à 20h'), ...item('12/03/2024', 'Sortie', 'Sortie mercredi 27 mars'), ...item('05/03/2024', 'AG', 'AG vendredi 15 mars à 18h')];
    expect(brief(page, { year: 2024, month: 4, day: 1 })).toEqual([]);
  });

  it('gives a one-off event’s `auront lieu à partir de 10h` to no series', () => {
    const page = ['# Portes ouvertes', '', 'Les portes ouvertes auront lieu à partir de 10h le samedi 5 octobre.', '', '## Nos ateliers', '', '- Mardi 8 octobre 2024', '- Mardi 15 octobre 2024', '- Mardi 22 octobre 2024', ''];
    expect(brief(page, { year: 2024, month: 8, day: 20 }).filter((line) => line.includes('10:00'))).toEqual([]);
  });

  it('leaves hashtags glued to their marks text', () => {
    const page = ['---', 'layout: post', '---', '', '## Samedi 20 janvier 2024', '', '##velotaf ##mobilité : partagez vos photos !', '', '- 14h : accueil', '- 15h : balade', ''];
    expect(brief(page, { year: 2024, month: 1, day: 10 })).toEqual(['9 2024-01-20 14:00- accueil', '10 2024-01-20 15:00- balade']);
  });

  it('takes a signature under a rule for no metadata of the page', () => {
    const page = ['# Fête de l’école', '', '- 14h : accueil', '- 15h : spectacle', '', '---', '', 'Auteur : Marie Dupont', 'Date : 3 mars 2024', ''];
    expect(brief(page, { year: 2024, month: 3, day: 10 })).toEqual([]);
  });

  it('runs a weekend into the next month (`Vendredi 29 - dimanche 1er`)', () => {
    const page = ['# Agenda du mois de septembre', '', '| Date | Événement |', '|---|---|', '| Mardi 12 | Réunion |', '| Vendredi 29 - dimanche 1er | Week-end |', ''];
    expect(brief(page, { year: 2023, month: 8, day: 20 })).toEqual(['5 2023-09-12  Réunion', '6 2023-09-29 2023-09-30 2023-10-01  Week-end']);
  });

  it('sees no copied day in groups or workshops that share a day', () => {
    expect(alarms(['## Soutenances', '', '- Groupe 1 : mardi 12 décembre 2023', '- Groupe 2 : mardi 12 décembre 2023', '- Groupe 3 : jeudi 14 décembre 2023', '- Groupe 4 : vendredi 15 décembre 2023', ''], { year: 2023, month: 12, day: 1 })).toEqual([]);
  });

  it('leaves a span under a heading that names a session that session', () => {
    const page = ['# Journée', '', '## Dépôt des posters', '', 'Lundi 21 mai 2012 de 9h à 12h.', '', '## Programme', '', '* 9h : Accueil', '* 10h : Exposés', '* 11h30 : Clôture', ''];
    expect(brief(page, { year: 2012, month: 5, day: 1 })).toEqual(['3 2012-05-21 09:00-12:00 Dépôt des posters']);
  });
});
