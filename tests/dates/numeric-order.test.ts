/*
 * The order of a page's numeric dates: French writes the day first, but a page written in
 * Québec or from an English template writes the month first (`01/17`, `09/15/2025`). A
 * reader decides once for the page from the dates that can be read only one way.
 */
import { describe, expect, it } from 'vitest';
import { numericOrderOf } from '../../src/dates/numeric-order.js';
import { check, days } from '../helpers/read.js';

const dayList = (text: string) => check(text).programme.sessions.map((session) => days(session).join(' '));

describe('a page that writes its numeric dates month first', () => {
  it('is read month first throughout, the ambiguous dates too (a course schedule from Québec)', () => {
    const text = '# INF600C - Hiver 2024\n\n| Date | Sujet |\n| --- | --- |\n| 01/10 | Introduction |\n| 01/17 | Exploitation système |\n| 02/07 | Web |\n| 02/14 | Web |\n';
    expect(dayList(text)).toEqual(['2024-01-10', '2024-01-17', '2024-02-07', '2024-02-14']);
    expect(check(text).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('with a year, in a list, and with the weekday checked against the month-first date', () => {
    const text = '# Rencontres\n\n- Mardi 09/09/2025 : permanence\n- Lundi 09/15/2025 : atelier\n- Mercredi 09/17/2025 : install party\n';
    expect(dayList(text)).toEqual(['2025-09-09', '2025-09-15', '2025-09-17']);
    expect(check(text).diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toEqual([]);
  });
});

describe('a page that writes its numeric dates day first (French)', () => {
  it('stays day first when one date can be read only so, whatever else it writes', () => {
    expect(numericOrderOf('| 17/01 | Cours |\n| 01/17 | ? |\n| 02/18 |')).toBe('day-first');
    expect(dayList('# Cours 2024\n\n| Date | Séance |\n| --- | --- |\n| 02/07 | TP 1 |\n| 15/07 | TP 2 |\n')).toEqual(['2024-07-02', '2024-07-15']);
  });

  it('stays day first when nothing decides, or on a single month-first-looking date', () => {
    expect(numericOrderOf('| 02/07 | TP |\n| 03/07 | TP |')).toBe('day-first');
    expect(numericOrderOf('Rendu le 01/17.\n\n| 02/07 | TP |')).toBe('day-first');
  });

  it('does not take marks out of 20, fractions or versions for month-first dates', () => {
    expect(numericOrderOf('Note : 12/20, puis 8/20 au rattrapage. Version 1.2/3.4, page 3/15/2.')).toBe('day-first');
    expect(dayList('# Cours 2024\n\nBarème : 12/20 minimum, 10/20 pour valider.\n\n| Date | Séance |\n| --- | --- |\n| 02/07 | TP 1 |\n')).toEqual(['2024-07-02']);
  });
});
