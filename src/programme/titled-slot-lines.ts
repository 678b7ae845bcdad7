/*
 * A slot of a day written title first, its hours closing the line, between the day's other
 * timed lines: `Buffet 12h30 - 14h` between a morning's and an afternoon's timed items,
 * `Pause (de 12:45 à 13:15)` between `De 11:00 à 12:00 …` lines, `OPEN MIC : 20H - 21H` over
 * what it offers, then `OPEN PLATINE : 22H-23H30`. A list item is read so already; a
 * paragraph only beside other timed lines of its day, since one sentence alone that closes
 * with hours (`Le concert aura lieu de 20h à 22h`) tells the day's extent, not a slot. Written
 * by hand: it is the layout of an agenda.
 */
import type { RootContent } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { normaliseText } from '../dates/normalise-text.js';
import { paragraphSourceLines, shownLine } from './paragraph-lines.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import { agendaLineHours, closingHours, type SlotHours } from './slot-hours.js';
import { trimMarks } from './trim-marks.js';
import type { SourceText } from './source-text.js';

// What may stand between a slot's title and its hours: spaces, a colon, a comma, dashes.
const TITLE_END_MARKS = ' \t:,\u2013\u2014-';
// A slot's title is a few words (`Buffet`, `OPEN PLATINE`, `Après-midi`), not a sentence.
const TITLE_WORDS = 5;
// Folded words that label the day's hours, the place's opening or a length, not a slot of its own.
const HOURS_LABEL = /^(?:horaires?|heures?|duree|ouverture|fermeture|horaires? d'ouverture)$/;

/** A paragraph's first line as a reader sees it (markup off), and the source line it stands on. */
function firstLine(node: RootContent | undefined, source: SourceText): { line: string; start: number; raw: string } | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const first = paragraphSourceLines(node, source)[0];
  return first && { line: shownLine(first.raw).replace(/[*_`]/g, '').trim(), start: first.start, raw: first.raw };
}

/** The title and hours of a paragraph's first line when it is a titled slot's (see above). */
function titledHours(node: RootContent | undefined, source: SourceText): { line: string; start: number; raw: string; hours: SlotHours } | undefined {
  const first = firstLine(node, source);
  if (!first) return undefined;
  const { line } = first;
  if (agendaLineHours(line) || datedTextOf(line, false) !== undefined) return undefined;
  const hours = closingHours(line);
  if (!hours || !/^\p{L}/u.test(hours.rest)) return undefined;
  // The marks between the title and its hours (`OPEN MIC :`), off (trim-marks.ts: no pattern that backtracks).
  const title = trimMarks(hours.rest, TITLE_END_MARKS);
  // `Rendez-vous : 8h45 / Retour : 17h`: two times, each its own field, no title closed by hours.
  if (title.split(/\s+/).length > TITLE_WORDS || HOURS_LABEL.test(normaliseText(title)) || /\d\s?h|\d:\d/i.test(title)) return undefined;
  return { ...first, hours: { ...hours, rest: title } };
}

/** The hours of the timed line of an agenda a node opens with (`10h30-11h10 : …`, `- 14h - 15h: …`). */
function openingHours(node: RootContent | undefined, source: SourceText): SlotHours | undefined {
  const first = firstLine(node?.type === 'list' ? node.children[0]?.children[0] : node, source);
  return first && agendaLineHours(first.line);
}

/** Whether a range holds the start of the slot below (`Matinée : 9h30-13h00` over `9h30-9h40 : Mot de bienvenue`): it labels their block. */
function holdsTheNext(hours: SlotHours, next: SlotHours | undefined): boolean {
  const start = next?.slots[0]?.start;
  if (!start) return false;
  const at = start.hour * 60 + start.minute;
  return hours.slots.some((slot) => slot.end !== undefined && slot.start.hour * 60 + slot.start.minute <= at && at < slot.end.hour * 60 + slot.end.minute);
}

/**
 * The slot of `day` that the paragraph `nodes[index]` writes title first (see above), when a
 * timed line of the day stands right above or below it (`timedAbove`: the node above gave a
 * slot of the day); undefined otherwise.
 */
export function titledSlotLine(nodes: readonly RootContent[], index: number, day: SessionDraft, timedAbove: boolean, source: SourceText): SessionDraft | undefined {
  const found = titledHours(nodes[index], source);
  if (!found) return undefined;
  const below = nodes[index + 1];
  const next = openingHours(below, source) ?? titledHours(below, source)?.hours;
  if ((!timedAbove && next === undefined) || holdsTheNext(found.hours, next)) return undefined;
  const position = source.span(found.start, found.start + found.raw.length);
  return {
    source: 'agenda',
    title: found.hours.rest,
    position,
    day,
    hours: { text: found.hours.text, position: source.find(position, found.hours.text), slots: found.hours.slots },
    cancelled: day.cancelled || saysCancelled(found.line),
    slots: 0,
  };
}
