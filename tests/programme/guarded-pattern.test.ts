/*
 * A guarded pattern (src/programme/guarded-pattern.ts) is tried only on text that holds one
 * of its words, so that it is not compiled for a document that cannot match it. That is
 * right only if every match holds one of the words: checked here for every guarded pattern
 * of the rules and readers, on text generated to match the pattern (fast-check's
 * stringMatching, on the pattern loosened where it does not know it, and the matches of
 * the real pattern kept). A guard missing a word fails here with the text it would have hidden.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/engine/pipeline.js';
import '../../src/rules/index.js';
import { guardedPattern, guardedPatterns } from '../../src/programme/guarded-pattern.js';

/*
 * The pattern with what fast-check's stringMatching does not know taken out: `\b` and the
 * lookarounds (`(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`), which only narrow what it
 * matches, and /i, put back by mixing the case of what it makes. Every match of the pattern
 * is then a match of this one, and the text it makes is kept only where the pattern matches.
 */
function looser(pattern: RegExp): { source: RegExp; mixCase: boolean } {
  let source = '';
  const text = pattern.source;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      if (text[i + 1] !== 'b') source += text.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(text.slice(i))) {
      // Skip to the bracket that closes the lookaround (escapes and classes hold none).
      let depth = 0;
      let inClass = false;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (inClass) inClass = text[i] !== ']';
        else if (text[i] === '[') inClass = true;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
    } else source += text[i];
  }
  return { source: new RegExp(source, pattern.flags.replace('i', '')), mixCase: pattern.ignoreCase };
}

describe('every guarded pattern', () => {
  it('has some', () => {
    expect(guardedPatterns().length).toBeGreaterThan(0);
  });

  for (const { pattern, words } of guardedPatterns()) {
    it(`holds one of its words in each match: /${pattern.source.slice(0, 60)}/`, () => {
      const loose = looser(pattern);
      const texts = loose.mixCase ? fc.mixedCase(fc.stringMatching(loose.source)) : fc.stringMatching(loose.source);
      let matched = 0;
      fc.assert(
        fc.property(texts, (text) => {
          if (!pattern.test(text)) return;
          matched++;
          const looked = pattern.ignoreCase ? text.toLowerCase() : text;
          expect(words.filter((word) => looked.includes(word)), text).not.toEqual([]);
        }),
        { numRuns: 3000 },
      );
      // Enough of the generated text matched for the check to mean something.
      expect(matched).toBeGreaterThan(300);
    });
  }
});

describe('a guarded pattern', () => {
  const guarded = guardedPattern(/\b(?:a|aura) lieu (le|un) (lundi|mardi)\b/, ['a lieu']);

  it('finds what the pattern finds where the text holds a word', () => {
    expect(guarded.exec('la session aura lieu le mardi 3')?.[2]).toBe('mardi');
    expect(guarded.test('elle a lieu un lundi')).toBe(true);
  });

  it('finds nothing where the text holds none of the words', () => {
    expect(guarded.exec('lieu : salle B, le mardi')).toBeNull();
    expect(guarded.test('')).toBe(false);
  });

  it('looks for the words of a pattern with /i in the text lowered', () => {
    const cancelled = guardedPattern(/\b(annul|cancelled)/i, ['annul', 'cancel']);
    expect(cancelled.test('Atelier ANNUL\u00c9')).toBe(true);
    expect(cancelled.test('Atelier Cancelled')).toBe(true);
    expect(cancelled.test('Atelier maintenu')).toBe(false);
  });

  it('refuses words that lowering the text would not find, and /iu', () => {
    expect(() => guardedPattern(/annul\u00e9/i, ['annul\u00e9'])).toThrow(/lower case/);
    expect(() => guardedPattern(/Annul/i, ['Annul'])).toThrow(/lower case/);
    expect(() => guardedPattern(/annul/iu, ['annul'])).toThrow(/lower case/);
  });

  it('refuses a global or sticky pattern, whose lastIndex would carry from one text to the next', () => {
    expect(() => guardedPattern(/lieu/g, ['lieu'])).toThrow(/global or sticky/);
    expect(() => guardedPattern(/lieu/y, ['lieu'])).toThrow(/global or sticky/);
  });
});
