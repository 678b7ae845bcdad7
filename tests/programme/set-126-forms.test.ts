/*
 * Forms read once held-out set 126 was measured unseen (tests/fixtures/real/INDEX.md, set
 * 126), each checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

const table = (header: string, ...rows: string[]) => [
  '# Guide des présentateurs',
  '',
  `| ${header} |`,
  `|${header.split('|').map(() => '---').join('|')}|`,
  ...rows.map((row) => `| ${row} |`),
  '',
];

// oscanada-guide-table-ronde-2025, oscanada-guide-kiosque-2025: `Date et heure` beside the
// time to hand in the slides or to set up a stand.
describe('a column that times an errand around the session', () => {
  const page = table(
    'Séance | Date et heure | Heure de dépôt de la présentation | Salle',
    'Présentations d’ouverture | 9 Oct., 9h30–11h | 9 Oct., 8h30 | ABCD',
    'Table ronde “A” | 10 Oct., 14h30–16h | 12h | AB',
  );

  it('is not the session’s hours: those of the dates cell are', () => {
    expect(briefSessions(page, 2025, 9)).toEqual(['5 2025-10-09 09:30-11:00', '6 2025-10-10 14:30-16:00']);
  });

  it('raises nothing on its cells, dated or not', () => {
    expect(briefProblems(page, { year: 2025, month: 9, day: 2 })).toEqual([]);
  });

  it('is so for setting up and taking down a stand', () => {
    const stands = table('Séance | Date et heure | Heure d’installation | Heure de démontage | Salle', 'Kiosques “A” | 9 Oct., 11h–12h | 8h30–11h00 | 11h50 max | EFG');
    expect(briefSessions(stands, 2025, 9)).toEqual(['5 2025-10-09 11:00-12:00']);
  });

  it('leaves the session’s own start, slot and day hours as its hours', () => {
    for (const header of ['Heure de début', 'Horaire de passage', 'Heure de la journée', 'Heures']) {
      const rows = table(`Séance | Date | ${header} | Salle`, 'Soutenance A | 9 octobre | 14h | B12');
      expect(briefSessions(rows, 2025, 9), header).toEqual(['5 2025-10-09 14:00-']);
    }
  });
});
