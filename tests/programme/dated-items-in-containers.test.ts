/*
 * Dated items written inside a container (issue 12): a box of key dates as MkDocs
 * admonitions (`!!! info "Dates importantes"`, `??? note`), GitHub alerts (`> [!NOTE]`),
 * plain blockquotes. A reader reads the items inside as the items of any list; the box
 * itself is no session, and prose inside it stays prose.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.title]);
}

const JUNE = ['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13'];

describe('key dates in an admonition (MkDocs, Python-Markdown)', () => {
  it('reads the indented items of `!!! info "…"`, a range of days among them', () => {
    const text = [
      '## Informations importantes',
      '',
      '!!! info "Dates importantes"',
      '    - **Description du projet** : 23 mai 2025',
      '    - **Foire 1: Prototypage** : 9-13 juin 2025',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [4, ['2025-05-23'], [], 'Description du projet'],
      [5, JUNE, [], 'Foire 1: Prototypage'],
    ]);
  });

  it('reads a folded `??? note` whose items open with their date, a blank line after the title', () => {
    const text = ['# Cours 2024', '', '??? note "Calendrier"', '', '    - 12 mars : atelier', '    - 19 mars, 14h-16h : TP noté', ''].join('\n');
    expect(read(text)).toEqual([
      [5, ['2024-03-12'], [], 'atelier'],
      [6, ['2024-03-19'], ['14:00-16:00'], 'TP noté'],
    ]);
  });

  it('reads an admonition without a title, and a nested list under its first item', () => {
    const text = ['# Agenda 2024', '', '!!! warning', '    - Mardi 12 mars', '        - 14h : accueil', '        - 15h : atelier', ''].join('\n');
    expect(read(text)).toEqual([
      [5, ['2024-03-12'], ['14:00-'], 'accueil'],
      [6, ['2024-03-12'], ['15:00-'], 'atelier'],
    ]);
  });

  it('leaves prose inside an admonition alone, and an admonition shown as code', () => {
    expect(read('# Projet\n\n!!! info\n    Le projet a commencé le 3 mars 2020 et se termine le 5 juin 2021.\n')).toEqual([]);
    expect(read('# Projet\n\n```\n!!! info "Dates"\n    - 3 mars 2025 : ouverture\n    - 5 juin 2025 : clôture\n```\n')).toEqual([]);
    expect(read('# Projet\n\n<!--\n!!! info "Dates"\n    - 3 mars 2025 : ouverture\n    - 5 juin 2025 : clôture\n-->\n')).toEqual([]);
  });
});

describe("the text inside an admonition is the page's text", () => {
  // The box is read as its site shows it, for the rules as for the sessions: a weekday that
  // does not fit its date in a box's sentence is the mistake it would be outside one.
  it('reports a weekday that does not fit its date in a line inside the box, as anywhere on the page', () => {
    const text = ['# Cours 2024', '', '??? done "Séance 4 : jeudi 05/12/2024"', '    * Pour jeudi 09/12/2024 :', '        * Exercices 4.28', ''].join('\n');
    const mismatches = check(text).diagnostics.filter((d) => d.rule === 'weekday-mismatch');
    expect(mismatches.map((d) => [d.line, d.column])).toEqual([[4, 12]]);
    expect(mismatches[0]!.message).toMatch(/9 December 2024 is a Monday, not a Thursday/);
  });

  it("leaves the box's text alone when its weekdays fit", () => {
    const text = ['# Cours 2024', '', '??? done "Séance 4 : jeudi 05/12/2024"', '    * Pour jeudi 12/12/2024 :', '        * Exercices 4.28', ''].join('\n');
    expect(check(text).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('key dates in a quoted block or a GitHub alert', () => {
  it('reads a GitHub alert (`> [!NOTE]`) of labelled dates', () => {
    const text = ['# Projet', '', '> [!NOTE]', '> - Inscriptions : 3 mars 2025', "> - Journée d'étude : 9-13 juin 2025", ''].join('\n');
    expect(read(text)).toEqual([
      [4, ['2025-03-03'], [], 'Inscriptions'],
      [5, JUNE, [], "Journée d'étude"],
    ]);
  });

  it('reads a blockquote whose items open with weekday dates, and one under a bold label', () => {
    const text = ['# Agenda 2024', '', '> **À retenir**', '>', '> * Mardi 12 mars : conseil', '> * Jeudi 14 mars (18h-20h) : AG', ''].join('\n');
    expect(read(text)).toEqual([
      [5, ['2024-03-12'], [], 'conseil'],
      [6, ['2024-03-14'], ['18:00-20:00'], 'AG'],
    ]);
  });

  it('reads dated lines of a quoted paragraph as a list', () => {
    const text = ['# Ateliers 2024', '', '> 12/03/2024 - Atelier cartographie', '> 19/03/2024 - Atelier QGIS', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2024-03-12'], [], 'Atelier cartographie'],
      [4, ['2024-03-19'], [], 'Atelier QGIS'],
    ]);
  });

  it('leaves a quotation alone', () => {
    expect(read('# Revue\n\n> Le 3 mars 2020, nous avons ouvert le lab. Le 5 juin 2021, il a fermé.\n')).toEqual([]);
    expect(read('# Revue\n\n<details>\n\n> - 3 mars 2025 : ouverture\n> - 5 juin 2025 : clôture\n\n</details>\n')).toEqual([]);
  });
});
