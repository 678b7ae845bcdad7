/*
 * A page of one school year (`Saison 2017-2018`, `Agenda 2017-2018`): its start and end of
 * classes, then its holidays and closures listed by kind rather than by date. A reader puts
 * every day in that school year: `Fin des cours : le samedi 30 juin` under `Début des cours :
 * le lundi 18 septembre` is in order, and `Noël : du 24 décembre au 7 janvier` under the
 * spring holidays is the Christmas of that school year, a row out of order, not a day of the
 * next one. Shown by a swimming club's agenda (cnpm-mornant-agenda-2017-18).
 */
import { describe, expect, it } from 'vitest';
import { check, days } from '../helpers/read.js';

function read(text: string) {
  const report = check(text);
  return {
    days: report.programme.sessions.map((session) => `${days(session)[0]}..${days(session).at(-1)}`),
    problems: report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`),
  };
}

describe('a page of one school year', () => {
  it('the end of classes in June under their start in September is in order', () => {
    const text = '# Saison 2017-2018\n\nDébut des cours : le lundi 18 septembre,\nFin des cours : le samedi 30 juin\n';
    expect(read(text)).toEqual({ days: ['2017-09-18..2017-09-18', '2018-06-30..2018-06-30'], problems: [] });
  });

  it('holidays listed by kind: Christmas after spring is that school year’s, reported out of order', () => {
    const text = '# Saison 2017-2018\n\n## Vacances scolaires\n\n* Toussaint : du 23 octobre au 4 novembre\n* Hiver : du 12 au 24 février\n* Printemps : du 9 au 20 avril\n* Noël : du 24 décembre au 7 janvier\n';
    expect(read(text)).toEqual({
      days: ['2017-10-23..2017-11-04', '2018-02-12..2018-02-24', '2018-04-09..2018-04-20', '2017-12-24..2018-01-07'],
      problems: ['8 out-of-order'],
    });
  });

  it('a day past the school year’s days already read is still the next one: a list that goes on into the next September', () => {
    const text = '# Saison 2017-2018\n\n* Lundi 18 septembre : reprise\n* Samedi 30 juin : fin\n* Lundi 17 septembre : reprise suivante\n';
    expect(read(text).days).toEqual(['2017-09-18..2017-09-18', '2018-06-30..2018-06-30', '2018-09-17..2018-09-17']);
  });
});
