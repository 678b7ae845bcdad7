/*
 * Forms read in held-out set 47 once it was measured unseen and moved to be read
 * (tests/fixtures/real: desmangles-soutien-zc6-2025, ericecmorlaix-1nsi-log-2025), checked
 * here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { alarmLines, briefSessions, check } from '../helpers/read.js';

const committed = { year: 2025, month: 10, day: 20 };
const brief = (lines: string[], on = committed) => briefSessions(lines, on).map((line) => line.replace(/\s+/g, ' '));
const statuses = (lines: string[]) => check(lines.join('\n'), { committed }).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.status}`);

describe('a tutoring page whose sessions are each set in a quote of its own', () => {
  const page = [
    '## Sujets ciblés',
    '',
    '> **Semaine #4**: Mardi 16 septembre  (0 étudiants)  ',
    "[Trace d'exécution](./trace)",
    '',
    '> **Semaine #7**: Mardi 7 octobre (pas eu lieu, conflit avec 1 réunion départementale)  ',
    '[Sous-programmes](./fonctions-if)',
    '',
    '> **Semaine #11**: Mardi 13 novembre (**à confirmer**)  ',
    '[Boucles et débogueur](./boucles-debug)',
    '',
  ];

  it('reads each quote as an item of a list, titled by its label and the topic linked under it', () => {
    expect(brief(page)).toEqual([
      "3 2025-09-16 Semaine #4 : 0 étudiants : Trace d'exécution",
      '6 2025-10-07 Semaine #7 : pas eu lieu, conflit avec 1 réunion départementale : Sous-programmes',
      '9 2025-11-13 Semaine #11 : Boucles et débogueur',
    ]);
  });

  it('takes a session that `pas eu lieu` for cancelled, and tells the weekday that does not fit', () => {
    expect(statuses(page)).toEqual(['3 confirmed', '6 cancelled', '9 tentative']);
    expect(alarmLines(page, committed)).toContain('9 weekday-mismatch');
  });

  it('leaves a single dated quote alone: a remark, not a list', () => {
    expect(brief(['# Nouvelles', '', '> Mardi 16 septembre : la salle change.', '', 'Le reste du texte.', ''])).toEqual([]);
  });

  it('leaves quotes of prose alone, even several in a row', () => {
    expect(brief(['# Citations', '', '> Le savoir est une arme.', '', '> Apprendre, c’est se souvenir.', ''])).toEqual([]);
  });

  it("does not take `n'a pas lieu d'être` for a cancellation", () => {
    const lines = ['- Mardi 16 septembre : atelier (ce débat n’a pas lieu d’être)', '- Mardi 23 septembre : atelier', ''];
    expect(statuses(lines)).toEqual(['1 confirmed', '2 confirmed']);
  });
});

describe('a course log whose headings write their days bare, then a title with no mark between', () => {
  const log = (last: string) => ['## Le 21/11 (2h)', '', '- Évaluation', '', '## Le 28/11', '', 'texte', '', '## Le 05/12', '', 'texte', '', last, '', 'texte', ''];

  it('reads `## Les 7 et 8/12 Portes Ouvertes` as two days titled by what follows them', () => {
    expect(brief(log('## Les 7 et 8/12 Portes Ouvertes'), { year: 2025, month: 12, day: 20 }).at(-1)).toBe('13 2025-12-07 2025-12-08 Portes Ouvertes');
  });

  it('reads a named month the same way (`## Le 14 décembre Spectacle`), and not prose in lower case', () => {
    expect(brief(log('## Le 14 décembre Spectacle'), { year: 2025, month: 12, day: 20 }).at(-1)).toBe('13 2025-12-14 Spectacle');
    expect(brief(log('## Le 14 décembre nous partons'), { year: 2025, month: 12, day: 20 }).at(-1)).toBe('9 2025-12-05 Le 05/12');
  });
});
