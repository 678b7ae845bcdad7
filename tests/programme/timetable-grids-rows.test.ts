/*
 * Timetable grids written the other way round (issue 11): the days as rows and the hours
 * as column headers (`| Jour | 8h-10h | 10h15-12h15 |`). The variant was noted from public
 * timetables that put `Jour/Horaire` in their corner cell; written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(text: string) {
  return check(text).programme.sessions.map(sessionToJson).map(({ title, days, times }) => `${days.join(' ')} ${times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')} ${title}`);
}

function rules(text: string): string[] {
  return check(text).diagnostics.map((d) => `${d.line} ${d.rule}`);
}

describe('a grid with the days as rows and the hours as column headers', () => {
  it('reads each filled cell as a session of the row’s day at the hours of its column', () => {
    const text = [
      '# Planning de la semaine (mars 2024)',
      '',
      '| Jour | 8h-10h | 10h15-12h15 | 14h-16h |',
      '| --- | --- | --- | --- |',
      '| Lundi 11 mars | Algorithmique | Réseaux | |',
      '| Mardi 12 mars | Systèmes | | Anglais |',
      '| Mercredi 13 mars | | | |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '2024-03-11 08:00-10:00 Algorithmique',
      '2024-03-11 10:15-12:15 Réseaux',
      '2024-03-12 08:00-10:00 Systèmes',
      '2024-03-12 14:00-16:00 Anglais',
    ]);
    expect(rules(text).filter((r) => !r.endsWith('managed-block-missing'))).toEqual([]);
  });

  it('carries a day left empty down, and checks each day’s weekday once', () => {
    const text = [
      '| Date | 09:00 - 12:00 | 13:30 - 17:00 |',
      '| --- | --- | --- |',
      '| Jeudi 6 février 2025 | Atelier Python | Atelier Git |',
      '| | Revue de code | |',
      '| Samedi 7 février 2025 | Hackathon | Hackathon |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '2025-02-06 09:00-12:00 Atelier Python',
      '2025-02-06 13:30-17:00 Atelier Git',
      '2025-02-06 09:00-12:00 Revue de code',
      '2025-02-07 09:00-12:00 Hackathon',
      '2025-02-07 13:30-17:00 Hackathon',
    ]);
    // 7 February 2025 is a Friday: said once, on its row.
    expect(rules(text).filter((r) => r.endsWith('weekday-mismatch'))).toEqual(['5 weekday-mismatch']);
  });

  it('keeps one session per row when the columns name their slots (`Matin (9h-12h)`), and reads no ticks', () => {
    const named = ['| Date | Séance | Matin (9h-12h) | Après-midi (14h-17h) |', '| --- | --- | --- | --- |', '| 4 mars 2025 | Formation | x | x |', ''].join('\n');
    expect(sessions(named)).toEqual(['2025-03-04 09:00-12:00 14:00-17:00 Formation']);
    const ticks = ['| Date | 8h-10h | 10h-12h |', '| --- | --- | --- |', '| Lundi 3 mars 2025 | ✓ | ✓ |', '| Mardi 4 mars 2025 | ✓ | |', ''].join('\n');
    expect(sessions(ticks).every((line) => !line.includes('✓'))).toBe(true);
  });
});
