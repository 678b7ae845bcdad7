import { describe, expect, it } from 'vitest';
import { extractYear, extractYearClue } from '../../src/dates/years.js';

describe('extractYear', () => {
  it.each<[string, number | undefined]>([
    ['DATES 2019', 2019],
    ['Programme 2019', 2019],
    ['promotion 2020-2021', 2020],
    ["Programme d'accompagnement EIG 2019", 2019],
    ['DATES (2021)', 2021],
    ['mis à jour le 2019-01-24', 2019],
    ['DATES', undefined],
    ['9h30', undefined],
    ['EIG3', undefined],
    ['Salle 1234b', undefined],
    ['75011 Paris', undefined],
    ['année 1850', undefined],
    ['Promo2019', undefined],
    ['', undefined],
  ])('%j -> %s', (text, year) => {
    expect(extractYear(text)).toBe(year);
  });

  it('completes on a long run of digits and separators', () => {
    expect(extractYear('12345 '.repeat(20_000))).toBeUndefined();
  });
});

describe('extractYearClue', () => {
  it.each<[string, unknown]>([
    ['Programme 2019', 2019],
    ['Année 2024-2025', { schoolYear: 2024 }],
    ['TAA - 2025/2026', { schoolYear: 2025 }],
    ['Calendrier 2018-19', { schoolYear: 2018 }],
    // A Québec session code: hiver, automne, été.
    ['Calendrier 5W5 H25', { term: 2025 }],
    ['Plan de cours A24', { term: 2024 }],
    ['Cours E2023', { term: 2023 }],
    ['Planification (H26)', { term: 2026 }],
    ['Salle A2', undefined],
    ['H2O et chimie', undefined],
    ['Groupe 5W5', undefined],
    ['h25', undefined],
    ['PH25 séance', undefined],
    // A repository named in small letters for its term (`phsoucy/inf2171-h2020-labos`).
    ['inf2171-h2020-labos', { term: 2020 }],
    ['cours a2019', { term: 2019 }],
    ['salle a20', undefined],
  ])('%j -> %j', (text, clue) => {
    expect(extractYearClue(text)).toEqual(clue);
  });
});
