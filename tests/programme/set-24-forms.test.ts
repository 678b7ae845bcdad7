/*
 * Forms read in held-out set 24 (tests/fixtures/real: insp-bioinfo-programme-2026,
 * houston-itineraire-2025, cin-auberive-sejours-2026, desarzens-evenements-2022,
 * mtes-parcours-r-journal-2026), each checked here on a short page, with the near form that
 * must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 9, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a course’s days counted beside their dates', () => {
  const page = (fourth: string, fifth = 'J4 (après-midi)') => [
    '# Formation 2026',
    '',
    '| Jour | Date | Module |',
    '|---|---|---|',
    '| **J1** | 31/08 | Ouverture |',
    '| **J2** | 01/09 | Contrôle qualité |',
    `| **${fourth}** | 03/09 | Métagénomique |`,
    `| **${fifth}** | 03/09 | Simulation |`,
    '',
  ];

  it('reads the dates column when the days column splits a day in two (`J4 (matin)`)', () => {
    expect(brief(page('J4 (matin)')).map((row) => row[1])).toEqual(['2026-08-31', '2026-09-01', '2026-09-03', '2026-09-03']);
    expect(alarms(page('J4 (matin)'))).toEqual([]);
  });

  it('still reads them when the day is written alone', () => {
    expect(brief(page('J4', 'J4')).map((row) => row[1])).toEqual(['2026-08-31', '2026-09-01', '2026-09-03', '2026-09-03']);
  });
});

describe('a start written inside a row’s title', () => {
  const table = (cells: string[]) => ['| Date | Activité |', '|---|---|', ...cells.map((cell, index) => `| ${14 + index} avr 2025 | ${cell} |`), ''];

  it('reads `à 23:35` before a bracket or a dash as the row’s start', () => {
    expect(brief(table(['Départ de Tunis à 23:35 (Turkish Airlines TK658)', 'Arrivée à Houston à 19:05 – Installation et repos', 'Visite du musée'])).map((row) => row[2])).toEqual(['23:35-', '19:05-', '']);
  });

  it('reads nothing when the title writes two times, or a time that ends no part of it', () => {
    expect(brief(table(['Départ à 8h, retour à 18h – car', 'Ouverture des portes à 9h30 et visite', 'Rendez-vous à 14h (salle B)'])).map((row) => row[2])).toEqual(['', '', '14:00-']);
  });
});

describe('a list in a front matter’s text', () => {
  it('reads the dated items of a folded `intro: >-` the page shows', () => {
    const page = ['---', 'title: Les séjours été', 'intro: >-', '  Eté 2026, 2 séjours sont proposés :', '', '', '  * **7/11 ans : 11 au 13 juillet 2026**', '', '  * **10/14 ans : 21 au 22 juillet 2026**', 'layout: page', '---', 'Texte.', ''];
    expect(brief(page)).toEqual([
      [7, '2026-07-11 2026-07-12 2026-07-13', ''],
      [9, '2026-07-21 2026-07-22', ''],
    ]);
  });

  it('reads no session in a list of prices there', () => {
    const page = ['---', 'title: Les séjours été', 'tarifs: >-2', '   - 7/11 ans : 560 €', '   - 10/14 ans : 680 €', 'layout: page', '---', 'Texte.', ''];
    expect(brief(page)).toEqual([]);
  });
});

describe('events as top headings over their card line', () => {
  const page = (first: string) => [
    '---',
    'title: Evenements',
    '---',
    '',
    '# Tout à coup tout le monde se tait',
    `**${first}** | Standard Deluxe - Lausanne | dès 18h30 | [Evenement](https://example.org)`,
    '<hr>',
    '',
    '# Vernissage du roman',
    '**21 janvier 2022** | Payot Morges | 18h-20h',
    '',
  ];

  it('reads each heading as an event, dated and timed by the fields below it', () => {
    expect(brief(page('18 février 2022'), 2022)).toEqual([
      [5, '2022-02-18', '18:30-'],
      [9, '2022-01-21', '18:00-20:00'],
    ]);
  });

  it('reports a day that does not exist there', () => {
    expect(alarms(page('00 février 2022'), 2022)).toEqual(['6 invalid-date']);
  });

  it('keeps a lone top heading the page’s title, which no line below dates', () => {
    expect(brief(['# Club 2022', '**21 janvier 2022** | Payot Morges | 18h-20h', '', 'Texte.', ''], 2022)).toEqual([]);
  });
});

describe('a README’s journal of its changes', () => {
  const page = (words: string[]) => ['# Parcours R', '', '## Journal', '', ...words.flatMap((word, index) => [`${String(3 + index).padStart(2, '0')}/06/20${20 + index}`, '', `- ${word}`, '']), ''];

  it('reads no session in dated entries that tell what was changed', () => {
    expect(brief(page(['Mise à jour des github actions', 'Déploiement support Module 6', 'Ajout lien vers support', 'Ménage de noël']))).toEqual([]);
  });

  it('still reads a course log written the same way', () => {
    expect(brief(page(['Introduction à R', 'Manipulation de données', 'Graphiques', 'Modèles'])).length).toBeGreaterThan(0);
  });
});
