import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

// Each session as [line, days, times as `start-end`, status].
const read = (text: string) =>
  check(text).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.status]);

describe('a day named on a line of its own that is no heading, then its timed lines', () => {
  it.each([
    ['a bold line', '**Mardi 17 mars 2026**', '**Mercredi 18 mars 2026**'],
    ['a bold line closed by a colon inside the bold', '**Mardi 17 mars 2026 :**', '**Mercredi 18 mars 2026 :**'],
    ['an italic line', '_Mardi 17 mars 2026_', '_Mercredi 18 mars 2026_'],
    ['a plain line closed by a colon', 'Mardi 17 mars 2026 :', 'Mercredi 18 mars 2026 :'],
    ['a plain line with its article', 'Le 17 mars 2026 :', 'Le 18 mars 2026 :'],
    ['a calendar mark before the day', '📅 Mardi 17 mars 2026', '🗓️ Mercredi 18 mars 2026'],
    ['numbers, then timed lines right below', 'Mardi 17/03/2026', 'Mercredi 18/03/2026'],
  ])('reads %s as the day of the timed items below it', (_, first, second) => {
    const text = `# Programme\n\n${first}\n\n- 9h-12h : atelier cartographie\n- 14h-17h : visite\n\n${second}\n\n- 10h : conférence\n`;
    expect(read(text)).toEqual([
      [5, ['2026-03-17'], ['09:00-12:00'], 'confirmed'],
      [6, ['2026-03-17'], ['14:00-17:00'], 'confirmed'],
      [10, ['2026-03-18'], ['10:00-'], 'confirmed'],
    ]);
  });

  it('reads a day line that names the day before its date (`Jour 1 - Jeudi 12 juin :`, `JOURNÉE 2 — VENDREDI 13 JUIN`), a list item over its one timed sub-item (one session at the item, the ruling for a day over one timed line), and a day’s own hours', () => {
    const text = [
      '# Rencontres 2025',
      '',
      'Jour 1 - Jeudi 12 juin :',
      '',
      '- 9h30 : accueil',
      '',
      'JOURNÉE 2 — VENDREDI 13 JUIN 2025',
      '',
      '- 9h - 12h : ateliers',
      '',
      '- Samedi 14 juin :',
      '  - 10h : balade',
      '',
      '**Dimanche 15 juin, de 14h à 18h**',
      '',
      'Fête de clôture.',
      '',
      'Ordre du jour - 16 juin :',
      '',
      '- bilan de la saison',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [5, ['2025-06-12'], ['09:30-'], 'confirmed'],
      [9, ['2025-06-13'], ['09:00-12:00'], 'confirmed'],
      [11, ['2025-06-14'], ['10:00-'], 'confirmed'],
      [14, ['2025-06-15'], ['14:00-18:00'], 'confirmed'],
    ]);
  });

  it('reads timed paragraphs and a table of slots under a day line, as under a dated heading', () => {
    const text = [
      '# Journées 2025',
      '',
      'Jeudi 12 juin 2025 :',
      '',
      '9h30 - 10h : accueil',
      '',
      '10h - 12h : table ronde',
      '',
      'Vendredi 13 juin 2025 :',
      '',
      '| Horaire | Activité |',
      '| --- | --- |',
      '| 9h - 12h | Ateliers |',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [5, ['2025-06-12'], ['09:30-10:00'], 'confirmed'],
      [7, ['2025-06-12'], ['10:00-12:00'], 'confirmed'],
      [13, ['2025-06-13'], ['09:00-12:00'], 'confirmed'],
    ]);
  });

  it.each([
    ['in bold', '**Lundi 10**', '**Mardi 11**'],
    ['underlined', '__Lundi 10__', '__Mardi 11__'],
    ['in bold with a colon', '**Lundi 10 :**', '**Mardi 11 :**'],
  ])('gives a weekday and number written %s the month and year of the month heading above', (_, first, second) => {
    const text = `# Calendrier\n\n## Mars 2025\n\n${first}\n\n- 9h-12h : cours\n\n${second}\n\n- 14h-16h : TD\n`;
    expect(read(text)).toEqual([
      [7, ['2025-03-10'], ['09:00-12:00'], 'confirmed'],
      [11, ['2025-03-11'], ['14:00-16:00'], 'confirmed'],
    ]);
  });

  it('reads bold days with their title on the line under period headings, one session each, a badge cancelling one', () => {
    const text = [
      '## Calendrier',
      '',
      '### Du samedi 15 septembre 2018 au jeudi 20 décembre 2018',
      '',
      '**Dimanche 7 octobre** : [Le Cross des couleurs](https://example.org/cross), course du 2 km.',
      '',
      '**Samedi 20 octobre 2018** – gala annuel (18h-23h)',
      '',
      '### Du samedi 19 janvier au 31 juillet 2019',
      '',
      '<span class="badge badge-danger">annulation</span> **Samedi 19 janvier 2019** (plateaux non disponibles).',
      '',
      '**16 et 17 février**: championnat provincial à Sherbrooke.',
      '',
    ].join('\n');
    const sessions = check(text).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end}`), s.status])).toEqual([
      [5, ['2018-10-07'], [], 'confirmed'],
      [7, ['2018-10-20'], ['18:00-23:00'], 'confirmed'],
      [11, ['2019-01-19'], [], 'cancelled'],
      [13, ['2019-02-16', '2019-02-17'], [], 'confirmed'],
    ]);
    // The title is what a reader reads: the link's text, not its address.
    expect(sessions[0]!.title).toBe('Le Cross des couleurs, course du 2 km.');
  });

  it('reads a day line and its timed items inside an admonition box', () => {
    const text = '# Programme\n\n!!! info "Programme"\n    **Jeudi 12 juin 2025**\n\n    - 9h30 - 10h : accueil\n    - 10h - 12h : table ronde\n';
    expect(read(text)).toEqual([
      [6, ['2025-06-12'], ['09:30-10:00'], 'confirmed'],
      [7, ['2025-06-12'], ['10:00-12:00'], 'confirmed'],
    ]);
  });

  it('reads the days of `<details>` blocks that show the programme: open, or whose summary names a day or the programme', () => {
    const text = [
      '# Programme des journées',
      '',
      '<details open>',
      '<summary>Jeudi 12 juin 2025</summary>',
      '',
      '- 9h30 - 10h : accueil',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Vendredi 13 juin 2025</summary>',
      '',
      '- 9h - 12h : ateliers',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Programme du samedi</summary>',
      '',
      '**Samedi 14 juin 2025**',
      '',
      '- 10h : balade',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Biographie</summary>',
      '',
      'Née le 3 mars 1980, elle nous rejoint en 2024.',
      '',
      '- 9h : première conférence',
      '',
      '</details>',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [6, ['2025-06-12'], ['09:30-10:00'], 'confirmed'],
      [13, ['2025-06-13'], ['09:00-12:00'], 'confirmed'],
      [22, ['2025-06-14'], ['10:00-'], 'confirmed'],
    ]);
  });

  it.each([
    ['archives', '<details open>\n<summary>Archives 2024</summary>'],
    ['past editions', '<details>\n<summary>Éditions passées : jeudi 13 juin 2024</summary>'],
    ['no summary', '<details>'],
  ])('keeps a `<details>` folding %s hidden', (_, opening) => {
    const text = `# Programme\n\n${opening}\n\n**Jeudi 13 juin 2024**\n\n- 9h30 - 10h : accueil\n\n</details>\n`;
    expect(read(text)).toEqual([]);
  });

  it('reads a bold day line with no timed line below as one all-day session, or with the hours it writes', () => {
    const text = '# Sorties 2024\n\n**Samedi 12 octobre 2024**\n\nSortie en forêt.\n\n**Dimanche 20 octobre 2024, 9h-17h**\n\nCompétition régionale.\n';
    expect(read(text)).toEqual([
      [3, ['2024-10-12'], [], 'confirmed'],
      [7, ['2024-10-20'], ['09:00-17:00'], 'confirmed'],
    ]);
  });

  it('finds no day in prose, an article’s news, a post’s date, a deadline, a folded archive or a comment', () => {
    const text = [
      '# Nouvelles du club',
      '',
      '**12 mars 2020** : le site ouvre ses portes, venez le découvrir.',
      '',
      'La réunion du 12 mars a permis de faire le point. Nous nous reverrons le jeudi 12 juin à 18h.',
      '',
      'Jeudi 12 juin 2025',
      '',
      'La réunion s’est bien passée, merci à tous.',
      '',
      '📅 Samedi 30 novembre 2024',
      '',
      'Rejoignez-nous pour une journée festive.',
      '',
      'Les dossiers sont à rendre avant le **vendredi 4 avril** : pensez-y.',
      '',
      '<details>',
      '<summary>Archives</summary>',
      '',
      '**Mardi 17 mars 2024**',
      '',
      '- 9h-12h : atelier',
      '',
      '</details>',
      '',
      '<!--',
      'Mardi 17 mars 2025 :',
      '',
      '- 9h-12h : atelier',
      '-->',
      '',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });
});

