/*
 * Forms read once held-out set 73 was measured unseen and moved to tests/fixtures/real
 * (montpellibre-activites-2025, karelsvbd-mylibrary-tpi-2022, rotella-crypto-l3-2026), each
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// montpellibre-activites-2025: an association's year of activities, one record of bold fields each.
describe('records of fields, one paragraph per event', () => {
  const record = (title: string, date: string) => [`#Activité : ${title}`, '**Type :** Atelier', `**Date :** ${date}`, '**Lieu :** La Fabrique, Montpellier', '**Description :** Je passe au Libre !', '', '---', ''];

  it('are each one session on its date field, from the record’s first line, titled by its opening line', () => {
    const page = [...record('Atelier Blender', 'Mardi 07 janvier 2025 de 17h00 à 19h00'), ...record('Permanence Linuxerie', 'Jeudi 09 janvier 2025 de 10h00 à 12h00')];
    expect(brief(page, 2025, 12)).toEqual(['1 2025-01-07 17:00-19:00', '9 2025-01-09 10:00-12:00']);
    expect(readSessions(page, 2025, 12).map((s) => s.title)).toEqual(['Atelier Blender', 'Permanence Linuxerie']);
  });

  it('take their title from a field that names the event, and their hours from an hours field', () => {
    const page = ['**Titre :** Assemblée générale', '**Date :** samedi 14 juin 2025', '**Horaire :** 14h - 17h', '', '**Titre :** Fête du club', '**Date :** samedi 28 juin 2025', '**Lieu :** Gymnase', ''];
    expect(brief(page, 2025, 12)).toEqual(['1 2025-06-14 14:00-17:00', '5 2025-06-28']);
    expect(readSessions(page, 2025, 12).map((s) => s.title)).toEqual(['Assemblée générale', 'Fête du club']);
  });

  it('leave a page’s fence-less metadata, and fields under a heading, as they were read', () => {
    // A Pelican page's head: the page's own date, no event.
    expect(brief(['date: 2009-01-07', 'slug: apres-midi-linux', 'author: sergiu', 'title: Après-midi Linux', '', 'Texte.', ''], 2009, 2)).toEqual([]);
    // A news item under its heading, dated by when it was posted.
    const news = ['# Actualités', '', '## 1. Nouvelle section', '', '**Date**: 23 novembre 2025', '**Catégorie**: Club', '**Titre**: Une nouvelle section ouvre', ''];
    expect(brief(news, 2025, 12)).toEqual([]);
  });
});

// karelsvbd-mylibrary-tpi-2022: a diploma work's journal, one day heading a day, one of them glued to its marks.
describe('a heading glued to its marks among headings written with their space', () => {
  it('is one more day of the journal, with three marks as with two', () => {
    const page = ['# Journal de bord', '', '### 02.05.2022', '- 07h30 : Journal de bord', '', '###03.05.2022', '- 7h30 : Journal de bord', ''];
    expect(brief(page, 2022, 6)).toEqual(['4 2022-05-02 07:30-', '7 2022-05-03 07:30-']);
  });

  it('stays text on a page that writes no heading of that depth with its space', () => {
    expect(brief(['# Journal', '', '###03.05.2022', '- 7h30 : Journal de bord', ''], 2022, 6)).toEqual([]);
  });
});

describe('timed lines a list swallowed under a day', () => {
  it('are the day’s next slots, one per line written from the margin', () => {
    const page = ['### 05.05.2022', '#### Déroulement', '07h30 : Travail sur l’API', '08h00 : Ajout d’image', '  - Note : les noms des images manquent', '08h30 : Récupération des livres', '10h15 : Création des cartes', ''];
    expect(brief(page, 2022, 6)).toEqual(['3 2022-05-05 07:30-', '4 2022-05-05 08:00-', '6 2022-05-05 08:30-', '7 2022-05-05 10:15-']);
  });

  it('leave an item’s own indented continuation in the item', () => {
    const page = ['### 05.05.2022', '- Consultation avec la tutrice', '  14h00 : rappel de la défense à blanc', ''];
    expect(brief(page, 2022, 6).filter((line) => line.startsWith('3 '))).toEqual([]);
  });
});

// rotella-crypto-l3-2026: a course page lists its exams with their year, then its lectures without one.
describe('a part without years set beside a part that writes them', () => {
  const page = [
    '## Modalités d’évaluation',
    '#### CC 1:',
    '  - Le mardi 10 mars 2026',
    '#### Examen:',
    '  - Lundi 11 mai 2026',
    '',
    '## Programme des Cours Magistraux',
    '#### 22 janvier (11h20 -> 15h20): Histoire de la cryptographie',
    '#### 12 février (11h20 -> 12h50): Définitions de sécurité',
    '#### 23 avril (11h20 -> 12h50): Cryptographie avancée',
    '',
  ];

  it('runs in the same spring as the exams it ends before, not the next year', () => {
    expect(brief(page, 2026, 4).slice(2)).toEqual(['8 2026-01-22 11:20-15:20', '9 2026-02-12 11:20-12:50', '10 2026-04-23 11:20-12:50']);
  });

  it('is counted on into the next year when it starts after the part above ends', () => {
    const sequel = ['## Premier semestre', '- Lundi 8 septembre 2025 : rentrée', '- Lundi 15 décembre 2025 : examens', '', '## Second semestre', '### 12 janvier : reprise', '### 9 mars : projet', ''];
    expect(brief(sequel, 2025, 9).slice(2)).toEqual(['6 2026-01-12', '7 2026-03-09']);
  });
});

// lemasyma-partiels-shannon-2020, drawn by the typography harness once set 73 joined: a grid of
// days whose cells close with their hours, written with spaces around the `h`.
describe('hours closing a cell, written with spaces around the h', () => {
  it('are read from their start, in a grid of days and in a title cell', () => {
    const grid = ['|Lundi 6 juillet 2020|Mardi 7 juillet 2020|', '|:---:|:---:|', '|PROC<br/>10 h 00-11 h 30|   |', '|   |OPEL<br/>14 h 00 - 15 h 30|', ''];
    expect(brief(grid, 2020, 8)).toEqual(['3 2020-07-06 10:00-11:30', '4 2020-07-07 14:00-15:30']);
    const table = ['| Date | Séance |', '|---|---|', '| 6 juillet 2020 | PROC 10 h 00-11 h 30 |', ''];
    expect(brief(table, 2020, 8)).toEqual(['3 2020-07-06 10:00-11:30']);
  });
});
