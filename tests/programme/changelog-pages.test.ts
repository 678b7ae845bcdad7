/*
 * A page named a changelog lists releases, not sessions (discourse-inclusion-changelog-2021:
 * `# Journal des modifications (*Changelog*)` over `## 2021-04-12` headings). Variants of
 * how pages name themselves so, and pages of dated headings that stay programmes.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
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
    ['a front matter title `Historique fonctionnalités sur la carte`', ['---', 'title: Historique fonctionnalités sur la carte', '---', '', '## 2019-12-06', '', '- Filtre par puissance', '']],
  ])('reads no session from its dated headings or items (%s)', (_name, lines) => {
    expect(sessions(lines)).toEqual([]);
  });

  it.each([
    ['a course log of ISO headings', ['# Journal de bord', '', '## 2021-03-01', '', '- cours sur les tables', '', '## 2021-03-08', '', '- TP', '']],
    ['a programme of ISO headings', ['# Programme', '', '## 2021-03-01', '', 'Accueil', '', '## 2021-03-08', '', 'Atelier', '']],
  ])('still reads the dated headings of other pages (%s)', (_name, lines) => {
    expect(sessions(lines)).toHaveLength(2);
  });

  // betagouv-dossiersco-changelog-2019: `CHANGELOG.md` of day headings without a title.
  const days = ['## Lundi 8 juillet 2019', '', '- **Nettoyer les données sur les pays**', '', '## Mardi 2 juillet 2019', '', '- Conditionner le formulaire', ''];
  const inFile = (path: string) => checkText('programme.md', days.join('\n'), { language: 'en', timezone: 'Europe/Paris', referenceDate: () => undefined, repositoryPath: () => path }).programme.sessions;

  // evromandie-map-changelog-2019: `map-changelog.md`, the changelog of one part of a site.
  it.each(['dossiersco/CHANGELOG.md', 'projet/docs/History.md', 'projet/CHANGES.md', 'projet/CHANGELOG.fr.md', 'HostoCars/VERSIONS.md', 'site/map-changelog.md', 'api/api_changelog.md', 'ligue/update.md'])('reads no session from a file named a changelog (%s), title or not', (path) => {
    expect(inFile(path)).toEqual([]);
  });

  it.each(['cours/NEWS.md', 'asso/programme.md', 'changelog/programme.md', 'asso/changelogistique.md', 'ateliers/changelog-atelier.md'])('still reads the dated headings of a file named otherwise (%s)', (path) => {
    expect(inFile(path)).toHaveLength(2);
  });
});
