/*
 * withoutMarks takes a fast path for Latin text (src/dates/marks.ts says why): it must
 * take off exactly the marks `\p{M}` takes off, on every code point and on mixed text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutMarks } from '../../src/dates/marks.js';

const withPropertyClass = (text: string): string => text.replace(/\p{M}/gu, '');

describe('withoutMarks', () => {
  it('takes off a decomposed accent and keeps the letter', () => {
    expect(withoutMarks('Re\u0301fe\u0301rents'.normalize('NFD'))).toBe('Referents');
    expect(withoutMarks('\u00e9'.normalize('NFD'))).toBe('e');
  });

  it('takes off the marks of other scripts too (Devanagari, Hebrew)', () => {
    expect(withoutMarks('\u0915\u093f')).toBe('\u0915');
    expect(withoutMarks('\u05e9\u05c1')).toBe('\u05e9');
  });

  it('is what \\p{M} gives on every code point, alone and after a Latin letter', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (withoutMarks(ch) !== withPropertyClass(ch) || withoutMarks(`e${ch}`) !== withPropertyClass(`e${ch}`)) {
        expect(withoutMarks(`e${ch}`), `U+${cp.toString(16)}`).toBe(withPropertyClass(`e${ch}`));
      }
    }
  });

  it('is what \\p{M} gives on generated text, decomposed or not', () => {
    const pieces = ['a', 'E', ' ', '-', '\u00e9', '\u00c7', '\u0153', '\u0301', '\u0300', '\u0327', '\u036f', '\u0370', '\u0483', '\u093f', '\u1ab0', '\u20d0', '\ufe20', '\u{1d165}', '\u{1f600}', '\ud800', '\u03a3', '\u0430', '\u4e2d', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.boolean(), (parts, decompose) => {
        const text = decompose ? parts.join('').normalize('NFD') : parts.join('');
        expect(withoutMarks(text)).toBe(withPropertyClass(text));
      }),
      { numRuns: 5000 },
    );
  });
});
