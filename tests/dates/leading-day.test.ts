import { describe, expect, it } from 'vitest';
import { leadingDayOfHeading } from '../../src/dates/french-dates.js';

describe('the day a sub-heading opens with', () => {
  it.each([
    ['Jeudi 5 septembre - Rétrospectif', { weekday: 4, day: 5, month: 9, text: 'Jeudi 5 septembre' }],
    ['Vendredi 6', { weekday: 5, day: 6, text: 'Vendredi 6' }],
    ['JEUDI 5 - RETROSPECTIVE', { weekday: 4, day: 5, text: 'JEUDI 5' }],
    ['Mardi 14 mars 2019 : atelier', { weekday: 2, day: 14, month: 3, year: 2019, text: 'Mardi 14 mars 2019' }],
    ['mercredi 1er octobre', { weekday: 3, day: 1, month: 10, text: 'mercredi 1er octobre' }],
  ])('%s', (heading, expected) => {
    expect(leadingDayOfHeading(heading)).toEqual(expected);
  });

  it.each(['Jeudi - Production', 'Programme du jeudi 5 septembre', '5 septembre', 'Jeudi 9h - accueil', 'Planning'])(
    'none in %s',
    (heading) => {
      expect(leadingDayOfHeading(heading)).toBeUndefined();
    },
  );
});
