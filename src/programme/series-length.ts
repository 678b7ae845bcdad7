/*
 * The length a page gives all its sessions once, in its practical information, beside the
 * time they start: `- Quand ? : le dernier vendredi de chaque mois, rdv 12h30` over
 * `- Durée ? : 1h30 (questions incluses)`. A reader gives every session 12:30 to 14:00: the
 * start the series names and the end its length makes. Only one field labelled as a length
 * (`Durée`) that writes one length and nothing else that counts; a length in a sentence
 * (`3 séances de 2h`) is for series-hours.ts to weigh.
 */
import type { Paragraph, Root } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import type { TimeSlot } from '../dates/types.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { fieldParagraphs } from './field-paragraphs.js';
import { plainText } from './plain-text.js';
import type { DraftHours } from './session-drafts.js';

// A field that tells a length (folded): `Durée : 1h30`, `Durée ? : 2 heures`, `Durée: 90 min`.
const LENGTH_LABEL = /^duree\s?\??\s?:\s?/;
// One length (`1h30`, `1 h 30`, `2h`, `2 heures`, `1h30 min`), or minutes alone (`90 min`),
// once a remark in brackets after it is set aside (`1h30 (questions incluses)`, REMARK).
const HOURS_LENGTH = /^(\d\d?) ?(?:h|heures?) ?(\d\d)? ?(?:min)?$/;
const MINUTES_LENGTH = /^(\d{2,3}) ?(?:min|minutes)$/;
const REMARK = /\s?\([^()]*\)$/;

/** Minutes of the length a field writes (`Durée ? : 1h30` is 90), or undefined when it is no length field or writes something else. */
function fieldLength(paragraph: Paragraph): number | undefined {
  const folded = normaliseText(plainText(paragraph)).replace(/^[^a-z0-9]+/, '');
  const label = LENGTH_LABEL.exec(folded);
  if (!label) return undefined;
  const value = folded.slice(label[0].length).trim().replace(REMARK, '').replace(/\s+/g, ' ');
  const minutes = MINUTES_LENGTH.exec(value);
  if (minutes) return Number(minutes[1]);
  const hours = HOURS_LENGTH.exec(value);
  return hours ? Number(hours[1]) * 60 + Number(hours[2] ?? 0) : undefined;
}

/** Minutes of the one length the page's fields before `limit` give its sessions; undefined when none or several. */
export function seriesLength(tree: Root, limit: number, hidden?: HiddenRanges): number | undefined {
  const found: number[] = [];
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at >= limit) break;
    if (hidden && isHidden(hidden, at)) continue;
    for (const paragraph of fieldParagraphs(node)) {
      const minutes = fieldLength(paragraph);
      if (minutes !== undefined) found.push(minutes);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The series' hours with the end its length makes, when they write one start and no end and the end falls on the same day; else as they were. */
export function endedByLength(hours: DraftHours, minutes: number | undefined): DraftHours {
  const only = hours.slots.length === 1 ? hours.slots[0]! : undefined;
  if (minutes === undefined || minutes <= 0 || !only || only.end) return hours;
  const end = minutesOfDay(only.start) + minutes;
  if (end >= 24 * 60) return hours;
  const slot: TimeSlot = { ...only, end: { hour: Math.floor(end / 60), minute: end % 60 } };
  return { ...hours, slots: [slot] };
}
