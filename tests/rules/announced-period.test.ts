/*
 * A session dated outside the one period its page announces for its sessions (a `Quand`
 * field: `du 29/11 au 24/01`), as loicgrobol-structured-data-2021 and
 * grobol-web-interfaces-seances-2024 date a class after their announced last day.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';

const page = (quand: string, last: string, news = '') =>
  [
    '# Données structurées',
    '',
    ...(news ? [`- **2022-01-04** ${news}`, ''] : []),
    `- **Quand** ${quand}`,
    '',
    '## Séances',
    '',
    '### 2021-11-29 — Graphes',
    '',
    '### 2021-12-06 — Graphes aléatoires',
    '',
    '### 2021-12-13 — Analyseurs syntaxiques',
    '',
    `### ${last} — Coréférence`,
    '',
  ].join('\n');

const periodAlarms = (text: string) =>
  check(text, { committed: { year: 2022, month: 3, day: 1 } })
    .diagnostics.filter((d) => d.rule === 'event-dates-mismatch')
    .map((d) => d.line);

describe('a session outside the period its page announces', () => {
  it('is reported on its date, the period written without its year read around the sessions', () => {
    expect(periodAlarms(page('8 séances, les lundis de 13:30 à 16:30, du 29/11 au 24/01', '2022-02-07'))).toEqual([13]);
  });

  it('is not reported when a line of the page says the session was moved there', () => {
    const moved = page('8 séances, les lundis, du 29/11 au 24/01', '2022-01-26', 'le cours du 17/01 est reporté au mercredi 26/01');
    expect(periodAlarms(moved)).toEqual([]);
  });

  it('is not reported inside the period, nor when the field names no run (`les lundis`)', () => {
    expect(periodAlarms(page('8 séances, les lundis, du 29/11 au 24/01', '2022-01-24'))).toEqual([]);
    expect(periodAlarms(page('8 séances, les lundis de 13:30 à 16:30', '2022-02-07'))).toEqual([]);
  });
});
