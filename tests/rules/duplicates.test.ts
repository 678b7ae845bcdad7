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
