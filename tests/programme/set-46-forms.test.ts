/*
 * Forms read in set 46's read part (tests/fixtures/real: brucker-mpci-algo-prog-2026,
 * harddance-wolfcity-lineup-2024, ltqf-agenda-theatre-2017, dli-formation-covid-2020), checked here on a short page,
 * with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed: { year: number; month: number; day: number }) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));

describe('a course plan whose weeks are dated by a line under their heading (`### Semaine 1` over `> 19/01 au 23/01`)', () => {
  const plan = (mark: string, days: string[]) => [
    '## Plan',
    '',
    '### Semaine 1',
    '',
    `${mark}19/01 au 23/01`,
    `${mark}Algorithmie`,
    '',
    ...days.flatMap((day) => [day, '', `${mark}2h`, '', 'Notions abordées.', '']),
  ];

  it('puts each weekday heading under it on its day of that week, in a quote or not', () => {
    for (const mark of ['> ', '']) {
      expect(brief(plan(mark, ["#### Mercredi : qu'est-ce qu'un algorithme", '#### Vendredi : écrire des algorithmes']), { year: 2026, month: 1, day: 10 })).toEqual([
        "8 2026-01-21 qu'est-ce qu'un algorithme",
        '14 2026-01-23 écrire des algorithmes',
      ]);
    }
  });

  it('leaves a week with no weekday under it a session of its days', () => {
    expect(brief(['### Semaine 13', '', '> 27/04 au 1/05', '> Programmation', '', 'Devoir surveillé.', ''], { year: 2026, month: 1, day: 10 })).toEqual([
      '1 2026-04-27 2026-04-28 2026-04-29 2026-04-30 2026-05-01 Semaine 13',
    ]);
  });

  it('reads a round hour before seven alone under a day as how long it lasts, a later one as its start', () => {
    expect(brief(['### Mardi 3 mars 2026', '', '> 2h', '', '### Jeudi 5 mars 2026', '', '> 9h', ''], { year: 2026, month: 1, day: 10 })).toEqual([
      '1 2026-03-03 Mardi 3 mars 2026',
      '7 2026-03-05 09:00-',
    ]);
  });
});

describe('an event page whose front matter writes its start as one word (`datestart: 2024/06/22`)', () => {
  const page = (start: string) => ['---', 'layout: event', 'title: "Welcome to Wolf City"', 'date: 2024/06/19', start, '---', '', 'MAINSTAGE  ', '14H00 - 16H00 : FRENESYS  ', '16H00 - 18H00 : OMNI', ''];

  it('holds its agenda on that day, not on the day the post was written', () => {
    expect(brief(page('datestart: 2024/06/22'), { year: 2024, month: 6, day: 19 })).toEqual(['9 2024-06-22 14:00-16:00 FRENESYS', '10 2024-06-22 16:00-18:00 OMNI']);
  });

  it('takes the hour written with that day (`datestart: 2024/06/22 20:30`)', () => {
    expect(brief(['---', 'layout: event', 'title: "Wolf"', 'date: 2024/06/19', 'datestart: 2024/06/22 20:30', 'location: Clichy', '---', '', 'Texte.', ''], { year: 2024, month: 6, day: 19 })).toEqual(['3 2024-06-22 20:30- Wolf']);
  });

  it('leaves a start a CMS stored with its timestamp (`startdate: 2023-10-28T00:00:00.000Z`) to the page', () => {
    expect(brief(page('startdate: 2024-06-22T00:00:00.000Z'), { year: 2024, month: 6, day: 19 })).toEqual(['9 2024-06-19 14:00-16:00 FRENESYS', '10 2024-06-19 16:00-18:00 OMNI']);
  });
});

describe('a front matter whose events each list their days (`dates:` over `- "le 7 juillet à 11h & 15h"`)', () => {
  const page = (month: string) => [
    '---',
    'title: "Un apprentissage"',
    'nextDates:',
    `  - month: "${month}"`,
    '    place: "Festival d\'Avignon"',
    '    dates:',
    '      - "le 6 juillet à 15h"',
    '      - "le 7 juillet à 11h & 15h"',
    '---',
    '',
    'Texte.',
    '',
  ];

  it('gives each day its own session, at its hours, in the year the event writes', () => {
    expect(brief(page('Juillet 2017'), { year: 2023, month: 1, day: 1 })).toEqual([
      "7 2017-07-06 15:00- Festival d'Avignon",
      "8 2017-07-07 11:00-,15:00- Festival d'Avignon",
    ]);
  });
});

describe('a page whose front matter gives an hour beside its date (`hour: 14:30-15:30 HE`)', () => {
  const page = (hour: string) => ['---', 'title: S2 | Projets de données liés à la COVID-19', 'date: 2020-11-24', hour, 'time: synchronous', 'category: presentation', '---', 'Depuis le début de la pandémie, l’équipe a mené huit projets.', ''];

  it('is the page of that event, on that day at those hours', () => {
    expect(brief(page('hour: 14:30-15:30 HE'), { year: 2020, month: 11, day: 1 })).toEqual(['2 2020-11-24 14:30-15:30 S2 | Projets de données liés à la COVID-19']);
  });

  it('leaves a post whose keys give no clock hour as a post', () => {
    expect(brief(page('reading: 5 min'), { year: 2020, month: 11, day: 1 })).toEqual([]);
  });
});

describe('a time typed with both marks of the hour (`9h30-10H:15`, courtin-seminaire-datahda-2021)', () => {
  it('reads its minutes', () => {
    expect(brief(['### Lundi 3 mai 2021', '', '- 9h30-10H:15 : Accueil', '- 10h:15-10h45 : Corpus', ''], { year: 2021, month: 4, day: 1 })).toEqual([
      '3 2021-05-03 09:30-10:15 Accueil',
      '4 2021-05-03 10:15-10:45 Corpus',
    ]);
  });
});

describe('a run whose end is given in brackets after its start (`18 janvier (jusqu\'au 8 mars)`, eyssette-terminale-calendrier-2023)', () => {
  it('runs from the start to that end', () => {
    const days = brief(['- 20 décembre : ouverture de Parcoursup', "- 18 janvier (jusqu'au 8 mars) : Inscription sur la plateforme", ''], { year: 2022, month: 12, day: 1 })[1]!.split(' ');
    expect([days[0], days[1], days.at(-5), days.length]).toEqual(['2', '2023-01-18', '2023-03-08', 1 + 50 + 4]);
  });

  it('leaves a bracket that bounds something else as a remark', () => {
    expect(brief(["- 18 janvier : Inscription (jusqu'au premier quiz)", ''], { year: 2022, month: 12, day: 1 })).toEqual(["1 2023-01-18 Inscription (jusqu'au premier quiz)"]);
  });
});
