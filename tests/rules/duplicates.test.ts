/*
 * The same thing written twice, as real documents do: a detail section copied and left
 * behind when it was rewritten, and a generated list that repeats one evening with
 * another link each time.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';

const table = '# Programme 2020\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Session | 26 novembre | 14h - 17h |\n| Session | 10 décembre | 14h - 17h |\n';

describe('duplicate-section', () => {
  it('reports the later copy of a dated section, naming the lines of both, in English and in French', () => {
    const text = `${table}\n### Session du 26 novembre 2020\n\n- **Heures** : 14h - 17h\n\n### Session du 10 décembre 2020\n\n- **Heures** : 14h - 17h\n\n### Session du 26 novembre 2020\n\n- **Heures** : 14h - 17h\n`;
    const found = check(text).diagnostics.filter((d) => d.rule === 'duplicate-section');
    expect(found.map((d) => [d.line, d.severity])).toEqual([[16, 'warning']]);
    expect(found[0]!.message).toContain('line 16');
    expect(found[0]!.message).toContain('line 8');
    expect(found[0]!.related).toMatchObject({ line: 8 });
    const fr = check(text, { language: 'fr' }).diagnostics.find((d) => d.rule === 'duplicate-section');
    expect(fr?.message).toContain('ligne 16');
    expect(fr?.message).toContain('ligne 8');
  });

  it('reports a stale copy whose hours were not updated, beside the hours it contradicts', () => {
    const text = `${table}\n### Session du 26 novembre\n\n- **Heures** : 14h - 17h\n\n### Session du 26 novembre\n\n- **Heures** : 9h - 12h\n`;
    const rules = check(text).diagnostics.map((d) => `${d.line} ${d.rule}`);
    expect(rules).toContain('12 duplicate-section');
    expect(rules).toContain('14 detail-hours-mismatch');
  });

  it('takes two sections of one day with other headings for two sessions', () => {
    const text = `${table}\n### Session EIG | 26 novembre\n\n### Session mentors | 26 novembre\n`;
    expect(check(text).diagnostics.filter((d) => d.rule === 'duplicate-section')).toEqual([]);
  });

  it('takes the same heading on two days for two sessions', () => {
    const text = `${table}\n### Session | 26 novembre\n\n### Session | 10 décembre\n`;
    expect(check(text).diagnostics.filter((d) => d.rule === 'duplicate-section')).toEqual([]);
  });
});

describe('duplicate-session: one evening repeated with other links', () => {
  const list = (titles: string[]) =>
    `# Meetups 2024\n\n| Date | Événement |\n| --- | --- |\n${titles.map((title) => `| 12 mars | ${title} |`).join('\n')}\n`;

  it.each([
    ['a web address in the title', ['Apéro Python https://www.meetup.com/nantes/events/301', 'Apéro Python https://www.meetup.com/nantes/events/302', 'Apéro Python https://www.meetup.com/nantes/events/303']],
    ['an autolink', ['Apéro Python <https://meetup.com/e/301>', 'Apéro Python <https://meetup.com/e/302>', 'Apéro Python <https://meetup.com/e/303>']],
    ['a linked title', ['[Apéro Python](https://meetup.com/e/301)', '[Apéro Python](https://meetup.com/e/302)', '[Apéro Python](https://meetup.com/e/303)']],
    ['a www address', ['Apéro Python www.meetup.com/e/301', 'Apéro Python www.meetup.com/e/302', 'Apéro Python www.meetup.com/e/303']],
  ])('with %s: each copy after the first is reported', (_, titles) => {
    expect(check(list(titles)).diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['6 duplicate-session', '7 duplicate-session']);
  });

  it('does not take two evenings of one day with other titles for one', () => {
    expect(check(list(['Apéro Python https://meetup.com/e/301', 'Atelier Django https://meetup.com/e/302'])).diagnostics).toEqual([]);
  });
});

describe('duplicate-session: a second table that sums up the first', () => {
  const weekly = '# Cours Automne 2019\n\n| Semaine | Date du cours | Cours |\n| --- | --- | --- |\n| 8 | 23 octobre | Examen intra |\n| 15 | 11 décembre | Examen final |\n';

  it.each([
    ['a table of evaluations with full dates', '| Description | Date | Pondération |\n| --- | --- | --- |\n| Examen intra | 23 octobre 2019 | 35% |\n| Examen final | 11 décembre 2019 | 35% |\n'],
    ['a table of key dates without a year', '| Date | Événement |\n| --- | --- |\n| 23 octobre | Examen intra |\n'],
    ['a pipe table without outer pipes', 'Description | Date | Pondération\n---|---|---:\nExamen final | 11 décembre 2019 | 35%\n'],
  ])('restates its days without a duplicate: %s', (_, summary) => {
    expect(check(`${weekly}\n## Évaluations\n\n${summary}`).diagnostics.filter((d) => d.rule === 'duplicate-session')).toEqual([]);
  });

  it('still reports a row repeated within one table', () => {
    const text = `${weekly}| 16 | 11 décembre | Examen final |\n`;
    expect(check(text).diagnostics.map((d) => `${d.line} ${d.rule}`)).toContain('7 duplicate-session');
  });
});

/*
 * Rows of one title on one day, as plannings write them: a session over two slots of the
 * morning, one course given to each group in turn, a title repeated on the next slot, with
 * the hours in their own column, in the title cell's neighbour, or in a day agenda's first
 * column. They are slots, not copies; a row repeated at the same hours, or a copy whose
 * hours cross the first's, still is a copy.
 */
