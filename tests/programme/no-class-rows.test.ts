/*
 * A course calendar's week without class, kept as a dated row (`| 27 octobre | Semaine de
 * lecture | Pas de cours |`): the weekly slot called off. Written like the Québec course
 * pages of the real documents (rempsyc, ulaval, cegep-joliette, jhroy).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const statuses = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => `${s.days.join(',')} ${s.status}`);

describe('a row that says no class meets is the slot called off', () => {
  it.each([
    ['a reading week', '| 27 octobre 2026 | Semaine de lecture | — |'],
    ['`Pas de cours` in another cell', '| 27 octobre 2026 | Semaine de lecture | Pas de cours |'],
    ['`Aucune séance`', '| 27 octobre 2026 | Aucune séance | Rattrapage des lectures |'],
    ['`Pas de cours` with the reason', '| 27 octobre 2026 | *Pas de cours, relâche* | |'],
    ['a class lifted', '| 27 octobre 2026 | cours levé | |'],
    ["a week of free activities", "| 27 octobre 2026 | *Semaine d'activités libres* | |"],
  ])('%s', (_name, row) => {
    const lines = ['| Date | Séance | Notes |', '|---|---|---|', '| 20 octobre 2026 | Les attitudes | Chapitre 6 |', row, '| 3 novembre 2026 | L’agression | Chapitre 9 |'];
    expect(statuses(lines)).toEqual(['2026-10-20 confirmed', '2026-10-27 cancelled', '2026-11-03 confirmed']);
  });

  it('leaves a holiday’s name alone, and a programme’s own sessions', () => {
    const lines = ['| Date | Atelier |', '|---|---|', '| 20 octobre 2026 | Stage vacances : poterie |', '| 27 octobre 2026 | Lecture à voix haute |', '| 3 novembre 2026 | Cours de lecture rapide |'];
    expect(statuses(lines)).toEqual(['2026-10-20 confirmed', '2026-10-27 confirmed', '2026-11-03 confirmed']);
  });
});
