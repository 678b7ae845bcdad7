/*
 * A year the page writes elsewhere than beside the dates (its header's prose, a school
 * year), confirmed by the weekdays the rows write, when the file has no commit to guess
 * by. Shown by a training's README (`8 séances, du 26 septembre au 21 octobre 2026` over
 * `| sam. 26 sept. |`: modestesavadogo-formation-ml-2026); the variants are other ways.
 */
import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

const firstDays = (report: ReturnType<typeof check>) => report.programme.sessions.map((s) => days(s)[0]);
const alarms = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a year the page writes, that the weekdays fit', () => {
  it('a sentence in an HTML header gives 2026; the abbreviated weekdays fit it: read there, said once', () => {
    const text = '<div align="center">\n\n# formation-ml\n\nFormation Machine Learning, édition 2026 (mercredi/samedi)\n\n</div>\n\n## Progression\n\n' + table('# | Séance | Date', '1 | Introduction | sam. 26 sept.', '2 | Régression | mer. 30 sept.', '3 | Classification | sam. 3 oct.');
    const report = check(text);
    expect(firstDays(report)).toEqual(['2026-09-26', '2026-09-30', '2026-10-03']);
    expect(alarms(report)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.rule === 'guessed-year')[0]!.message).toMatch(/all fit 2026, the one year the page writes/);
  });

  it('a list from autumn into spring, the page writing its second year only', () => {
    const text = '# Club\n\nInscriptions ouvertes jusqu’en juin 2025.\n\n- Samedi 14 décembre : Tournoi\n- Samedi 11 janvier : Galette\n- Samedi 8 février : Sortie\n';
    const report = check(text);
    expect(firstDays(report)).toEqual(['2024-12-14', '2025-01-11', '2025-02-08']);
    expect(report.diagnostics.filter((d) => d.rule === 'guessed-year')).toHaveLength(1);
  });

  it('weekdays that fit none of the years the page writes: no year is made up', () => {
    const text = '# Atelier\n\nCréé en 2019.\n\n' + table('Date | Séance', 'sam. 26 sept. | Intro', 'mer. 30 sept. | Suite');
    const report = check(text);
    expect(firstDays(report)).toEqual([undefined, undefined]);
    expect(alarms(report)).toContain('7 missing-year');
  });
});
