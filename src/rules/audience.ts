import { normaliseText } from '../dates/normalise-text.js';
import type { TimeSlot } from '../dates/types.js';
import type { Session } from '../programme/model.js';

// The groups a programme is for, as its titles and hours labels name them. Plurals and
// English forms fold to one key so `pour les mentors` and `Mentor` are the same people.
const GROUP_WORDS: ReadonlyMap<string, string> = new Map([
  ['eig', 'eig'],
  ['mentor', 'mentors'],
  ['mentors', 'mentors'],
  ['dig', 'dig'],
  ['fellow', 'fellows'],
  ['fellows', 'fellows'],
  ['intrapreneur', 'intrapreneurs'],
  ['intrapreneurs', 'intrapreneurs'],
]);

/** How a group is written in messages (`EIG`, `mentors`). */
export function groupName(group: string): string {
  return group === 'eig' || group === 'dig' ? group.toUpperCase() : group;
}

/** The groups a text names (`EIG (+ mentors l'après-midi)` -> eig, mentors). */
export function groupsIn(text: string): Set<string> {
  const groups = new Set<string>();
  for (const word of normaliseText(text).split(/[^a-z0-9]+/)) {
    const group = GROUP_WORDS.get(word);
    if (group) groups.add(group);
  }
  return groups;
}

/**
 * Who a session is for: the audience column when it names a group, else the title and
 * the hours labels. Empty when nothing says; overlap checks then stay silent.
 */
export function audienceOf(session: Session): Set<string> {
  let groups = audiences.get(session);
  if (!groups) {
    groups = readAudience(session);
    audiences.set(session, groups);
  }
  return groups;
}

// Read once per session: the overlap rule asks for each pair of rows sharing a day.
const audiences = new WeakMap<Session, Set<string>>();

function readAudience(session: Session): Set<string> {
  const fromColumn = session.audience ? groupsIn(session.audience.text) : new Set<string>();
  if (fromColumn.size > 0) return fromColumn;
  const groups = groupsIn(session.title.text);
  for (const slot of session.hours?.value ?? []) if (slot.label) for (const g of groupsIn(slot.label)) groups.add(g);
  return groups;
}

/** A span of the day in minutes, [start, end). */
export interface Span {
  start: number;
  end: number;
}

const WHOLE_DAY: Span = { start: 0, end: 24 * 60 };

function toMinutes(time: { hour: number; minute: number }): number {
  return time.hour * 60 + time.minute;
}

/** A slot as minutes; a slot with only a start runs to the end of the day. */
export function spanOf(slot: TimeSlot): Span {
  return { start: toMinutes(slot.start), end: slot.end ? toMinutes(slot.end) : WHOLE_DAY.end };
}

/**
 * When a group is at a session: its labelled slot (`14h - 18h30 pour les mentors`), else
 * the span of the unlabelled slots, else of all slots; the whole day when no hours are given.
 */
export function spanFor(session: Session, group: string): Span {
  const slots = session.hours?.value ?? [];
  if (slots.length === 0) return WHOLE_DAY;
  const labelled = slots.filter((slot) => slot.label && groupsIn(slot.label).has(group));
  const unlabelled = slots.filter((slot) => !slot.label);
  const chosen = labelled.length > 0 ? labelled : unlabelled.length > 0 ? unlabelled : slots;
  const spans = chosen.map(spanOf);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
