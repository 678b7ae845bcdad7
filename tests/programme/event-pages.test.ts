/*
 * A page whose one session is the page itself: an event's post that names its day once
 * (its metadata, its title, the sentence that invites to it) and tells its time at most
 * once. Variants written for the class (Jekyll, Hugo, MkDocs and Pelican pages of meetups,
 * LUGs and associations, as they write them), beside the real documents that showed it
 * (pygre-*, dakarlug-*); dated blog posts and news items that must stay empty among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], committed?: { year: number; month: number; day: number }) =>
  check(lines.join('\n'), committed ? { committed } : {}).programme.sessions.map(sessionToJson);
const brief = (lines: string[]) => read(lines).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('an event’s page is one session, on the day it names, at the time it tells', () => {
  it.each([
    [
      'a Jekyll `layout: event` whose `date:` gives the day and the hour, no hour in the text a reader can take alone',
      ['---', 'layout: event', 'title: "Apéro Rust - les macros sans peur"', 'date: 2026-04-15 19:00', '---', '', '📅 **Mercredi 15 avril 2026**', '📍 **La Cantine, 3 rue Neuve**', '', 'Venez nombreux, l’apéro est offert.', ''],
      [[3, '2026-04-15', '19:00-']],
    ],
    [
      'an MkDocs `template: event.html` with its `date:` and no hour at all: all day, on the title’s line',
      ['---', 'template: event.html', 'title: "Soirée quiz"', 'date: 2025-03-18', 'category: talk', '---', '', '## Inscription', '', 'Sur la page du groupe.', '', '## Résumé', '', 'Un quiz sur la bibliothèque standard, par équipes.', ''],
      [[3, '2025-03-18', '']],
    ],
    [
      'a `location:` key and an hour in a sentence (`on se retrouve à **18h30**`)',
      ['---', 'title: "Pique-nique de juin"', 'date: 2024-06-20', 'location: parc de la Tête d’Or', '---', '', 'Cette fois on se retrouve à **18h30** sur la pelouse, apportez de quoi partager.', ''],
      [[2, '2024-06-20', '18:30-']],
    ],
    [
      'Pelican metadata with no fence, the day in the title, the hours in a sentence (`entre 14h et 18h`)',
      ['Title: Install party du samedi 16 novembre 2019', 'Date: 2019-10-16', 'Author: bureau', '', 'Le club vous invite à sa deuxième install party.', '', 'Elle se tiendra en salle 204, entre 14h et 18h. Apportez votre machine !', ''],
      [[1, '2019-11-16', '14:00-18:00']],
    ],
    [
      'a `lead:` that names the day without its year, a `Quand ?` item that gives year and hours',
      ['date: 2012-08-28', 'slug: 2012-08-28-fete-du-libre', 'lead: Fête du libre : rendez-vous le 15 septembre à la MJC !', 'title: Fête du libre : rendez-vous le 15 septembre à la MJC !', '', 'Découvrez les logiciels libres.', '', '*   Où ? À la MJC du centre', '*   Quand ? Le 15 septembre 2012, de 10h à 18h', '*   Entrée libre', ''],
      [[3, '2012-09-15', '10:00-18:00']],
    ],
    [
      'an `event_date:` beside the post’s own `date:`, the hour after `à partir de`',
      ['---', 'layout: post', 'event_date: "2023-01-16"', 'date: "2023-01-09"', 'title: "Dojo de programmation"', '---', '', 'Nous vous accueillerons à partir de 19h à la Plage.', ''],
      [[5, '2023-01-16', '19:00-']],
    ],
    [
      'no metadata: a heading, and the sentence that says when it `aura lieu`',
      ['## Rencontre annuelle 2019', '', 'La rencontre annuelle de la communauté aura lieu le 31/8 de 16h à 23h dans les locaux de l’hébergeur.', '', 'Merci de vous inscrire sur la page de l’événement.', ''],
      [[1, '2019-08-31', '16:00-23:00']],
    ],
    [
      'a `**Quand** :` line that gives the day and the hour under the page’s title',
      ['# Apéro de l’été', '', '**Quand** : jeudi 29 juin 2023 à 19h', '', '**Où** : au bar du port', '', 'Tout le monde est bienvenu.', ''],
      [[1, '2023-06-29', '19:00-']],
    ],
    [
      'Pelican metadata underlined by `---` (a setext heading), the day in the title, the year from `Date:`',
      ['Title: Soirée Python à Rennes le 12 octobre', 'Date: 2018-09-20 10:00', 'Tags: python, meetup', '---', '', 'Nous organisons une soirée à Rennes à partir de 19h ; inscription sur la page du groupe.', ''],
      [[1, '2018-10-12', '19:00-']],
    ],
    [
      'a practical line of its own that gives the hours (`🕖 18h30 -- 21h00`), other times in the sentences',
      ['---', 'layout: event', 'title: "Atelier Git"', 'date: 2026-02-12', '---', '', '**📅 Jeudi 12 février 2026** **📍 Médiathèque**<br>', '**🕖 18h30 -- 21h00** (pot à la fin)<br>', '', 'L’an dernier nous avions fini à 23h, cette fois la salle ferme à 21h15.', ''],
      [[3, '2026-02-12', '18:30-21:00']],
    ],
    // The hours of a time key, then a remark (pauavelo-ag-2020 `horaire: 20h, salle ouverte dès 19h30`).
    [
      'a `horaire:` key whose hours are followed by a remark, other times in the sentences',
      ['---', 'title: "Assemblée Générale 2020"', 'date: 2021-02-03', 'lieu: "En visioconférence"', 'horaire: 20h, salle ouverte dès 19h30', '---', '', 'Le conseil vous convie à l’AG, le mercredi 3 février 2021 à 20h00.', '', '1. Ouverture de la salle à 19h30', '2. Rapport moral', ''],
      [[2, '2021-02-03', '20:00-']],
    ],
    [
      'a `heure:` key with a range then a remark',
      ['---', 'layout: event', 'title: "Atelier vélo"', 'date: 2025-05-17', 'heure: "14h-17h (accueil dès 13h30)"', '---', '', 'Venez avec votre vélo. Café à 13h30, fin vers 17h.', ''],
      [[3, '2025-05-17', '14:00-17:00']],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(brief(lines)).toEqual(expected);
  });

  it('the day the post was written does not date a page the words of which invite but that is not filed as an event', () => {
    const lines = ['---', 'layout: post', 'title: "Nouvelles du club"', 'date: 2024-05-02', '---', '', 'Prochain rendez-vous : à la rentrée, on vous tiendra au courant !', ''];
    expect(read(lines)).toEqual([]);
  });
});

describe('dated blog posts and news items stay empty', () => {
  it.each([
    [
      'Pelican metadata, a sponsor’s news item with no day of its own',
      ['Title: Un nouveau sponsor pour le festival', 'Date: 10/02/14 12:04:54', '', 'La société soutient de nouveau le festival cette année.', '', 'Vous retrouverez ses développeurs sur leur stand tout au long du week-end.', ''],
    ],
    [
      'a post with a timestamp `date:` telling of an event that took place',
      ['---', 'title: "Faire vivre une communauté"', 'date: "2024-07-30 09:30:00"', '---', '', 'La conférence s’est tenue les 11 et 12 juin derniers à Lille, ma ville natale.', '', 'J’y ai donné un talk à 14h devant une salle pleine.', ''],
    ],
    [
      'a recap whose title names the day, its words telling what happened',
      ['---', 'title: "Retour sur l’install party du 16 novembre"', 'date: 2019-11-20', '---', '', 'Merci aux vingt personnes qui sont passées : douze machines ont été installées entre 14h et 18h.', ''],
    ],
    [
      'an event key an editor’s form filled in with the moment the page was published',
      ['---', 'layout: blog', 'title: Horaires d’ouverture', 'eventDate: 2021-09-20T11:32:30.187Z', 'publishDate: 2021-09-20T11:32:30.290Z', '---', '', '## Ouvert du mardi au vendredi : 14h-17h30', '', 'Venez fabriquer avec nous.', ''],
    ],
    [
      'a regular activity (`tous les jeudis de 17h30 à 21h`) on a page filed as an event',
      ['---', 'layout: event', 'title: Reprise de l’atelier ouvert', 'date: 2021-10-08', '---', '', 'Tous les jeudis de 17h30 à 21h, l’atelier est ouvert.', ''],
    ],
    [
      'a post not filed as an event that names a day and tells two times: no one time to come at',
      ['Title: Meetup à Nantes le 3 octobre', 'Date: 2017-09-11 12:00', 'Tags: python, meetup', '---', '', 'Nous organisons un meetup mardi 3 octobre. RDV dès 18h30 pour débuter les talks à 19h.', '', 'Il faut s’inscrire sur la page du groupe.', ''],
    ],
    [
      'news of an event elsewhere: a day, an inviting word, no time',
      ['---', 'title: "Le salon aura lieu le 1er février 2025"', 'date: 2025-01-10', '---', '', 'Le salon du libre revient ; inscription des exposants ouverte.', ''],
    ],
    [
      'two different days announced: no one day for the page',
      ['# Ateliers de printemps', '', 'Le premier atelier aura lieu le 3 mars 2025, le second aura lieu le 10 mars 2025.', '', 'Inscription obligatoire.', ''],
    ],
  ])('%s', (_name, lines) => {
    expect(read(lines)).toEqual([]);
  });
});

// clubedochoro-concert-ixelles-2025 (set 66): a club's page of its concerts, the next one's
// practical details in bold fields, its time after its day and the doors' before it.
describe('a page titled by its kind of events in the plural', () => {
  const page = (title: string) => [
    '---', 'layout: page', `title: ${title}`, '---', 'Les professeurs du Clube jouent parfois ensemble.', '', '## Prochains concerts :', '',
    'Un concert de musique brésilienne vous attend.', '', '_**Infos pratiques :**_', '',
    '**Date** : Dimanche 26 octobre à 19h (accueil dès 18h30)\\\\', '**Lieu** : L’Atelier, 1050 Ixelles\\\\', '', 'Les places étant limitées, pensez à vous inscrire.', '',
  ];

  it('is an event’s page: the day of its `Date :` field, at the time written right after the day', () => {
    expect(read(page('Concerts'), { year: 2025, month: 10, day: 22 }).map((s) => [s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')])).toEqual([['2025-10-26', '19:00-']]);
  });

  it('a time after the day that is another moment, or a sentence naming several days, is no one event’s time (review)', () => {
    const committed = { year: 2025, month: 10, day: 22 };
    const times = (lines: string[]) => read(lines, committed).map((s) => [s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
    const doors = page('Concerts').map((line) => line.replace('à 19h (accueil dès 18h30)', 'à 18h30 (ouverture des portes), concert à 20h'));
    expect(times(doors)).not.toContainEqual(['2025-10-26', '18:30-']);
    const series = ['---', 'title: Permanences', '---', 'Nos permanences ont lieu au local. Rendez-vous le mardi 4 novembre de 17h à 19h, puis le mardi 18 novembre de 17h à 19h.', ''];
    expect(times(series)).toEqual([['2025-11-04', '17:00-19:00'], ['2025-11-18', '17:00-19:00']]);
  });

  it('a blog post filed under a kind of events in the plural (`categories: reunions`) is no event for that (review)', () => {
    expect(read(['---', 'title: Bilan du bureau', 'categories: reunions', 'date: 2025-06-30', '---', 'Le bureau s’est réuni à 20h devant 30 membres.', ''], { year: 2025, month: 7, day: 1 })).toEqual([]);
  });

  it('a page titled by no kind of event, not filed as one, gives nothing', () => {
    expect(read(page('Le club'), { year: 2025, month: 10, day: 22 })).toEqual([]);
  });
});

describe('the README’s example of an event’s page', () => {
  it('is one session on the title’s line, on the day of `date:`, at the hour its sentence tells', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    // The block sits in a list item: two spaces before each line.
    const block = / {2}```markdown\n( {2}---\n {2}template: event\.html[\s\S]*?) {2}```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(brief(block!.split('\n').map((line) => line.slice(2)))).toEqual([[3, '2023-07-20', '18:00-']]);
  });
});
