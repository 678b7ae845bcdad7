import { describe, expect, it } from 'vitest';
import { dateAfterNumberedLabel } from '../../src/dates/numbered-date.js';

const day = (text: string) => {
  const parsed = dateAfterNumberedLabel(text);
  return parsed?.ok ? parsed.value.mentions.map((m) => `${m.day}/${m.month}`).join(' ') : undefined;
};

describe('dateAfterNumberedLabel: a week or session numbered before its date', () => {
  it.each([
    ['Semaine 3 (16/09)', '16/9'],
    ['Séance 1 : 12 septembre', '12/9'],
    ['Sem. 3 \u2014 16/09', '16/9'],
    ['S1 - 12/09', '12/9'],
    ['TP2 (1er octobre)', '1/10'],
    ['Week 5: 30/09', '30/9'],
    ['#4 mardi 24 septembre', '24/9'],
    ['n° 6, 7 octobre', '7/10'],
    ['Semaine 7 : du 14 au 18 octobre', '14/10 18/10'],
  ])('%j gives %j', (text, days) => {
    expect(day(text)).toBe(days);
  });

  it.each(['Lundi 7 (férié)', 'Semaine 3', 'Sept 12', 'Séance 3 (voir le site)', 'Semaine 3 (16/09', 'Chapitre 12 : les graphes'])('%j gives no date', (text) => {
    expect(dateAfterNumberedLabel(text)).toBeUndefined();
  });
});
