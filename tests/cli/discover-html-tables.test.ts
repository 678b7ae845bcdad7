/*
 * `check` and `build` with no FILES, as the Action runs them by default, in a clone of a
 * real temporary repository whose pages write their tables in raw HTML (Jekyll and Hugo
 * pages, office exports) or name their dates column otherwise than `Date`: a page whose
 * table is a programme is found by the test the reading makes (a title, hours or a place
 * beside the dates), and a page whose dated table is a listing (a blog export: `Date |
 * Titre | Auteur | Lien`) is not, and raises nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findProgrammeFiles } from '../../src/action/programme-files.js';
import { runCli } from '../../src/run-cli.js';
import { createTempRepos, type TempRepos } from '../helpers/temp-git.js';

const htmlProgramme = [
  '---',
  'title: Ateliers du printemps 2024',
  '---',
  '',
  '<table>',
  '  <thead>',
  '    <tr><th>Date</th><th>Atelier</th><th>Horaire</th><th>Salle</th></tr>',
  '  </thead>',
  '  <tbody>',
  '    <tr><td>Mardi 12 mars 2024</td><td>Cartographie</td><td>14h - 17h</td><td>B12</td></tr>',
  '    <tr><td>Mardi 19 mars 2024</td><td>QGIS</td><td>14h - 17h</td><td>B12</td></tr>',
  '  </tbody>',
  '</table>',
  '',
].join('\n');

// A blog's list of posts exported as HTML: dated rows, but links and authors, no session.
const blogExport = [
  '# Tous les billets',
  '',
  '<table>',
  '<tr><th>Date</th><th>Titre</th><th>Auteur</th><th>Lien</th></tr>',
  '<tr><td>2020-08-28</td><td>La rentrée</td><td>Léa</td><td><a href="/rentree">lire</a></td></tr>',
  '<tr><td>2020-09-04</td><td>Bilan de l’été</td><td>Paul</td><td><a href="/bilan">lire</a></td></tr>',
  '</table>',
  '',
].join('\n');

// A markdown table whose dates column is `Jour`: no word `date` anywhere in the page.
const dayColumn = ['# Cours de TP 2024', '', '| Jour | Séance |', '| --- | --- |', '| Lundi 9 septembre 2024 | Prise en main |', '| Lundi 16 septembre 2024 | Git |', ''].join('\n');

// An HTML table inside a quote is not read (its places no longer map to the page's lines).
const quoted = ['# Archives', '', '> <table><tr><th>Date</th><th>Séance</th></tr>', '> <tr><td>14 mars 2019</td><td>EIG</td></tr></table>', ''].join('\n');

describe('check and build with no FILES, in a repository with HTML tables', () => {
  let repos: TempRepos;
  let previous: string;
  beforeEach(() => {
    repos = createTempRepos({
      'ateliers/index.md': htmlProgramme,
      'blog/billets.md': blogExport,
      'cours/tp.md': dayColumn,
      'archives/2019.md': quoted,
    });
    previous = process.cwd();
    process.chdir(repos.work);
  });
  afterEach(() => {
    process.chdir(previous);
  });

  it('checks the pages whose table is a programme, HTML or not, and says nothing of the listing', async () => {
    const outcome = await runCli(['check', '--format', 'json']);
    expect(outcome.exitCode).toBe(0);
    const files = JSON.parse(outcome.stdout).files as Array<{ path: string; sessions: Array<{ line: number; days: string[]; times: unknown[] }> }>;
    expect(files.map((file) => file.path)).toEqual(['ateliers/index.md', 'cours/tp.md']);
    // Each session on the line of its date cell, with its hours.
    expect(files[0]!.sessions.map((s) => [s.line, s.days, s.times])).toEqual([
      [10, ['2024-03-12'], [{ label: null, start: '14:00', end: '17:00' }]],
      [11, ['2024-03-19'], [{ label: null, start: '14:00', end: '17:00' }]],
    ]);
    expect(files[1]!.sessions.map((s) => [s.line, s.days])).toEqual([
      [5, ['2024-09-09']],
      [6, ['2024-09-16']],
    ]);
  });

  it('writes a calendar beside each programme page, and none beside the listing', async () => {
    const outcome = await runCli(['build']);
    expect(outcome.exitCode).toBe(0);
    expect(existsSync(join(repos.work, 'ateliers', 'index.ics'))).toBe(true);
    expect(existsSync(join(repos.work, 'cours', 'tp.ics'))).toBe(true);
    expect(existsSync(join(repos.work, 'blog', 'billets.ics'))).toBe(false);
    expect(existsSync(join(repos.work, 'archives', '2019.ics'))).toBe(false);
  });

  it('gives the Action the same files to check when its `files` input is empty', () => {
    const found = findProgrammeFiles({ workspace: repos.work, files: [], artifactDir: join(repos.work, 'programme-sync-artifacts'), language: 'en', overrides: {} });
    expect(found.map((source) => (typeof source === 'string' ? source : source.path))).toEqual(['ateliers/index.md', 'cours/tp.md']);
  });
});
