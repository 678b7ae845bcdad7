/*
 * Forms read in held-out set 36 (tests/fixtures/real: micha-ppe1-journal-2022), checked here
 * on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2022, month: 12, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')}`);

describe('a student’s journal whose days are set apart with no weekday', () => {
  it('reads `— 28 Septembre —` over the day’s list as a day of the log, when three such days make a log', () => {
    const journal = ['# Journal de bord', '', '— 28 Septembre —', '- git clone', '', '— 12 Octobre —', '- README', '', '— 19 Octobre —', '- HTML', ''];
    expect(brief(journal)).toEqual(['3 2022-09-28', '6 2022-10-12', '9 2022-10-19']);
  });

  it('leaves two such dates as text: a date set apart once or twice is a post’s or a release’s', () => {
    const notes = ['# Notes', '', '— 28 Septembre —', '- git clone', '', '— 12 Octobre —', '- README', ''];
    expect(brief(notes)).toEqual([]);
  });

  it.each([
    ['a changelog kept newest first', ['# Historique', '', '— 12 mars —', '- Ajout de l’export PDF', '', '— 28 février —', '- Nouvelle page d’accueil', '', '— 15 janvier —', '- Première version', '']],
    ['plain dates over lists (release notes, birthdays)', ['# Anniversaires de l’équipe', '', '12 mars', '- Paul', '', '2 avril', '- Marie', '', '20 mai', '- Léa', '']],
    ['dates that write their year (a blog’s entries)', ['# Blog', '', '— 3 octobre 2023 —', '- Réunion avec le client', '', '— 10 octobre 2023 —', '- Maquettes', '', '— 17 octobre 2023 —', '- Développement', '']],
  ])('leaves %s as text', (_, page) => {
    expect(brief(page as string[])).toEqual([]);
  });
});
