/*
 * `| Jour | Date |` where the first column counts the days (`1`, `2`, `J3`) and the second
 * writes them: a trip's or a course's day by day. A reader reads the dates in the Date
 * column. Shown by a road trip's itinerary (matthieucrny-roadtrip-massif-central-2026);
 * the variants are other ways people write it.
 */
import { describe, expect, it } from 'vitest';
import { check, sessionRows, table } from '../helpers/read.js';

describe('a column counting the days beside the column of dates', () => {
  it('a road trip: `| Jour | Date | Étapes | Nuitée |`, the days numbered 1, 2, 3, the dates abbreviated', () => {
    const text = '# Road trip 2026\n\n' + table('Jour | Date | Étapes | Nuitée', '1 | Sam. 8 août | Départ Nancy · Solutré | Orcines', '2 | Dim. 9 août | Puy de Dôme | Besse', '3 | Lun. 10 août | Lac Pavin | Murat');
    expect(sessionRows(text).map((row) => [row[1], row[3]])).toEqual([
      ['2026-08-08', 'Départ Nancy · Solutré'],
      ['2026-08-09', 'Puy de Dôme'],
      ['2026-08-10', 'Lac Pavin'],
    ]);
  });

  it('days counted `J1`, `J2` under `Day`, the dates in `Date`, with no false alarm', () => {
    const text = '# Séminaire 2025\n\n' + table('Day | Date | Programme', 'J1 | 14 mai | Accueil et plénière', 'J2 | 15 mai | Ateliers');
    const report = check(text);
    expect(sessionRows(text).map((row) => row[1])).toEqual(['2025-05-14', '2025-05-15']);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
