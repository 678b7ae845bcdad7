/*
 * The hours a list of dates shares, written once in the line that introduces it:
 * `Un mardi toutes les trois semaines, de 19h30 à 21h30. Les dates :` over `* Mardi 13
 * octobre`, `* Mardi 3 novembre`. A reader gives every date of the list those hours. Only
 * when that paragraph writes one time or range: two (`de 9h à 12h puis de 14h à 17h`) leave
 * a reader unsure which date has which, and the dates stay all-day.
 */
import type { Heading, Paragraph, Strong } from 'mdast';
import { parseFrenchHours } from '../dates/french-hours.js';
import { hoursExtentAt, isLengthAsClock } from '../dates/hours-extent.js';
import { tokenize } from '../dates/tokenize.js';
import { foldedWords, normaliseText } from '../dates/normalise-text.js';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { plainText } from './plain-text.js';
import type { DraftHours, SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// A clock time somewhere in the text (`19h30`, `9 h`, `18:30`): most paragraphs have none and are not tokenized.
const ANY_TIME = /\d\s?h|\d:\d\d/i;

// The words before a time that make it the sessions' length (folded): `12 séances de 2h`, `3 ateliers de 3h`.
const COUNTED_LENGTH_BEFORE = /\b\d{1,2} (?:seances|sessions|ateliers|cours|modules|rencontres)(?: de)?$/;

/** Whether hours as written are one time with no end (`2h`), not a range. */
function isLoneTime(written: string): boolean {
  const parsed = parseFrenchHours(written);
  return parsed.ok && parsed.slots.length === 1 && parsed.slots[0]!.end === undefined;
}

/** Whether `later` is one time alone that is the start or the end of the range `range` writes. */
function restatesAnEnd(range: string, later: string): boolean {
  const first = parseFrenchHours(range);
  const again = parseFrenchHours(later);
  if (!first.ok || !again.ok || first.slots.length !== 1 || again.slots.length !== 1 || again.slots[0]!.end !== undefined) return false;
  const [slot, time] = [first.slots[0]!, again.slots[0]!.start];
  const same = (a: { hour: number; minute: number } | undefined) => a !== undefined && a.hour === time.hour && a.minute === time.minute;
  return slot.end !== undefined && (same(slot.start) || same(slot.end));
}

/** The one time or range of hours a paragraph (or a heading, or bold words) writes, or undefined when it writes none or several. */
export function onlyHours(node: Paragraph | Heading | Strong, source: SourceText): DraftHours | undefined {
  const text = plainText(node);
  if (!ANY_TIME.test(text)) return undefined;
  const toks = tokenize(text);
  let found: { from: number; to: number } | undefined;
  for (let k = 0; k < toks.length; k++) {
    const last = hoursExtentAt(toks, k);
    if (last === undefined) continue;
    // `12 séances de 2h d'enseignement (mercredi 13h-15h00)`: the 2h is each session's length, the range their hours.
    if (COUNTED_LENGTH_BEFORE.test(normaliseText(text.slice(0, toks[k]!.from)).replace(/\s+/g, ' ')) && isLoneTime(text.slice(toks[k]!.from, toks[last]!.to))) {
      k = last;
      continue;
    }
    // `de 18h30 à 19h30 (nous vous conseillons de venir dès 18h30)`: the range's own start or end told again.
    if (found && restatesAnEnd(text.slice(found.from, found.to), text.slice(toks[k]!.from, toks[last]!.to))) {
      k = last;
      continue;
    }
    if (found) return undefined;
    found = { from: toks[k]!.from, to: toks[last]!.to };
    k = last;
  }
  if (!found) return undefined;
  const written = text.slice(found.from, found.to);
  const parsed = parseFrenchHours(written);
  if (!parsed.ok || parsed.slots.length !== 1 || isLengthAsClock(parsed.slots[0]!, normaliseText(text))) return undefined;
  return { text: written, position: source.find(node.position!, written), slots: parsed.slots };
}

// A weekday named as a habit right before the hours it is the habit of (folded): `le dimanche de
// 9h`, `(le dimanche, à 11h)`, `les mardis 18h`, `chaque jeudi de 15h`. A weekday told elsewhere
// in the line is another matter's (`remise des prix le dimanche`, `fermé le lundi`).
const WEEKDAY_BEFORE_HOURS = new RegExp(String.raw`(?:^|[^a-z])(?:le|les|chaque|tous les) (${WEEKDAY_NAMES.join('|')})s?,? (?:de |a |des |entre )?\d`, 'g');
// Folded words among the few right before the weekday that make it the day without the
// sessions: `sauf le lundi`, `fermé le dimanche`, `pas de sortie le samedi`.
const WITHOUT_WORDS = new Set(['sauf', 'ferme', 'fermee', 'fermes', 'fermees', 'pas', 'hors', 'excepte', 'relache']);
const WITHOUT_REACH = 4;

/** The one weekday a lead names as the habit of its hours (WEEKDAY_BEFORE_HOURS), not one it excludes (WITHOUT_WORDS), as an ISO weekday. */
function weekdayOfTheHours(folded: string): number | undefined {
  const found = [...folded.matchAll(WEEKDAY_BEFORE_HOURS)];
  if (found.length !== 1 || foldedWords(folded.slice(0, found[0]!.index)).slice(-WITHOUT_REACH).some((word) => WITHOUT_WORDS.has(word))) return undefined;
  return WEEKDAY_NAMES.indexOf(found[0]![1]!) + 1;
}

// How many dated items make a list of dates (one item is a sentence's example).
const LIST_DATES = 2;

/**
 * Gives the dated items of a list (`drafts`, read from it) the hours written once in the
 * paragraph right above it, when none of them writes its own and there are two or more;
 * with the weekday that paragraph names as their habit right before those hours
 * (`**Cafés-rencontre le dimanche de 9h à 12h :**` over `- 25/01 - Marché`): a reader takes
 * the items' days for that weekday's, to find their year and to see one that is not.
 */
export function shareHoursAbove(drafts: SessionDraft[], above: Paragraph, source: SourceText): void {
  const dated = drafts.filter((draft) => draft.dated && !draft.day);
  if (dated.length < LIST_DATES || dated.length !== drafts.length || dated.some((draft) => draft.hours)) return;
  const hours = onlyHours(above, source);
  if (!hours) return;
  const weekday = weekdayOfTheHours(normaliseText(plainText(above)));
  const shared: DraftHours = weekday === undefined ? hours : { ...hours, weekday, ledList: true };
  for (const draft of dated) draft.hours = shared;
}
