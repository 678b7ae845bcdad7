/*
 * Forms read in set 43 (tests/fixtures/real: dancou-flow-velo-2026,
 * junier-diu-calendrier-2020, ucrm-ateliers-numeriques-2024, owasp-geneva-historique-2021,
 * marcwrobel-lcc-conferences-2023, dalibo-interventions-2016, bricodeurs-lettre-rentree-2016),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { alarmLines, briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 2, day: 26 }) => briefSessions(lines, committed);
const alarms = (lines: string[], committed = { year: 2025, month: 2, day: 26 }) => alarmLines(lines, committed);

describe('a number with its unit in a heading (`326 km +1730 m / -1975 m`)', () => {
  const trip = (heading: string) => [
    '---',
    'title: Flow Vélo',
    '---',
    '',
    `## ${heading}`,
    '',
    '## 1. dimanche 26 avril : Limoges',
    '',
    '## 2. lundi 27 avril : Thiviers',
    '',
    '## 3. mardi 28 avril : Vouzan',
    '',
  ];

  it('is a distance, not the year: the weekdays tell it', () => {
    expect(brief(trip('Flow vélo : 326 km +1730 m / -1975 m'), { year: 2026, month: 7, day: 6 })).toEqual([
      '7 2026-04-26  Limoges',
      '9 2026-04-27  Thiviers',
      '11 2026-04-28  Vouzan',
    ]);
  });

  it('leaves a year written alone in a heading the year', () => {
    expect(brief(trip('Flow vélo 2015'), { year: 2026, month: 7, day: 6 })[0]).toBe('7 2015-04-26  Limoges');
  });
});

describe('an item that names a session over its fields (`- UE 1 : …` over `- Jours de formation : 02/03, 03/03`)', () => {
  const plan = (field: string) => [
    '# Calendrier du DIU',
    '',
    '- UE 1 : Représentation des données',
    `  - ${field} : 02/03, 03/03, 04/03, 05/03 (matin) et 13/03 (après-midi)`,
    '  - Responsable : Laure',
    '- UE 2 : Algorithmique',
    `  - ${field} : 20/04, 21/04, 23/04, 24/04 (matin), 30/04 (après-midi)`,
    '  - Responsable : Nicolas',
  ];

  it('is the item’s session on the days its field lists', () => {
    expect(brief(plan('Jours de formation'), { year: 2020, month: 2, day: 1 })).toEqual([
      '3 2020-03-02 2020-03-03 2020-03-04 2020-03-05 2020-03-13  UE 1 : Représentation des données',
      '6 2020-04-20 2020-04-21 2020-04-23 2020-04-24 2020-04-30  UE 2 : Algorithmique',
    ]);
    expect(brief(plan('Dates'), { year: 2020, month: 2, day: 1 })).toHaveLength(2);
  });

  it('reads no field that does not say it gives dates, nor an item’s links', () => {
    expect(brief(plan('Salles'), { year: 2020, month: 2, day: 1 })).toEqual([]);
    const courses = ['- [Cours](cours.html) ([version PDF](LP - BD - v2020-10-14.pdf))', '    - [TD1](td1)', '', '- [TP SQL](tp1)'];
    expect(brief(courses)).toEqual([]);
  });
});

describe('a list of workshops, each item its dates and hours after its description', () => {
  const november = [
    '### Planning de Novembre et Décembre :',
    '',
    'En Novembre sont proposés :',
    '',
    '- l’atelier BUREAUTIQUE en rose sur le planning : vendredi 15 Novembre, Vendredi 29 Novembre - de 10h à 12h (+d’infos)',
    '- 1 mini-cycle de 4 ateliers « ORDINATEUR » en bleu sur le planning : Mercredi 13 Novembre, Mercredi 20 Novembre - de 10h à 12h (+d’infos).',
    '- 1 mini-cycle de 4 ateliers « ORDINATEUR » en vert sur le planning : Jeudi 14 Novembre, Jeudi 21 Novembre - de 14h à 16h (+d’infos). Sur ce cycle, les tableaux seront à l’honneur.',
    '- Vous accompagnez des personnes ? Une collègue lance des permanences les mardi matin. En novembre, j’y serai aussi.',
    '',
  ];

  it('reads an item that goes on with a sentence after its hours', () => {
    expect(brief(november, { year: 2024, month: 11, day: 1 })).toEqual([
      '5 2024-11-15 2024-11-29 10:00-12:00 l’atelier BUREAUTIQUE en rose sur le planning',
      '6 2024-11-13 2024-11-20 10:00-12:00 1 mini-cycle de 4 ateliers « ORDINATEUR » en bleu sur le planning',
      '7 2024-11-14 2024-11-21 14:00-16:00 1 mini-cycle de 4 ateliers « ORDINATEUR » en vert sur le planning',
    ]);
  });

  it('does not take a sentence that writes another figure as the item’s', () => {
    // The list is then read as sentences that announce workshops with their hours (a page
    // that announces two or more so is a programme in prose): the item's first sentence
    // gives its days and hours, the next one (`Puis 3 séances…`) adds nothing to them.
    const page = november.map((line) => line.replace('Sur ce cycle, les tableaux', 'Puis 3 séances'));
    const read = brief(page, { year: 2024, month: 11, day: 1 }).filter((line) => line.startsWith('7 '));
    expect(read.map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual(['7 2024-11-14 2024-11-21 14:00-16:00']);
  });

  it('is listed by what it offers: no item is out of order', () => {
    expect(alarms(november, { year: 2024, month: 11, day: 1 })).toEqual([]);
  });

  it('reads a part of a page kept newest first in the year its weekdays fit', () => {
    const january = [
      '### Planning de Janvier :',
      '',
      '- l’atelier BUREAUTIQUE : mardis 07, 14, 21 et 28 Janvier - de 14h à 16h',
      '- 1 mini-cycle ORDINATEUR : Vendredi 10, 17, 24 et 31 Janvier - de 10h à 12h',
      '',
    ];
    expect(brief([...january, ...november]).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      '3 2025-01-07',
      '4 2025-01-10',
      '10 2024-11-15',
      '11 2024-11-13',
      '12 2024-11-14',
    ]);
    expect(alarms([...january, ...november])).toEqual([]);
  });
});

describe('a day written as an ordinal with a dot (`### 13. Mai 2011`)', () => {
  it('is the day, in French or English', () => {
    const page = ['## Historique', '', '### 13. December 2011', '', 'Meeting.', '', '### 13. Mai 2011', '', 'Swiss Cyber Storm.', '', '### 17. Février 2011', '', 'Meeting.', ''];
    expect(brief(page).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['3 2011-12-13', '7 2011-05-13', '11 2011-02-17']);
  });

  it('leaves a dotted clock time a time', () => {
    expect(brief(['## Mardi 12 mars 2019', '', '- 18.30 : accueil', '- 19.00 : talk', ''])[0]).toBe('3 2019-03-12 18:30- accueil');
  });
});

describe('a run written with its year on both days, the dash glued (`31 janvier 2024-3 février 2024`)', () => {
  it('is the run', () => {
    const list = ['- 31 janvier 2024-3 février 2024 : SnowCamp - Grenoble', '- 1 février 2024 : AgiLeMans - Le Mans'];
    expect(brief(list)).toEqual(['1 2024-01-31 2024-02-01 2024-02-02 2024-02-03  SnowCamp - Grenoble', '2 2024-02-01  AgiLeMans - Le Mans']);
  });
});

describe('items that say where, then the day and its hour, then more (`* A Lyon, au meetup, mercredi 20 avril à 19h; avec …`)', () => {
  const list = [
    'Rejoignez-nous !',
    '',
    '* A Lyon, au meetup, mercredi 20 avril à 19h; avec notamment Ronan qui vous présentera la 9.6;',
    '* A Ottawa, pour le PGCON 2016, le vendredi 20 mai à 14h, avec une conférence dédiée à PoWA, par Ronan;',
    '* A Lille, le 31 mai à 16h, à l’occasion du PGDay France, Adrien vous parlera des index BRIN;',
    '* A l’événement Super Demain, aux Subsistances, le 18 et 19 mars',
  ];

  it('are the events, each on its day at its hour', () => {
    expect(brief(list, { year: 2016, month: 1, day: 19 }).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      '3 2016-04-20 19:00-',
      '4 2016-05-20 14:00-',
      '5 2016-05-31 16:00-',
      '6 2016-03-18 2016-03-19',
    ]);
  });

  it('leave an item that says something to do (`A demander lors de la réunion du 16 juillet`) and a past told', () => {
    expect(brief(['### A faire', '', '- A demander lors de la réunion du 16 juillet : les liens', '- Relire', ''], { year: 2018, month: 7, day: 1 })).toEqual([]);
    expect(brief(['- Marie a présenté, mercredi 20 avril à 19h, son projet', '- Paul a parlé le 31 mai à 16h, au PGDay', ''], { year: 2016, month: 1, day: 19 })).toEqual([]);
  });
});

describe('items under a month’s heading that write their days after a label, without the month', () => {
  const october = (heading: string) => [
    heading,
    '',
    'En Octobre sont proposés :',
    '',
    '- l’atelier BUREAUTIQUE sur le planning : vendredi 04, Vendredi 11 - de 10h à 12h (+d’infos)',
    '- 1 mini-cycle ORDINATEUR sur le planning : Mardi 15 Octobre, Mardi 22 Octobre, Mardi 29 Octobre, Mardi 05 Novembre - de 10h à 12h00',
    '- 1 mini-cycle ORDINATEUR en vert sur le planning : Mardi 22, Jeudi 24, Mardi 29, Jeudi 31 - de 14h à 16h00',
    '',
  ];

  it('are on the heading’s month, the items that write theirs read as written', () => {
    const expected = [
      '5 2024-10-04 2024-10-11 10:00-12:00 l’atelier BUREAUTIQUE sur le planning',
      '6 2024-10-15 2024-10-22 2024-10-29 2024-11-05 10:00-12:00 1 mini-cycle ORDINATEUR sur le planning',
      '7 2024-10-22 2024-10-24 2024-10-29 2024-10-31 14:00-16:00 1 mini-cycle ORDINATEUR en vert sur le planning',
    ];
    expect(brief(october('### Planning d’Octobre :'), { year: 2024, month: 9, day: 1 })).toEqual(expected);
    expect(brief(october('<h3>Planning d’Octobre: </h3>'), { year: 2024, month: 9, day: 1 })).toEqual(expected);
  });

  it('are no days under a heading that names no month, and a weekday that does not fit is said', () => {
    // One dated item among three is no list of dated items: its date is read in a list of them only.
    expect(brief(october('### Planning des ateliers :'), { year: 2024, month: 9, day: 1 })).toEqual([]);
    const slipped = october('### Planning d’Octobre :').map((line) => line.replace('Jeudi 31', 'Jeudi 30'));
    expect(alarms(slipped, { year: 2024, month: 9, day: 1 })).toEqual(['7 weekday-mismatch']);
  });
});

describe('an item under a month’s heading whose hours end its first sentence', () => {
  it('keeps its hours', () => {
    const page = ['### Planning d’Octobre', '', '- Atelier bureautique : vendredi 04, vendredi 11 - de 10h à 12h', '- Cycle smartphone : mercredi 09, mercredi 16 - de 10h30 à 12h. Apportez votre téléphone.', ''];
    expect(brief(page, { year: 2024, month: 9, day: 1 })).toEqual(['3 2024-10-04 2024-10-11 10:00-12:00 Atelier bureautique', '4 2024-10-09 2024-10-16 10:30-12:00 Cycle smartphone']);
  });
});

describe('near forms of set 43’s readings, that stay as they were', () => {
  it('keeps the year before a master’s name or an elided article (`2023 M2`, `2023 l’atelier`)', () => {
    const page = (title: string) => [`# ${title}`, '', '| Date | Cours |', '| --- | --- |', '| 11 septembre | Rentrée |', ''];
    expect(brief(page('Emploi du temps 2023 M2 MIAGE'))).toEqual(['5 2023-09-11  Rentrée']);
    expect(brief(page('Rentrée 2023 l’atelier théâtre reprend'))).toEqual(['5 2023-09-11  Rentrée']);
  });

  it('reads no task handed to someone (`A Pierre d’envoyer le devis pour le 12 mai 2023`), nor `A RENDRE`', () => {
    expect(brief(['## Actions', '', '- A Pierre d’envoyer le devis pour le 12 mai 2023', '- A Julie de réserver la salle pour le 20 mai 2023', ''], { year: 2023, month: 5, day: 1 })).toEqual([]);
    expect(brief(['## Travaux', '', '- A RENDRE : TP 1, le 12 mars 2024', '- A RENDRE : TP 2, le 26 mars 2024', ''], { year: 2024, month: 3, day: 1 })).toEqual([]);
  });

  it('reads no `Jours : 7/7` field as a day', () => {
    expect(brief(['## Permanence téléphonique', '', '- Jours : 7/7', '- Horaires : 9h-18h', ''], { year: 2024, month: 3, day: 1 })).toEqual([]);
  });

  it('keeps a season’s summer in the season, its weekdays said', () => {
    const page = ['# Saison 2024-2025', '', '## Automne', '', '- mardi 1er octobre : reprise', '- mardi 5 novembre : atelier', '', '## Stage d’été', '', '- lundi 8 juillet : accueil', '- mardi 9 juillet : répétitions', '- mercredi 10 juillet : représentation', ''];
    expect(brief(page, { year: 2024, month: 9, day: 1 }).at(-1)).toBe('12 2025-07-10  représentation');
    expect(alarms(page, { year: 2024, month: 9, day: 1 })).toEqual(['10 weekday-mismatch', '11 weekday-mismatch', '12 weekday-mismatch']);
  });

  it('still says a numbered session of a series is out of order', () => {
    const page = ['# Séances du club 2024', '', '- Séance 1 : 6 et 13 mars 2024', '- Séance 2 : 20 et 27 mars 2024', '- Séance 3 : 17 et 24 février 2024', '- Séance 4 : 15 et 22 mai 2024', ''];
    expect(alarms(page)).toEqual(['5 out-of-order']);
  });

  it('reads a section’s number before a month as no day (`## 1. Juin 2024 : lancement`)', () => {
    expect(brief(['# Feuille de route', '', '## 1. Juin 2024 : lancement', '', 'x', '', '## 2. Juillet 2024 : développement', '', 'y', ''])).toEqual([]);
  });
});
