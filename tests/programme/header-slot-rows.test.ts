/*
 * Hours written in a column header give every row its slot (`| Date (jeudi) | Cours
 * (09:45-11:15) | Séminaire (11:20-12:50) |`), unless a row's cell closes with hours of its
 * own (hep-web-calendrier-2024, held-out set 16: the exam row `**Examen écrit** à SEV46-232
 * (10:00-12:00)` under `Cours`): a reader reads the row's own.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

describe('a row whose cell closes with its own hours under a header that gives hours', () => {
  it('takes the cell’s hours, and the header’s elsewhere', () => {
    const text = [
      '| Date (jeudi) | Cours (09:45-11:15) | Séminaire (11:20-12:50) |',
      '| :-: | --- | --- |',
      '| 2024-12-19 | Révision | Projet 6 |',
      '| 2025-01-23 | **Examen écrit** à SEV46-232 (10:00-12:00) | |',
      '',
    ].join('\n');
    const times = check(text).programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.label}:${t.start}-${t.end}`).join(','));
    expect(times).toEqual(['Cours:09:45-11:15,Séminaire:11:20-12:50', 'Cours:10:00-12:00']);
  });
});
