/*
 * A cancelled session's title cell often says it twice: struck through and with a word
 * (`~~Atelier outils collaboratifs~~ **Annulé** (reporté au 12 mars)`). The word is the
 * session's status, which the calendar says in its own words; the title is the session's
 * name; what follows the word is a remark a subscriber wants to read.
 */
import { guardedPattern } from './guarded-pattern.js';
import { LATIN_LETTER } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';
import { trimMarks } from './trim-marks.js';

// `Annulé`, `ANNULÉE`, `cancelled`: the word that marks the status, whole. `annulation` is
// left alone: it is as often a subject (`Atelier sur l'annulation`). The title's spaces
// are collapsed before, so one optional space and bracket stand for any. `é` is written
// \u00e9 to keep the command's bundle ASCII (scripts/build.mjs says why). The letters around
// the word are Latin letters written out, with /i alone: `\p{L}` with /iu made V8 fold the
// case of every character that is not a letter, nearly 10 million instructions to compile
// this one pattern (README, Performance); the `s` of /iu also matched a long s (\u017f).
// Guarded (guarded-pattern.ts): most titles hold no such word, and the pattern, with its
// classes folded for /i, cost V8 1.5 million instructions to compile.
const MARK = guardedPattern(new RegExp(String.raw`(^|[^${LATIN_LETTER}])\[? ?(annul[\u00e9e]e?[s\u017f]?|cancell?ed) ?\]?(?=$|[^${LATIN_LETTER}])`, 'i'), ['annul', 'cancel']);

// What separates the mark from the words around it: spaces, dashes, colons, bars, commas.
const SEPARATORS = ' -–—:|,;!./';

/** The words of a title cell around its cancellation mark: the session's name, and a remark after the mark. */
export interface CancelledTitle {
  title: string;
  /** What the cell says after the mark, without its brackets (`reporté au 12 mars`). */
  remark?: string;
}

// Trimmed by hand rather than with `[...]+$`, which backtracks on a long run of separators (trim-marks.ts).
function trimSeparators(text: string): string {
  return trimMarks(text, SEPARATORS);
}

/** A whole remark in one pair of brackets loses them: `(reporté au 12 mars)` -> `reporté au 12 mars`. */
function unwrap(text: string): string {
  if (!text.startsWith('(') || !text.endsWith(')') || text.indexOf(')') !== text.length - 1) return text;
  return text.slice(1, -1).trim();
}

/** The first cancellation word of a title (`Annul\u00e9`, `cancelled`): the match, its group 1 the character before it, group 2 the word. */
export function cancellationMark(text: string): RegExpExecArray | null {
  return MARK.exec(text);
}

/**
 * Splits a cancelled row's title at its cancellation word: `Atelier Annulé (reporté au 12
 * mars)` is the title `Atelier` and the remark `reporté au 12 mars`; `ANNULÉ - Atelier` is
 * `Atelier`; `Atelier (annulé)` is `Atelier`. A title without the word is returned whole.
 */
export function splitCancelledTitle(text: string): CancelledTitle {
  const match = cancellationMark(text);
  if (!match) return { title: text };
  let before = text.slice(0, match.index + match[1]!.length).trimEnd();
  let after = text.slice(match.index + match[0].length).trimStart();
  // `Atelier (annulé)`: the brackets held only the mark.
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1);
    after = after.slice(1);
  }
  before = trimSeparators(before);
  after = unwrap(trimSeparators(after));
  if (before === '') return { title: after };
  return after === '' ? { title: before } : { title: before, remark: after };
}

// A page title that opens or closes with the word calling its event off, set apart from
// the title by brackets or a mark (folded): `[ANNULÉ] Le Grand Transplacement`, `ANNULATION
// ! Soirée jeux`, `Annulé : atelier`, `Soirée jeux - annulée`. A title whose words speak of a
// cancellation (`Annulation de vol : vos droits`, `l'Édit de Nantes annulé`, `Cancelled
// flights`) has the word in its sentence.
const CALLED_OFF_START = /^(?:[[(]\s?(?:annul(?:e|ee|es|ees|ation)|cancell?ed)\s?[\])]|(?:annul(?:e|ee|es|ees|ation)|cancell?ed)\s?[!:\u2013\u2014-])/;
const CALLED_OFF_END = /(?:[\u2013\u2014:-]\s?(?:annul(?:e|ee|es|ees)|cancell?ed)\s?!?|[[(]\s?(?:annul(?:e|ee|es|ees)|cancell?ed)\s?[\])])$/;

// A title that names which date is called off or what comes instead (`Annulé : le concert du
// 5 avril est reporté`, `Annulation : le club reprend ses séances`) speaks of one event.
const ONE_EVENT = /(?:\d{1,2}(?:er)? (?:janv|fevr|mars|avri|mai|juin|juil|aout|sept|octo|nove|dece)|\d{1,2}\/\d{1,2}|(?:^|[^a-z])(?:reporte|reportee|reprend|reprennent|reprise|nouvelle date|remplace)(?![a-z]))/;

/** Whether a page's title says its whole event is called off (see above): then so is every slot of its programme. */
export function titleCallsOff(title: string | undefined): boolean {
  if (title === undefined) return false;
  const folded = normaliseText(title);
  if (ONE_EVENT.test(folded)) return false;
  return CALLED_OFF_START.test(folded) || CALLED_OFF_END.test(folded);
}
