/*
 * Forms read once held-out set 140 was measured unseen (tests/fixtures/real/INDEX.md), each
 * checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

// datactivist-intror-odf-formation-2016: an R Markdown training page dated by its days in words.
describe('a front matter date that writes several days in words', () => {
  const page = (date: string) => ['---', 'title: "Introduction aux outils d’analyse de données et à R"', `date: ${date}`, 'output: html_document', '---', '', '# Objectifs', '', 'Découvrir R et RStudio.', ''];

  it('is the days of the page’s event', () => {
    expect(briefSessions(page('"17 au 19 octobre 2016"'), 2016, 10)).toEqual(['2 2016-10-17 2016-10-18 2016-10-19']);
    expect(briefSessions(page('4 et 5 mars 2017'), 2017, 2)).toEqual(['2 2017-03-04 2017-03-05']);
  });

  it('is no event on a page filed as a post, a letter or a journal: the days it was written over or covers', () => {
    const post = ['---', 'title: Vacances en Bretagne', 'layout: post', 'date: du 12 au 18 août 2023', '---', '', 'Une belle semaine.', ''];
    expect(briefSessions(post, 2023, 8)).toEqual([]);
    const letter = ['---', 'title: Lettre d’information n°12 et 13', 'date: 1er et 15 mars 2024', '---', '', 'Les nouvelles du mois.', ''];
    expect(briefSessions(letter, 2024, 3)).toEqual([]);
    const tagged = ['---', 'title: Carnet de route', 'tags: [voyage]', 'date: "3 - 5 janvier 2019"', '---', '', 'Trois jours de marche.', ''];
    expect(briefSessions(tagged, 2019, 1)).toEqual([]);
  });

  it('is no event when it is one day, stamped as a page is published, or writes no year', () => {
    expect(briefSessions(page('2016-10-17'), 2016, 10)).toEqual([]);
    expect(briefSessions(page('"17 octobre 2016"'), 2016, 10)).toEqual([]);
    expect(briefSessions(page('"17 au 19 octobre"'), 2016, 10)).toEqual([]);
  });
});

// fungiquebec-cours-initiation-microscopie-2019: a course's run of days that counts its Saturdays.
describe('a run of days whose line counts the weekdays it is held on', () => {
  const list = (line: string) => ['# Cours d’initiation', '', '#### Dates et heures', '', `* ${line}`, '* Heure : de 9:00 à 12:00', ''];

  it('keeps only those weekdays when the count fits the run', () => {
    expect(briefSessions(list('Durée du cours : du 2 novembre 2019 au 23 novembre 2019 (4 samedis = 12 heures)'), 2019, 7)).toEqual([
      '5 2019-11-02..2019-11-23 (4) 09:00-12:00',
    ]);
  });

  it('keeps the run when the line tells an exception, a part, or days besides the count', () => {
    const item = (line: string) => ['# Agenda', '', `- ${line}`, ''];
    expect(briefSessions(item('du 1er septembre 2025 au 14 septembre 2025, sauf les 2 dimanches : accueil des enfants'), 2025, 8)).toEqual(['3 2025-09-01..2025-09-14 (14)']);
    expect(briefSessions(item('du 3 mars 2025 au 15 mars 2025 (11 jours dont 2 samedis) : formation'), 2025, 2)).toEqual(['3 2025-03-03..2025-03-15 (13)']);
    expect(briefSessions(item('du 29 novembre 2024 au 22 décembre 2024 : ouvert tous les jours, animations les 4 dimanches'), 2024, 11)).toEqual(['3 2024-11-29..2024-12-22 (24)']);
    expect(briefSessions(item('du 2 novembre 2019 au 23 novembre 2019 (4 samedis = 12 heures, et 3 dimanches en option) : atelier'), 2019, 7)).toEqual(['3 2019-11-02..2019-11-23 (22)']);
  });

  it('keeps the run when the count does not fit it, or names no weekday', () => {
    expect(briefSessions(list('Durée du cours : du 2 novembre 2019 au 23 novembre 2019 (3 samedis = 9 heures)'), 2019, 7)).toEqual(['5 2019-11-02..2019-11-23 (22) 09:00-12:00']);
    expect(briefSessions(list('Durée du cours : du 2 novembre 2019 au 23 novembre 2019 (4 séances = 12 heures)'), 2019, 7)).toEqual(['5 2019-11-02..2019-11-23 (22) 09:00-12:00']);
  });
});

// zecloud-azure-camp-22-novembre-2010: a meetup's last slot opened by `Après`.
describe('a timed line that opens with `Après` and its time', () => {
  const page = (last: string) => ['---', 'title: ZeCloud - Prochain Azure Camp le 22 novembre', 'date: 2010-11-05', 'categories: [ "Meetup" ]', '---', '', 'Le planning est donc le suivant :', '', '15h : Conférence d’introduction', '', '16h à 18h : Coding Party', '', last, ''];

  it('is a slot from that time, as `À partir de 18h :` is', () => {
    expect(briefSessions(page('Après 18h: échanges autour de boissons fraîches.'), 2010, 11)).toEqual(['9 2010-11-22 15:00-', '11 2010-11-22 16:00-18:00', '13 2010-11-22 18:00-']);
  });

  it('is no slot when a length follows `Après`, nor a sentence after a comma', () => {
    const before = ['9 2010-11-22 15:00-', '11 2010-11-22 16:00-18:00'];
    expect(briefSessions(page('Après 2h de code, démonstration des applications.'), 2010, 11)).toEqual(before);
    expect(briefSessions(page('Après 4h : démonstration des applications.'), 2010, 11)).toEqual(before);
    expect(briefSessions(page('Après 19h, la salle ferme.'), 2010, 11)).toEqual(before);
  });

  it('leaves a dated heading over a story that tells how long it took', () => {
    expect(briefSessions(['# Sortie du 5 avril 2025', '', 'Après 2h de route, nous arrivons au lac.', ''], 2025, 4)).toEqual(['1 2025-04-05']);
  });
});