describe('a day line over one activity written on the lines below it', () => {
  it('reads a bold day line with one timed line in its paragraph as one session at the day line, and one over several timed lines as their day', () => {
    const text = [
      '## Activités novembre 2018',
      '',
      '**Lundi 5 novembre**  ',
      "17h : _Byzance, 1000 ans d'art et d'histoire_  ",
      'par **_Marie Dupont_**  ',
      'Auditorium du musée des Beaux-Arts',
      '',
      '**Jeudi 8 novembre**  ',
      '14h30 et 16h : _Une heure au musée_  ',
      'Musée de la Céramique',
      '',
      '**Samedi 10 novembre**  ',
      '9h : accueil  ',
      '10h - 12h : visite guidée',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, ['2018-11-05'], ['17:00-'], 'confirmed'],
      [8, ['2018-11-08'], ['14:30-', '16:00-'], 'confirmed'],
      [13, ['2018-11-10'], ['09:00-'], 'confirmed'],
      [14, ['2018-11-10'], ['10:00-12:00'], 'confirmed'],
    ]);
  });

  it('reads a line of zero-width spaces as the empty line a reader sees, so the day line below opens its own block', () => {
    const text = ['## Activités décembre 2019', '', '\u200b', '\u200b', '**Vendredi 6 décembre**', '14h30 : _Vendredis de la Métropole_  ', 'Auditorium', ''].join('\n');
    expect(read(text)).toEqual([[5, ['2019-12-06'], ['14:30-'], 'confirmed']]);
  });
});

