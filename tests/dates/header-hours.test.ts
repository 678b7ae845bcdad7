import { describe, expect, it } from 'vitest';
import { hoursInHeader } from '../../src/dates/header-hours.js';

const t = (hour: number, minute = 0) => ({ hour, minute });

describe('hours written in a column header', () => {
  it.each([
    ['Cours (13:15 - 14:45)', 'Cours', '13:15 - 14:45', { start: t(13, 15), end: t(14, 45) }],
    ['Laboratoires (14:55 - 16:30)', 'Laboratoires', '14:55 - 16:30', { start: t(14, 55), end: t(16, 30) }],
    ['Matin 9h-12h', 'Matin', '9h-12h', { start: t(9), end: t(12) }],
    ['Atelier : de 14h à 16h', 'Atelier', 'de 14h à 16h', { start: t(14), end: t(16) }],
    ['Cours (vendredi) (8h30-10h)', 'Cours (vendredi)', '8h30-10h', { start: t(8, 30), end: t(10) }],
    ['(9h-12h)', '', '9h-12h', { start: t(9), end: t(12) }],
    ['Soirée (à partir de 19h)', 'Soirée', 'à partir de 19h', { start: t(19) }],
  ])('%j', (header, label, hoursText, slot) => {
    const found = hoursInHeader(header);
    expect(found).toMatchObject({ label, hoursText, slots: [slot] });
    expect(header.slice(found?.start, found?.end)).toBe(hoursText);
  });

  it('passes on the warning of a dotted time', () => {
    expect(hoursInHeader('TP (17:30-18.00)')?.warnings).toEqual([{ kind: 'dotted-minutes', detail: '18.00' }]);
  });

  it.each(['Horaires', 'Date', 'Cours', 'Séance (salle 204)', 'Groupe 2', 'TP (vendredi)', 'Cours (2 groupes)', 'Amphi 3 (bâtiment B)'])(
    '%j writes no hours',
    (header) => {
      expect(hoursInHeader(header)).toBeUndefined();
    },
  );

  it('completes on a long hostile header', () => {
    expect(hoursInHeader('('.repeat(100_000))).toBeUndefined();
    expect(hoursInHeader('(1'.repeat(50_000))).toBeUndefined();
    expect(hoursInHeader('de '.repeat(50_000) + '9h')).toMatchObject({ slots: [{ start: t(9) }] });
  });
});
