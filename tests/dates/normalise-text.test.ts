import { describe, expect, it } from 'vitest';
import { foldWithMap, normaliseText, trimBars } from '../../src/dates/normalise-text.js';

describe('normaliseText', () => {
  it.each([
    ['Février', 'fevrier'],
    ['AOÛT', 'aout'],
    ['  16\u00a0&\u202f17   mai ', '16 & 17 mai'],
    ['21\u201325 septembre', '21-25 septembre'],
    ['9h\u2014 18h', '9h- 18h'],
    ['10\u221211', '10-11'],
    ['De\u0301cembre', 'decembre'], // decomposed accent
    ['l’après-midi', "l'apres-midi"],
    ['1\u1d49\u02b3 avril, 2\u1d49 s\u00e9ance', '1er avril, 2e seance'], // superscript letters of an ordinal
    ['10h\u00b3\u2070', '10h30'], // minutes set up as print does
    ['\t\n', ''],
    ['le 1^er^ décembre', 'le 1er decembre'], // pandoc's superscript ordinal
    ['2ᵉ semestre', '2e semestre'],
    ['x^2 + 1', 'x^2 + 1'], // a caret that sets up no ordinal stays
  ])('%j -> %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('foldWithMap', () => {
  it('maps folded offsets back to the original text', () => {
    const text = 'De\u0301c. 5';
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('dec. 5');
    expect(map[folded.indexOf('5')]).toBe(text.indexOf('5'));
    expect(map[folded.length]).toBe(text.length);
  });
});

describe('foldWithMap on superscript ordinals', () => {
  it('reads `1^er^` as `1er` and maps the day back to where it is written', () => {
    const text = 'le 1^er^ mars';
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('le 1er mars');
    expect(map[folded.indexOf('mars')]).toBe(text.indexOf('mars'));
  });
});

describe('trimBars', () => {
  it('takes off the bars and spaces around a cell, and nothing inside it', () => {
    expect(trimBars('| 12 mars |')).toBe('12 mars');
    expect(trimBars('\t|| 9h | 12h ||\n')).toBe('9h | 12h');
    expect(trimBars(' | \u00a0| ')).toBe('');
    expect(trimBars('12 mars')).toBe('12 mars');
  });
});
