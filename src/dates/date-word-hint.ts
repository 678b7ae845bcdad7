/*
 * A hint for a dates cell that cannot be read because a month or a weekday is misspelt
 * (`Jeudi 13 novmebre`): the closest French name by edit distance, offered only when
 * putting it in place makes the whole cell readable, so a hint is never a guess about a
 * cell that is wrong in some other way. Edit distance from fastest-levenshtein.
 */
import { distance } from 'fastest-levenshtein';
import { parseFrenchDate } from './french-dates.js';
import { MONTH_NAMES, WEEKDAY_NAMES, monthFromWord, weekdayFromWord } from './french-months.js';
import { normaliseText } from './normalise-text.js';
import { tokenize } from './tokenize.js';

/** A misspelt word of a dates cell, the name it most likely stands for, and the cell corrected. */
export interface DateWordHint {
  /** The word as written (`novmebre`). */
  word: string;
  /** The month or weekday meant, as it is spelt (`novembre`, `février`). */
  suggestion: string;
  /** The whole cell with the word replaced (`Jeudi 13 novembre`). */
  corrected: string;
}

// Shorter words are abbreviations or other words (`mia` is not surely `mai`), too short to correct.
const SHORTEST_WORD = 4;

const NAMES = [...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => ({ name, folded: normaliseText(name) }));

/** One typo per three letters at most (`jeudy`, `mecredi`, `novmebre`): beyond that it is another word. */
function closeEnough(word: string, steps: number): boolean {
  return steps > 0 && steps <= Math.max(1, Math.floor(word.length / 3));
}

/** The suggestion written like the word it replaces: `Novmebre` -> `Novembre`, `NOVMEBRE` -> `NOVEMBRE`. */
function inCaseOf(written: string, name: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return name.toUpperCase();
  if (written[0] !== undefined && written[0] === written[0].toUpperCase()) return name[0]!.toUpperCase() + name.slice(1);
  return name;
}

/**
 * The month or weekday a dates cell most likely misspells, when exactly one closest name
 * makes the cell readable; undefined otherwise (no misspelt word, or several fit).
 */
export function dateWordHint(text: string): DateWordHint | undefined {
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' || token.text.length < SHORTEST_WORD) continue;
    if (monthFromWord(token.text) !== undefined || weekdayFromWord(token.text) !== undefined) continue;
    const scored = NAMES.map((entry) => ({ ...entry, steps: distance(token.text, entry.folded) })).filter((entry) =>
      closeEnough(token.text, entry.steps),
    );
    if (scored.length === 0) continue;
    const fewest = Math.min(...scored.map((entry) => entry.steps));
    const written = text.slice(token.from, token.to);
    const readable = scored
      .filter((entry) => entry.steps === fewest)
      .map((entry) => {
        const suggestion = inCaseOf(written, entry.name);
        return { suggestion, corrected: text.slice(0, token.from) + suggestion + text.slice(token.to) };
      })
      .filter((candidate) => parseFrenchDate(candidate.corrected).ok);
    if (readable.length === 1) return { word: written, ...readable[0]! };
  }
  return undefined;
}

/**
 * Whether a dates cell holds words and nothing of a date: no number, no month or weekday
 * name (`A définir si besoin.`, `Non défini`, `Plus tard`). Such words say that the date is
 * not set; a cell with a month or weekday in it (`septembre salle B`) is a date written wrong.
 */
export function writesNoDate(text: string): boolean {
  return tokenize(text).every((token) => token.kind === 'punct' || (token.kind === 'word' && monthFromWord(token.text) === undefined && weekdayFromWord(token.text) === undefined));
}
