/*
 * A chess club's Olympic summer animations (jeen-animations-jo-2024, held-out set 16): a
 * Pelican page whose head writes `Date: 2024-07-21` and `Rendez-vous au parc`, then a month
 * on a line of its own (`En juillet`) over lines of days with two ranges of hours parted
 * by a comma (`samedi 27 :     10h - 12h, 17h - 19h`).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const page = [
  'Title: Animation Jeux Olympiques de Paris 2024', 'Date: 2024-07-21', "Description: Le JÉEN organise des animations ! Rendez-vous au parc Sainte-Périne !", '', '',
  "**Calendrier des animations d'échecs**", '', 'En juillet', '',
  'samedi 27 :     10h - 12h, 17h - 19h  ', 'mardi 30 :      10h - 12h, 17h - 21h  ', '',
  'En août', '', 'jeudi 1er :     10h - 12h, 17h - 19h  ', 'mardi 6 :       10h - 12h, 17h - 21h   (Chess Boxing à partir de 17h)', '',
];
const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2024, month: 7, day: 21 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a month on a line of its own over lines of days', () => {
  it('gives each day line its month, and each its two ranges of hours; the page’s head is no session', () => {
    expect(brief(page)).toEqual([
      [10, '2024-07-27', '10:00-12:00,17:00-19:00'],
      [11, '2024-07-30', '10:00-12:00,17:00-21:00'],
      [15, '2024-08-01', '10:00-12:00,17:00-19:00'],
      [16, '2024-08-06', '10:00-12:00,17:00-21:00'],
    ]);
  });

  it('a heading closes the month a line named', () => {
    const closed = [...page.slice(0, 12), '## Horaires habituels', '', 'samedi 3 : 10h - 12h', ''];
    expect(brief(closed).map((row) => row[0])).toEqual([10, 11]);
  });
});
