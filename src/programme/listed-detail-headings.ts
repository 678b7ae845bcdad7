/*
 * Dated headings that detail the items of a dated list above them: a course page lists
 * its weeks (`1. 2015-02-18 : Théorie de base`), then gives each week a section
 * (`## semaine 1 : 2015-02-18`, `## Séance du 25 février`). The section is the listed
 * session told again at length, as a table's detail section is its row's: a reader lists
 * the session once, from the list. So are the days of a table dated by banner or header
 * rows (table-day-rows.ts), which also take the hours their heading writes.
 */
import type { TimeSlot, ResolvedDates } from '../dates/types.js';
import { toIsoDate } from '../dates/plain-date.js';
import type { SessionDraft } from './session-drafts.js';
import { normaliseText } from '../dates/normalise-text.js';
import { numberedName, numberedNamesWithin } from './numbered-session.js';

// The days a draft takes, as one key.
const daysKey = (value: ResolvedDates): string => value.days.map(toIsoDate).join(' ');

// Hours as one key: a heading that writes the same hours as its item says nothing new.
const hoursKey = (slots: TimeSlot[] | undefined): string => JSON.stringify(slots ?? []);

/**
 * The dated headings (all-day or timed, no slots under them) that fall on exactly the
 * days of a dated list item written before them, with no hours of their own or the
 * item's: detail sections of that item, not more sessions; and those that name an item
 * above by its number (`Volet 2`) on other days: its detail section, which disagrees with
 * it (`disagreeing`). `resolved`: the days of each dated draft.
 */
export function headingsDetailingItems(drafts: SessionDraft[], resolved: Map<SessionDraft, ResolvedDates | undefined>): { details: Set<SessionDraft>; disagreeing: Array<{ detail: SessionDraft; item: SessionDraft }> } {
  const listed = new Map<string, SessionDraft>();
  const named = new Map<string, SessionDraft>();
  const details = new Set<SessionDraft>();
  const disagreeing: Array<{ detail: SessionDraft; item: SessionDraft }> = [];
  for (const draft of drafts) {
    const value = resolved.get(draft);
    if (!draft.dated || !value || draft.slots > 0 || draft.borrowed) continue;
    const key = daysKey(value);
    const name = numberedName(draft.title);
    if (draft.source === 'list' || draft.source === 'table') {
      if (!listed.has(key)) listed.set(key, draft);
      if (name !== undefined && !named.has(name)) named.set(name, draft);
      continue;
    }
    const item = draft.source === 'heading' ? listed.get(key) : undefined;
    // `Volet 2 : Du 14 au 18 août` under the programme's `### Volet 2 : Sommet Togo 2015` over
    // `15 août au 20 août 2015`: the part listed above, detailed on other days. One of the two
    // was moved and the other not: the section is no second session, and the two disagree.
    const sameName = !item && draft.source === 'heading' && name !== undefined ? named.get(name) : undefined;
    // Only days that overlap the part's and go past them both ways (`14 au 18 août` against
    // `15 au 20 août`): one part moved. On days apart (`TP 1` of group A on Monday, of group B
    // on Tuesday; `Rencontre 1` of next year), the same name numbers another session; on some
    // of its days (`Séance 1 – mardi 4 mars` under `Séance 1 : mardi 4 et mercredi 5 mars`),
    // the section details one of them.
    if (sameName && movedFrom(value, resolved.get(sameName))) {
      details.add(draft);
      disagreeing.push({ detail: draft, item: sameName });
      continue;
    }
    if (!item) continue;
    // `# Session 8 — 12 mai 2026` after `# Session 7` dated `12 mai 2026` below it: a journal's
    // next session on the same day, numbered apart, no section detailing the one before.
    // An item that names it among others (`12 mai 2026 : Session 7, Session 8`) is still what it details.
    const own = numberedNamesWithin(draft.title)[0];
    const itemNames = numberedNamesWithin(item.title);
    if (own !== undefined && itemNames.length > 0 && !itemNames.includes(own)) continue;
    if (!draft.hours || hoursKey(draft.hours.slots) === hoursKey(item.hours?.slots)) details.add(draft);
    else if (item.source === 'table' && !item.hours) {
      // A day a table dates in a banner or header row, told again under a heading with its
      // hours (`## 20 mars (9h45 - 13h & 14h - 17h15)`): the row's session at those hours.
      item.hours = draft.hours;
      details.add(draft);
    }
  }
  return { details, disagreeing };
}

// Whether days `mine` overlap days `its` and each holds a day the other has not (see headingsDetailingItems).
function movedFrom(mine: ResolvedDates, its: ResolvedDates | undefined): boolean {
  const a = mine.days.map(toIsoDate);
  const b = (its?.days ?? []).map(toIsoDate);
  return a.some((day) => b.includes(day)) && a.some((day) => !b.includes(day)) && b.some((day) => !a.includes(day));
}

/**
 * The timed headings that tell again a slot of a day's agenda or list above them, with
 * its hour and its title (`<h2>10h00 - Statics et Django</h2>` under the row `| 10h00 |
 * Statics et Django |`): a talk's abstract below the programme, not a second session.
 * Compared on the same day, by the slots' starts and the folded titles.
 */
export function headingsRepeatingSlots(drafts: SessionDraft[]): Set<SessionDraft> {
  const key = (draft: SessionDraft) => `${normaliseText(draft.title).replace(/[^a-z0-9]+/g, ' ').trim()}|${(draft.hours?.slots ?? []).map((slot) => JSON.stringify(slot.start)).join(' ')}`;
  const slots = new Map<SessionDraft | undefined, Set<string>>();
  const repeats = new Set<SessionDraft>();
  for (const draft of drafts) {
    if (!draft.hours || draft.dated) continue;
    const seen = slots.get(draft.day) ?? new Set<string>();
    slots.set(draft.day, seen);
    if (draft.source === 'heading' && seen.has(key(draft))) repeats.add(draft);
    else if (draft.source === 'agenda' || draft.source === 'list') seen.add(key(draft));
  }
  return repeats;
}
