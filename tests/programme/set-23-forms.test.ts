/*
 * Forms read in held-out set 23 (tests/fixtures/real: python360-portail-planning-2026,
 * lasylv-vercors-plan-2026, catastronout-ppe1-journal-2025, donovan-sae21-journal-2022,
 * moitie-grosse-deprime-tournee-2025, mathildesaliou-evenements-2025), each checked here on
 * a short page, with the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 9, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('how long, not when', () => {
  it('reads a column of lengths beside each session as none of their hours, and the table as a programme', () => {
    const page = ['| | | |', '|---|---|---|', '| S0 | sam. 15 août 2026 | 2 h 30 |', '| S1 | mer. 19 août 2026 | 3 h |', '| S2 | sam. 22 août 2026 | 3 h |', ''];
    expect(brief(page)).toEqual([
      [3, '2026-08-15', ''],
      [4, '2026-08-19', ''],
      [5, '2026-08-22', ''],
    ]);
  });

  it('still reads a column of evening starts as the sessions’ hours', () => {
    const page = ['| | | |', '|---|---|---|', '| S0 | sam. 15 août 2026 | 18h30 |', '| S1 | mer. 19 août 2026 | 19h |', '| S2 | sam. 22 août 2026 | 19h |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['18:30-', '19:00-', '19:00-']);
  });

  it('reads a ride’s length closing its title (`1h17`) as no start in the night', () => {
    const page = ['| Date | Réalisé |', '|---|---|', '| 21/07/2026 | SS — 36 km / 130 m / 1h17 |', '| 22/07/2026 | Endurance 1h15 |', '| 23/07/2026 | Concert 20h30 |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['', '', '20:30-']);
  });
});

describe('a training log’s weeks', () => {
  it('reads `Mar 21` under `S1 (20–26 juil)` as that day of the week, and reports a weekday that does not fit', () => {
    const page = ['#### S1 (20–26 juil 2026)', '', '| Jour | Réalisé |', '|---|---|', '| Mar 21 | Vélo |', '| Mer 22 | Col |', '| Ven 23 | Repos |', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-07-21', '2026-07-22', '2026-07-23']);
    expect(alarms(page)).toEqual(['7 weekday-mismatch']);
  });
});

describe('a student’s journal', () => {
  it('reads `## Pour le 01/10` as the entry for that class', () => {
    const page = ['# Journal de bord', '', '## Pour le 01/10', '', 'Exercices.', '', '## Pour le 08/10', '', 'Exercices.', '', '## Pour le 15/10', '', 'Exercices.', ''];
    expect(brief(page, 2025).map((row) => row[1])).toEqual(['2025-10-01', '2025-10-08', '2025-10-15']);
  });

  it('reads days written in numbers alone on their paragraphs, three or more, as the log’s days', () => {
    const page = ['# Journal', '', '28/03', '', 'Prise de connaissance du sujet.', '', '29/03', '', 'Recherches sur le firewall.', '', '04/04', '', 'Recherches.', ''];
    expect(brief(page, 2022).map((row) => [row[0], row[1]])).toEqual([
      [3, '2022-03-28'],
      [7, '2022-03-29'],
      [11, '2022-04-04'],
    ]);
  });

  it('reads no session in two such lines, which may be anything', () => {
    const page = ['# Notes', '', '28/03', '', 'Texte.', '', '1/2', '', 'Texte.', ''];
    expect(brief(page, 2022)).toEqual([]);
  });
});

describe('a tour’s front matter', () => {
  it('ends a run whose end is stamped in the small hours of the next day on the day before', () => {
    const page = ['---', 'title: Tournée', 'dates:', '  - theatre_text: Oriental-Vevey', '    date_start: 2025-03-12T00:00:00.000Z', '    date_end: 2025-03-17T00:59:00.000Z', '  - theatre_text: Le Spot-Sion', '    date_start: 2025-03-20T00:00:00.000Z', '    date_end: 2025-03-23T00:59:00.000Z', '---', '', 'Le spectacle.', ''];
    expect(brief(page, 2025).map((row) => row[1])).toEqual(['2025-03-12 2025-03-13 2025-03-14 2025-03-15 2025-03-16', '2025-03-20 2025-03-21 2025-03-22']);
  });
});

describe('a speaker’s page of talks, one paragraph each', () => {
  it('reads each one-line paragraph that closes with its date after a comma', () => {
    const page = [
      '## Événements passés',
      '',
      'Welcome to the broligarchy, Meetup Women in Data Science, Paris, 10 avril 2025',
      '> 📰 [summary of the event](https://example.org/a)',
      '',
      '"Technoféminisme", Ethics by Design, Nantes, 14 novembre 2024',
      '',
      '📺 Rencontre en ligne : "Féminisme et réseaux sociaux", 17 novembre 2023, [sur LinkedIn](https://example.org/b)',
      '',
    ];
    expect(brief(page).map((row) => [row[0], row[1]])).toEqual([
      [3, '2025-04-10'],
      [6, '2024-11-14'],
      [8, '2023-11-17'],
    ]);
  });

  it('reads no session in a sentence that closes with a date, alone among prose', () => {
    const page = ['# Nouvelles', '', 'Le site a été refait, merci à tous, 10 avril 2025', '', 'Du texte sans date.', ''];
    expect(brief(page)).toEqual([]);
  });
});

describe('a table folded in two', () => {
  it('reads its left half, then its right half, each row at its line', () => {
    const page = ['| | | |  | | | |', '|---|---|---|---|---|---|---|', '| S0 | sam. 15 août 2026 | 2 h 30 | | S5 | mer. 2 sept. 2026 | 3 h |', '| S1 | mer. 19 août 2026 | 3 h | | S6 | sam. 5 sept. 2026 | 3 h |', '| S2 | sam. 22 août 2026 | 3 h | | | | |', ''];
    expect(brief(page).map((row) => [row[0], row[1]])).toEqual([
      [3, '2026-08-15'],
      [4, '2026-08-19'],
      [5, '2026-08-22'],
      [3, '2026-09-02'],
      [4, '2026-09-05'],
    ]);
  });

  it('leaves a table with an unused middle column as it is', () => {
    const page = ['| Date | Séance | | Salle | Remarque |', '|---|---|---|---|---|', '| 12/03/2026 | Atelier | | B12 | |', '| 19/03/2026 | Atelier | | B12 | |', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-03-12', '2026-03-19']);
  });
});
