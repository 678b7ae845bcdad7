/*
 * A part of a page that shows a day's slots again: a festival's page gives its programme,
 * one row per hour, then cards of its artists, each with the hour it plays (`Bèlè de rue`,
 * `13H30`); a conference's page gives its grid, then its speakers with their slots. A
 * reader lists each slot once, from the programme, and reads the later part as the same
 * acts told again, even where one of its hours disagrees (a card at 14H30 for the row at
 * 14H35 is a mistake to fix, not one more act).
 *
 * What tells such a part: it is under another heading than the slots it repeats, and most of
 * its timed slots (two in three, three at least) start at the hour of a slot of the same day
 * written above, with no title of their own (the hour alone, as a card shows it) or the
 * same one. Parallel tracks under
 * headings of their own (`## Salle A`, `## Salle B`) start at the same hours too, but each
 * slot there has its own title: a slot with another title never counts as a repeat.
 */
import type { RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import type { SessionDraft } from './session-drafts.js';

// How many of a part's slots must repeat one above (two in three, three at least).
const MOST = 2 / 3;
const FEWEST = 3;

/** A time of day in minutes since midnight, to compare slots' starts and ends. */
function minutesOf(time: { hour: number; minute: number }): number {
  return time.hour * 60 + time.minute;
}

const folded = (title: string): string => normaliseText(title).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The timed slots of `drafts` (document order) in the parts of the page that repeat a day's
 * slots written above them. `dayOf`: the day a draft falls on, as a key (undefined when it
 * has none); `nodes`: the page's top-level nodes, whose headings part it.
 */
export function slotsOfRepeatedSections(drafts: SessionDraft[], nodes: RootContent[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const headings = nodes.filter((node) => node.type === 'heading').map((node) => node.position?.start.offset ?? 0);
  const sectionOf = (draft: SessionDraft): number => {
    const at = draft.position.start.offset ?? 0;
    let section = -1;
    for (const [index, offset] of headings.entries()) if (offset <= at) section = index;
    return section;
  };
  // Per day and start, the titles (folded) and sections of the slots read so far.
  const seen = new Map<string, Array<{ section: number; title: string }>>();
  const parts = new Map<number, { slots: SessionDraft[]; repeats: number }>();
  for (const draft of drafts) {
    const start = draft.hours?.slots[0]?.start;
    const day = dayOf(draft);
    if (!start || !day || draft.dated) continue;
    const key = `${day}|${start.hour}:${start.minute}`;
    const section = sectionOf(draft);
    const title = folded(draft.title);
    const earlier = seen.get(key) ?? [];
    const repeats = earlier.some((other) => other.section < section && (title === '' || title === other.title));
    const part = parts.get(section) ?? { slots: [], repeats: 0 };
    part.slots.push(draft);
    if (repeats) part.repeats++;
    parts.set(section, part);
    seen.set(key, [...earlier, { section, title }]);
  }
  const repeated = new Set<SessionDraft>();
  for (const part of parts.values()) {
    if (part.repeats < FEWEST || part.repeats < part.slots.length * MOST) continue;
    for (const draft of part.slots) repeated.add(draft);
  }
  return repeated;
}

/**
 * The lines that give a day's extent above its agenda (`De 06H15 à 20H00 — une journée
 * complète pour prier, se retrouver, fêter`, then `06H15 1ère Messe` ... `20H00 Clôture`):
 * a timed slot written before the day's other slots, that starts with the first of them
 * and holds them all (three at least). A reader reads it as the day's hours, told once,
 * not as one more session beside the ones it spans.
 */
export function dayExtentLines(drafts: SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const byDay = new Map<string, SessionDraft[]>();
  for (const draft of drafts) {
    const day = dayOf(draft);
    if (!day || draft.dated || !draft.hours?.slots[0]) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), draft]);
  }
  const extents = new Set<SessionDraft>();
  for (const slots of byDay.values()) {
    const [first, ...rest] = slots;
    const span = first!.hours!.slots;
    const end = span.length === 1 ? span[0]!.end : undefined;
    if (!end || rest.length < FEWEST) continue;
    const from = minutesOf(span[0]!.start);
    const to = minutesOf(end);
    const starts = rest.map((draft) => minutesOf(draft.hours!.slots[0]!.start));
    // Held whole: a slot that ends after the extent (`14h-15h30` then `15h15-16h`) overlaps it.
    const ends = rest.flatMap((draft) => {
      const last = draft.hours!.slots.at(-1)!;
      return last.end === undefined || last.nextDay ? [] : [minutesOf(last.end)];
    });
    // Another slot from the same start that lasts nearly as long (`De 11h30 à 19h : Atelier de
    // soudure` beside `De 11h30 à 18h30 : Stand`) runs beside it: two all-day activities, not the
    // day's hours; a shorter one (`10h-16h : productions` under `Station Ausone (10h - 19h)`) is in it.
    // Beside it, not nested under it: written from the same margin (`- Accueil : 9h - 21h` over `  - 9h-20h : développement` holds it).
    const besideIt = rest.some((draft) => {
      const slot = draft.hours!.slots[0]!;
      return draft.position.start.column === first!.position.start.column && minutesOf(slot.start) === from && slot.end !== undefined && !slot.nextDay && (minutesOf(slot.end) - from) * 4 >= (to - from) * 3;
    });
    if (!besideIt && Math.min(...starts) === from && starts.every((start) => start >= from && start <= to) && ends.every((stop) => stop <= to)) extents.add(first!);
  }
  return extents;
}

