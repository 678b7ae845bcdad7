/*
 * French month and weekday names as they appear in hand-written schedules, looked up as
 * whole words on folded text (see normalise-text.ts), so `mar` can never match the start
 * of `mars`: the tokenizer hands over `mars` entire. A trailing dot (`sept.`) is a
 * separate token that the date grammar skips after an abbreviation.
 */
import { normaliseText } from './normalise-text.js';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['fevrier', 2], ['fevr', 2], ['fev', 2],
  ['mars', 3],
  ['avril', 4], ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7], ['juil', 7],
  ['aout', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['decembre', 12], ['dec', 12],
]);

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['lundi', 1], ['lun', 1],
  ['mardi', 2], ['mar', 2],
  ['mercredi', 3], ['mer', 3],
  ['jeudi', 4], ['jeu', 4],
  ['vendredi', 5], ['ven', 5],
  ['samedi', 6], ['sam', 6],
  ['dimanche', 7], ['dim', 7],
]);

// A French programme often has an English part for its foreign guests (`### Monday 24th
// June`): the full English names are read too. Of the English abbreviations, only the
// weekdays no French word spells (`Wed 24.09.2025`, a journal's dates in an English locale):
// not `Mar`, `Jan` nor `Mon`, which are French words, nor `Sat` and `Sun` (a solver, a company).
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

const ENGLISH_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['tue', 2], ['wed', 3], ['thu', 4], ['fri', 5],
]);

/** Month number (1..12) of a folded French month word or abbreviation (`fevr`, `aout`), or English month name, else undefined. */
export function monthFromWord(word: string): number | undefined {
  return MONTHS.get(word) ?? ENGLISH_MONTHS.get(word);
}

// The three-letter English abbreviations a spreadsheet writes after a day and a hyphen
// (`9-Mar`, `02-Feb`, `06-Apr`: the `d-mmm` format), read only glued so (french-dates.ts,
// gluedMonthAt): alone, `mar` is mardi and `may` a verb.
const SPREADSHEET_MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6],
  ['jul', 7], ['aug', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Month number of a folded three-letter English abbreviation (`feb`), as a spreadsheet writes it after a day and a hyphen. */
export function spreadsheetMonthFromWord(word: string): number | undefined {
  return SPREADSHEET_MONTHS.get(word);
}

/** Month number of a full English month name (`june`), which may come before its day (`June 25`). */
export function englishMonthFromWord(word: string): number | undefined {
  return ENGLISH_MONTHS.get(word);
}

/** Whether a folded word is an English month or weekday name that no French date word spells (`june`, `friday`, `wed`). */
export function isEnglishDateWord(word: string): boolean {
  return (ENGLISH_MONTHS.has(word) || ENGLISH_WEEKDAYS.has(word)) && !MONTHS.has(word) && !WEEKDAYS.has(word);
}

/** Whether a folded word is a French month or weekday name or abbreviation (`juin`, `vendredi`, `ven`). */
export function isFrenchDateWord(word: string): boolean {
  return MONTHS.has(word) || WEEKDAYS.has(word);
}

/** ISO weekday (1 = lundi ... 7 = dimanche) of a folded French weekday word or abbreviation, or English weekday name, else undefined. */
export function weekdayFromWord(word: string): number | undefined {
  return WEEKDAYS.get(word) ?? ENGLISH_WEEKDAYS.get(word);
}

/**
 * The weekday a cell writes and nothing else (`Mar`, `mardi`, `Ven.`, `Thursday`), if it
 * does: a column of days beside the dates column. There `Mar` is mardi, no day number
 * following it to make it mars.
 */
export function weekdayAlone(text: string): number | undefined {
  const folded = normaliseText(text).trim().replace(/\.$/, '');
  return /^[a-z]+$/.test(folded) ? weekdayFromWord(folded) : undefined;
}

// What joins the weekdays of one folded cell (`lun, mar, jeu`, `lundi et mardi`, `lun - ven`, `sam/dim`, `lundi a vendredi`).
const WEEKDAY_JOINS = /,|&|\/|\+|-|\u2013|\bet\b|\bau\b|\ba\b/;

/** Whether a text names weekdays and nothing else (`Mercredi`, `Lun, Mar, Jeu`, `Lundi et mardi`): a weekly habit's days. */
export function weekdaysAlone(text: string): boolean {
  const parts = normaliseText(text).split(WEEKDAY_JOINS).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => weekdayAlone(part) !== undefined);
}

/** Full French month names, index 0 = janvier: the one list, used by the message catalogue and tests. */
export const MONTH_NAMES: readonly string[] = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** Full French weekday names, index 0 = lundi: the one list, used by the message catalogue. */
export const WEEKDAY_NAMES: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
];
