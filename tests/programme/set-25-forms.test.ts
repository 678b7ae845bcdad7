/*
 * Forms read in held-out set 25 (tests/fixtures/real: programme10k-plan-2026,
 * doelia-m2-evolution-2015, doelia-m2-web-2015), each checked here on a short page, with
 * the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 7, day: 20 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a plan of weeks with a column per weekday', () => {
  const plan = [
    '# Plan 10 km, du lundi 3 août 2026 au dimanche 16 août 2026',
    '',
    '| Sem. | Dates | Total | Mardi | Jeudi | Dimanche |',
    '|---|---|---|---|---|---|',
    '| S1 | 3–9 août | 27 | EF 6 km Z2 — 6,5 | — | SL 8 km Z2 — 8 |',
    '| S2 | 10–16 août | 29 | EF 6 km Z2 — 6 | EF 5 km — 5 | SL 9 km Z2 — 9 |',
    '',
  ];

  it('reads each filled cell under a weekday as a session on that day of the row’s week, a dash as none', () => {
    expect(brief(plan)).toEqual([
      [5, '2026-08-04', ''],
      [5, '2026-08-09', ''],
      [6, '2026-08-11', ''],
      [6, '2026-08-13', ''],
      [6, '2026-08-16', ''],
    ]);
  });

  it('still reads a timesheet’s weekday columns of hours beside its total as no programme', () => {
    const sheet = ['| Semaine | Dates | Lundi | Mardi | Total |', '|---|---|---|---|---|', '| 1 | 3–9 août 2026 | 7h30 | 8h | 15h30 |', '| 2 | 10–16 août 2026 | 7h | 7h | 14h |', ''];
    expect(brief(sheet)).toEqual([]);
  });
});

describe('a course log’s sessions numbered by their day', () => {
  it('reads `### Séance 2/11` beside `### Séance du 12/10` as that day', () => {
    const page = ['# Cours du lundi', '', '### Séance du 12/10', '', 'Cours.', '', '### Séance 2/11', '', 'TP.', '', '### Séance 9/11', '', 'TP.', '', '### Séance 16/11', '', 'TP.', ''];
    expect(brief(page, 2015).map((row) => row[1])).toEqual(['2015-10-12', '2015-11-02', '2015-11-09', '2015-11-16']);
  });

  it('reads no day in `### TP 1/2` alone', () => {
    expect(brief(['# Cours', '', '### TP 1/2', '', 'Les bases.', ''], 2015)).toEqual([]);
  });
});

describe('a day called off on the line under its heading', () => {
  const status = (lines: string[]) => read(lines, 2015).programme.sessions.map((session) => session.status);

  it('reads `Cours annulé` under `### Séance 30/11` as the day called off', () => {
    expect(status(['# Log', '', '### Séance du 23/11', 'TP noté', '', '### Séance du 30/11', 'Cours annulé', '', '### Séance du 07/12', 'Annulé, pas reporté.', ''])).toEqual(['confirmed', 'cancelled', 'cancelled']);
  });

  it('keeps a day whose line below tells of something closed, or of another day called off at length', () => {
    expect(status(['# Log', '', '### Séance du 23/11', 'Accueil fermé à midi', '', '### Séance du 30/11', 'Rattrapage du cours annulé la semaine dernière, en salle 4', '', '### Séance du 07/12', 'TP noté', ''])).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
});

describe('a heading typed with a no-break space', () => {
  it('reads `###\u00a0Séance du 15/10` among its headings as the heading it is', () => {
    const page = ['# Log', '', '### Séance du 01/10', '', 'x', '', '###\u00a0Séance du 15/10', '', 'y', '', '### Séance du 22/10', '', 'z', ''];
    expect(brief(page, 2015)).toEqual([
      [3, '2015-10-01', ''],
      [7, '2015-10-15', ''],
      [11, '2015-10-22', ''],
    ]);
  });
});
