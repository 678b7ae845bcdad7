/*
 * A pattern tried only on text that holds one of a few words that every match of it
 * holds. V8 compiles a pattern when it first runs it (and again, into machine code, when
 * it runs it a second time): for a long alternation of phrases, one to three million
 * instructions, paid at every start of `check` even on a document that never writes the
 * phrase (README, Performance). `String.prototype.includes` compiles nothing, so on such
 * a document the pattern is never compiled at all.
 *
 * The words are the pattern's own literal text, folded as the text it is tried on is:
 * a match must contain at least one of them, or the guard would hide it. For a pattern
 * with /i they are in lower case and looked for in the text lowered.
 * tests/programme/guarded-pattern.test.ts checks every guarded pattern of the rules and
 * readers on generated text made of the pattern's own words.
 */

/** A pattern with the words one of which every match of it contains (see above). */
export interface GuardedPattern {
  /** `pattern.test(text)`, without compiling the pattern when `text` holds none of the words. */
  test(text: string): boolean;
  /** `pattern.exec(text)`, without compiling the pattern when `text` holds none of the words. */
  exec(text: string): RegExpExecArray | null;
}

// Every guarded pattern made, for the test that checks their words.
const made: Array<{ pattern: RegExp; words: readonly string[] }> = [];

/** Every guarded pattern made so far, with its words (for tests/programme/guarded-pattern.test.ts). */
export function guardedPatterns(): ReadonlyArray<{ pattern: RegExp; words: readonly string[] }> {
  return made;
}

/** `pattern` behind a pre-check: it runs only on text that holds one of `words`. */
export function guardedPattern(pattern: RegExp, words: readonly string[]): GuardedPattern {
  if (pattern.global || pattern.sticky) throw new Error('guardedPattern: a global or sticky pattern keeps state between texts');
  // Under /i without /u a letter of ASCII matches itself and its other case only, so an
  // ASCII word in lower case is in the text lowered. /iu folds more (`\u017f` is an `s`).
  if (pattern.ignoreCase && (pattern.unicode || words.some((word) => !/^[\x20-\x40\x5b-\x7e]*$/.test(word)))) {
    throw new Error('guardedPattern: a pattern with /i takes words of ASCII in lower case, and not /u');
  }
  made.push({ pattern, words });
  const mayMatch = pattern.ignoreCase
    ? (text: string): boolean => {
        const lower = text.toLowerCase();
        return words.some((word) => lower.includes(word));
      }
    : (text: string): boolean => words.some((word) => text.includes(word));
  return {
    test: (text) => mayMatch(text) && pattern.test(text),
    exec: (text) => (mayMatch(text) ? pattern.exec(text) : null),
  };
}
