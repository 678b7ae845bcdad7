/*
 * A timesheet is no programme: an intern's clockings per week (crowdsim-pointage-2023,
 * held-out set 16: `## Semaine 22 du 29/05 au 02/06` over `| jours | Matin in | Matin out |
 * ... | **Total** | ***Flex*** |`) and a student's hours spent per day
 * (do-it-bernard-pok1-horodatage-2024: `| Date | Heures passées | Indications |`, `3H45`).
 * Their days were worked, not scheduled: nothing goes to a calendar, and the coordinator
 * who named the file is told why in one info.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';

const clockings = [
  '# Pointage horaire', '', '## Semaine 22 du 29/05 au 02/06', '',
  '| jours | Matin in | Matin out | Après-midi in | Après-midi out | **Total** | ***Flex*** |',
  '| :-- | :-: | :-: | :-: | :-: | --: | --: |',
  '| Jeudi 01/06 | 10 | 11:15 | 14:30 | 18:45 | 7:15 | +0:15 |',
  '| Vendredi 02/06 | 8:30 | 12:18 | 13:00 | 17:00 | 7:48 | +0:48 |', '',
  '## Semaine 23 du 05/06 au 09/06', '',
  '| jours | Matin in | Matin out | Après-midi in | Après-midi out | **Total** | ***Flex*** |',
  '| :-- | :-: | :-: | :-: | :-: | --: | --: |',
  '| Mardi 06/06 | 08:05 | 12:00 | 13:00 | 17:10 | 8:05 | +1:05 |', '',
];
const spent = ['# Horodatage', '', '| Date | Heures passées | Indications |', '| --- | --- | --- |', '| Samedi 14/09 | 3H45 | Création du Mockup |', '| Lundi 16/09 | 2H15 | Pages HTML |', ''];

describe('a timesheet', () => {
  it.each([
    ['clockings in and out, under week headings', clockings],
    ['hours spent per day', spent],
  ])('gives no session and no error (%s), and says in one info what the table is', (_name, lines) => {
    const report = check(lines.join('\n'), { committed: { year: 2023, month: 9, day: 1 } });
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const info = report.diagnostics.filter((d) => d.rule === 'not-a-programme');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toContain('log the time someone worked');
  });

  it('a course plan that counts its hours per session is still a programme', () => {
    const plan = ['| Date | Séance | Heures | Total |', '| --- | --- | --- | --- |', '| Lundi 4 septembre 2023 | Introduction | 9h - 12h | 3 |', '| Lundi 11 septembre 2023 | Tableaux | 9h - 12h | 6 |', ''];
    expect(check(plan.join('\n')).programme.sessions).toHaveLength(2);
  });
});
