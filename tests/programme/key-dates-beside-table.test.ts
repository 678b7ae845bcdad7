/*
 * A list of key dates beside the schedule table, as course and project pages write it: a
 * box of important dates above the milestones table (an admonition, a plain bullet list
 * under `## Dates importantes`, a GitHub alert), whose items a reader puts in the calendar
 * with the table's rows. Dated lines of a paragraph (a message that restates the table)
 * and a lone dated item stay text.
 */
import { describe, expect, it } from 'vitest';
import { check, days } from '../helpers/read.js';

const milestones = '| Jalon | Date prévue | Livrable |\n| --- | --- | --- |\n| Ouverture | 1 mai | Proposition |\n| Analyse | 13 mai | Document |\n';

function read(text: string) {
  const report = check(text);
  return {
    sessions: report.programme.sessions.map((session) => `${session.position.start.line} ${session.source} ${days(session).join(',')}`),
    problems: report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`),
  };
}

describe('key dates beside a schedule table', () => {
  it.each([
    ['an admonition box', '!!! info "Dates importantes"\n    - **Description du projet** : 23 mai 2025\n    - **Foire 1** : 9-11 juin 2025\n'],
    ['a bullet list under its heading', '## Dates importantes\n\n- Description du projet : 23 mai 2025\n- Foire 1 : 9-11 juin 2025\n'],
    ['a GitHub alert', '> [!IMPORTANT]\n> - 23 mai 2025 : description du projet\n> - 9-11 juin 2025 : foire 1\n'],
  ])('reads the items of %s as sessions too, after the table\'s', (_, box) => {
    const text = `# Projet 2025\n\n${box}\n## Jalons\n\n${milestones}`;
    const { sessions, problems } = read(text);
    expect(sessions.filter((s) => s.includes(' table '))).toHaveLength(2);
    expect(sessions.filter((s) => s.includes(' list ')).map((s) => s.split(' ')[2])).toEqual(['2025-05-23', '2025-06-09,2025-06-10,2025-06-11']);
    expect(problems).toEqual([]);
  });

  it('keeps dated lines of a paragraph as text', () => {
    const text = `# Projet 2025\n\n${milestones}\nBonjour, pour rappel :\nOuverture : 1 mai 2025\nAnalyse : 13 mai 2025\n`;
    expect(read(text).sessions.filter((s) => !s.includes(' table '))).toEqual([]);
  });

  it('keeps a lone dated item as text', () => {
    const text = `# Projet 2025\n\n- Inscriptions avant le 20 avril 2025\n\n${milestones}`;
    expect(read(text).sessions.filter((s) => !s.includes(' table '))).toEqual([]);
  });
});
