/*
 * One line that gives a session on two or more days, each at its own hour: a theatre's
 * `## Vendredi 20 juin à 18h30 et Samedi 21 juin à 17h` over the play's name in bold, a
 * dance course's `Samedi 24/01 : 10h à 17h - Dimanche 25/01: 10h à 16h`. Found in real
 * pages (tests/fixtures/real/baladins-spectacles-2025, mallouestan-stage-danse-2026-01).
 */
import { describe, expect, it } from 'vitest';
import { readDatedLine } from '../../src/dates/dated-line.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2025, month: 5, day: 1 } });
const brief = (lines: string[]) =>
  read(lines).programme.sessions.map(sessionToJson).map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const warnings = (lines: string[]) => read(lines).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a line that gives each of its days its own hours', () => {
  it('reads every date with the hours written after it, and the title after the last', () => {
    const line = readDatedLine('Samedi 24/01 : 10h à 17h - Dimanche 25/01: 10h à 16h - Prix libre');
    expect(line?.hours?.text).toBe('10h à 17h');
    expect(line?.also?.map((day) => [day.dateText, day.hours?.text])).toEqual([['Dimanche 25/01', '10h à 16h']]);
    expect(line?.title).toBe('Prix libre');
  });

  it('gives nothing more when the second date has no hours of its own, or is a bare number pair', () => {
    // A set of days shares the hours written once: that is the grammar's, not this.
    expect(readDatedLine('Samedi 21 et dimanche 22 juin à 16h')?.also).toBeUndefined();
    expect(readDatedLine('Samedi 24 janvier à 10h - 12/15 ans : 14h')?.also).toBeUndefined();
  });

  it('puts a play on each of its evenings, titled by its name in bold below the heading', () => {
    const page = [
      '## Vendredi 20 juin 2025 à 18h30 et Samedi 21 juin à 17h', '', '**POUCET**', '', 'Un conte.', '',
      '## Samedi 21 juin 2025 à 18h30 et dimanche 22 juin à 16h', '', '**ROMEO ET JULIETTE**', '', 'Une tragédie.', '',
      '## Samedi 21 juin 2025 à 18h30 et dimanche 22 juin à 16h', '', '**CATARINA**', '', 'Une pièce.', '',
    ];
    expect(brief(page)).toEqual([
      [1, 'POUCET', '2025-06-20', '18:30-'],
      [1, 'POUCET', '2025-06-21', '17:00-'],
      [7, 'ROMEO ET JULIETTE', '2025-06-21', '18:30-'],
      [7, 'ROMEO ET JULIETTE', '2025-06-22', '16:00-'],
      [13, 'CATARINA', '2025-06-21', '18:30-'],
      [13, 'CATARINA', '2025-06-22', '16:00-'],
    ]);
    // Two plays on the same evenings are no copy, and a line's second day is no step back in time.
    expect(warnings(page)).toEqual([]);
  });

  it('still reports a heading repeated with the same play', () => {
    const page = ['## Samedi 21 juin 2025 à 18h30 et dimanche 22 juin à 16h', '', '**POUCET**', '', '## Samedi 21 juin 2025 à 18h30 et dimanche 22 juin à 16h', '', '**POUCET**', ''];
    expect(warnings(page)).toEqual(['5 duplicate-session', '5 duplicate-session']);
  });

  it('takes a key-times line whose hours hold the agenda of its days as those days told again', () => {
    const page = [
      '## Dates', '__Vendredi 25 janvier 2013 de 18h à 20h et samedi 26 janvier de 9h à 22h__.', '',
      '## Agenda', '', '### Vendredi 25 janvier 2013', '', '* 18h00 - 18h30 : accueil', '* 18h30 - 20h00 : ateliers', '',
      '### Samedi 26 janvier 2013', '', '* 09h00 - 12h00 : hackathon', '* 14h00 - 21h30 : hackathon', '',
    ];
    expect(brief(page).map((row) => row[0])).toEqual([8, 9, 13, 14]);
  });

  it('keeps a day’s session that opens before its agenda with no end (a workshop before the day’s swap)', () => {
    const page = [
      '### Mardi 11 août 2026', '', '## Troc - 16h', '', '## Scène ouverte - 18h', '', 'Le troc.', '',
      '### Mardi 11 août 2026 - à partir de 14h', '', '## Atelier couture', '', 'Rendez-vous à 14h.', '',
    ];
    expect(brief(page).map((row) => [row[2], row[3]])).toContainEqual(['2026-08-11', '14:00-']);
  });
});
