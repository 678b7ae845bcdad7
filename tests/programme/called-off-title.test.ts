/*
 * A page whose title calls its whole event off (tests/fixtures/real:
 * ferocesdolls-transplacement-2025): every slot of its programme is cancelled, in a day's
 * agenda as in a table.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const statuses = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2025, month: 5, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.status}`);

const agenda = ['Samedi 24 mai 2025', '', '¤ 16h00 | Ouverture du BIB', '¤ 19h40 | Tombola', '¤ 20h00 | Concert', ''];

describe('a page whose title calls its event off', () => {
  it.each([
    ['`[ANNULÉ]` opening the front matter’s title', ['+++', "title = '[ANNULÉ] Le Grand Transplacement'", '+++', '', ...agenda]],
    ['`ANNULATION !` opening the page’s heading', ['# ANNULATION ! Le Grand Transplacement', '', ...agenda]],
    ['`- annulée` closing the page’s heading', ['# Soirée du BIB - annulée', '', ...agenda]],
  ])('cancels every slot: %s', (_, page) => {
    const read = statuses(page as string[]);
    expect(read.length).toBe(3);
    expect(read.every((line) => line.endsWith('cancelled'))).toBe(true);
  });

  it('cancels every row of a table under such a title', () => {
    const page = ['# [ANNULÉ] Cycle de conférences', '', '| Date | Séance |', '|---|---|', '| 12 mars 2025 | A |', '| 19 mars 2025 | B |', ''];
    expect(statuses(page)).toEqual(['5 cancelled', '6 cancelled']);
  });

  it('leaves a title that speaks of a cancellation inside it: `Atelier sur l’annulation des dettes`', () => {
    const read = statuses(['# Atelier sur l’annulation des dettes', '', ...agenda]);
    expect(read.every((line) => line.endsWith('confirmed'))).toBe(true);
  });
});
