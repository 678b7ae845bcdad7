/*
 * Forms read in held-out set 28 (tests/fixtures/real: labitbonis-dlcv-tp-2022,
 * vigilia-decisions-2026, bnr-affiches-2026, nuitdebout-convergence-lumieres-2016,
 * aydevpro-4ltrophy-2026, fremar64-migration-2026), each checked here on a short page, with
 * the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], committed = { year: 2022, month: 11, day: 1 }) => check(lines.join('\n'), { committed });
const brief = (lines: string[], committed?: { year: number; month: number; day: number }) =>
  read(lines, committed).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.place ?? '']);

describe('a row whose dates cell stacks days, each at its own hours', () => {
  const table = [
    '# TP 2022',
    '',
    '| Groupe | Dates | Salles |',
    '|:---:|:---:|:---:|',
    '| A1 | 30/11/2022 \\ 12h30 - 15h15 <br /> 07/12/2022 \\ 09h30 - 12h15 <br /> 14/12/2022 \\ 15h30 - 18h15 | GEI-111-A <br /> GEI-109-A <br /> GEI-111-A |',
    '| A2 | 30/11/2022 \\ 12h30 - 15h15 <br /> 07/12/2022 \\ 09h30 - 12h15 <br /> 14/12/2022 \\ 15h30 - 18h15 | GEI-111-B <br /> GEI-109-B <br /> GEI-111-B |',
    '',
  ];

  it('reads one session per line of the cell, with the line of each stacked cell beside it, and says nothing of their order', () => {
    const report = read(table);
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end}`).join(), s.place])).toEqual([
      [5, '2022-11-30', '12:30-15:15', 'GEI-111-A'],
      [5, '2022-12-07', '09:30-12:15', 'GEI-109-A'],
      [5, '2022-12-14', '15:30-18:15', 'GEI-111-A'],
      [6, '2022-11-30', '12:30-15:15', 'GEI-111-B'],
      [6, '2022-12-07', '09:30-12:15', 'GEI-109-B'],
      [6, '2022-12-14', '15:30-18:15', 'GEI-111-B'],
    ]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads a cell of days alone, one a line, as a session on each', () => {
    const days = ['# TP 2022', '', '| Groupe | Dates | Salle |', '|---|---|---|', '| A1 | 30/11/2022 <br /> 07/12/2022 | GEI-111 |', '| A2 | 01/12/2022 <br /> 08/12/2022 | GEI-109 |', ''];
    expect(brief(days).map((row) => row.slice(0, 2))).toEqual([
      [5, '2022-11-30'],
      [5, '2022-12-07'],
      [6, '2022-12-01'],
      [6, '2022-12-08'],
    ]);
  });
});

describe('what is no session', () => {
  it('reads no session from a journal of decisions, each dated the day it was taken', () => {
    const journal = ['# Journal des décisions', '', 'Une ligne par décision, datée.', '', '- 2026-07-03 — Source de données : dépôts Git.', '- 2026-07-03 — Stockage : Grist.', '- 2026-07-04 — Notification : compte Tchap.', ''];
    expect(brief(journal, { year: 2026, month: 7, day: 4 })).toEqual([]);
  });

  it('reads no session again from a checklist that restates the table’s rows, and keeps a task that adds one', () => {
    const page = [
      '# Événements pour distribution d’affiches',
      '',
      '| Date | Événement | Lieu |',
      '|------|-----------|------|',
      '| 21 février 2026 | Ogarya | La Taverne Elektrik |',
      '| 16 mai 2026 | Concert | Salle des fêtes |',
      '',
      '## Checklist',
      '',
      '- [ ] 21 février 2026 - Ogarya',
      '- [ ] 16 mai 2026 - Salle des fêtes',
      '- [ ] 30 mai 2026 - Fête de la musique',
      '',
    ];
    expect(brief(page, { year: 2026, month: 1, day: 15 }).map((row) => row.slice(0, 2))).toEqual([
      [5, '2026-02-21'],
      [6, '2026-05-16'],
      [12, '2026-05-30'],
    ]);
  });

  it('keeps a box of key dates beside the table, though its dates restate rows', () => {
    const page = [
      '# Projet 2025',
      '',
      '- **Description du projet** : 23 mai 2025',
      '- **Foire 1** : 9-13 juin 2025',
      '',
      '| Date | Étape |',
      '|---|---|',
      '| 23 mai 2025 | Description de projet |',
      '| 9 juin 2025 | Foire 1 |',
      '',
    ];
    expect(brief(page, { year: 2025, month: 5, day: 1 }).map((row) => row[0])).toEqual([8, 9, 3, 4]);
  });
});

describe('a Pelican page’s head', () => {
  it('dates its agenda by the event’s start, not by the day the post was written', () => {
    const page = ['Title: Convergence des lumières', 'Date: 2016-12-08', 'Event-start: 2016-12-10 18:00', 'Location: Lyon', '', 'Soirée', '------', '', '- 18h30-19h: Fanfare', '- 19h30-21h: Agora', ''];
    expect(brief(page, { year: 2016, month: 12, day: 8 }).map((row) => row.slice(0, 3))).toEqual([
      [9, '2016-12-10', '18:30-19:00'],
      [10, '2016-12-10', '19:30-21:00'],
    ]);
  });
});

describe('a count after a full date', () => {
  it('reads `23 au 27 février 2026 — 6 étapes` as the range, its count the title’s', () => {
    const list = ['# Raid 2026', '', '- **20 et 21 février 2026 — Accueil à Algeciras**', '', '- **23 au 27 février 2026 — 6 étapes dans le Grand Sud**', '', '- **27 février 2026 — Arrivée à Marrakech**', ''];
    expect(brief(list, { year: 2026, month: 1, day: 15 }).map((row) => row.slice(0, 2))).toEqual([
      [3, '2026-02-20 2026-02-21'],
      [5, '2026-02-23 2026-02-24 2026-02-25 2026-02-26 2026-02-27'],
      [7, '2026-02-27'],
    ]);
  });
});

describe('a year written in full whose weekdays slipped', () => {
  const plan = (year: number) => [
    '# Migration',
    '',
    `**Date début migration** : Lundi 3 février ${year}, 9h00`,
    '',
    '### Lundi 3 février : fondations',
    '',
    '- **9h00 - 12h00** : Setup',
    '',
    '### Mardi 4 février : sécurité',
    '',
    '- **9h00 - 12h00** : RLS',
    '',
  ];

  it('keeps the year the plan writes when it is the year the page was last written, and reports the weekdays', () => {
    const report = read(plan(2026), { year: 2026, month: 2, day: 2 });
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.days.join())).toEqual(['2026-02-03', '2026-02-03', '2026-02-04']);
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch').length).toBe(3);
  });

  it('still takes the weekdays’ year over a stale year written a year before the page was last written', () => {
    const report = read(plan(2024), { year: 2025, month: 1, day: 20 });
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.days.join()).slice(1)).toEqual(['2025-02-03', '2025-02-04']);
  });
});