describe('a day line set between marks, over items some of which are not settled', () => {
  it('reads `🔥 **Samedi 4 juillet 2026** 🔥` as the day of the timed items below it, and a slot closed by `(à confirmer)` or `- à confirmer` as tentative', () => {
    const text = [
      '**Vendredi 3 juillet 2026**',
      '- arrivée des premiers',
      '',
      '🔥 **Samedi 4 juillet 2026** 🔥',
      '- midi : repas partagé',
      '- 19h - **chorale** (à confirmer)',
      '- 20h - **foodtruck**',
      '- 22h30  - **concert** - à confirmer',
      '',
      '🔥 **Dimanche 5 juillet 2026**🔥 ',
      '- 17h - **théâtre** (lieu à confirmer)',
      '- 21h - **concert**',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [1, ['2026-07-03'], [], 'confirmed'],
      [6, ['2026-07-04'], ['19:00-'], 'tentative'],
      [7, ['2026-07-04'], ['20:00-'], 'confirmed'],
      [8, ['2026-07-04'], ['22:30-'], 'tentative'],
      [11, ['2026-07-05'], ['17:00-'], 'confirmed'],
      [12, ['2026-07-05'], ['21:00-'], 'confirmed'],
    ]);
  });
});

describe('a day line written in HTML bold', () => {
  it('reads `<b>Mercredi 19 juin à 13h</b> : title` under a news heading as `**Mercredi 19 juin à 13h** : title` is read', () => {
    const page = [
      '<div class="content">',
      '<h2>17 juin 2013 : Premières demi-finales</h2>',
      '<p>Dans le tournoi, l\'équipe 15 a été battue par l\'équipe 8 sur le score de 13-2.</p>',
      '',
      '<p><b><font color="red">Mercredi 19 juin à 13h</font></b> : <b>l\'équipe 7</b> rencontre',
      '<b>l\'équipe 10</b> [TOURNOI].</p>',
      '',
      '<p><strong>Lundi 17 juin à 13h</strong> : l\'équipe 15 rencontre l\'équipe 8 [TOURNOI].</p>',
      '</div>',
      '',
    ].join('\n');
    expect(read(page)).toEqual([
      [5, ['2013-06-19'], ['13:00-'], 'confirmed'],
      [8, ['2013-06-17'], ['13:00-'], 'confirmed'],
    ]);
  });
});

