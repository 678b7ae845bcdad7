import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

const header = 'SESSIONS | DATES | HORAIRES';

describe('bad cells are reported on the cell and the other rows are still read', () => {
  it.each([
    ['30 février', 'invalid-date', /30\/02\/2019 does not exist/],
    ['29 février', 'invalid-date', /29\/02\/2019/],
    ['31 avril', 'invalid-date', /31\/04\/2019/],
    ['3 brumaire', 'unreadable-date', /cannot be read/],
    ['15 au 11 février', 'reversed-range', /backwards/],
  ])('a dates cell "%s" gives %s', (cell, rule, message) => {
    const text = '# Programme 2019\n\n' + table(header, `Mentors | ${cell} | 14h - 18h`, 'EIG | 14 décembre | 9h - 18h');
    const { programme, diagnostics } = check(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule, severity: 'error', line: 5, column: 13 });
    expect(diagnostics[0]!.endColumn).toBe(13 + cell.length);
    expect(diagnostics[0]!.message).toMatch(message);
    expect(days(programme.sessions[1])).toEqual(['2019-12-14']);
  });

  it('accepts 29 février in a leap year', () => {
    const { diagnostics, programme } = check('# Programme 2020\n\n' + table(header, 'Mentors | 29 février | 14h - 18h'));
    expect(diagnostics).toEqual([]);
    expect(days(programme.sessions[0])).toEqual(['2020-02-29']);
  });

  it.each([
    ['25h - 18h', 'invalid-hour', /"25h"/],
    ['18h - 9h', 'end-before-start', /end before they start/],
    ['9h - 18h - 20h - ??', 'unreadable-hours', /cannot be read/],
  ])('an hours cell "%s" gives %s', (cell, rule, message) => {
    const text = '# Programme 2019\n\n' + table(header, `Mentors | 21 février | ${cell}`, 'EIG | 14 mars | 9h - 18h');
    const { programme, diagnostics } = check(text);
    expect(diagnostics.map((d) => d.rule)).toEqual([rule]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 5, column: 26 });
    expect(diagnostics[0]!.message).toMatch(message);
    expect(days(programme.sessions[0])).toEqual(['2019-02-21']);
    expect(programme.sessions[1]!.hours?.value).toHaveLength(1);
  });

  it('reports an empty date on a row that has a title', () => {
    const { diagnostics } = check('# Programme 2019\n\n' + table(header, 'Mentors |  | 14h - 18h'));
    expect(diagnostics.map((d) => d.rule)).toEqual(['missing-date']);
  });

  it('reports a missing year once, on the first dated row, and mentions --year', () => {
    const { diagnostics, programme } = check('# Programme\n\n' + table(header, 'Mentors | 21 février | 14h', 'EIG | 14 mars | 9h'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'missing-year', severity: 'error', line: 5 });
    expect(diagnostics[0]!.message).toMatch(/--year/);
    expect(programme.sessions).toHaveLength(2);
    expect(programme.sessions[0]!.dates.value).toBeUndefined();
  });

  it('uses --year when the document gives no year', () => {
    const { diagnostics, programme } = check('# Programme\n\n' + table(header, 'Mentors | 21 février | 14h'), { year: 2024 });
    expect(diagnostics).toEqual([]);
    expect(days(programme.sessions[0])).toEqual(['2024-02-21']);
  });

  it('writes messages in French with language fr', () => {
    const { diagnostics } = check('# Programme 2019\n\n' + table(header, 'Mentors | 30 février | 14h - 18h'), { language: 'fr' });
    expect(diagnostics[0]!.message).toMatch(/n’est pas une vraie date/);
  });
});

describe('a date not decided yet', () => {
  it('keeps a TBC row as tentative with an info, not an error', () => {
    const { diagnostics, programme } = check('# Programme 2019\n\n' + table(header, 'Restitution | TBC | 14h - 18h'));
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['date-to-be-confirmed', 'info']]);
    expect(programme.sessions[0]!.status).toBe('tentative');
    expect(programme.sessions[0]!.dates.value).toBeUndefined();
  });
});
