/*
 * Comparing a section's place or theme with its row's. Written by hand: what is needed
 * is not string similarity but a careful reader's judgement that two texts name the same
 * thing at different levels of detail (`LLL, Grand atelier` and `Liberté Living Lab,
 * Grand Atelier et Atelier B`), which no fuzzy-matching library expresses. The rule is
 * token containment: once case, accents, punctuation, small words, remarks in brackets,
 * times of day and acronyms are set aside, one text's words must all be in the other's.
 */
import { normaliseText } from '../dates/normalise-text.js';

// Words that carry no place or theme of their own, and times of day (`le matin`,
// `jusqu'à 17h45`) that say when, not where.
const SMALL_WORDS = new Set([
  'a', 'au', 'aux', 'l', 'la', 'le', 'les', 'd', 'de', 'du', 'des', 'et', 'en', 'ou', 'sur', 'chez', 'pour', 'avec', 'un', 'une',
  'puis', 'jusqu', 'matin', 'apres', 'midi', 'soir', 'journee', 'matinee', 'the', 'and', 'of',
]);

// What a cell says when it does not know yet: nothing to compare.
const NOT_SETTLED = new Set(['', '-', '?', 'tbc', 'tbd', 'nc', 'a venir', 'a definir', 'a confirmer', 'a preciser', 'voir plus bas']);

/** Whether a place or theme is a placeholder (`TBC`, `À définir`) rather than a value. */
export function isUnsettled(text: string): boolean {
  const folded = normaliseText(text);
  // Trailing dots and spaces off. Not with /[.\s]+$/: tried at every run of spaces, that
  // expression is quadratic on a long cell of spaces.
  return NOT_SETTLED.has(folded.replace(/[.\s]+/g, (run, offset: number) => (offset + run.length === folded.length ? '' : run)));
}

interface Word {
  folded: string;
  /** Written in capitals of two or more letters (`LLL`): may be an acronym. */
  acronym: boolean;
}

function wordsOf(text: string): Word[] {
  const withoutRemarks = text.replace(/\([^()]*\)/g, ' ');
  const words: Word[] = [];
  for (const raw of withoutRemarks.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    const folded = normaliseText(raw);
    if (SMALL_WORDS.has(folded) || /^\d{1,2}h\d{0,2}$/.test(folded)) continue;
    words.push({ folded: stem(folded), acronym: raw.length >= 2 && /^\p{Lu}+$/u.test(raw) });
  }
  return words;
}

// `ateliers` and `atelier` are one word here.
function stem(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

// `LLL` stands for the consecutive words whose initials spell it in the other text
// (`Liberté Living Lab`), so the two texts are compared on the same words.
function expandAcronyms(words: Word[], other: Word[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (word.acronym) {
      const letters = word.folded;
      const at = other.findIndex((_, i) => other.slice(i, i + letters.length).map((w) => w.folded[0]).join('') === letters);
      if (at >= 0 && letters.length > 1 && other.slice(at, at + letters.length).length === letters.length) {
        out.push(...other.slice(at, at + letters.length).map((w) => w.folded));
        continue;
      }
    }
    out.push(word.folded);
  }
  return out;
}

/** The significant words of two texts, each with its acronyms read against the other. */
function comparableWords(a: string, b: string): [Set<string>, Set<string>] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return [new Set(expandAcronyms(wa, wb)), new Set(expandAcronyms(wb, wa))];
}

function contains(big: Set<string>, small: Set<string>): boolean {
  for (const word of small) if (!big.has(word)) return false;
  return true;
}

/**
 * Whether two texts name the same thing, one perhaps in more detail than the other
 * (every significant word of one is in the other). Placeholders agree with anything.
 */
export function sameOrMoreDetailed(a: string, b: string): boolean {
  // A section usually copies its row's place: the same text agrees, without reading its words.
  if (a === b) return true;
  if (isUnsettled(a) || isUnsettled(b)) return true;
  const [wa, wb] = comparableWords(a, b);
  if (wa.size === 0 || wb.size === 0) return true;
  return contains(wa, wb) || contains(wb, wa);
}
