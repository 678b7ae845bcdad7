/*
 * Forms read in held-out set 22 (tests/fixtures/real: ais-ens-langage-2023,
 * mashup-nantes13-2017, celleouyadusable-retraite-2025, pierrevanhove-conferences-2026,
 * balan-24h-tullins-2026, klaukf-devoxx-blog-2022, insalgo-installparty-2024,
 * lafrenchstack-evenement-2025), each checked here on a short page, with the near form that
 * must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 3, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a seminar’s agenda of long talk summaries', () => {
  const page = (separator: string) => [
    '**Quand ?** Le mercredi 11 janvier 2023, de 14h à 17h30',
    '',
    '## Programme',
    '',
    `**14h-14h45**${separator} **Thea S.** (U. Ca Foscari, Venise) : les grands modèles de langage pour la recherche, exposé suite à son expérience dans le projet Ithaca`,
    '',
    '**16h30-17h30** : Table ronde sur la situation actuelle. Discussion avec les intervenants, ainsi qu’avec Anne B. (Fondation Abeona) et les participants',
    '',
    '**17h30** : clôture',
    '',
  ];

  it('reads a slot whose hours are set apart by a colon, however long its summary', () => {
    expect(brief(page(' :'), 2023)).toEqual([
      [5, '2023-01-11', '14:00-14:45'],
      [7, '2023-01-11', '16:30-17:30'],
      [9, '2023-01-11', '17:30-'],
    ]);
  });

  it('still reads hours told in a sentence, with no colon after them, as no slot', () => {
    expect(brief(page(' puis'), 2023).map((row) => row[0])).toEqual([7, 9]);
  });
});

describe('hours that are no time of day', () => {
  it('reads `4h / jour` as how long a day’s practice lasts, not a slot at 4:00', () => {
    const page = ['---', 'start_date: 2025-10-09T09:00', 'end_date: 2025-10-12T09:00', '---', '', '### LA PRATIQUE:', '4h / jour', 'Flows guidés', '', '### PROGRAMME:', '7h : Tisanes', '8h - 10h45 : Pratique', ''];
    expect(brief(page, 2025).map((row) => row[2])).toEqual(['07:00-', '08:00-10:45']);
  });
});

describe('Nuxt Content’s inline components', () => {
  it('reads the hours of `### :badge[ 18h45 ] Titre` on the page’s day', () => {
    const page = ['---', 'title: "Mash Up Nantes #13"', 'date: 2017-11-22', '---', '', '::steps', '', '### :badge[ 18h45 ] Qu’est-ce qu’IA ?', '', 'Texte.', '', '### :badge[ 20h00 ] Pitch', '', '::', ''];
    expect(brief(page, 2025)).toEqual([
      [8, '2017-11-22', '18:45-'],
      [12, '2017-11-22', '20:00-'],
    ]);
  });
});

describe('records that are no calendar', () => {
  const talks = [
    '## Conférences',
    '',
    '* Les motifs cachés de l’univers',
    '  - 8 janvier 2026 : Lycée Faidherbe, Lille',
    '* Au bout de la corde',
    '  - 16 janvier 2012 : Lycée de Douai',
    '  - 29 mars 2012 : Lycée les Iscles',
    '  - 11 février 2014 : Université de Tours',
    '* Combien de dimensions ?',
    '  - 22 mars 2013 : Cité des géométries',
    '  - 10 décembre 2013 : Lycée Benjamin Franklin',
    '* L’attraction de la gravitation',
    '  - 19 mars 2015 : Luxembourg',
    '  - 18 septembre 2018 : IPhT',
    '* Mystérieux trous noirs',
    '  - 15 juin 2023 : Institut du Cerveau',
    '  - 13 octobre 2018 : Société astronomique de France',
    '  - 18 avril 2019 : Colloque de l’orme',
    '',
  ];

  it('reads no session in talks given over the years, listed by subject, and raises nothing', () => {
    expect(brief(talks)).toEqual([]);
    expect(alarms(talks)).toEqual([]);
  });

  it('still reads a history of meetups listed in the order of their days', () => {
    const history = ['# Historique', '', ...['2019', '2018', '2017', '2016', '2015'].flatMap((year) => [`## ${year}`, '', `* 14 mars ${year} : apéro`, `* 27 février ${year} : conférence`, '']) ];
    expect(brief(history)).toHaveLength(10);
  });

  it('reads no event in a race’s story filed under a category, dated by its post and timed by its sentences', () => {
    const page = ['---', 'title: "Championnats de France des 24h à Tullins"', 'date: 2026-04-23', 'categories:', '  - course', '---', '', '### Récit de Martin', '', 'Départ tranquille sous le soleil.', '', 'Vers 17h, quelques nuages viennent cacher le soleil. Je commence à fatiguer.', ''];
    expect(brief(page)).toEqual([]);
  });

  it('still reads a page filed as an event by its layout, dated by its `date`', () => {
    const page = ['---', 'title: "Atelier vélo"', 'layout: event', 'date: 2026-04-23', '---', '', 'Venez réparer votre vélo.', ''];
    expect(brief(page)).toEqual([[2, '2026-04-23', '']]);
  });

  it('reads no session in the dated days of a story that names itself an account', () => {
    const page = ['---', 'title: "Mon Devoxx 2022 à moi !"', '---', '', '*ENFIN !! Retour en images et en texte de cette spéciale 10 ans de DevoxxFR...*', '', '## Mardi 19 avril 2022 : prépa physique et mentale', '', 'J’ai assisté à une belle keynote.', '', '## Mercredi 20 avril 2022 : tranquille !', '', 'Des talks.', ''];
    expect(brief(page)).toEqual([]);
  });

  it('still reads the dated headings of a page that tells no story', () => {
    const page = ['---', 'title: "Devoxx 2022"', '---', '', 'Le programme des deux jours.', '', '## Mardi 19 avril 2022 : ouverture', '', 'Keynote.', '', '## Mercredi 20 avril 2022 : talks', '', 'Des talks.', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2022-04-19', '2022-04-20']);
  });
});

describe('one event written on two days', () => {
  const page = (sentence: string) => [
    '---',
    'title: "INStAl-Party: Passez à Linux !"',
    'categories: event',
    'event-date: "21 novembre 2024, 14h - 17h30"',
    '---',
    '',
    sentence,
    '',
  ];

  it('lists the event once, on its front matter’s day, and reports the sentence that invites on another', () => {
    const moved = page('L’**INStAl-Party** débarque ! Rejoignez-nous le **jeudi 14 novembre 2024 à partir de 15h**.');
    expect(brief(moved, 2024)).toEqual([[2, '2024-11-21', '14:00-17:30']]);
    expect(alarms(moved, 2024)).toEqual(['7 event-dates-mismatch']);
    expect(read(moved, 2024).diagnostics.find((d) => d.rule === 'event-dates-mismatch')?.message).toContain('21 novembre 2024');
  });

  it('still lists another event the text invites to, and reports nothing', () => {
    const other = page('Notre prochain atelier se tiendra le jeudi 14 novembre 2024 à 18h.');
    expect(brief(other, 2024).map((row) => row[1])).toEqual(['2024-11-21', '2024-11-14']);
    expect(alarms(other, 2024)).toEqual([]);
  });
});

describe('a heading that names its event’s month', () => {
  const page = (month: string) => ['# Événement IA - ' + month + ' 2025', '', 'Les dates suivantes sont envisagées :', '', '- **Jeudi 6 mars**', '- **Jeudi 13 mars**', '- **Jeudi 20 mars**', ''];

  it('reports once, on the heading, when none of its days is in that month', () => {
    expect(alarms(page('AVRIL'))).toEqual(['1 heading-month-mismatch']);
  });

  it('reports nothing when its days are in that month', () => {
    expect(alarms(page('MARS'))).toEqual([]);
  });
});