describe('duplicate-session: one session over several slots of a day', () => {
  const duplicates = (text: string) => check(text).diagnostics.filter((d) => d.rule === 'duplicate-session').map((d) => d.line);

  it.each([
    [
      'a course split into (début) rows at three times, one group each',
      '# Planning TD 2026\n\n| Date | Groupe | Heure | Contenu |\n| --- | --- | --- | --- |\n| 06/01/2026 | 2A | 08:15-10:15 | Prise en main (début) |\n| 06/01/2026 | 2B | 10:30-12:30 | Prise en main (début) |\n| 06/01/2026 | 2C | 13:30-15:30 | Prise en main (début) |\n',
    ],
    [
      'a workshop over the morning and the afternoon, hours with h',
      '# Formation 2025\n\n| Jour | Horaires | Séance |\n| --- | --- | --- |\n| lundi 3 mars | 9h - 12h | Atelier Docker Compose |\n| lundi 3 mars | 14h - 17h | Atelier Docker Compose |\n',
    ],
    [
      'back-to-back slots, the second starting as the first ends',
      '# Programme 2024\n\n| Date | Créneau | Activité |\n| --- | --- | --- |\n| 12 mars | 10h45-12h15 | Projet tutoré |\n| 12 mars | 12h15-13h00 | Projet tutoré |\n',
    ],
    [
      'starts alone, as a grid gives them',
      '# Programme 2021\n\n| Date | Heure | Séance |\n| --- | --- | --- |\n| 22 juin | 14:50 | PAUSE / Poster |\n| 22 juin | 15:45 | PAUSE / Poster |\n',
    ],
    [
      'an English header, hours in 24h with dots',
      '# Schedule 2025\n\n| Date | Time | Session |\n| --- | --- | --- |\n| 5 mai | 08.30-10.00 | Lab work |\n| 5 mai | 10.15-11.45 | Lab work |\n',
    ],
  ])('does not take them for a copy: %s', (_, text) => {
    expect(duplicates(text)).toEqual([]);
  });

  it('still reports the same row repeated at the same hours', () => {
    const text = '# Planning TD 2026\n\n| Date | Heure | Contenu |\n| --- | --- | --- |\n| 06/01/2026 | 08:15-10:15 | Prise en main |\n| 06/01/2026 | 10:30-12:30 | Prise en main |\n| 06/01/2026 | 08h15 - 10h15 | Prise en main |\n';
    expect(duplicates(text)).toEqual([7]);
  });

  it('still reports a copy whose hours cross the first row\'s', () => {
    const text = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Mentors | 21 février | 14h - 18h30 |\n| Mentors | 21 février | 14h - 17h |\n';
    expect(duplicates(text)).toEqual([6]);
  });

  it('still reports a copy that gives no hours beside one that does', () => {
    const text = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Mentors | 21 février | 14h - 18h30 |\n| Mentors | 21 février | |\n';
    expect(duplicates(text)).toEqual([6]);
  });
});
