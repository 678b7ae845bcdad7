/*
 * The hours a page gives all its sessions once, in its practical information, for sessions
 * written as dated headings, items and paragraphs (tables: table-hours-around.test.ts).
 * Variants follow pages seen in public repositories: course pages whose field list says
 * `- **Quand** 8 séances, les mercredi de 9:30 à 12:30` or `- Le mercredi de 9h à 12h en
 * salle 7,03` above `### 2019-09-18 : Rappel des bases` headings (LoicGrobol), a summer
 * camp's `**Heure**` field over `9h à 16h` above its list of weeks (corsaire-chaparral),
 * a reading group's `Les séances ont lieu le **jeudi de 15h45 à 17h**.` above dated
 * paragraphs; and how other coordinators write the same (a `### Quand` section, an
 * `Horaires :` line, `tous les mercredis`). Hours given as one weekday's habit go to no session
 * when none falls on that weekday (cantaverde-chants-noel-2019: `Répétitions les mardis de 18h à
 * 19h30` over concerts on a Sunday and a Monday).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const timesOf = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','));

const headings = ['## Séances', '', '### 2025-09-24 : Outils', '', '- notebook', '', '### 2025-10-01 : Intuitions', '', '- slides', ''];

describe('hours a page gives its series once, for dated headings, items and paragraphs', () => {
  it.each([
    ['a bold `Quand` field of a list, among other fields', ['# Cours', '', '## Infos pratiques', '', '- **Quoi** Apprentissage', '- **Quand** 8 séances, les mercredi de 9:30 à 12:30, du 24/09 au ??/11', '- **Où** Salle R06', '', ...headings], '09:30-12:30'],
    ['a weekday named as a habit in a list item', ['# Cours 2025', '', '## Pratique', '', '- L. Dupont', '- Le mercredi de 9h à 12h en salle 7,03 sauf indication contraire', '', ...headings], '09:00-12:00'],
    ['a sentence that says the sessions take place', ['# Groupe de travail', '', 'Les séances ont lieu le **mercredi de 15h45 à 17h**.', '', ...headings], '15:45-17:00'],
    ['a `### Quand` section', ['# Cours', '', '### Quand', '', 'chaque mercredi de 16h à 18h', '', '### Où', '', 'salle B 315', '', ...headings], '16:00-18:00'],
    ['an `Horaires :` line, with no series word', ['# Formation', '', 'Horaires : 9h30 - 17h30', '', ...headings], '09:30-17:30'],
    ['`tous les mercredis`, a news item dated above it', ['# Club', '', '- **2025-09-20** Inscriptions ouvertes', '', 'Rendez-vous tous les mercredis de 18h30 à 20h30.', '', ...headings], '18:30-20:30'],
  ])('gives every dated heading those hours: %s', (_name, lines, hours) => {
    expect(timesOf(lines).slice(-2)).toEqual([hours, hours]);
  });

  it('gives them to dated items, from a bold field over its hours (a camp’s weeks)', () => {
    const lines = ['# Camp de jour 2019', '', '**Jour**  ', 'Lundi au vendredi', '', '**Heure**  ', '9h à 16h', '', '**Service de garde**  ', '50 $ / semaine (entre 7h et 9h et 16h et 18h)', '', '**Semaines**', '', '- Du 24 juin au 28 juin', '- Du 1 au 5 juillet', ''];
    expect(timesOf(lines)).toEqual(['09:00-16:00', '09:00-16:00']);
  });

  it('gives them to dated paragraphs of a definition list', () => {
    const lines = ['# GT 2019', '', '## Séances', '', 'Les séances ont lieu le **jeudi de 15h45 à 17h**.', '', '18 avril 2019, SG-2015', ': 5 -- *Transfert*', '', '16 mai 2019, SG-2015', ': 6 -- *Groupoïdes*', ''];
    expect(timesOf(lines)).toEqual(['15:45-17:00', '15:45-17:00']);
  });

  it.each([
    ['a deadline', ['# Cours 2025', '', 'Inscriptions avant 12h le lundi précédent.', '', ...headings]],
    ['opening hours, two ranges', ['# Association', '', '## Horaires d’ouverture', '', '- Lundi à vendredi de 17h30 à 20h', '- Samedi de 10h30 à 12h30', '', ...headings]],
    ['one day’s hours, not a habit', ['# Cours 2025', '', 'Réunion de rentrée le mercredi 17 septembre de 14h à 16h, amphi B.', '', ...headings]],
    ['a range in prose that says no series', ['# Cours 2025', '', 'Le secrétariat répond de 9h à 12h.', '', ...headings]],
    ['a series paragraph under the sessions', [...headings, '## Contact', '', 'Permanence chaque lundi de 9h à 10h.', '']],
    ['a length', ['# Cours 2025', '', 'Chaque séance dure 3h.', '', ...headings]],
  ])('gives no hours from %s', (_name, lines) => {
    expect(timesOf(lines).slice(-2)).toEqual(['', '']);
  });

  it('gives a weekday’s habit hours to none when no session falls on that weekday', () => {
    const concerts = ['# Chorale', '', 'Répétitions les mardis de 18h à 19h30 à l’école.', '', '## Prochaines dates', '', '* 15 décembre 2019 à l’église', '', '* 23 décembre 2019 à la Matinière', ''];
    expect(timesOf(concerts)).toEqual(['', '']);
    const weekdays = ['# Chorale', '', 'Répétitions les mardis de 18h à 19h30.', '', '## Prochaines dates', '', '* dimanche 15 décembre 2019 : concert', '', '* lundi 23 décembre 2019 : concert', ''];
    expect(timesOf(weekdays)).toEqual(['', '']);
  });

  it('keeps them for a session moved off the weekday when the others fall on it', () => {
    const lines = ['# Cours 2025', '', '- Le mercredi de 9h à 12h en salle 7', '', '### 2025-09-24 : Outils', '', '### 2025-10-01 : Intuitions', '', '### 2025-10-07 : Rattrapage', ''];
    expect(timesOf(lines)).toEqual(['09:00-12:00', '09:00-12:00', '09:00-12:00']);
  });

  it('keeps the hours a session writes itself, and then gives none to the others', () => {
    const lines = ['# Cours', '', 'Les séances ont lieu le mardi de 18h à 20h.', '', '## Mardi 7 octobre 2025, 14h-16h', '', 'Séance exceptionnelle', '', '## Mardi 14 octobre 2025', '', 'Cours', ''];
    expect(timesOf(lines)).toEqual(['14:00-16:00', '']);
  });
});

// The class `a cancelled meeting of a series whose hours are written once` (grobol-python-im2-2019:
// `- Le cours du 2019-12-10 est annulé faute de transports` in the news, the course's hours
// once under `## Pratique`).
describe('a cancelled meeting announced in a sentence takes the hours the page gives its series', () => {
  const news = (sentence: string) => ['# Cours 2019', '', '## Nouvelles', '', `- ${sentence}`, '', '## Pratique', '', '- Le mercredi de 9h à 12h en salle 7', '', '## Séances', '', '### 2019-12-04 : Outils', '', '### 2019-12-11 : Tests', ''];
  const cancelled = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).filter((s) => s.status === 'cancelled').map((s) => [s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
  it.each([
    ['`Le cours du … est annulé`', 'Le cours du 2019-12-18 est annulé faute de transports', '2019-12-18'],
    ['`La séance du … est annulée`', 'La séance du 18 décembre 2019 est annulée (grève)', '2019-12-18'],
  ])('%s', (_name, sentence, day) => {
    expect(cancelled(news(sentence))).toEqual([[day, '09:00-12:00']]);
  });

  it('gives no series hours to a meeting the page does not give them to (no hours written once)', () => {
    const lines = news('Le cours du 2019-12-18 est annulé faute de transports').filter((line) => !line.includes('9h à 12h'));
    expect(cancelled(lines)).toEqual([['2019-12-18', '']]);
  });
});

describe('a sentence closing a dated list with its hours (bcmb78, a badminton club\'s holiday slots)', () => {
  const list = ['# Créneaux vacances 2026', '', 'Voici les créneaux jeu libre :', '', '- Lundi 23/02 : compétiteurs', '', '- Mercredi 25/02 : adultes loisirs', ''];

  it('gives every item the hours of `Tous ces créneaux sont … de 19h à 22h` right after the list', () => {
    expect(timesOf([...list, 'Tous ces créneaux sont au gymnase Jean Maréchal de 19h à 22h.', ''])).toEqual(['19:00-22:00', '19:00-22:00']);
  });

  it('takes no hours from a closing sentence that speaks of one moment, nor from one under the next heading', () => {
    expect(timesOf([...list, 'Le pot de fin aura lieu au gymnase de 19h à 22h le 6 mars.', ''])).toEqual(['', '']);
    expect(timesOf([...list, '## Le club', '', 'Tous ces créneaux sont au gymnase de 19h à 22h.', ''])).toEqual(['', '']);
  });
});

// bonpasteur-permanences-entraide-2025: `proposée un mardi sur deux de 14 h à 16 h`, then
// the year's Tuesdays by quarter (`1er trimestre 14 et 28 janvier ; 11 et 25 février`).
describe('a habit of fewer weeks than every one', () => {
  const page = (sentence: string) => ['# Accueil et entraide', '', sentence, '', '**Permanences 2025**', '', '1er trimestre 14 et 28 janvier ; 11 et 25 février', '', '2e trimestre 8 et 22 avril ; 6 et 20 mai', ''];
  it.each([
    ['un mardi sur deux', 'Une aide est proposée un mardi sur deux de 14 h à 16 h aux personnes inscrites.'],
    ['le premier mardi', 'Nous nous retrouvons le premier mardi du mois de 14h à 16h.'],
    ['un mardi par mois', 'Une permanence est tenue un mardi par mois de 14h à 16h.'],
  ])('gives its hours to the dated sessions (%s)', (_name, sentence) => {
    expect(timesOf(page(sentence))).toEqual(['14:00-16:00', '14:00-16:00']);
  });
});
