/*
 * Near forms a review found read wrong by the first readings of sets 103 and 104, each
 * read now as a careful reader does; each test fails on that first reading.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

describe('an event named with a recording word is still an event', () => {
  it('keeps a club’s evenings named with `photos`, `diaporama`, `enregistrement`, `podcast`, with their time', () => {
    expect(brief(['# Club photo – programme 2024', '', '* Projection photos du mardi 16 avril 2024 à 20h30', '* Concours photos du samedi 25 mai 2024, à 14h', ''], 2024, 1)).toEqual(['3 2024-04-16 20:30-', '4 2024-05-25 14:00-']);
    expect(brief(['# Club', '', '- Diaporama du vendredi 8 mars 2024 à 20h30 : le voyage au Népal', '- Enregistrement du samedi 13 avril 2024 de 10h à 18h au studio', '- Podcast du lundi 11 mars 2024 à 19h : enregistrement public', ''], 2024, 1)).toEqual(['3 2024-03-08 20:30-', '4 2024-04-13 10:00-18:00', '5 2024-03-11 19:00-']);
  });

  it('keeps a heading so named, its time below', () => {
    expect(brief(['# Club', '', '## Diaporama du vendredi 8 mars 2024', '', 'À 20h30, salle des fêtes.', ''], 2024, 1)).toEqual(['3 2024-03-08 20:30-']);
  });
});

describe('the hours that close a series', () => {
  it('are the series’ when its closing sentence sits under its own list, a later section aside', () => {
    const page = ['# Atelier couture – 2024-2025', '## Dates des ateliers', '- samedi 12 octobre 2024', '- samedi 9 novembre 2024', '- samedi 14 décembre 2024', '', 'Les ateliers ont lieu de 14h à 17h à la salle des associations.', '', '## À noter', '- Assemblée générale : vendredi 27 juin 2025', ''];
    expect(brief(page, 2024, 9).slice(0, 3)).toEqual(['3 2024-10-12 14:00-17:00', '4 2024-11-09 14:00-17:00', '5 2024-12-14 14:00-17:00']);
  });

  it('are not another activity’s weekly time on another weekday', () => {
    expect(brief(['# Échecs – saison 2024-2025', '## Tournois', '- dimanche 13 octobre 2024', '- dimanche 10 novembre 2024', '', '### Cours le mercredi de 14h à 16h pour les enfants', ''], 2024, 9)).toEqual(['3 2024-10-13', '4 2024-11-10']);
  });
});

describe('a table under a heading that only starts like references', () => {
  it('is read when the heading names a course, or the table’s texts are presented', () => {
    expect(brief(['# INF-204 – Algorithmique – 2024', '## Référence du cours : INF-204', '| Date | Contenu |', '|------|---------|', '| 12/03/2024 | Tri |', '| 19/03/2024 | Graphes |', ''], 2024, 1)).toEqual(['5 2024-03-12', '6 2024-03-19']);
    expect(brief(['# Séminaire', '', '## Textes de référence', '', '| Date | Texte | Présenté par |', '|---|---|---|', '| 12/03/2024 | Kant | Marie |', '| 19/03/2024 | Hume | Paul |', ''], 2024, 1)).toEqual(['7 2024-03-12', '8 2024-03-19']);
  });
});

describe('a page titled by what was kept of a session', () => {
  it('is no session (`Photos de la séance du 25 mai 2024`, `Résultats du tournoi du …`)', () => {
    for (const title of ['Photos de la séance du 25 mai 2024', 'Résultats du tournoi du 25 mai 2024', 'Bilan de la séance du 25 mai 2024']) {
      expect(brief(['---', `title: ${title}`, 'date: 2024-05-28', '---', '', 'Quelques photos de la séance de samedi, de 10h à 12h.', ''], 2024, 6), title).toEqual([]);
    }
  });
});

describe('a headerless agenda’s second clock column', () => {
  it('is no end when it is earlier than the start (another time zone, a length)', () => {
    expect(brief(['## Webinaire franco-québécois – jeudi 14 mars 2024', '', '|   |   |   |', '|---|---|---|', '| 15:00 | 10:00 | Ouverture |', '| 15:30 | 10:30 | Table ronde |', ''], 2024, 1)).toEqual(['5 2024-03-14 15:00-', '6 2024-03-14 15:30-']);
  });
});

describe('a week written by its days with no `du`', () => {
  it('still dates its detail section (`### Semaine 4-8 novembre`)', () => {
    const page = ['| Date | Séance |', '|---|---|', '| 15/10/2024 | Cours 1 |', '| 22/10/2024 | Cours 2 |', '', '### Semaine 14-18 octobre', 'Lectures.', '', '### Semaine 4-8 novembre', 'Lectures.', ''].join('\n');
    expect(check(page, { committed: { year: 2024, month: 9, day: 2 } }).diagnostics.map((d) => d.rule)).toContain('detail-without-row');
  });
});
