/*
 * The letter tests of src/dates/letters.ts write the Latin letters out and leave the rest
 * to `\p{L}` (the source says why): each must give what its pattern gives, on every code
 * point and on generated text of Latin and other scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLetter, hasLetterOrDigit, isLatinText, isLetter, splitAtNonLetters, splitAtNonLettersOrDigits, wordBeforeDu } from '../../src/dates/letters.js';

// Letters, digits, signs and spaces of several scripts, marks, an emoji and lone surrogates.
const PIECES = ['a', 'Z', 'e', 'du', 'des', 'Semaine', '0', '7', ' ', '  ', '-', ':', '.', '\u00aa', '\u00b5', '\u00ba', '\u00d7', '\u00f7', '\u00e9', '\u00c9', '\u0153', '\u024f', '\u0250', '\u02b0', '\u0301', '\u03a3', '\u0416', '\u05d0', '\u0661', '\u4e2d', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00', '\u00a0', '\u00b2', '\u2160'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('letter tests', () => {
  it('isLetter is \\p{L} on every code point, lone surrogates included', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (isLetter(ch) !== /\p{L}/u.test(ch)) expect(isLetter(ch), `U+${cp.toString(16)}`).toBe(/\p{L}/u.test(ch));
    }
  });

  it('hasLetter and hasLetterOrDigit are \\p{L} and \\p{L}|\\d on generated text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(hasLetter(text)).toBe(/\p{L}/u.test(text));
        expect(hasLetterOrDigit(text)).toBe(/\p{L}|\d/u.test(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('the splits are those of [^\\p{L}]+ and [^\\p{L}\\d]+ on generated text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitAtNonLetters(text)).toEqual(text.split(/[^\p{L}]+/u));
        expect(splitAtNonLettersOrDigits(text)).toEqual(text.split(/[^\p{L}\d]+/u));
      }),
      { numRuns: 10_000 },
    );
  });

  it('wordBeforeDu is ^(\\p{L}[\\p{L}\\d]*) (?:du|des) on generated text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordBeforeDu(text)).toEqual(/^(\p{L}[\p{L}\d]*) (?:du|des) /u.exec(text));
      }),
      { numRuns: 10_000 },
    );
    expect(wordBeforeDu('Abstract du 13 avr. 2018')?.[1]).toBe('Abstract');
    expect(wordBeforeDu('\u0391\u03b2 du 3 mai')?.[1]).toBe('\u0391\u03b2');
    // A training's level in digits stays with its name; a word cannot open with a digit.
    expect(wordBeforeDu('PSE1 du 19 au 23 f\u00e9vrier')?.[1]).toBe('PSE1');
    expect(wordBeforeDu('7a du 3 mai')).toBeNull();
  });

  it('takes the written-out letters only for text below U+0250', () => {
    expect(isLatinText('Atelier \u00e9t\u00e9 \u024f')).toBe(true);
    expect(isLatinText('Atelier \u0250')).toBe(false);
  });
});
