/*
 * Forms read in held-out set 29 (tests/fixtures/real: telemeta-reunion-2017,
 * heiafr-devops-deroulement-2026, beequeen-agenda-conferences-2024), each checked here on a
 * short page, with the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2025) => check(lines.join('\n'), { committed: { year, month: 1, day: 10 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.status, s.title]);

describe('markdown that raw HTML swallows', () => {
  it('reads a heading written right under a lone `<hr>`, the day of the agenda below it', () => {
    const slides = ['# Telemeta 2.0', '<hr>', '### 12/01/2017 - 10h-17h - Jussieu', '<img src="img/icon.png" height="100px" />', '', '---', '', '# Ordre du jour', '', '- 10h - 10h45 : Tour de table', '- 10h45 - 11h15 : Introduction', ''];
    expect(brief(slides, 2017).map((row) => row.slice(0, 3))).toEqual([
      [10, '2017-01-12', '10:00-10:45'],
      [11, '2017-01-12', '10:45-11:15'],
    ]);
  });

  it('reads the headings after a comment closed by `--!>`, as HTML ends it there', () => {
    const course = ['# DevOps', '', '### Jeudi 19.03 à 9h05', '- Revue', '', '    <!-- Les technologies de test: Cypress. --!>', '', '## P6 : Jeudi', '### Jeudi 26.03 à 10h15', '- MLOps', ''];
    expect(brief(course, 2026).map((row) => row.slice(0, 3))).toEqual([
      [3, '2026-03-19', '09:05-'],
      [9, '2026-03-26', '10:15-'],
    ]);
  });

  it('reads no day from inside a comment that `--!>` closes', () => {
    const letter = ['# Lettre', '', '<br>', 'Le 12 mars 2025 à 14h, réunion.<br>', '', '<!-- ### Jeudi 20 mars 2025 à 10h --!> encore caché -->', ''];
    expect(brief(letter).map((row) => row[1])).not.toContain('2025-03-20');
  });
});

describe('events written as quotes, one after the other', () => {
  const cards = [
    '# Conférences',
    '',
    '>',
    '> <s> le dimanche 24 novembre 2024  ',
    '>  Agroécologie et l’abeille  ',
    '>  pr Mr. Delfosse </s>  ',
    '>',
    '',
    '>',
    '> le dimanche 12 janvier 2025  ',
    '> **La récolte du pollen**  ',
    '> *par Mr. Didier Brick*  ',
    '>',
    '',
  ];

  it('reads each quote’s date line as an event titled by the line under it, one struck in HTML called off', () => {
    expect(brief(cards, 2024).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      [4, '2024-11-24', 'cancelled', 'Agroécologie et l’abeille'],
      [10, '2025-01-12', 'confirmed', 'La récolte du pollen'],
    ]);
  });

  it('still reads one quote that tells a date in a sentence as no event', () => {
    expect(brief(['# Notre année', '', '> Le 12 janvier 2025, nous avons fêté les dix ans du rucher avec les voisins.', ''])).toEqual([]);
  });
});
