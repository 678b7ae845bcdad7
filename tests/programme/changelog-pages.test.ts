/*
 * A page named a changelog lists releases, not sessions (discourse-inclusion-changelog-2021:
 * `# Journal des modifications (*Changelog*)` over `## 2021-04-12` headings). Variants of
 * how pages name themselves so, and pages of dated headings that stay programmes.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';

const sessions = (lines: string[]) => check(lines.join('\n')).programme.sessions;

describe('a page named a changelog', () => {
  it.each([
    ['`Journal des modifications (*Changelog*)`, ISO headings', ['# Journal des modifications (*Changelog*)', '', '## 2021-04-12', '', ' - Changement de logo', '', '## 2021-03-29', '', ' - Migration', '']],
    ['`CHANGELOG`, French dates', ['# CHANGELOG', '', '### 12 mars 2024', '', '- Correctif', '', '### 5 mars 2024', '', '- Nouvelle page', '']],
    ['a front matter title `Historique des versions`', ['---', 'title: Historique des versions', '---', '', '## 2024-03-01', '', '- Ajout du calendrier', '', '## 2024-02-15', '', '- Première version', '']],
    ['`Notes de version`, dated list items', ['# Notes de version', '', '- 2024-03-01 : ajout du calendrier', '- 2024-02-15 : première version', '']],
    ["a front matter title `Journal d'évolution`, week headings", ['---', "title: Journal d'évolution", '---', '', '## Semaine du 27 au 30 avril', '', '- Prévisualisation des données', '', '## Semaine du 13 au 17 avril', '', '- Nouvelle API', '']],
    ['`Historique des mises à jour`', ['# Historique des mises à jour', '', '### 12 mars 2024', '', '- Correctif', '']],
  ])('reads no session from its dated headings or items (%s)', (_name, lines) => {
    expect(sessions(lines)).toEqual([]);
  });

  it.each([
    ['a course log of ISO headings', ['# Journal de bord', '', '## 2021-03-01', '', '- cours sur les tables', '', '## 2021-03-08', '', '- TP', '']],
    ['a programme of ISO headings', ['# Programme', '', '## 2021-03-01', '', 'Accueil', '', '## 2021-03-08', '', 'Atelier', '']],
  ])('still reads the dated headings of other pages (%s)', (_name, lines) => {
    expect(sessions(lines)).toHaveLength(2);
  });
});
