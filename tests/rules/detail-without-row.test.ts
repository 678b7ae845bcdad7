import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';

// The rows a section without a row is compared with are found through a sorted index of
// days: these pin which row the message names.
const schedule = table(
  'SESSIONS | DATES | HORAIRES',
  'Bootcamp | 11 au 15 février 2019 | 9h - 18h',
  'Mentors | 21 février 2019 | 14h - 18h',
  'EIG | 14 mars 2019 | 9h - 18h',
  'Mentors du jeudi | 18 mars 2019 | 14h - 18h',
  'Atelier | 10 mars 2019 | 9h - 12h',
);

function nearestFor(heading: string): { message: string; relatedLine: number | undefined } {
  const report = check(`# Programme\n\n${schedule}\n${heading}\n\n- **Lieu** : LLL\n`);
  const found = report.diagnostics.filter((d) => d.rule === 'detail-without-row');
  expect(found).toHaveLength(1);
  return { message: found[0]!.message, relatedLine: found[0]!.related?.line };
}

describe('detail-without-row', () => {
  it('names the row on the nearest day before the section', () => {
    const { message, relatedLine } = nearestFor('### Session Mentors | 22 février 2019');
    expect(message).toContain('"Mentors" (line 6), on "21 février 2019"');
    expect(relatedLine).toBe(6);
  });

  it('names the row on the nearest day after the section, even when it is later in the table', () => {
    const { message, relatedLine } = nearestFor('### Session | 9 mars 2019');
    expect(message).toContain('"Atelier" (line 9), on "10 mars 2019"');
    expect(relatedLine).toBe(9);
  });

  it('at equal distance before and after, names the row higher in the table', () => {
    const { message } = nearestFor('### Session | 16 mars 2019');
    expect(message).toContain('"EIG" (line 7), on "14 mars 2019"');
  });

  it('finds a day inside a range (the bootcamp) as near as its first day', () => {
    const { message } = nearestFor('### Session | 16 février 2019');
    expect(message).toContain('"Bootcamp" (line 5)');
  });

  it('names the last row when the section is after every row', () => {
    const { message } = nearestFor('### Session | 2 avril 2019');
    expect(message).toContain('"Mentors du jeudi" (line 8)');
  });
});
