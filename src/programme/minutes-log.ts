/*
 * Minutes may log the times things happened at the meeting they record (`18:52 - Début de
 * l'assemblée générale`, `18:54 - arrivée d'Eric Patrizio`, `20:28 - Vote sur la liste`):
 * the meeting's course, held, no slot a reader puts in a calendar. Logged, not planned: such
 * times mostly fall off the five-minute grid every programme keeps (18:52, 19:36, 20:28),
 * while the agenda the minutes restate (`## Ordre du jour prévu` over `14:00 - Accueil`,
 * `14:30 - Rapport moral`) keeps to it and is listed by its readers. Only the day the minutes
 * name, when they name one (`Compte-rendu de l'AG du 27 février 2024`): an outing they
 * announce for another day (`# Sortie du samedi 20 avril` over `07:47 départ du train`) is
 * no log of theirs. Written by hand: no library tells a log from a timetable.
 */
import type { Heading, Root } from 'mdast';
import { onTheFiveMinutes } from '../dates/minutes-of-day.js';
import { normaliseText } from '../dates/normalise-text.js';
import { plainText } from './plain-text.js';
import { extractDateFromHeading } from '../dates/french-dates.js';
import type { DatedLine } from '../dates/dated-line.js';
import type { SessionDraft } from './session-drafts.js';

// How many timed slots a day needs for its times to tell a log from a plan; how many a part of it, to be a plan of its own.
const FEWEST_LOGGED_SLOTS = 3;
const FEWEST_PLANNED_SLOTS = 2;

// A heading over a plan of the day (folded): `Ordre du jour prévu`, `Programme`, `Horaires`, `Déroulé prévisionnel`.
const PLAN_HEADING = /(?:^|[^a-z])(?:ordre du jour|programme|prevu|previsionnel|planning|horaires|agenda)(?![a-z])/;

/** Whether most of the slots given start off the five-minute grid. */
function mostlyOffTheGrid(slots: readonly SessionDraft[]): boolean {
  return slots.filter((slot) => !onTheFiveMinutes(slot.hours!.slots[0]!.start)).length * 2 > slots.length;
}

/**
 * The timed slots that minutes log on the day of the meeting they record (see above): the
 * days whose slots mostly fall off the grid, among the days the minutes' names (`names`: its
 * title, its front matter's) write if they write one, held (`held`); on such a day, every
 * slot but those of a part under a heading that names a plan (`Ordre du jour prévu`) whose
 * every slot keeps to the grid.
 */
export function loggedSlots(tree: Root, drafts: readonly SessionDraft[], names: readonly string[], held: (line: DatedLine) => boolean): Set<SessionDraft> {
  const named = names.flatMap((name) => extractDateFromHeading(name)?.expression.mentions ?? []);
  const recorded = (line: DatedLine) =>
    held(line) && (named.length === 0 || line.expression.mentions.some((mention) => named.some((one) => one.day === mention.day && one.month === mention.month)));
  const byDay = new Map<SessionDraft, SessionDraft[]>();
  for (const draft of drafts) {
    if (draft.day?.dated && draft.hours?.slots[0]) byDay.set(draft.day, [...(byDay.get(draft.day) ?? []), draft]);
  }
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const partOf = (draft: SessionDraft) => headings.filter((heading) => (heading.position?.start.offset ?? 0) < (draft.position.start.offset ?? 0)).length;
  const namesAPlan = (part: number) => part > 0 && PLAN_HEADING.test(normaliseText(plainText(headings[part - 1]!)));
  const logged = new Set<SessionDraft>();
  for (const [day, slots] of byDay) {
    if (slots.length < FEWEST_LOGGED_SLOTS || !mostlyOffTheGrid(slots) || !recorded(day.dated!.line)) continue;
    const parts = new Map<number, SessionDraft[]>();
    for (const slot of slots) parts.set(partOf(slot), [...(parts.get(partOf(slot)) ?? []), slot]);
    for (const [at, part] of parts) {
      const planned = namesAPlan(at) && part.length >= FEWEST_PLANNED_SLOTS && part.every((slot) => onTheFiveMinutes(slot.hours!.slots[0]!.start));
      if (!planned) for (const slot of part) logged.add(slot);
    }
  }
  return logged;
}
