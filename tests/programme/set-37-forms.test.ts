/*
 * Forms read in held-out set 37 (tests/fixtures/real: chps-seminaires-2025,
 * hnu2000-calendrier-2025, haut-pre-mm4b-2025, ralille-journee-populaire-2020,
 * masterihm-soutenances-2024), checked here
 * on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 12, day: 18 }) =>
  check(lines.join('\n'), { committed })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());

describe('a page kept over several years, each under a heading that names its year', () => {
  it('reads each part in the year its heading names (`## Année universitaire 2024-2025`), not the whole page in the first', () => {
    const page = [
      '# Séminaires', '',
      '## Année universitaire 2025-2026', '', '- 19 Novembre 10h30: A', '- 20 Janvier 10h30: B', '',
      '## Année universitaire 2024-2025', '', '- 8 Octobre 10h20: C', '- 28 Janvier 10h10: D', '',
      '## 2023', '', '- 10 octobre 10h15 : E', '',
    ];
    expect(brief(page)).toEqual(['5 2025-11-19 10:30-', '6 2026-01-20 10:30-', '10 2024-10-08 10:20-', '11 2025-01-28 10:10-', '15 2023-10-10 10:15-']);
  });

  it('reads a page under one year heading as before, rolling into the next year', () => {
    const page = ['# Séminaires', '', '## Année universitaire 2024-2025', '', '- 8 Octobre 10h20: C', '- 28 Janvier 10h10: D', ''];
    expect(brief(page)).toEqual(['5 2024-10-08 10:20-', '6 2025-01-28 10:10-']);
  });

  it('leaves dated headings that write their year to themselves: they are days, not labels of a part', () => {
    const page = ['# Journal', '', '## 12 mars 2024', '', '- 14h : atelier', '', '## 3 avril 2025', '', '- 15h : atelier', ''];
    expect(brief(page)).toEqual(['5 2024-03-12 14:00-', '9 2025-04-03 15:00-']);
  });
});

describe('a course’s weekly headings above a list of workshops that write their year', () => {
  it('reads the weeks before the workshops in the workshops’ year, not the year before', () => {
    const page = [
      '# Calendrier', '',
      '## [Séance 1 : 02/09] Introduction', '',
      '## [Séance 2 : 09/09] Comprendre', '',
      '## [Séance 3 : 18/11] Exploiter', '',
      '- Ateliers :', '  - jeudi 11 septembre 2025 15:30 : Introduction', '  - jeudi 09 octobre 2025 15:30 : Correction', '',
      '## [Séance 4 : 25/11] Analyser', '',
    ];
    expect(brief(page)).toEqual(['3 2025-09-02', '5 2025-09-09', '7 2025-11-18', '10 2025-09-11 15:30-', '11 2025-10-09 15:30-', '13 2025-11-25']);
  });

  it('still runs lists kept newest first on from one to the next (`2025:` over its events, then `2024:`)', () => {
    const page = ['---', 'title: Évènements', '---', '2025:', '  - 20 septembre: Championnat', '  - 25 mai: Open', '  - 25 janvier: Examen', '', '2024:', '  - Décembre 7: Entraînement', '  - Novembre 23: Italian Open', '  - 14 septembre 2024: Séminaire', ''];
    expect(brief(page)).toEqual(['5 2025-09-20', '6 2025-05-25', '7 2025-01-25', '10 2024-12-07', '11 2024-11-23', '12 2024-09-14']);
  });
});

describe('hours written with a dot', () => {
  it('reads `17.00` under an `Heure` header as the start, as a fixture list writes it', () => {
    const table = ['| Jour | Date | Heure | Domicile | Extérieur |', '|---|---|---|---|---|', '| SAMEDI | 20/09/25 | 17.00 | HANNUT | HT-PRE |', '| DIMANCHE | 12/10/25 | 11.00 | PEPINSTER | HT-PRE |', ''];
    expect(brief(table)).toEqual(['3 2025-09-20 17:00-', '4 2025-10-12 11:00-']);
  });

  it('leaves `18.00` in a column that is no hours column: a price', () => {
    const table = ['| Date | Atelier | Prix |', '|---|---|---|', '| 20/09/25 | Poterie | 18.00 |', ''];
    expect(brief(table)).toEqual(['3 2025-09-20']);
  });

  it('reads `16h.40` and `20.30h` opening a slot on the page’s day', () => {
    const page = ['---', 'title: "Journée Populaire - 7 Mars 2020"', '---', '', '# 16h Conférences', '', '- 16h Conférence A (30 min).', '- 16h.40 Conférence B (30 min).', '', '# 17h.30 La parole aux collectifs', '', '# 20.30h Concert', ''];
    expect(brief(page, { year: 2020, month: 2, day: 21 })).toEqual(['7 2020-03-07 16:00-', '8 2020-03-07 16:40-', '10 2020-03-07 17:30-', '12 2020-03-07 20:30-']);
  });
});

describe('a day of defences written as bold hours over each defence’s heading', () => {
  const page = ['# Soutenances 2024', '', '**JEUDI 21 MARS 2024**', '', '**8:30 \\| 9:30**', '', '##### Physiotools | client : CNES', '', '**9:45 \\| 10:45**', '', '##### EchoFinder | client : CNES', '', '**12:00 - 13:30 \\| café intéractif**', ''];

  it('reads each `8:30 | 9:30` as a slot of the bold day, titled by the heading below it', () => {
    const read = check(page.join('\n'), { committed: { year: 2024, month: 3, day: 1 } }).programme.sessions.map(sessionToJson);
    expect(read.map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join(',')} ${s.title}`)).toEqual([
      '5 2024-03-21 08:30-09:30 Physiotools | client : CNES',
      '9 2024-03-21 09:45-10:45 EchoFinder | client : CNES',
      '13 2024-03-21 12:00-13:30 café intéractif',
    ]);
  });

  it('leaves a bar that parts hours from a title as it was: `9h | Accueil`', () => {
    const agenda = ['## Samedi 12 octobre 2024', '', '- 9h | Accueil', '- 10h | Atelier', ''];
    expect(brief(agenda, { year: 2024, month: 10, day: 1 })).toEqual(['3 2024-10-12 09:00-', '4 2024-10-12 10:00-']);
  });
});
