import { describe, expect, it } from 'vitest';
import { hoursAgree } from '../../src/rules/compare-hours.js';
import { sameOrMoreDetailed } from '../../src/rules/compare-text.js';
import { parseFrenchHours } from '../../src/dates/french-hours.js';
import { check, table } from '../helpers/read.js';

const slots = (text: string) => {
  const parsed = parseFrenchHours(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.slots;
};

describe('hours: equal things are never reported', () => {
  it.each([
    ['14h - 17h30', '14:00-17:30'],
    ['9h - 18h30', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
    ['14h - 18h30 pour les mentors', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
    ['14h - 18h30', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
    ['9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
    ['de 9h à 18h', '9h-18h'],
  ])('section %s agrees with row %s', (section, row) => {
    expect(hoursAgree(slots(section), slots(row))).toBe(true);
  });

  it.each([
    ['9h30 - 18h', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
    ['9h - 18h', '9h - 18h30'],
    ['9h - 18h30 pour les mentors', '9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors'],
  ])('section %s disagrees with row %s', (section, row) => {
    expect(hoursAgree(slots(section), slots(row))).toBe(false);
  });
});

describe('places and themes: more or less detail is not a disagreement', () => {
  it.each([
    ['LLL, Grand atelier + Atelier B', 'Liberté Living Lab, Grand Atelier et Atelier B'],
    ['LLL, Grand atelier (rue d\'Alexandrie)', 'Liberté Living Lab, Grand Atelier et Atelier B'],
    ['Atelier C (rue du Caire)', 'Liberté Living Lab, Atelier C'],
    ['Grand Atelier + Atelier B', 'LLL, Grand atelier + Atelier B'],
    ['Atelier C le matin ; Foyer + Carré B l\'après-midi', 'Atelier C jusqu\'à 17h45 ; Foyer + Carré B l\'après-midi'],
    ['TBC', 'L\'Hermitage, 60350 Autrêches'],
    ['Session de rentrée', 'session de rentrée'],
  ])('%s and %s', (a, b) => {
    expect(sameOrMoreDetailed(a, b)).toBe(true);
    expect(sameOrMoreDetailed(b, a)).toBe(true);
  });

  it.each([
    ['LLL, Atelier C (rue du Caire)', 'Liberté Living Lab, Grand Atelier et Atelier B'],
    ['Hostellerie de Varennes', 'L\'Hermitage, Autrêches'],
  ])('%s contradicts %s', (a, b) => {
    expect(sameOrMoreDetailed(a, b)).toBe(false);
  });
});

describe('overlap and order: what a careful reader finds normal', () => {
  const rules = (text: string) => check(text).diagnostics.map((d) => d.rule);
  const header = 'SESSIONS | DATES | HORAIRES';

  it('a mentors afternoon inside an EIG (+ mentors l\'après-midi) day is part of it', () => {
    const text = '# Programme 2019\n\n' + table(header, 'EIG (+ mentors l’après-midi) | 6 juin | 9h - 18h30', 'Mentors | 6 juin | 14h - 18h30');
    expect(rules(text)).toEqual([]);
  });

  it('a mentors session during a bootcamp for EIG and mentors is part of it', () => {
    const text = '# Programme 2019\n\n' + table(header, 'Bootcamp (EIG + mentors) | 11 au 15 février | ', 'Mentors | 13 février | 14h - 18h');
    expect(rules(text)).toEqual([]);
  });

  it('the EIG morning and the mentors afternoon of the same day do not clash', () => {
    const text = '# Programme 2019\n\n' + table(header, 'EIG | 6 juin | 9h - 12h30', 'Mentors | 6 juin | 14h - 18h30');
    expect(rules(text)).toEqual([]);
  });

  it('sessions whose audience is not said are not compared', () => {
    const text = '# Programme 2019\n\n' + table(header, 'Atelier | 6 juin | 9h - 12h', 'Conférence | 6 juin | 10h - 11h');
    expect(rules(text)).toEqual([]);
  });

  it('two EIG sessions at the same hours on the same day clash', () => {
    const text = '# Programme 2019\n\n' + table(header, 'EIG | 6 juin | 9h - 12h', 'Séminaire EIG | 6 juin | 10h - 11h');
    expect(rules(text)).toEqual(['overlap']);
  });

  it('a programme crossing New Year is in order; a row one month back is not', () => {
    const crossing = '# Programme 2019\n\n' + table(header, 'EIG | 12 décembre | 9h', 'EIG | 9 janvier | 9h');
    expect(rules(crossing)).toEqual([]);
    const misplaced = '# Programme 2019\n\n' + table(header, 'EIG | 10 novembre | 9h', 'EIG | 3 octobre | 9h', 'EIG | 14 novembre | 9h');
    const { diagnostics } = check(misplaced);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['out-of-order', 6]]);
    // A month back is a row out of order in the same year, not October 2020: the rows
    // below it keep their year.
    expect(diagnostics[0]!.message).toMatch(/"3 octobre"/);
    expect(check(misplaced).programme.sessions.map((s) => s.dates.value?.days[0]?.year)).toEqual([2019, 2019, 2019]);
  });

  it('a written year going back is out of order', () => {
    const text = '# Programme\n\n' + table(header, 'EIG | 5 novembre 2019 | 9h', 'EIG | 10 octobre 2019 | 9h');
    expect(rules(text)).toEqual(['out-of-order']);
  });

  it('a weekday in a section heading is checked too', () => {
    const text = '# Programme 2019\n\n' + table(header, 'EIG | 5 septembre | 9h') + '\n### Séminaire | mercredi 5 septembre\n';
    expect(check(text).diagnostics.map((d) => [d.rule, d.line])).toEqual([['weekday-mismatch', 7]]);
  });

  it('an `=======` heading underline outside a conflict is not a merge conflict', () => {
    const text = 'Programme 2019\n=======\n\n' + table(header, 'EIG | 5 septembre | 9h');
    expect(rules(text)).toEqual([]);
  });

  it('a delimiter row pasted after a row\u2019s last cell hides nothing: not reported; words beyond the header are', () => {
    const pasted = '# Planning\n\n| Date | Horaires | Programme |\n| --- | --- | --- |\n| 4 octobre 2023 | 13h-15h | Notions de base| |-----|:----:|----|\n| 11 octobre 2023 | 13h-15h | Mise en forme |\n';
    expect(rules(pasted)).toEqual([]);
    const words = pasted.replace('|-----|:----:|----|', '| salle B |');
    expect(rules(words)).toEqual(['row-cell-count']);
  });
});
