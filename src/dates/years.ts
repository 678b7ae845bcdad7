/*
 * A year written in a header or heading (`DATES 2019`, `promotion 2020-2021`). Only a
 * four-digit number standing alone as a word counts, so `9h30`, `EIG3` or a 5-digit
 * postcode are never taken for years; a scan, not a regex, so any length is linear.
 */
import type { YearClue } from './year-inference.js';
import { withoutMarks } from './marks.js';
import { isLetter, splitAtNonLettersOrDigits } from './letters.js';

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && (isDigit(ch) || isLetter(ch));

/** The first year 1900–2199 written as a separate word; for `2020-2021` the start year. */
export function extractYear(text: string): number | undefined {
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isDigit(text[j])) j++;
    const before = text[i - 1];
    const after = text[j];
    // `:` before the digits is a time (`20:2019` never is a year); letters glued on either side are a code.
    if (j - i === 4 && !isAlnum(before) && before !== ':' && !isAlnum(after) && !isQuantity(text, j)) {
      const year = Number(text.slice(i, j));
      if (year >= 1900 && year <= 2199) return year;
    }
    i = j;
  }
  return undefined;
}

// Units after a number that make it a quantity, not a year (`326 km +1730 m / -1975 m`,
// `2000 habitants`), as written: in small letters (`2023 M2` names a master's year, not
// square metres).
const UNITS = new Set([
  'm', 'km', 'cm', 'mm', 'm\u00b2', 'm\u00b3', 'kg', 'kw', 'eur', 'euro', 'euros', '\u20ac', 'habitants', 'personnes',
  'participants', 'participantes', 'inscrits', 'places', 'visiteurs', 'mots', 'pages', 'points', 'pts', 'ko', 'mo', 'go',
]);

/** Whether the number that ends before `end` is followed by a unit (`1975 m`, `2000 €`). */
function isQuantity(text: string, end: number): boolean {
  let start = end;
  while (text[start] === ' ' || text[start] === '\u00a0') start++;
  if (start === end && text[start] !== '\u20ac') return false;
  let stop = start;
  while (stop < text.length && (isAlnum(text[stop]) || text[stop] === '\u20ac' || text[stop] === '\u00b2' || text[stop] === '\u00b3')) stop++;
  // `2023 l'atelier`: an article elided before a word, no unit.
  if (text[stop] === "'" || text[stop] === '\u2019') return false;
  return UNITS.has(text.slice(start, stop));
}

/**
 * The year clue a title or heading gives: a school year (`2018/2019`, `2024-2025`, `2024 – 2025`,
 * `2018-19`: the second year follows the first), a term named by its season (`Automne
 * 2019`, `session d'hiver 2020`: every session in it) or a plain year, else undefined.
 */
export function extractYearClue(text: string): YearClue | undefined {
  const year = extractYear(text);
  if (year === undefined) return termCode(text);
  const at = text.indexOf(String(year));
  const season = seasonBefore(text.slice(Math.max(0, at - 24), at));
  // What follows the year: a separator (a slash, a hyphen or a dash: `2024 – 2025`), then the next year in four or two digits.
  const rest = /^\s?[/\-\u2013\u2014]\s?(\d{4}|\d{2})(?!\d)/.exec(text.slice(at + 4, at + 12));
  if (rest) {
    const next = Number(rest[1]);
    if (next === year + 1 || (rest[1]!.length === 2 && next === (year + 1) % 100)) return { schoolYear: year };
  }
  if (season !== undefined) return season === 'autumn' ? { term: year, autumn: true } : { term: year };
  return year;
}

// Season words that name a term (`Automne 2019`, `session d'hiver 2020`, `Fall 2019`),
// folded. An autumn term's January is in the next year.
const SEASONS: ReadonlyMap<string, 'autumn' | 'other'> = new Map([
  ['automne', 'autumn'], ['fall', 'autumn'], ['autumn', 'autumn'],
  ['hiver', 'other'], ['winter', 'other'], ['printemps', 'other'], ['spring', 'other'], ['ete', 'other'], ['summer', 'other'],
]);

/** The season the word right before a year names (`Automne 2019`, `d'hiver 2020`), if any. */
function seasonBefore(before: string): 'autumn' | 'other' | undefined {
  // A scan back over the spaces, then the letters: a regex anchored at the end backtracks.
  let end = before.length;
  while (end > 0 && before[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isLetter(before[start - 1]!)) start--;
  return start === end ? undefined : SEASONS.get(withoutMarks(before.slice(start, end).normalize('NFD')).toLowerCase());
}
// `H25`, `A24`, `E2023`: the session code of a Québec college or university (hiver,
// automne, été), a capital letter and the year, standing alone as a word. Repository names
// are mostly written in small letters (`inf2171-h2020-labos`): a small letter counts before
// a four-digit year only, which nothing else writes (`h25` may be an hour).
const TERM_CODE = /^(?:[HAE](\d\d|20\d\d)|[hae](20\d\d))$/;

/**
 * The term a heading names by its session code (`Calendrier 5W5 H25`): every session of
 * a term is in its year (a Québec term never crosses a new year), so the clue is a term,
 * not just the first row's year.
 */
function termCode(text: string): YearClue | undefined {
  const code = splitAtNonLettersOrDigits(text)
    .map((word) => TERM_CODE.exec(word))
    .find((match) => match !== null);
  if (!code) return undefined;
  const digits = code[1] ?? code[2]!;
  return { term: digits.length === 2 ? 2000 + Number(digits) : Number(digits) };
}
