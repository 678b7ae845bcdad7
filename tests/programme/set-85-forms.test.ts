/*
 * Forms read once held-out set 85 was measured unseen and read (pol2k-pol2000-plan-a26-2026),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// A Université Laval course plan: an identification table of fields, one of them the
// class's weekly slot, then the plan of sessions, one row per Thursday, with no hours.
describe('a course plan whose table of fields gives the weekly slot', () => {
  const page = (field: string) => [
    '# POL-2000 : Méthodologie quantitative',
    '',
    '| | |',
    '|---|---|',
    '| **Session** | Automne 2026 |',
    `| ${field} |`,
    '| **Local** | DKN-3159 |',
    '',
    '| Séance | Date | Titre |',
    '|---|---|---|',
    '| 1 | jeudi 3 septembre 2026 | Introduction |',
    '| 2 | jeudi 10 septembre 2026 | Introduction à R |',
    '| — | jeudi 17 septembre 2026 | **Semaine de lecture — aucun cours** |',
    '| 3 | jeudi 24 septembre 2026 | Rencontres individuelles — aucun cours magistral |',
    '',
  ];

  it('gives each class on that weekday the slot', () => {
    expect(brief(page('**Plage horaire** | **Jeudi, 15h30 à 18h20**'), 2026, 8)).toEqual([
      '11 2026-09-03 15:30-18:20',
      '12 2026-09-10 15:30-18:20',
      '13 2026-09-17 15:30-18:20',
      '14 2026-09-24 15:30-18:20',
    ]);
  });

  it('titles each class by its number and title, a week without class among them', () => {
    expect(readSessions(page('**Plage horaire** | **Jeudi, 15h30 à 18h20**'), 2026, 8).map((s) => `${s.status} ${s.title}`)).toEqual([
      'confirmed Séance 1 : Introduction',
      'confirmed Séance 2 : Introduction à R',
      'cancelled Semaine de lecture — aucun cours',
      'confirmed Séance 3 : Rencontres individuelles — aucun cours magistral',
    ]);
  });

  it('gives none from a field of office hours', () => {
    expect(brief(page('**Disponibilités** | Jeudi, 13h à 14h'), 2026, 8)).toEqual(['11 2026-09-03', '12 2026-09-10', '13 2026-09-17', '14 2026-09-24']);
  });
});

// The same plan's graded work: a dates cell whose hours are followed by the work's weight
// or its room, set apart by a long dash.
describe('hours in a dates cell before an aside set apart by a long dash', () => {
  const page = (cells: string[]) => ['# Cours', '', '| Séance | Date |', '|---|---|', ...cells.map((cell, index) => `| Cours ${index + 1} | ${cell} |`), ''];

  it('are the hours, the aside left out', () => {
    expect(brief(page(['Jeudi 22 octobre 2026 à 13h — salle 3', 'Dimanche 25 octobre 2026 à 23h59 — 5 %', 'Jeudi 12 novembre 2026, 14h – 16h — salle 3']), 2026, 8)).toEqual([
      '5 2026-10-22 13:00-',
      '6 2026-10-25 23:59-',
      '7 2026-11-12 14:00-16:00',
    ]);
  });

  it('stay an error when a figure after the dash may be the end', () => {
    const { diagnostics } = check(page(['Jeudi 19 novembre 2026, 14h — 5']).join('\n'), { committed: { year: 2026, month: 8, day: 2 } });
    expect(diagnostics.map((d) => `${d.line} ${d.rule}`)).toContain('5 end-before-start');
  });
});

// A Hugo page of a seminar series: its sessions only in the front matter, each a map under
// its own name with a compact date (`date: 20250403`) and the link to its page.
describe('a front matter map of sessions, each under its own name', () => {
  const page = (sessions: string[]) => ['---', 'title: "Séminaire de recherche en design"', 'date: 2025-01-28T10:04:12+02:00', 'sessions:', ...sessions, '---', 'Le séminaire est ouvert à tout public.', ''];

  it('gives a session per map, titled by its name, on its compact day', () => {
    expect(readSessions(page(['    objet:', '        date: 20250403', '        link: "usagers-architecture"', '    RtD-approach:', '        date: 20250605', '        link: "RtD-how"']), 2025, 2).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`)).toEqual([
      '5 2025-04-03 objet',
      '8 2025-06-05 RtD-approach',
    ]);
  });

  it('gives none when a map of the key names no day', () => {
    expect(readSessions(page(['    objet:', '        date: 20250403', '    options:', '        couleur: "#c1002a"']), 2025, 2)).toEqual([]);
  });
});
