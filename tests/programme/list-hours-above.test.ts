/*
 * A list of dates whose hours are written once, in the line that introduces it (issue 12):
 * every date takes them. Two ranges in that line, or items with their own hours, leave the
 * dates as they are.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function read(text: string) {
  return check(text, { committed: { year: 2026, month: 9, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days, s.times.map((t) => `${t.start}-${t.end ?? ''}`)]);
}

describe('hours written once above a list of dates', () => {
  it.each([
    ['a sentence ending with a colon, hard breaks', '**Dates**\\\nUn mardi toutes les trois semaines, de 19h30 à 21h30.\\\nLes dates :'],
    ['a line of hours', 'Horaires : 19h30-21h30'],
    ['the hours after the words', 'Les ateliers ont lieu aux dates suivantes, de 19 h 30 à 21 h 30 :'],
  ])('gives each date the hours (%s)', (_, intro) => {
    const text = `# Ateliers 2026\n\n${intro}\n\n* Mardi 13 octobre\n* Mardi 3 novembre\n`;
    const sessions = read(text);
    expect(sessions.map((s) => [s[1], s[2]])).toEqual([
      [['2026-10-13'], ['19:30-21:30']],
      [['2026-11-03'], ['19:30-21:30']],
    ]);
  });

  it('leaves the dates all-day when the line writes two ranges, or an item writes its own hours', () => {
    const two = read('# Stages 2026\n\nDe 9h à 12h puis de 14h à 17h :\n\n* Mardi 13 octobre\n* Mardi 3 novembre\n');
    expect(two.map((s) => s[2])).toEqual([[], []]);
    const own = read('# Stages 2026\n\nDe 9h à 12h :\n\n* Mardi 13 octobre\n* Mardi 3 novembre, 14h-16h\n');
    expect(own.map((s) => s[2])).toEqual([[], ['14:00-16:00']]);
  });

  it('leaves a paragraph that is not right above the list alone', () => {
    const text = '# Stages 2026\n\nDe 9h à 12h.\n\n## Dates\n\n* Mardi 13 octobre\n* Mardi 3 novembre\n';
    expect(read(text).map((s) => s[2])).toEqual([[], []]);
  });
});
