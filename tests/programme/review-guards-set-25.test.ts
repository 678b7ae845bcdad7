/*
 * Counterexamples a reviewer found to set 25's forms (set-25-forms.test.ts), each a page a
 * coordinator could write that those forms first read wrong.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2026, month: 7, day: 20 } });
const brief = (lines: string[]) => read(lines).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.status]);
const alarms = (lines: string[]) => read(lines).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a plan of weeks with a column per weekday', () => {
  it('reads a rest day (`Repos`, `OFF`) as no session', () => {
    const page = ['# Plan 2026', '', '| Sem. | Dates | Mardi | Jeudi | Dimanche |', '|---|---|---|---|---|', '| S1 | 3–9 août | EF 7 km | Repos | SL 14 km |', '| S2 | 10–16 août | OFF | — | Course 10 km |', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-08-04', '2026-08-09', '2026-08-16']);
  });

  it('calls off only the day whose cell says so', () => {
    const page = ['# Atelier cuisine 2025', '', '| Semaine | Dates | Mardi | Jeudi |', '|---|---|---|---|', '| 42 | 13–19 octobre 2025 | Pain | Desserts |', '| 43 | 20–26 octobre 2025 | Annulé (vacances) | Gratins |', ''];
    expect(brief(page).map((row) => row[3])).toEqual(['confirmed', 'confirmed', 'cancelled', 'confirmed']);
  });

  it('reads the hours a cell opens with as its own', () => {
    const page = ['# Club 2025', '', '| Semaine | Dates | Lundi | Mercredi | Samedi |', '|---|---|---|---|---|', '| 41 | 6–12 octobre 2025 | 18h-20h | 17h30-19h | 10h-12h Compétition |', ''];
    expect(brief(page).map((row) => [row[1], row[2]])).toEqual([
      ['2025-10-06', '18:00-20:00'],
      ['2025-10-08', '17:30-19:00'],
      ['2025-10-11', '10:00-12:00'],
    ]);
  });

  it('finds each weekday in a week that does not start on Monday, once the year is known', () => {
    const page = ['# Plan 2026', '', '| Sem. | Dates | Mardi | Dimanche |', '|---|---|---|---|', '| S1 | 1–7 août | EF 6 km | SL 12 km |', '| S2 | 8–14 août | EF 7 km | SL 14 km |', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-08-04', '2026-08-02', '2026-08-11', '2026-08-09']);
    expect(alarms(page)).toEqual([]);
  });

  it('splits a second row of hours under the week by its weekdays, in order', () => {
    const page = ['# L1 2025', '', '| Dates | Horaires | Lundi | Mardi | Mercredi |', '|---|---|---|---|---|', '| 3–7 mars 2025 | 8h-10h | Maths | Anglais | Algo |', '| | 10h-12h | Physique | — | Réseaux |', ''];
    expect(brief(page).map((row) => [row[1], row[2]])).toEqual([
      ['2025-03-03', '08:00-10:00'],
      ['2025-03-04', '08:00-10:00'],
      ['2025-03-05', '08:00-10:00'],
      ['2025-03-03', '10:00-12:00'],
      ['2025-03-05', '10:00-12:00'],
    ]);
    expect(alarms(page)).toEqual([]);
  });

  it('keeps a week across the new year in one year’s turn', () => {
    const page = ['# Marathon', '', '| Sem. | Dates | Mardi | Dimanche |', '|---|---|---|---|', '| S1 | 22–28 déc. | EF 8 km | SL 15 km |', '| S2 | 29 déc. – 4 janv. | EF 8 km | SL 16 km |', '| S3 | 5–11 janv. | EF 9 km | SL 18 km |', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-12-22', '2026-12-27', '2026-12-29', '2027-01-03', '2027-01-05', '2027-01-10']);
  });
});

describe('a timesheet', () => {
  it('stays no programme when a comment column says words beside its total', () => {
    const page = ['| Date | Horaires | Total | Commentaire |', '|---|---|---|---|', '| 03/03/2025 | 9h-17h30 | 7h30 | Réunion d’équipe et prise en main |', '| 04/03/2025 | 9h-17h | 7h00 | Développement du module export |', ''];
    expect(brief(page)).toEqual([]);
  });
});

describe('a series’ counters in its headings', () => {
  it('reads `## Séance 1/4` to `4/4` as counters, the line below each as its day', () => {
    const page = ['# Atelier théâtre 2025', '', '## Séance 1/4 : Improvisation', '', 'Mardi 14 octobre 2025, 18h-20h.', '', '## Séance 2/4 : Texte', '', 'Mardi 21 octobre 2025, 18h-20h.', '', '## Séance 3/4 : Mise en scène', '', 'Mardi 4 novembre 2025, 18h-20h.', '', '## Séance 4/4 : Représentation', '', 'Mardi 18 novembre 2025, 18h-20h.', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2025-10-14', '2025-10-21', '2025-11-04', '2025-11-18']);
  });
});
