/*
 * Front matter as site generators write it (Hugo, Jekyll, Eleventy, Docusaurus, Zola): a
 * title folded over lines or quoted with escapes and broken with `\`, a value continued on
 * an indented line, lists of categories or tags, lists of maps (`events:`), and Hugo's
 * TOML `+++` block. Written beside the real documents that showed them
 * (gdrgpl-radia-ie-2024-11-21: a Hugo title `"Journ\xE9e ... \u2013\` broken over two
 * lines, whose day dates the agenda below; preuilly-conseil-municipal-2020-07: TOML).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { metadataEntries, valueOffset } from '../../src/programme/metadata-values.js';
import { check } from '../helpers/read.js';

const values = (text: string, syntax: 'yaml' | 'toml' = 'yaml') => Object.fromEntries(metadataEntries(text, syntax).map((entry) => [entry.key, entry.value]));

describe('the values of a front matter, as its site reads them', () => {
  it.each([
    ['a double-quoted title with escapes, broken with `\\`', 'title: "Journ\\xE9e commune \\u2013\\\n  \\ 21 Novembre 2024"\ntype: news', 'Journée commune – 21 Novembre 2024'],
    ['a folded title (`>-`) over indented lines', 'title: >-\n  Apéro du club :\n  jeudi 3 avril 2025\ndate: 2025-03-01', 'Apéro du club : jeudi 3 avril 2025'],
    ['a kept block (`|`) read as one title', 'title: |\n  Journée d’étude\n  14 novembre 2024\n', 'Journée d’étude\n14 novembre 2024'],
    ['a plain title continued on an indented line', 'title: Rencontre des contributeurs, samedi\n  12 octobre 2024 à la médiathèque\ndate: 2024-09-01', 'Rencontre des contributeurs, samedi 12 octobre 2024 à la médiathèque'],
    ['a single-quoted title over two lines, its doubled quote one quote', "title: 'L''atelier du\n  5 mars'", "L'atelier du 5 mars"],
    ['a plain title and its comment (a `#` glued to a word is text)', 'title: Meetup C# et .NET # à relire', 'Meetup C# et .NET'],
  ])('%s', (_name, text, title) => {
    expect(values(text).title).toBe(title);
  });

  it('reads the categories and tags a page lists under its key, as a list or in brackets', () => {
    const read = values(['categories:', '- An2024', '- EvenementGPL', 'tags: ["agenda", "atelier"]', 'keywords:', '  - rencontre', '  - "apéro"', 'draft: false'].join('\n'));
    expect(read.categories).toBe('An2024, EvenementGPL');
    expect(read.tags).toBe('["agenda", "atelier"]');
    expect(read.keywords).toBe('rencontre, apéro');
    expect(read.draft).toBe('false');
  });

  it('keeps each map of a list of maps with its own keys and the line of its dash', () => {
    const text = ['title: Prochaines rencontres', 'events:', '    -', "        date: '09/15/2025 01:00 pm'", "        title: 'Install Party'", '    - date: 2025-09-17', '      title: Réunion des hubs', 'menu: x'].join('\n');
    const events = metadataEntries(text).find((entry) => entry.key === 'events')!;
    expect(events.items!.map((item) => Object.fromEntries(item.entries.map((entry) => [entry.key, entry.value])))).toEqual([
      { date: '09/15/2025 01:00 pm', title: 'Install Party' },
      { date: '2025-09-17', title: 'Réunion des hubs' },
    ]);
    expect(events.items!.map((item) => text.slice(item.lineOffset).split('\n')[0])).toEqual(['    -', '    - date: 2025-09-17']);
    const date = events.items![0]!.entries[0]!;
    expect(text.slice(date.offset, valueOffset(date, date.value.length))).toBe('09/15/2025 01:00 pm');
  });

  it('points every character of a folded or escaped value at where it is written', () => {
    const text = 'title: "Journ\\xE9e du\\\n  \\ 21 Novembre 2024"';
    const title = metadataEntries(text)[0]!;
    const at = title.value.indexOf('21 Novembre 2024');
    expect(text.slice(valueOffset(title, at), valueOffset(title, at + '21 Novembre 2024'.length))).toBe('21 Novembre 2024');
  });

  it('reads TOML: strings with escapes, literal strings, arrays, bare dates, the maps of `[[events]]`, not the keys of a `[table]`', () => {
    const text = [
      'fragment = "content"',
      '#background = ""',
      'categories = ["municipalite", \'conseil\']',
      'title = "Le conseil municipal ouvert au public : 23/07/2020 \\u00e0 18h30"',
      "subtitle = 'C:\\chemin'",
      'date = 2020-07-22 # publication',
      '[sidebar]',
      '  align = "right"',
      '[[events]]',
      'date = "2020-08-01"',
      'title = "Marché"',
    ].join('\n');
    const read = values(text, 'toml');
    expect(read).toMatchObject({ categories: 'municipalite, conseil', title: 'Le conseil municipal ouvert au public : 23/07/2020 à 18h30', subtitle: 'C:\\chemin', date: '2020-07-22' });
    expect(read.align).toBeUndefined();
    const events = metadataEntries(text, 'toml').find((entry) => entry.key === 'events')!;
    expect(events.items!.map((item) => item.entries.map((entry) => entry.value))).toEqual([['2020-08-01', 'Marché']]);
  });
});

const brief = (text: string[]) =>
  check(text.join('\n')).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a page whose day is in a title written over lines dates its agenda', () => {
  it('a Hugo title quoted, escaped and broken with `\\` (the day on its second line), over en-dash agenda lines', () => {
    expect(
      brief([
        '---',
        'title: "Planning de la Journ\\xE9e commune \\u2013\\',
        '  \\ 21 Novembre 2024"',
        'type: news',
        'date: "2024-11-09T20:27:54Z"',
        '---',
        '',
        'Voici le planning de la journée :',
        '',
        '– 9h30 – 10h : accueil',
        '',
        '– 10h – 10h45 : premier exposé',
        '',
      ]),
    ).toEqual([
      [10, '2024-11-21', '09:30-10:00'],
      [12, '2024-11-21', '10:00-10:45'],
    ]);
  });

  it('a folded `title: >-` whose second line names the day, over a list of hours', () => {
    expect(brief(['---', 'title: >-', '  Journée des doctorants', '  du jeudi 6 mars 2025', 'date: 2025-01-10', '---', '', '- 9h00 : accueil', '- 9h30 : ouverture', ''])).toEqual([
      [8, '2025-03-06', '09:00-'],
      [9, '2025-03-06', '09:30-'],
    ]);
  });

  it('a Hugo `+++` TOML page: its keys are no paragraphs, its title’s day dates its agenda', () => {
    expect(
      brief([
        '+++',
        'categories = ["association"]',
        '#background = ""',
        'title = "Forum des associations, samedi 5 septembre 2020"',
        'date = "2020-08-27"',
        '+++',
        '',
        '* 10h00 : ouverture des stands',
        '* 12h30 : apéritif',
        '',
      ]),
    ).toEqual([
      [8, '2020-09-05', '10:00-'],
      [9, '2020-09-05', '12:30-'],
    ]);
  });
});

describe('an event’s page filed by its tags, timed by its title or by keys of hours', () => {
  it.each([
    [
      'a Hugo post tagged `Évènements`: its `date:` is the event’s day (larchant-telethon-2024)',
      ['---', 'title: Téléthon 2024', 'date: 2024-11-30', 'tags: Évènements', '---', '', '📅 Samedi 30 novembre 2024', '', 'Rejoignez-nous pour une journée festive et solidaire !', ''],
      [[2, '2024-11-30', '']],
    ],
    [
      'categories listed under their key, one glued to an acronym (`- EvenementGPL`): the sentence that says when it `aura lieu` dates it, not the post’s `date:`',
      ['---', 'title: "Journée LVP 2024"', 'type: news', 'date: "2024-08-14T22:00:59Z"', 'categories:', '- An2024', '- EvenementGPL', '---', '', 'La journée annuelle du groupe aura lieu le jeudi 14 novembre 2024 à Paris.', ''],
      [[2, '2024-11-14', '']],
    ],
    [
      'a TOML title that writes the day and the hour (`: 23/07/2020 à 18h30`), the sentence `aura lieu demain`',
      ['+++', 'categories = ["municipalite"]', 'title = "Le conseil municipal ouvert au public : 23/07/2020 à 18h30"', 'date = "2020-07-22"', '+++', '', 'Le conseil municipal aura lieu demain jeudi 23 juillet à la salle des fêtes.', ''],
      [[3, '2020-07-23', '18:30-']],
    ],
    [
      'a Jekyll `_events` page with `event_start`/`event_end` written by hand, time zone and all',
      ['---', 'title: "Planification écologique"', 'event_start: 2026-03-19 09:50:00 +0100', 'event_end:   2026-03-19 15:00:00 +0100', 'location: "Salle 900, Paris"', '---', ''],
      [[2, '2026-03-19', '09:50-15:00']],
    ],
    [
      'an Eleventy event with its day in `date:` and its hours in `heure_debut`/`heure_fin`',
      ['---', 'layout: base-event.njk', 'title: "Bar créatif"', 'date: "2024-04-15"', 'heure_debut: "14:00"', 'heure_fin: "17:00"', 'lieu: "La Friche"', '---', '', '## À propos', '', 'Un après-midi pour créer ensemble.', ''],
      [[3, '2024-04-15', '14:00-17:00']],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it.each([
    [
      'a Pelican post tagged `meetup` that names the day in its title and two times in its prose (ludochaordic-meetup-nantes)',
      ['Title: Meetup Python à Nantes le 3 octobre', 'Date: 2017-09-11 12:00', 'Tags: python, meetup, nantes', '', 'Nous organisons un meetup à Nantes mardi 3 octobre.', '', 'RDV dès 18h30 pour débuter les talks à 19h.', ''],
    ],
    ['a post tagged with what it tells of (`tags: [conference, atelier]`) and dated the day it was written', ['---', 'title: Retour sur la conférence', 'date: 2024-05-02', 'tags: [conference, atelier]', '---', '', 'Merci à tous les participants, venez voir les photos.', '']],
  ])('stays empty: %s', (_name, lines) => {
    expect(brief(lines)).toEqual([]);
  });
});

describe('a page whose events are listed in its front matter: one session per map, on the line of its dash', () => {
  it.each([
    [
      'Grav’s `events:` with dashes alone on their line and English dates with a 12-hour clock (neutrinet-evenements-front-matter-2025)',
      ['---', "title: 'Prochaines rencontres'", 'events:', '    -', "        date: '09/15/2025 01:00 pm'", '        venue_name: Caldarium', "        title: 'Install Party'", '    -', "        date: '09/24/2025 06:30 pm'", "        title: 'Préparation des ateliers'", '---', '', '# Prochaines rencontres', ''],
      [[4, '2025-09-15', '13:00-'], [8, '2025-09-24', '18:30-']],
    ],
    [
      'an `agenda:` list of maps opening on their first key, French keys, hours in a key of their own',
      ['---', 'title: Agenda du club', 'agenda:', '  - date: 2025-10-03', '    titre: Soirée jeux', '    heure: 19h - 23h', '  - date: 2025-10-17', '    titre: Tournoi', '---', ''],
      [[4, '2025-10-03', '19:00-23:00'], [7, '2025-10-17', '']],
    ],
    [
      'TOML `[[events]]` tables with a day and a time written together',
      ['+++', 'title = "Rencontres"', '[[events]]', 'date = 2025-05-17T14:00:00', 'title = "Atelier vélo"', '[[events]]', 'date = "2025-06-21"', 'title = "Fête de la musique ANNULÉE"', '+++', ''],
      [[3, '2025-05-17', '14:00-'], [6, '2025-06-21', '']],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it('reads a cancelled map as cancelled', () => {
    const sessions = check(['+++', '[[events]]', 'date = "2025-06-21"', 'title = "Fête de la musique ANNULÉE"', '+++', ''].join('\n')).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => s.status)).toEqual(['cancelled']);
  });

  it('stays empty for lists that are no events: releases, authors', () => {
    expect(brief(['---', 'title: Notes de version', 'releases:', '  - date: 2025-03-01', '    title: v1.2', 'authors:', '  - name: Ada', '    date: 2024-01-01', '---', '', 'Les versions du logiciel.', ''])).toEqual([]);
  });
});

describe('the words an event’s page says when with', () => {
  it.each([
    [
      'a `### Quand?` heading over `**Prochaine session:** Mardi 3 Janvier - 19:00`: the session begins on the line, not on the label (lyonjs-accueil-2012-01)',
      ['## Bienvenue sur le site du groupe', '', '### Où ?', '', 'Epitech Lyon', '', '### Quand?', '', '**Prochaine session:** Mardi 3 Janvier 2012 - 19:00.', ''],
      [[9, '2012-01-03', '19:00-']],
    ],
    ['a `## Date` heading over the day and hour', ['# Atelier vélo', '', '## Date', '', 'Samedi 12 octobre 2024, 14h', '', '## Lieu', '', 'Le garage associatif.', ''], [[5, '2024-10-12', '14:00-']]],
    [
      'a walk’s page that will `vous retrouver le 23 mars 2025`, its departures `entre 9h et 15h` (amelielavie-randonnee-2025)',
      ['---', 'templateKey: blog-post', 'title: Randonnée pédestre 2025', 'date: 2025-02-23T20:00:30.242Z', '---', 'Le printemps approche, et avec lui, notre randonnée annuelle.', '', '## Départs et inscriptions', '', 'Les départs seront possibles entre 9h et 15h. Vous pouvez vous inscrire en ligne.', '', 'Nous avons hâte de vous retrouver le 23 mars 2025.', ''],
      [[3, '2025-03-23', '09:00-15:00']],
    ],
    ['a village’s page where `on se retrouve le` day, from 7 to 18', ['# Brocante du village', '', 'On se retrouve le dimanche 8 juin 2025 de 7h à 18h sur la place.', ''], [[1, '2025-06-08', '07:00-18:00']]],
  ])('%s', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it('stays empty: a post glad to have met its readers on a day, with no time', () => {
    expect(brief(['---', 'title: Retour sur la brocante', 'date: 2025-06-10', '---', '', 'Merci ! Nous étions ravis de vous retrouver le 8 juin 2025.', ''])).toEqual([]);
  });
});

describe('the weekday an event of the front matter restates in its description', () => {
  const page = (description: string) =>
    ['---', 'title: Prochaines rencontres', 'events:', '    -', "        date: '09/09/2025 06:30 pm'", "        title: 'Atelier numérique'", `        description: '${description}'`, '---', ''].join('\n');
  const alarms = (text: string) => check(text).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.rule}`);

  it('reports a weekday that is not the date’s, where the description writes it', () => {
    expect(alarms(page("Lundi 9 septembre aura lieu l''atelier au DK."))).toEqual(['7:23 weekday-mismatch']);
  });

  it('says nothing of the right weekday, nor of another day the description names', () => {
    expect(alarms(page("Mardi 9 septembre aura lieu l''atelier."))).toEqual([]);
    expect(alarms(page("Suite de l''atelier du dimanche 1er septembre."))).toEqual([]);
  });
});
