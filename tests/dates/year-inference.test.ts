import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { inferYears, type YearHints } from '../../src/dates/year-inference.js';
import type { DateExpression } from '../../src/dates/types.js';

/** Parses cells as a table column would hold them; unreadable cells become undefined rows. */
function rows(...cells: string[]): Array<DateExpression | undefined> {
  return cells.map((c) => {
    const r = parseFrenchDate(c);
    return r.ok ? r.value : undefined;
  });
}

function infer(cells: string[], hints: YearHints) {
  return inferYears(rows(...cells), hints).map((r) => (r === undefined ? undefined : [r.years, r.source]));
}

const schedule = ['11 au 15 février', '14 mars', '16 & 17 mai', '10 octobre', '7 ou 14 novembre'];

describe('inferYears', () => {
  it('takes the column header year for the first row and keeps it through a calendar-year programme', () => {
    expect(infer(schedule, { columnHeaderYear: 2019, headingYear: 2030, optionYear: 2040 })).toEqual([
      [[2019, 2019], 'column-header'],
      [[2019], 'column-header'],
      [[2019, 2019], 'column-header'],
      [[2019], 'column-header'],
      [[2019, 2019], 'column-header'],
    ]);
  });

  it('takes the heading year when the header has none', () => {
    expect(infer(['21 février', '14 mars'], { headingYear: 2019, optionYear: 2040 })).toEqual([
      [[2019], 'heading'],
      [[2019], 'heading'],
    ]);
  });

  it('anchors on a dated detail section and counts the rows around it', () => {
    const result = infer(['5 & 6 septembre', '10 octobre', '7 novembre', '12 décembre', '9 janvier'], {
      sectionDates: [{ year: 2019, month: 10, day: 10 }],
      optionYear: 2040,
    });
    expect(result).toEqual([
      [[2019, 2019], 'section'],
      [[2019], 'section'],
      [[2019], 'section'],
      [[2019], 'section'],
      [[2020], 'rollover'],
    ]);
  });

  it('counts backwards across a new year from a section anchor', () => {
    expect(infer(['12 décembre', '9 janvier'], { sectionDates: [{ year: 2020, month: 1, day: 9 }] })).toEqual([
      [[2019], 'rollover'],
      [[2020], 'section'],
    ]);
  });

  it('ignores section dates that match no row and falls back to the option year', () => {
    expect(infer(['21 février'], { sectionDates: [{ year: 2019, month: 3, day: 1 }], optionYear: 2021 })).toEqual([
      [[2021], 'option'],
    ]);
  });

  it('uses the --year option as the year of the first session', () => {
    expect(infer(['21 février', '14 mars'], { optionYear: 2021 })).toEqual([
      [[2021], 'option'],
      [[2021], 'option'],
    ]);
  });

  it('rolls over a September-to-June programme', () => {
    const cells = ['19 septembre', '10 octobre', '12 décembre', '9 janvier', '5 mars', '18 juin'];
    expect(infer(cells, { columnHeaderYear: 2019 })).toEqual([
      [[2019], 'column-header'],
      [[2019], 'column-header'],
      [[2019], 'column-header'],
      [[2020], 'rollover'],
      [[2020], 'rollover'],
      [[2020], 'rollover'],
    ]);
  });

  it('lets a year written in a cell win and reset the count', () => {
    const cells = ['14 mars', '10 octobre 2021', '12 novembre', '9 janvier'];
    expect(infer(cells, { columnHeaderYear: 2019 })).toEqual([
      [[2019], 'column-header'],
      [[2021], 'cell'],
      [[2021], 'rollover'],
      [[2022], 'rollover'],
    ]);
  });

  it('counts from a written year when the document gives no other anchor', () => {
    expect(infer(['14 mars', '10 octobre 2019', '9 janvier'], {})).toEqual([
      [[2019], 'rollover'],
      [[2019], 'cell'],
      [[2020], 'rollover'],
    ]);
  });

  it('gives no year at all when nothing anchors one', () => {
    expect(infer(schedule, {})).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(infer(schedule, { sectionDates: [] })).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('puts the end of a range across the new year in the next year, and the next row after it', () => {
    expect(infer(['2 décembre', '30 décembre au 3 janvier', '20 janvier'], { optionYear: 2019 })).toEqual([
      [[2019], 'option'],
      [[2019, 2020], 'option'],
      [[2020], 'rollover'],
    ]);
  });

  it('skips unreadable rows and keeps the running year', () => {
    const result = infer(['12 décembre', 'bientôt', '9 janvier'], { columnHeaderYear: 2019 });
    expect(result).toEqual([[[2019], 'column-header'], undefined, [[2020], 'rollover']]);
  });

  it('applies the header year to the first dated row even after unreadable rows', () => {
    expect(infer(['TBC', '9 janvier', '5 mars'], { columnHeaderYear: 2020 })).toEqual([
      undefined,
      [[2020], 'column-header'],
      [[2020], 'column-header'],
    ]);
  });
});