// Words any programme's titles share, too common to tie two of them together.
const COMMON_TITLE_WORDS = new Set(['atelier', 'ateliers', 'seance', 'seances', 'session', 'sessions', 'cours', 'pause', 'accueil', 'temps', 'repas', 'debut', 'suite', 'avec', 'pour', 'dans', 'groupe', 'presentation']);

// Folded words of a title long enough and rare enough to tie two titles together (`dîner`, `photos`, `pièce`).
function titleWords(title: string): Set<string> {
  return new Set(normaliseText(title).split(/[^a-z0-9]+/).filter((word) => word.length >= 4 && !COMMON_TITLE_WORDS.has(word)));
}

// How few items make a list a summary: one timed item alone may be a day's one slot.
const FEWEST_RESTATED_ITEMS = 2;

/**
 * The items of a list that gives again times of the day's slots listed above it, as a
 * reminder (`**Moments forts à ne pas manquer :**` then `- 20h00 : Dîner de gala 🍽️`, `-
 * 23h00 : Pièce montée 🎂` after `### 🍽️ 20h00 - Dîner de gala` and `### 🎂 23h00 - Pièce
 * montée`): every item starts when a slot of the same day written above starts, and most
 * of them share a word of that slot's title (not a word every programme uses: `atelier`), and it picks half of the day's slots at most.
 * A reader lists each slot once, from the programme. A list of another track at the same hours (`Salle B`) names other sessions:
 * its titles share no word with the slots above, and it stays.
 */
export function restatingLists(drafts: SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const minutes = (draft: SessionDraft): number | undefined => {
    const start = draft.hours?.slots[0]?.start;
    return start ? minutesOf(start) : undefined;
  };
  const lists = new Map<number, SessionDraft[]>();
  for (const draft of drafts) if (draft.listStart !== undefined && minutes(draft) !== undefined) lists.set(draft.listStart, [...(lists.get(draft.listStart) ?? []), draft]);
  const restated = new Set<SessionDraft>();
  for (const [start, items] of lists) {
    if (items.length < FEWEST_RESTATED_ITEMS) continue;
    const above = drafts.filter((draft) => (draft.position.start.offset ?? 0) < start && draft.listStart !== start && minutes(draft) !== undefined);
    let sharing = 0;
    const all = items.every((item) => {
      const same = above.filter((slot) => minutes(slot) === minutes(item) && dayOf(slot) === dayOf(item));
      if (same.length === 0) return false;
      const words = titleWords(item.title);
      if (same.some((slot) => [...titleWords(slot.title)].some((word) => words.has(word)))) sharing++;
      return true;
    });
    // A summary picks a few of the day's moments; a list as long as the day's agenda is that
    // agenda written again for other readers (a programme in English after the French one).
    const days = new Set(items.map(dayOf));
    const dayslots = above.filter((slot) => days.has(dayOf(slot))).length;
    if (all && sharing * 2 > items.length && items.length * 2 <= dayslots) for (const item of items) restated.add(item);
  }
  return restated;
}

/**
 * The dated lines that give the hours of a day whose agenda the page writes elsewhere
 * (`## Dates` over `Vendredi 25 janvier 2013 de 18h à 20h et samedi 26 janvier de 9h à
 * 22h`, then `### Vendredi 25 janvier 2013` over its slots): a reader reads them as the
 * day told once more, not as one more session that spans the day's. Only a line that names
 * nothing but its days and hours (a market from 10h to 18h beside the day's concerts is a
 * session of its own), and only hours that hold every slot of the day, from its first start
 * to its last end: a line that opens before the agenda with no end (`Mardi 11 août - à
 * partir de 14h`, a workshop before the day's swap at 16h) is a session of its own.
 */
