/*
 * Dated lists as coordinators write them (issue 12, the shared date grammar): bullets,
 * and lists written without bullets (one paragraph or one line per session, each opening
 * with its date). Each form in several ways, and the prose that must stay prose.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check, sessionRows } from '../helpers/read.js';
import type { PlainDate } from '../../src/dates/types.js';

function read(text: string, committed?: PlainDate) {
  return check(text, committed ? { committed } : {}).programme.sessions.map(sessionToJson).map((s) => ({
    line: s.line,
    days: s.days,
    times: s.times.map((t) => `${t.start}-${t.end ?? ''}`),
    title: s.title,
    source: s.source,
  }));
}

describe('a list written without bullets: one paragraph per session, each opening with its date', () => {
  it('reads ISO dates with their hours in brackets, the speaker and talk as the title', () => {
    const text = [
      '## PROGRAMME',
      '',
      '2020-11-13 (14h-16h). **Clément Hénin (INRIA)** : « Confier une décision »',
      '',
      '2020-12-04 (12h-14h). **Bilel Benbouzid** : « Le cadran de visibilité »',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 3, days: ['2020-11-13'], times: ['14:00-16:00'], title: 'Clément Hénin (INRIA) : « Confier une décision »', source: 'list' },
      { line: 5, days: ['2020-12-04'], times: ['12:00-14:00'], title: 'Bilel Benbouzid : « Le cadran de visibilité »', source: 'list' },
    ]);
  });

  it('reads one line per session inside one paragraph (numeric dates with a year)', () => {
    const text = '# Ateliers\n\n12/03/2024 - Atelier cartographie\n19/03/2024 - Atelier QGIS (14h-17h)\n';
    expect(read(text).map((s) => [s.line, s.days, s.times, s.title])).toEqual([
      [3, ['2024-03-12'], [], 'Atelier cartographie'],
      [4, ['2024-03-19'], ['14:00-17:00'], 'Atelier QGIS'],
    ]);
  });

  it('reads weekdays and month names, the year from the heading above', () => {
    const text = '# Défis 2021\n\nVendredi 1er octobre (17h30-19h) : Défi AECS.\n\nSamedi 16 octobre, 10h-12h : Défi robotique\n';
    expect(read(text).map((s) => [s.line, s.days, s.times])).toEqual([
      [3, ['2021-10-01'], ['17:30-19:00']],
      [5, ['2021-10-16'], ['10:00-12:00']],
    ]);
  });

  it('reads abbreviated English-looking layouts (`2021-03-12, 12h-14h: Talk`)', () => {
    const text = '2021-03-12, 12h-14h: Talk one\n\n2021-03-19, 12h-14h: Talk two\n';
    expect(read(text).map((s) => [s.days, s.times, s.title])).toEqual([
      [['2021-03-12'], ['12:00-14:00'], 'Talk one'],
      [['2021-03-19'], ['12:00-14:00'], 'Talk two'],
    ]);
  });

  it('leaves one dated paragraph alone: a date at the head of an article is prose', () => {
    const text = '# Nouvelles\n\n3 mars 2020 : le site ouvre ses portes.\n\nNous vous attendons nombreux pour découvrir les ateliers.\n';
    expect(read(text)).toEqual([]);
  });

  it.each([
    [
      'the first paragraph before a bound (`Prochainement avant le 23 août`), the last between months alone',
      ['26 mai 2019 : Concours A (tour 1)', '', 'Prochainement avant le 23 août : Concours B (3 jours)', '', '28 juillet 2019 : Concours A (tour 2)', '', '25 août 2019 : Concours A (tour 3)', '', 'Novembre 2019 : Concours C', '', '17 novembre 2019 : Concours A (tour 4)', '', 'Janvier 2020 : Concours D', ''],
      [1, 5, 7, 11],
    ],
    [
      'ISO dates, a paragraph of remarks in the run',
      ['2024-02-10 - Tournoi régional', '', 'Les inscriptions se font au club.', '', '2024-03-16 - Tournoi départemental', '', '2024-04-20 - Finale', ''],
      [1, 5, 7],
    ],
  ])('reads each paragraph that opens with a date in a run most of whose paragraphs do (%s)', (_name, lines, expected) => {
    expect(read(lines.join('\n')).map((s) => s.line)).toEqual(expected);
  });

  it('leaves a dated paragraph among prose alone: one of three paragraphs is no list', () => {
    const text = '# Nouvelles\n\n3 mars 2020 : le site ouvre ses portes.\n\nNous vous attendons nombreux.\n\nLes ateliers reprennent bientôt, restez connectés.\n\n12 mai 2020 : le site ferme pour travaux.\n\nÀ bientôt.\n';
    expect(read(text)).toEqual([]);
  });

  it('leaves sentences that open with a date alone, even one after the other', () => {
    const text = '# Compte rendu\n\nLe 3 mars 2020, nous avons visité le lab.\n\nLe 10 mars 2020, nous sommes revenus.\n';
    expect(read(text)).toEqual([]);
  });
});

describe('a list of bare day/month dates (`* 09/02`)', () => {
  const committed = { year: 2021, month: 3, day: 7 };

  it('reads each item as a session when the list writes its dates that way, the year guessed and said', () => {
    const text = '# Date des séances\n\n* 09/02\n* 16/02\n* 09/03 CC1 1H\n* 13/04 CC2 1H\n';
    expect(read(text, committed).map((s) => [s.line, s.days, s.times, s.title])).toEqual([
      [3, ['2021-02-09'], [], ''],
      [4, ['2021-02-16'], [], ''],
      [5, ['2021-03-09'], [], 'CC1 1H'],
      [6, ['2021-04-13'], [], 'CC2 1H'],
    ]);
    expect(check(text, { committed }).diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 guessed-year']);
  });

  it('reads titles after a colon or a dash, a numbered list, and a year from the heading', () => {
    const text = '# Planning 2022\n\n1. 09/02 : Introduction\n2. 16/02 - Modélisation (14h-16h)\n3. 23/02 : Tests\n';
    expect(read(text).map((s) => [s.line, s.days, s.times, s.title])).toEqual([
      [3, ['2022-02-09'], [], 'Introduction'],
      [4, ['2022-02-16'], ['14:00-16:00'], 'Modélisation'],
      [5, ['2022-02-23'], [], 'Tests'],
    ]);
  });

  it('counts a September-to-June list across its new year', () => {
    const text = '# Année 2023-2024\n\n- 12/09 : rentrée\n- 05/12 : conseil\n- 16/01 : conseil\n- 04/06 : jury\n';
    expect(read(text).map((s) => s.days[0])).toEqual(['2023-09-12', '2023-12-05', '2024-01-16', '2024-06-04']);
  });

  it('reads a bare date among items that write full dates', () => {
    const text = '# Ateliers\n\n- 12/09/2022 : Réunion\n- Mardi 20 septembre 2022 : Atelier\n- 28/09 : Atelier suite\n';
    expect(read(text).map((s) => [s.line, s.days])).toEqual([
      [3, ['2022-09-12']],
      [4, ['2022-09-20']],
      [5, ['2022-09-28']],
    ]);
  });

  it('leaves a list alone when only one or two items open with a bare number pair', () => {
    expect(read('# Visites 2022\n\n* 1/2 journée de visite\n* 3/4 des places réservées\n* Déjeuner sur place\n')).toEqual([]);
    expect(read('# Notes 2022\n\n* 1/2 de la note : projet\n* 1/2 de la note : examen\n')).toEqual([]);
  });

  it('does not take version numbers for dates', () => {
    expect(read('# Versions 2022\n\n* 1.2 : correctifs\n* 1.3 : export\n* 1.4 : import\n')).toEqual([]);
  });
});

describe('a list item whose date is set apart in bold or italics before its title', () => {
  it.each([
    ['a range with a weekday at each end', '- **Du Mardi 17 au Samedi 21 Janvier 2017** Théâtre du Grand Rond -- Toulouse (31)', ['2017-01-17', '2017-01-18', '2017-01-19', '2017-01-20', '2017-01-21'], 'Théâtre du Grand Rond -- Toulouse (31)'],
    ['a day in bold', '- **24 Juillet 2016** Festival de rue de Miremont', ['2016-07-24'], 'Festival de rue de Miremont'],
    ['a weekday and day in italics', '* *Samedi 3 juin 2017* Fête du Pastel', ['2017-06-03'], 'Fête du Pastel'],
    ['bold written with underscores', '- __12 mars 2022__ Atelier vélo', ['2022-03-12'], 'Atelier vélo'],
  ])('reads %s', (_, item, days, title) => {
    expect(read(`# Représentations\n\n${item}\n`).map((s) => [s.days, s.title])).toEqual([[days, title]]);
  });

  it('leaves an item alone when the words in bold are not a date', () => {
    expect(read('# Notes\n\n- **Important** le 3 mars 2022, nous irons au lab\n')).toEqual([]);
  });
});

describe('a dated list written in raw HTML', () => {
  it('reads a definition list: the date in <dt>, the title in the <dd> that follows, entities decoded', () => {
    const text = [
      '# Calendrier 2017',
      '',
      '<dl>',
      '  <dt><u>Dimanche 12 Mars</u></dt>',
      '  <dd>Graulhet (81) &ndash; résidence</dd>',
      '  <dt><u>Du Mercredi 23 au Samedi 26 Août</u></dt>',
      '  <dd>Festival d&#39;Aurillac</dd>',
      '</dl>',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      { line: 4, days: ['2017-03-12'], times: [], title: 'Graulhet (81) – résidence', source: 'list' },
      { line: 6, days: ['2017-08-23', '2017-08-24', '2017-08-25', '2017-08-26'], times: [], title: "Festival d'Aurillac", source: 'list' },
    ]);
  });

  it('reads a bulleted list, and entries written side by side on one line', () => {
    const text = '# Agenda 2024\n\n<ul>\n<li>Samedi 16 mars, 14h-17h : Atelier vélo</li>\n<li><b>23/03/2024</b> Repair café</li>\n</ul>\n\n<dl><dt>6 avril</dt><dd>Bourse aux vélos</dd></dl>\n';
    expect(read(text).map((s) => [s.line, s.days, s.times, s.title])).toEqual([
      [4, ['2024-03-16'], ['14:00-17:00'], 'Atelier vélo'],
      [5, ['2024-03-23'], [], 'Repair café'],
      [8, ['2024-04-06'], [], 'Bourse aux vélos'],
    ]);
  });

  it('leaves undated entries, commented-out and folded lists alone', () => {
    expect(read('# Liens\n\n<ul>\n<li>Accueil</li>\n<li>Contact : 01 02 03 04 05</li>\n</ul>\n')).toEqual([]);
    expect(read('# Agenda\n\n<!--\n<ul><li>3 mars 2020 : Atelier</li></ul>\n-->\n')).toEqual([]);
    expect(read('# Agenda\n\n<details><summary>Archives</summary>\n<ul><li>3 mars 2020 : Atelier</li></ul>\n</details>\n')).toEqual([]);
  });
});

describe('hours that close a dated line after a comma or a dash', () => {
  it('reads them as the session’s hours, the words before as its title, in list items and headings', () => {
    const text = '# Ateliers 2024\n\n- 12/03/2024 - Atelier QGIS, 14h-17h\n- 3 avril : lancement, 13h30-14h30\n- 5 avril : Atelier QGIS - 14h à 17h\n- 6 avril : Permanence, 18:30\n\n### Lundi 8 avril : Atelier, 14h-16h\n';
    expect(read(text).map((s) => [s.line, s.days[0], s.times, s.title])).toEqual([
      [3, '2024-03-12', ['14:00-17:00'], 'Atelier QGIS'],
      [4, '2024-04-03', ['13:30-14:30'], 'lancement'],
      [5, '2024-04-05', ['14:00-17:00'], 'Atelier QGIS'],
      [6, '2024-04-06', ['18:30-'], 'Permanence'],
      [8, '2024-04-08', ['14:00-16:00'], 'Atelier'],
    ]);
  });

  it('leaves a time inside the sentence alone', () => {
    expect(read('# Ateliers 2024\n\n- 8 avril : rendez-vous vers 18h devant la salle\n').map((s) => [s.times, s.title])).toEqual([[[], 'rendez-vous vers 18h devant la salle']]);
  });
});

describe('a dated item over its timed items', () => {
  const log = [
    '# Suivi du projet 2025',
    '',
    '- **Jeudi 20 février** :',
    '    - 13h30: Point de situation',
    '        - @Maha: clustering',
    '    - 16h30: Mid term discussion',
    '- **Jeudi 27 février**: 👨\u200d💻',
    '    - 13h30: Point de situation avec Vinci',
    '    - GPT4 fonctionne bien',
    '- **Jeudi 6 mars** : Revue de code',
    '    - 14h: en salle 3',
    '',
  ].join('\n');

  it('is the day of several timed items, each a session at its line', () => {
    expect(sessionRows(log).slice(0, 2)).toEqual([
      [4, '2025-02-20', '13:30-', 'Point de situation'],
      [6, '2025-02-20', '16:30-', 'Mid term discussion'],
    ]);
  });

  it('is one session with its only timed item’s hours, at the dated item, titled by the timed item unless it names itself', () => {
    expect(sessionRows(log).slice(2)).toEqual([
      [7, '2025-02-27', '13:30-', 'Point de situation avec Vinci'],
      [10, '2025-03-06', '14:00-', 'Revue de code'],
    ]);
  });
});
