/*
 * A heading dated by the one item (or the one line) below it (issue 12): `### Partiel`
 * then `- 14/01/2025, 9h-12h, amphi A`, `### AFIT` then `- **Deadline :** Vendredi 21/12 à
 * 23h42`. The session is the heading's, on the heading's line. A list of several dated
 * items under a heading is a list of sessions, not the heading's date.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text, { committed: { year: 2024, month: 6, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`), s.title]);
}

describe('a heading dated by the one item below it', () => {
  it('reads the date alone, with hours and a place', () => {
    const text = ['# Examens 2025', '', '### Partiel', '', '- 14/01/2025, 9h-12h, amphi A', '', '### Rattrapage', '', '* Mardi 11 mars, 14h', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2025-01-14'], ['09:00-12:00'], 'Partiel'],
      [7, ['2025-03-11'], ['14:00-'], 'Rattrapage'],
    ]);
  });

  it('reads a labelled date among other fields, the label naming the session', () => {
    const text = ['# Projets', '', '#### AFIT', '', '- **Deadline :** Vendredi 21/12/2018 à 23h42', '- **Site internet :** [AFIT](https://example.org/AFIT.html)', ''].join('\n');
    expect(read(text)).toEqual([[3, ['2018-12-21'], ['23:42-'], 'AFIT : deadline']]);
  });

  it('reads a week written with a bare day and month, as its working days', () => {
    const text = ['# Projet de S2 (2019)', '', '### Première soutenance', '', '- Semaine du 11/03', ''].join('\n');
    expect(read(text)).toEqual([[3, ['2019-03-11', '2019-03-12', '2019-03-13', '2019-03-14', '2019-03-15'], [], 'Première soutenance']]);
  });

  // claude-craft-index-adr-2025: `## 📊 Statistiques` over `**Dernière mise à jour** : 2025-11-26`.
  it('leaves a heading over the line that dates the page (`Dernière mise à jour :`, `Publié le :`)', () => {
    expect(read('# Index\n\n## Statistiques\n\n**Dernière mise à jour** : 2025-11-26\n\n- **Total** : 10\n')).toEqual([]);
    expect(read('# Index\n\n## Notes\n\nPublié le : 3 mars 2024\n')).toEqual([]);
    expect(read('# Index\n\n## Assemblée\n\nConvocation : 3 mars 2024\n').map((s) => s[0])).toEqual([3]);
  });

  it('leaves a heading over several dated items to its items, and an item that is a sentence', () => {
    expect(read('# Agenda 2024\n\n## Ateliers\n\n- 12 mars : vélo\n- 19 mars : couture\n').map((s) => s[0])).toEqual([5, 6]);
    expect(read('# Visite 2024\n\n### Visite\n\n- 1/2 journée sur place\n')).toEqual([]);
    expect(read('# Projet\n\n### Historique\n\n- Le 3 mars 2020, nous avons ouvert le lab. Il a fermé ensuite.\n')).toEqual([]);
  });
});

describe('a heading dated by the one line below it', () => {
  it('reads a line that is the date, with its hours', () => {
    const text = ['# Examens 2025', '', '### Soutenance', '', 'Mardi 11 mars 2025, 14h-16h', '', '### Date limite du rapport', '', 'Rendu : jeudi 13 mars 2025', ''].join('\n');
    expect(read(text)).toEqual([
      [3, ['2025-03-11'], ['14:00-16:00'], 'Soutenance'],
      [7, ['2025-03-13'], [], 'Date limite du rapport : rendu'],
    ]);
  });

  it('leaves a sentence below a heading alone', () => {
    expect(read('# Projet\n\n### Historique\n\nLe 3 mars 2020, nous avons ouvert le lab.\n')).toEqual([]);
  });
});
