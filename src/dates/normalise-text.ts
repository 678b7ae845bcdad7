/**
 * Text folding for matching only: the result is never shown to users, so it may lose
 * accents and case. Two forms exist: `normaliseText` for whole-string comparisons, and
 * `foldWithMap` for grammars that must report offsets into the original text (a heading's
 * date columns), which is why the fold works one code point at a time.
 */
import { withoutMarks } from './marks.js';

// Spaces that editors and word processors put in French text (before `:`, inside `9 h`).
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;
// Hyphen, figure dash, en dash, em dash, horizontal bar, minus sign: all mean `-` in a date range.
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
// Typographic apostrophes (`l’après-midi`) fold to the ASCII one.
const APOSTROPHE_LIKE = /[\u2018\u2019\u02bc]/u;
// Printable ASCII folds to its lower case and nothing else: most of a programme's text
// is, and lower-casing it whole is far cheaper than folding it one code point at a time.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Each other code point is folded once and remembered: reading a 10,000-row programme
// folds millions of code points but meets only a few dozen distinct ones, and the regex
// tests and NFD below cost more than the rest of the reading. Capped, so that a document
// of every code point cannot grow the table without bound.
const folds = new Map<string, string>();
const MAX_REMEMBERED_FOLDS = 4096;

/** Folds one code point: accents stripped, lower case, odd spaces and dashes made plain. */
function foldCodePoint(cp: string): string {
  let folded = folds.get(cp);
  if (folded === undefined) {
    folded = foldOnce(cp);
    if (folds.size < MAX_REMEMBERED_FOLDS) folds.set(cp, folded);
  }
  return folded;
}

// Superscript digits and modifier letters (`1ᵉʳ décembre`, `2ᵉ`, `Mˡˡᵉ`, `10h³⁰`): typed by
// writers who set an ordinal or minutes up as print does; a reader reads what they write
// (`1er`, `2e`, `10h30`), so each folds to its plain letter or digit (NFKD gives it). This is
// text for matching only: `m²` matching as `m2` costs nothing.
const SUPERSCRIPT = /[\u00b2\u00b3\u00b9\u02b0-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u1d9b-\u1dbf\u2070-\u209f]/u;

function foldOnce(cp: string): string {
  if (SPACE_LIKE.test(cp)) return ' ';
  if (SUPERSCRIPT.test(cp)) return cp.normalize('NFKD').toLowerCase();
  if (DASH_LIKE.test(cp)) return '-';
  if (APOSTROPHE_LIKE.test(cp)) return "'";
  // NFD splits `é` into `e` + combining accent; dropping the marks keeps the base letter.
  return withoutMarks(cp.normalize('NFD')).toLowerCase();
}

// Pandoc's superscript around an ordinal glued to its number (`le 1^er^ décembre`,
// `14^ème^`): Quarto and R Markdown writers set `1er` up so. Its carets are read as nothing.
const CARET_ORDINAL = /(\d)\^([a-zA-Z\u00e8\u00e9]{1,4})\^/g;

/** The offsets of the carets of pandoc's superscript ordinals in `text` (CARET_ORDINAL). */
function ordinalCarets(text: string): Set<number> {
  const carets = new Set<number>();
  if (!text.includes('^')) return carets;
  for (const found of text.matchAll(CARET_ORDINAL)) {
    carets.add(found.index! + 1);
    carets.add(found.index! + found[0].length - 1);
  }
  return carets;
}

/** Folded text for matching: NFC, lower case, no accents, plain spaces and dashes, collapsed and trimmed. */
export function normaliseText(text: string): string {
  const composed = (text.includes('^') ? text.replace(CARET_ORDINAL, '$1$2') : text).normalize('NFC');
  let out = '';
  if (PRINTABLE_ASCII.test(composed)) out = composed.toLowerCase();
  else for (const cp of composed) out += foldCodePoint(cp);
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * `text` without the bars and spaces around it (`| 12 mars |` → `12 mars`), as a cell's
 * text is compared. A walk from each end: the pattern `/[|\s]+$/` rescans a long run of
 * spaces inside a cell from each of its starts, in quadratic time.
 */
export function trimBars(text: string): string {
  const isBar = (ch: string | undefined) => ch === '|' || (ch !== undefined && ch.trim() === '');
  let from = 0;
  let to = text.length;
  while (from < to && isBar(text[from])) from++;
  while (to > from && isBar(text[to - 1])) to--;
  return text.slice(from, to);
}

/** The words of a folded text (see normaliseText): its runs of letters and digits. */
export function foldedWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** A folded string and, for each of its UTF-16 units, the offset in the original text it came from. */
export interface FoldedText {
  folded: string;
  /** `map[i]` is the offset in the original text of `folded[i]`; `map[folded.length]` is the text's length. */
  map: number[];
}

/** Folds like `normaliseText` but keeps every space (not collapsed) and an offset map back to the original. */
export function foldWithMap(text: string): FoldedText {
  const carets = ordinalCarets(text);
  if (carets.size === 0 && PRINTABLE_ASCII.test(text)) return { folded: text.toLowerCase(), map: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const cp of text) {
    const f = carets.has(offset) ? '' : foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) map.push(offset);
    folded += f;
    offset += cp.length;
  }
  map.push(text.length);
  return { folded, map };
}