export function agendaDaysToldAgain(drafts: SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  // The span of each day whose agenda is written under a dated heading or item: its first start, its last end.
  const spans = new Map<string, { from: number; to: number }>();
  for (const draft of drafts) {
    const slots = draft.day?.dated && draft.day.slots > 0 ? draft.hours?.slots : undefined;
    const day = slots?.[0] ? dayOf(draft) : undefined;
    if (!slots || !day) continue;
    const last = slots.at(-1)!;
    const span = spans.get(day) ?? { from: Infinity, to: -Infinity };
    spans.set(day, { from: Math.min(span.from, minutesOf(slots[0]!.start)), to: Math.max(span.to, minutesOf(last.end ?? last.start)) });
  }
  const told = new Set<SessionDraft>();
  for (const draft of drafts) {
    // A line with a title of its own (`Samedi 5 juillet de 10h à 18h : Marché des producteurs`)
    // is a session beside the day's agenda, however long it runs.
    const untitled = draft.dated !== undefined && draft.dated.line.title === '';
    const slots = untitled && draft.slots === 0 && !draft.day ? draft.hours?.slots : undefined;
    const end = slots?.length === 1 ? slots[0]!.end : undefined;
    const span = end ? spans.get(dayOf(draft) ?? '') : undefined;
    if (span && minutesOf(slots![0]!.start) <= span.from && minutesOf(end!) >= span.to) told.add(draft);
  }
  return told;
}

// How few items make a shortlist: one item alone may be the page's next event, told twice.
const FEWEST_SHORTLISTED = 2;

/**
 * The untimed items of a list that pick again events the page writes above it, each with
 * its very days and a word of its title (`1. **NextGen Hackathon** (10-12 déc 2025)` under
 * `### TOP 3 À POSTULER`, after `### 4. NextGen Hackathon` over `**Dates :** 10-12 décembre
 * 2025`): a shortlist of the page's own events. A reader lists each event once. Timed items
 * are restatingLists'; a list where one item falls on other days, or names its event with
 * no word of the one above, stays, and so does a list that tells every event again.
 */
export function shortlistedSessions(drafts: SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const lists = new Map<number, SessionDraft[]>();
  for (const draft of drafts) if (draft.listStart !== undefined && !draft.hours && !draft.day) lists.set(draft.listStart, [...(lists.get(draft.listStart) ?? []), draft]);
  const shortlisted = new Set<SessionDraft>();
  for (const [start, items] of lists) {
    if (items.length < FEWEST_SHORTLISTED) continue;
    const above = drafts.filter((draft) => (draft.position.start.offset ?? 0) < start && draft.listStart !== start && dayOf(draft) !== undefined);
    const events = new Set<SessionDraft>();
    const picked = items.every((item) => {
      const day = dayOf(item);
      const words = titleWords(item.title);
      const event = day === undefined ? undefined : above.find((one) => dayOf(one) === day && [...titleWords(one.title)].some((word) => words.has(word)));
      if (event) events.add(event);
      return event !== undefined;
    });
    // A list that tells every event again is the programme copied (`Rappel :` over the same
    // lines), which duplicate-session reports; a shortlist picks some of them.
    if (picked && events.size < above.length) for (const item of items) shortlisted.add(item);
  }
  return shortlisted;
}

// How few untitled days make a list of days told again: one may be a page's only event.
const FEWEST_UNTITLED_DAYS = 2;

/**
 * The items of a list that write a day and nothing else (`- le vendredi 16 mai 2025`, `- le
 * mardi 20 mai 2025` under `- 4 devoirs surveillés …`), when each falls on the day of a
 * titled session the page lists elsewhere (`- **[S02] - 16/05/2025.** Dispatch …`): the days
 * of a course's tests told again beside its programme. A reader lists the programme's
 * sessions once; the bare days add no event to the calendar. A list of bare days on days the
 * page lists nothing else is the page's own dates, and stays.
 */
export function untitledDaysToldAgain(drafts: SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined): Set<SessionDraft> {
  const lists = new Map<number, SessionDraft[]>();
  for (const draft of drafts) if (draft.listStart !== undefined && draft.dated && !draft.day) lists.set(draft.listStart, [...(lists.get(draft.listStart) ?? []), draft]);
  const toldAgain = new Set<SessionDraft>();
  for (const [start, items] of lists) {
    if (items.length < FEWEST_UNTITLED_DAYS || items.some((item) => item.title.trim() !== '' || item.hours)) continue;
    // Days of one-day items of another list: a week's heading over its days (`### Semaine 2 : du
    // lundi 25 au vendredi 29 avril` over `- Lundi`) is no session on each of them.
    const titledDays = new Set(drafts.filter((draft) => draft.listStart !== undefined && draft.listStart !== start && draft.title.trim() !== '').map(dayOf).filter((day) => day !== undefined && !day.includes(' ')));
    if (items.every((item) => dayOf(item)?.split(' ').every((day) => titledDays.has(day)))) for (const item of items) toldAgain.add(item);
  }
  return toldAgain;
}
