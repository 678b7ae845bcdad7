/*
 * What a course plan's page writes around its table that is no part of the dates, as
 * uqam-lomagnin's MGL7320 page writes it (held-out set 13): a copyright notice with a school
 * year at the foot of the page, an exam struck through in the subject column beside its
 * week's number, a room named in the dates cell after the date.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const plan = (rows: string[], foot: string[] = []) =>
  ['# MGL7320', '', '- Les mardis de 18h00 à 21h00', '', '### Calendrier', '', '| Semaine | Sujet | Date |', '| --- | --- | --- |', ...rows, '', ...foot].join('\n');

const read = (text: string) =>
  check(text, { language: 'fr', committed: { year: 2024, month: 12, day: 5 } }).programme.sessions.map(sessionToJson).map((s) => [s.days.join(' '), s.status]);

describe('a course plan read past the notes around its table', () => {
  it('takes no year from a copyright notice (`### Copyright (c) … 2023-2024`): the Tuesdays fit 2024, the commit\'s year', () => {
    const rows = ['| 1 | Introduction | 3 septembre |', '| 2 | Apprentissage | 10 septembre |'];
    expect(read(plan(rows, ['### Copyright (c)Laurent Magnin / UQÀM 2023-2024']))).toEqual([
      ['2024-09-03', 'confirmed'],
      ['2024-09-10', 'confirmed'],
    ]);
  });

  it('still reads a school year written in a heading that is no notice (`### Calendrier 2023-2024`)', () => {
    const text = plan(['| 1 | Introduction | 5 septembre |']).replace('### Calendrier', '### Calendrier 2023-2024');
    expect(read(text)).toEqual([['2023-09-05', 'confirmed']]);
  });

  it('cancels a row whose subject is struck through, though its week number is not', () => {
    expect(read(plan(['| 14 | ~~:walking: [Examen](./examen.md)~~ | 3 décembre |']))).toEqual([['2024-12-03', 'cancelled']]);
  });

  it('reads the date of a cell that names the room after it (`10 décembre **en salle PK-R220**`)', () => {
    const report = check(plan(['| 15 | Présentations | 10 décembre **en salle PK-R220** |']), { language: 'fr', committed: { year: 2024, month: 12, day: 5 } });
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.days)).toEqual([['2024-12-10']]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('still reports a dates cell whose number after the date is no room (`10 décembre 18`)', () => {
    const report = check(plan(['| 15 | Présentations | 10 décembre puis 18 |']), { language: 'fr', committed: { year: 2024, month: 12, day: 5 } });
    expect(report.diagnostics.map((d) => d.rule)).toContain('unreadable-date');
  });
});
