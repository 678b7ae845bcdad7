/*
 * A day agenda's row whose hours end before they start (quakers-rassemblement-2025, held-out
 * set 15: `| 17h30 - 16h30 | **Standards communautaires** |`, 18h30 meant): the slot is still
 * one of the day's, listed without hours, and the coordinator is told where and what to fix,
 * as for an hours cell of a schedule table.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const page = ['## Calendrier proposé', '### Vendredi, 29 août 2025', '', '| 16h00 - 17h30 | **Début du rassemblement** |', '| 17h30 - 16h30 | **Standards communautaires** |', '| 18h30 - 19h30 | **Souper** |', '', '### Samedi, 30 août 2025', '', '| 8h30 - 10h30 | **Déjeuner** |', '| 10h30 - 11h30 | **Culte** |', '| Midi - 13h00 | **Dîner** |', ''];

describe('a day agenda’s slot whose hours end before they start', () => {
  const report = check(page.join('\n'));

  it('keeps the slot on its day, without hours, and reads noon as the start of the next day’s lunch', () => {
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')])).toEqual([
      [4, '2025-08-29', '16:00-17:30'],
      [5, '2025-08-29', ''],
      [6, '2025-08-29', '18:30-19:30'],
      [10, '2025-08-30', '08:30-10:30'],
      [11, '2025-08-30', '10:30-11:30'],
      [12, '2025-08-30', '12:00-13:00'],
    ]);
  });

  it('reports the slip at its hours, naming the row', () => {
    const errors = report.diagnostics.filter((d) => d.rule === 'end-before-start');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, column: 3 });
    expect(errors[0]!.message).toContain('Standards communautaires');
    expect(errors[0]!.message).toContain('17h30 - 16h30');
  });

  it('an evening that runs past midnight is no slip', () => {
    const night = check(['### Vendredi 24 avril 2026', '', '| Horaire | Événement |', '|---|---|', '| 20h-23h30 | Milonga |', '| 23h30-2h | Milonga tardive |', ''].join('\n'));
    expect(night.diagnostics.filter((d) => d.rule === 'end-before-start')).toEqual([]);
    expect(night.programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end}`).join(','))).toEqual(['20:00-23:30', '23:30-02:00']);
  });
});
