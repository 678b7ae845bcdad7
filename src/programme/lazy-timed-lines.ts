/*
 * Timed lines a list item swallowed: under a day, a journal writes its slots as lines of their
 * own (`07h30 : Travail sur les points d'entrées`), and a list set between them (`  - Note :
 * …`, `1. Consultation …`) takes the lines after it as the lazy continuation of its last
 * item's paragraph (CommonMark's laziness: a line that is not indented goes on the paragraph
 * above it). The page shows them inside that item; their writer and a reader see them as the
 * day's next slots. Only lines written from the margin, in a run that opens with its hours,
 * are read so: an item's own continuation is indented under it, unless a line that is only a
 * hard break sets it apart as a blank line would.
 *
 * A list whose items are each a title over such a line (`- [Internet et libertés](…)` over
 * `14:30 / 16:30 Salle Blin`, a forum's talks) gives each line to its item: the item names
 * the slot and is where it begins (titledByTheirItem, slashedRangeOf).
 */
import type { List, Paragraph } from 'mdast';
import type { Position } from 'unist';
import type { TimeSlot } from '../dates/types.js';
import type { SessionDraft } from './session-drafts.js';
import { visit } from 'unist-util-visit';
import { paragraphSourceLines, plainTextLines, shownLine } from './paragraph-lines.js';
import { agendaLineHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';

// A line that is only markdown's hard break: a blank line inside a paragraph, as shown.
const BLANK_BREAK = /^\s*\\$/;

/**
 * For each paragraph of the list's items whose last lines run on from the margin and open
 * with a clock time, those lines as a paragraph of their own (no children: paragraphSlots
 * reads a paragraph's source lines), with the item's title when it names them.
 */
export function lazyTimedLines(list: List, source: SourceText): LazyLines[] {
  const found: LazyLines[] = [];
  const titled = titledByTheirItem(list, source);
  visit(list, 'paragraph', (paragraph: Paragraph) => {
    const lines = paragraphSourceLines(paragraph, source);
    const opensWithHours = (k: number) => lines[k] !== undefined && agendaLineHours(shownLine(lines[k]!.raw).replace(/[*_`]/g, '').trim())?.start === 0;
    // The first line of the run from the margin that reaches the paragraph's end.
    let first = lines.length;
    while (first > 1 && !/^\s/.test(lines[first - 1]!.raw)) first--;
    // Else the first timed line after a line that is only a hard break (`  \`): a site's
    // editor writes a blank line so inside an item (`* Retour sur la notion…\`, `  \`,
    // `  10h30 - 12h30 **Témoignages**`), and the page shows the slot apart, as the day's next.
    if (!opensWithHours(first)) first = lines.findIndex((_line, k) => k > 0 && BLANK_BREAK.test(lines[k - 1]!.raw) && opensWithHours(k));
    const opening = lines[first];
    if (first < 0 || opening === undefined) return;
    const title = titled.get(paragraph);
    found.push({ paragraph: { type: 'paragraph', children: [], position: source.span(opening.start, paragraph.position!.end.offset!) }, ...(title ? { title } : {}) });
  });
  return found;
}

/** Timed lines a list item swallowed, as a paragraph of their own, and the item's first line when it names them (see titledByTheirItem). */
export interface LazyLines {
  /** The lines, as a paragraph with no children: paragraphSlots reads its source lines. */
  paragraph: Paragraph;
  title?: { text: string; position: Position };
}

// Two clock times with a colon parted by a slash at the start of a line (`14:30 / 16:30 Salle
// Blin`), and no third after them: `10h00 / 14h00` and `14:00 / 14:30 / 15:00` are sittings.
const SLASHED_TIMES = /^(\d{1,2}):(\d{2}) ?\/ ?(\d{1,2}):(\d{2})(?![\d:h]| ?\/)/;

/**
 * The slot a titled item's timed line writes as two clock times parted by a slash (`14:30 /
 * 16:30 Salle Blin`), from the first to the second when the second is later the same day, and
 * what the line says after them, its place. Under a talk's title a reader reads them so;
 * elsewhere `10h / 14h` may be two sittings, which the hours grammar reads as two starts.
 * Undefined for any other line.
 */
export function slashedRangeOf(lazy: LazyLines, source: SourceText): { slot: TimeSlot; rest: string } | undefined {
  if (!lazy.title) return undefined;
  const line = source.slice(lazy.paragraph.position!).trimStart();
  const found = SLASHED_TIMES.exec(line);
  if (!found) return undefined;
  const [start, end] = [{ hour: Number(found[1]), minute: Number(found[2]) }, { hour: Number(found[3]), minute: Number(found[4]) }];
  const valid = (time: { hour: number; minute: number }) => time.hour < 24 && time.minute < 60;
  // What follows the hours on the line: where the talk takes place (`Salle Blin - Petit Auditorium`).
  const rest = line.slice(found[0].length).split('\n')[0]!.trim();
  return valid(start) && valid(end) && end.hour * 60 + end.minute > start.hour * 60 + start.minute ? { slot: { start, end }, rest } : undefined;
}

// A word before a colon opening a line (`Note :`, `Rappel:`, `TODO :`): a note's label, not a title.
const NOTE_LABEL = /^\p{L}{2,12} ?:/u;

// How many items of a list must be a title over its timed line for each to be one.
const TITLED_ITEMS = 2;

/**
 * The items of a list written each as a title over its hours typed from the margin (`- [Internet
 * et libertés](…/tracks/32)` over `14:30 / 16:30 Salle Blin`, a forum's talks): two lines, the
 * first with no hours, the second opening with them; two such items at least and most of the
 * list's. Each such line is its item's slot, named by the title above it, where the item
 * begins. One item swallowing a timed line (`- Note : …` over `08h30 : Récupération`) is
 * a slip of the journal: the line is the day's next slot, not the note's.
 */
function titledByTheirItem(list: List, source: SourceText): Map<Paragraph, { text: string; position: Position }> {
  const found = new Map<Paragraph, { text: string; position: Position }>();
  for (const item of list.children) {
    const paragraph = item.children[0];
    // A task (`- [ ] Appeler le traiteur`) is no talk's title.
    if (item.children.length !== 1 || paragraph?.type !== 'paragraph' || typeof item.checked === 'boolean') continue;
    const lines = paragraphSourceLines(paragraph, source);
    const hoursOf = (k: number) => agendaLineHours(shownLine(lines[k]!.raw).replace(/[*_`]/g, '').trim());
    if (lines.length !== 2 || /^\s/.test(lines[1]!.raw) || hoursOf(1)?.start !== 0 || hoursOf(0) !== undefined) continue;
    const text = plainTextLines(paragraph)[0]?.trim() ?? '';
    // A note's label (`Note : prévoir les badges`, `Rappel :`) over a journal's next slot names no slot.
    if (text !== '' && !NOTE_LABEL.test(text)) found.set(paragraph, { text, position: source.span(lines[0]!.start, lines[0]!.start + lines[0]!.raw.length) });
  }
  return found.size >= TITLED_ITEMS && found.size * 2 > list.children.length ? found : new Map();
}

/**
 * The titles of the list's own sessions without the timed lines read apart from them
 * (lazyTimedLines): `- 10h - 12h Plénière\` over `  \` and `  12h - 14h Déjeuner` is the
 * plenary, then lunch, not a plenary titled with lunch's hours.
 */
export function withoutLazyLines(drafts: SessionDraft[], lazies: LazyLines[], source: SourceText): void {
  for (const { paragraph: lazy } of lazies) {
    const at = lazy.position!.start.offset!;
    const first = source.text.slice(at, lazy.position!.end.offset!).split('\n')[0] ?? '';
    const shown = shownLine(first).replace(/[*_`]/g, '').trim();
    for (const draft of drafts) {
      const from = draft.position.start.offset ?? 0;
      const cut = shown === '' ? -1 : draft.title.indexOf(shown);
      if (from < at && (draft.position.end.offset ?? 0) >= at && cut > 0) draft.title = draft.title.slice(0, cut).trim();
    }
  }
}
