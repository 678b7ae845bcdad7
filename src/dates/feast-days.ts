/*
 * The day a feast's name gives, as a French reader dates it without a calendar: a parish's
 * or an association's page titled by the feast and its year (`Toussaint 2014`, `Noël 2019`,
 * `Fête de la musique 2023`) holds that feast's programme. The feasts of a fixed day are
 * known by heart (Toussaint is 1 November, Noël 25 December, l'Assomption 15 August); those
 * counted from Easter (Pâques, Ascension, Pentecôte) a reader looks up in a calendar, and
 * this computes them (the Gregorian computus: exact, a few operations).
 *
 * Only a text that is the feast's name and its year, and nothing else: `Multi-activités -
 * Toussaint 2020` or `Stage de Pâques 2024` are the school holidays named after the feast,
 * a week or two around it, not its day. The Épiphanie is left out: in France it is kept on
 * the Sunday between 2 and 8 January, not on the 6th.
 */
import { normaliseText } from './normalise-text.js';
import type { DayMention } from './types.js';

// Fixed-day feasts (folded names, an optional `fête de la` or article before): month and day.
const FIXED: ReadonlyArray<readonly [string, number, number]> = [
  ['toussaint', 11, 1],
  ['noel', 12, 25],
  ['nuit de noel', 12, 24],
  ['veillee de noel', 12, 24],
  ['assomption', 8, 15],
  ['saint-sylvestre', 12, 31],
  ['saint sylvestre', 12, 31],
  ['nouvel an', 1, 1],
  ["jour de l'an", 1, 1],
  ['chandeleur', 2, 2],
  ['saint-jean', 6, 24],
  ['saint jean', 6, 24],
  ['fete de la musique', 6, 21],
  ['saint-martin', 11, 11],
  ['saint martin', 11, 11],
  ['saint-nicolas', 12, 6],
  ['saint nicolas', 12, 6],
  ['immaculee conception', 12, 8],
  ['armistice', 11, 11],
  ['fete du travail', 5, 1],
  ['fete nationale', 7, 14],
];

// Feasts counted from Easter Sunday: days after it (negative: before).
const FROM_EASTER: ReadonlyArray<readonly [string, number]> = [
  ['paques', 0],
  ['dimanche de paques', 0],
  ['lundi de paques', 1],
  ['vendredi saint', -2],
  ['jeudi saint', -3],
  ['rameaux', -7],
  ['dimanche des rameaux', -7],
  ['mercredi des cendres', -46],
  ['cendres', -46],
  ['ascension', 39],
  ['pentecote', 49],
  ['dimanche de pentecote', 49],
  ['lundi de pentecote', 50],
];

// The feast's name and a year, nothing else: `Toussaint 2014`, `La Toussaint 2014`, `Noël
// 2019 :` (folded; each part bounded, the text at most MOST_CHARACTERS long).
const FEAST_AND_YEAR = /^(?:la |le |l')?([a-z' -]{3,40}?) ?[:,-]? ?((?:19|20)\d\d)[ .!:]*$/;
// `Fête de la Toussaint`, `Fête de l'Assomption`: the feast's name after its `fête`.
const FETE_OF = /^fete (?:de la |de l'|du |des |de )?/;
const MOST_CHARACTERS = 60;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The day of a text that is a feast's name and its year (`Toussaint 2014`), or undefined. */
export function feastDay(text: string): DayMention | undefined {
  const written = text.trim();
  if (written.length > MOST_CHARACTERS) return undefined;
  const match = FEAST_AND_YEAR.exec(normaliseText(written));
  if (!match) return undefined;
  const whole = match[1]!.trim();
  const known = (name: string) => FIXED.some(([feast]) => feast === name) || FROM_EASTER.some(([feast]) => feast === name);
  // `Fête de la musique` is a name whole; `Fête de la Toussaint` is the Toussaint.
  const name = known(whole) ? whole : whole.replace(FETE_OF, '');
  const year = Number(match[2]);
  const fixed = FIXED.find(([feast]) => feast === name);
  if (fixed) return { day: fixed[2], month: fixed[1], year, text: written };
  const counted = FROM_EASTER.find(([feast]) => feast === name);
  if (!counted) return undefined;
  const easter = easterSunday(year);
  const at = new Date(Date.UTC(year, easter.month - 1, easter.day + counted[1]));
  return { day: at.getUTCDate(), month: at.getUTCMonth() + 1, year, text: written };
}

/**
 * Whether a text is the name of a fixed-day feast (`Noël`, `Toussaint`, `la fête nationale`)
 * and `day` of `month` is that feast's day: a holiday named with its own day (`Noël (25
 * dec.)`), as a list of holidays writes it to say which days they are, no session held.
 */
export function isFixedFeastOn(text: string, day: number, month: number): boolean {
  const folded = normaliseText(text.trim()).replace(/^(?:la |le |l')/, '');
  const known = (name: string) => FIXED.some(([feast]) => feast === name);
  const name = known(folded) ? folded : folded.replace(FETE_OF, '');
  return FIXED.some(([feast, feastMonth, feastDay]) => feast === name && feastMonth === month && feastDay === day);
}
