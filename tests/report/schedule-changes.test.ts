import { describe, expect, it } from 'vitest';
import { compareSchedules } from '../../src/report/schedule-changes.js';
import type { SessionJson } from '../../src/report/session-json.js';

function session(title: string, line: number, days: string[], extra: Partial<SessionJson> = {}): SessionJson {
  return { title, line, source: 'table', status: 'confirmed', days, times: [], place: 'Maison des projets', audience: null, ...extra };
}

const base = [
  session('Bootcamp', 5, ['2027-02-08', '2027-02-09']),
  session('Mentors', 6, ['2027-02-18'], { times: [{ label: null, start: '14:00', end: '18:00' }] }),
  session('Mentors', 7, ['2027-03-18']),
  session('Fellows', 8, ['2027-04-08']),
  session('Séminaire', 9, ['2027-05-20', '2027-05-21']),
];

describe('compareSchedules', () => {
  it('reports nothing when the sessions are the same, even if rows moved down the file', () => {
    expect(compareSchedules(base, base.map((s) => ({ ...s, line: s.line + 3 })))).toEqual([]);
  });

  it('names the one monthly session that moved, not every session with that title', () => {
    const after = base.map((s) => (s.line === 7 ? { ...s, days: ['2027-03-25'] } : s));
    const changes = compareSchedules(base, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved', title: 'Mentors', before: { days: ['2027-03-18'] }, after: { days: ['2027-03-25'] } });
  });

  it('reports changed hours and a changed place as moved', () => {
    const after = base.map((s) =>
      s.line === 6 ? { ...s, times: [{ label: null, start: '15:00', end: '18:00' }] } : s.line === 8 ? { ...s, place: 'Auditorium' } : s,
    );
    expect(compareSchedules(base, after).map((c) => [c.kind, c.title])).toEqual([
      ['moved', 'Mentors'],
      ['moved', 'Fellows'],
    ]);
  });

  it('reports a struck-through row as cancelled, a new row as added and a deleted row as removed', () => {
    const after = [
      base[0]!,
      base[1]!,
      { ...base[2]!, status: 'cancelled' as const },
      session('Restitution', 9, ['2027-11-18']),
      base[4]!,
    ];
    expect(compareSchedules(base, after).map((c) => [c.kind, c.title])).toEqual([
      ['cancelled', 'Mentors'],
      ['added', 'Restitution'],
      ['removed', 'Fellows'],
    ]);
  });

  it('lists every session as added when the programme is new', () => {
    expect(compareSchedules([], base).map((c) => c.kind)).toEqual(['added', 'added', 'added', 'added', 'added']);
  });
});
