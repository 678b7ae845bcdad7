/*
 * Headings that are days or slots of a day, written at one level: timed headings at the
 * level of their day heading are that day's slots, and a journal's headings written as bare
 * days (`## 29/01`) are its days when there are several of them.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

describe('timed headings at the level of their day heading', () => {
  it('are that day’s slots', () => {
    const log = ['## Déroulé', '#### Lundi 7 juillet 2025', '#### 13h30 : Lancement du projet', '- Lecture du sujet', '#### 14h30 : Organisation', '#### Mardi 8 juillet 2025', '#### 8h30 : Reprise', ''].join('\n');
    expect(sessionRows(log)).toEqual([
      [3, '2025-07-07', '13:30-', 'Lancement du projet'],
      [5, '2025-07-07', '14:30-', 'Organisation'],
      [7, '2025-07-08', '08:30-', 'Reprise'],
    ]);
  });
});

describe('a journal whose headings are its days written bare', () => {
  it('reads `## 29/01`, `## 30/01`, `## 31/01` as days, and one such heading alone as nothing', () => {
    const journal = ['# Journal de bord 2024', '', '## 29/01 (demi-journée)', 'Lecture du sujet.', '', '## 30/01', 'Réunion.', '', '## 31/01', 'Benchmark.', ''].join('\n');
    expect(sessionRows(journal).map(([line, day]) => [line, day])).toEqual([
      [3, '2024-01-29'],
      [6, '2024-01-30'],
      [9, '2024-01-31'],
    ]);
    expect(sessionRows('# Scores 2024\n\n## 3/4\n\nTexte.\n')).toEqual([]);
  });
});
