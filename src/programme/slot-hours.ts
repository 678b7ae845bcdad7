/*
 * The clock hours that open an agenda line (`09h00 - 11h00 : Yoga`, `**19h00** : Accueil`,
 * `14h-17h → open Atelier`, `| 20h00 - ... |`) or close it in brackets (`Soutien scolaire
 * (17h - 19h)`). Only these two places: hours inside a sentence (`rendez-vous vers 18h
 * devant la salle`) are prose, not a slot. The hours themselves are read by
 * parseFrenchHours, so a slot's hours mean what an hours cell's do.
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import type { TimeSlot } from '../dates/types.js';

/** Hours found on a line: the text that wrote them, its offsets, the slots, and the rest of the line. */
export interface SlotHours {
  text: string;
  start: number;
  end: number;
  slots: TimeSlot[];
  /** The line without its hours and the separator after them (`Yoga`). */
  rest: string;
}

// A time (`9h`, `09h00`, `9 h 30`, `18:30`), then optionally a range's end (`- 11h`,
// `à 17h`, `- ...`), optionally after `de`. Bounded quantifiers only: no backtracking blow-up.
// Dashes, `à` and `…` are written as \u escapes to keep the bundle ASCII (scripts/build.mjs).
const TIME = String.raw`\d{1,2}\s?(?:h(?:\s?\d{2})?|:\d{2})`;
const END = String.raw`(?:\s{0,3}(?:-|\u2013|\u2014|\u00e0|a)\s{0,3}(?:${TIME}|\.{3}|\u2026|\d{1,2}\.\d{2}))?`;
const LEADING = new RegExp(String.raw`^(?:de\s)?${TIME}${END}(?:\s{0,3}et\s{0,3}${TIME}${END})?`, 'i');
const TRAILING = new RegExp(String.raw`\((?:de\s)?${TIME}${END}\)\s?[.!]?$`, 'i');

// An evening slot that ends after midnight (`21h00 - 03h30 : Cinéma`, a festival night):
// the hours grammar calls it end-before-start, a reader does not.
const LATEST_NIGHT_END = 6;
const EARLIEST_NIGHT_START = 17;

function read(text: string): TimeSlot[] | undefined {
  const parsed = parseFrenchHours(text);
  if (parsed.ok) return parsed.slots.length > 0 ? parsed.slots : undefined;
  if (parsed.reason !== 'end-before-start') return undefined;
  const [from, to] = text.split(/[-\u2013\u2014]/);
  const start = from === undefined ? undefined : parseFrenchHours(from.trim());
  const end = to === undefined ? undefined : parseFrenchHours(to.trim());
  const first = start?.ok ? start.slots[0]?.start : undefined;
  const last = end?.ok ? end.slots[0]?.start : undefined;
  if (!first || !last || first.hour < EARLIEST_NIGHT_START || last.hour > LATEST_NIGHT_END) return undefined;
  return [{ start: first, end: last }];
}

/** The hours a line opens with, when it opens with clock hours followed by a break (`:`, `-`, `→`, the end). */
export function leadingHours(line: string): SlotHours | undefined {
  const match = LEADING.exec(line);
  if (!match) return undefined;
  const after = line.slice(match[0].length);
  // `9h30 le matin` or `14 heures` are prose; a slot's hours stand apart from its title.
  if (after !== '' && !/^\s*(?:[:\u2192|\u2013\u2014,-]|\s)/.test(after)) return undefined;
  const slots = read(match[0]);
  if (!slots) return undefined;
  let rest = after.trim();
  if (':→|–—,-'.includes(rest[0] ?? 'x')) rest = rest.slice(1).trim();
  return { text: match[0], start: 0, end: match[0].length, slots, rest };
}

/** The hours a line closes with in brackets (`Atelier Musique (17h30 - 19h)`). */
export function trailingHours(line: string): SlotHours | undefined {
  const match = TRAILING.exec(line);
  if (!match) return undefined;
  const inner = match[0].replace(/\)\s?[.!]?$/, ')');
  const slots = read(inner);
  if (!slots) return undefined;
  const start = match.index;
  return { text: inner, start, end: start + inner.length, slots, rest: line.slice(0, start).trim() };
}
