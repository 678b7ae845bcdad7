/*
 * foldTitle cuts Latin titles with a class written out instead of `\p{L}\p{N}` (the source
 * says why). Event UIDs are hashes of it, so it must fold every title as before: checked
 * against the fold as written before 2026-11-30, on every code point and on generated titles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTitle } from '../../src/programme/fold-title.js';

const foldedBefore = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldTitle', () => {
  it('ignores accents, case, punctuation and spacing', () => {
    expect(foldTitle('S\u00e9minaire EIG')).toBe('seminaire eig');
    expect(foldTitle('  seminaire  eig. ')).toBe('seminaire eig');
    expect(foldTitle('Atelier n\u00b02 \u00bd journ\u00e9e')).toBe('atelier n 2 1 2 journee');
  });

  it('folds every code point as before, alone and between Latin words', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const title = `Cl\u00e9 ${String.fromCodePoint(cp)}A`;
      if (foldTitle(title) !== foldedBefore(title)) expect(foldTitle(title), `U+${cp.toString(16)}`).toBe(foldedBefore(title));
    }
  });

  it('folds generated titles as before', () => {
    const pieces = ['S', 'a', 'Z', '0', '9', ' ', '  ', '.', '-', '(', "'", '\u2019', '\u00e9', '\u00c9', '\u00c0', '\u0153', '\u00c6', '\u00df', '\u00b2', '\u00bd', '\u00aa', '\u00b5', '\u00ba', '\u00d7', '\u0130', '\u023a', '\u0181', '\u01c5', '\u0301', '\u03a3', '\u03c3', '\u0416', '\u4e2d', '\u{1f600}', '\ufb01', '\u2160', '\u00a0', '\t', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const title = parts.join('');
        expect(foldTitle(title)).toBe(foldedBefore(title));
      }),
      { numRuns: 10_000 },
    );
  });
});
