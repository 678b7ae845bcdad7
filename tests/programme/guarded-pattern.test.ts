/*
 * A guarded pattern (src/programme/guarded-pattern.ts) is tried only on text that holds one
 * of its words, so that it is not compiled for a document that cannot match it. That is
 * right only if every match holds one of the words: checked here for every guarded pattern
 * of the rules and readers, on text generated to match the pattern (fast-check's
 * stringMatching, with `\b` dropped, which it does not know, and the matches of the real
 * pattern kept). A guard missing a word fails here with the text it would have hidden.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/engine/pipeline.js';
import '../../src/rules/index.js';
import { guardedPattern, guardedPatterns } from '../../src/programme/guarded-pattern.js';

describe('every guarded pattern', () => {
  it('has some', () => {
    expect(guardedPatterns().length).toBeGreaterThan(0);
  });

  for (const { pattern, words } of guardedPatterns()) {
    it(`holds one of its words in each match: /${pattern.source.slice(0, 60)}/`, () => {
      const loose = new RegExp(pattern.source.replaceAll('\\b', ''), pattern.flags);
      let matched = 0;
      fc.assert(
        fc.property(fc.stringMatching(loose), (text) => {
          if (!pattern.test(text)) return;
          matched++;
          expect(words.filter((word) => text.includes(word)), text).not.toEqual([]);
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

  it('refuses a global or sticky pattern, whose lastIndex would carry from one text to the next', () => {
    expect(() => guardedPattern(/lieu/g, ['lieu'])).toThrow(/global or sticky/);
    expect(() => guardedPattern(/lieu/y, ['lieu'])).toThrow(/global or sticky/);
  });
});