describe('a bold day line that gives its hour after a full stop or a dot, and its room in brackets', () => {
  it.each([
    ['a full stop and a room', '**Jeudi 18 novembre 2021. 14h (grand amphi)** : Données Hi-C', '**Mercredi 6 mai 2021. 10h30** : Stem cells'],
    ['a middle dot', '**Jeudi 18 novembre 2021 · 14h** : Données Hi-C', '**Mercredi 6 mai 2021 · 10h30 (salle 12)** : Stem cells'],
    ['a bullet', '**Jeudi 18 novembre 2021 • 14h (en ligne)** : Données Hi-C', '**Mercredi 6 mai 2021 • 10h30** : Stem cells'],
    ['a comma and a room', '**Jeudi 18 novembre 2021, 14h (amphi B)** : Données Hi-C', '**Mercredi 6 mai 2021, 10h30** : Stem cells'],
    ['a room after the hour and a comma or a dash', '**Jeudi 18 novembre 2021, 14h, amphi B** : Données Hi-C', '**Mercredi 6 mai 2021 à 10h30 - salle 12** : Stem cells'],
    ['the hour after the bold date', '**Jeudi 18 novembre 2021**. 14h : Données Hi-C', '**Mercredi 6 mai 2021** - 10h30 : Stem cells'],
  ])('reads %s as the start of each seminar of an archive, speakers below aside', (_, first, second) => {
    const text = `# Exposés\n\n${first}\n- Anne Dupont (INRA)\n- Paul Martin (CNRS)\n\nLes abstracts dans le [pdf](a.pdf)\n\n${second}\n- Jeanne Roux (IPS2)\n`;
    expect(read(text)).toEqual([
      [3, ['2021-11-18'], ['14:00-'], 'confirmed'],
      [9, ['2021-05-06'], ['10:30-'], 'confirmed'],
    ]);
  });

  it('keeps a room in brackets after a bold date alone as the day line of the timed items below', () => {
    const text = '# Programme\n\n**Samedi 12 mars 2022 (salle des fêtes)**\n\n- 14h : loto\n- 18h : repas\n';
    expect(read(text)).toEqual([
      [5, ['2022-03-12'], ['14:00-'], 'confirmed'],
      [6, ['2022-03-12'], ['18:00-'], 'confirmed'],
    ]);
  });

  it('reads no hour after a full stop that ends the sentence, nor a bold date and its sentence in an article', () => {
    const text = '# Nouvelles\n\n**Lundi 3 mars 2025 (mairie)** : le conseil a voté le budget.\n\nLe reste de l’article.\n';
    expect(read(text)).toEqual([]);
  });
});

describe('a plain-text log: a weekday and its date alone on a line over its notes (jacqurap/Renju, Compte-Rendu.txt)', () => {
  const log = ['\uFEFF\tProjet Renju', '', '-- Jeudi 12 Mai', '', '- IA : réflexion sur les méthodes', '- Jeu : règles du Renju', '', '-- Vendredi 13 Mai ', '', '- IA : classes principales', ''].join('\n');

  it('reads each day line as that day, on its line, the file opening with a byte-order mark', () => {
    const report = check(log, { language: 'fr', committed: { year: 2016, month: 6, day: 2 } });
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' ')])).toEqual([
      [3, '2016-05-12'],
      [8, '2016-05-13'],
    ]);
  });

  it('reads no day from one such line alone: a post may open with its date', () => {
    const post = ['# Compte rendu', '', 'Jeudi 12 mai 2016', '', '- présents : Anne, Paul', '- excusé : Marc', ''].join('\n');
    expect(check(post, { language: 'fr' }).programme.sessions).toEqual([]);
  });
});
