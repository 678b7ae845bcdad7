/*
 * A heading or item that names a stretch of days the page then spells out day by day,
 * right below it (`### Milestone 1.1: Setup et Configuration (8-9 septembre)` over `-
 * **Jour 1 (8 sept):**` and `- **Jour 2 (9 sept):**`; `### SEMAINE 1 (8-12 septembre 2025)`
 * over one heading per working day). The stretch groups those days, as a week of a calendar
 * groups its squares: a reader lists the days, not the stretch again (the readers of
 * princembikayi-milestones-frontend-2025 and princembikayi-planning-frontend-2025). Days
 * that hold timed slots (`### 28 et 29 novembre 2019` over `**Jeudi 28 novembre**` and its
 * agenda) are a conference's programme under its event, which readers keep; and dated
 * lines of other events that happen to fall on the stretch's days are not below it.
 */
import type { SessionDraft } from './session-drafts.js';

// How many days of its own the stretch spells out at least: one day below a two-day heading may be its first part.
const FEWEST_SPELLED_DAYS = 2;

/**
 * The drafts that span several days, without hours, whose days the drafts right after them
 * give one by one, each a whole day with no hours and no slots: their group.
 */
export function spelledOutSpans(drafts: readonly SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined, text: string): Set<SessionDraft> {
  const spans = new Set<SessionDraft>();
  const wholeDay = (draft: SessionDraft): boolean => !draft.day && !draft.hours && draft.slots === 0 && !draft.group && !draft.borrowed;
  const lines = text.split('\n');
  drafts.forEach((draft, index) => {
    if (!wholeDay(draft) || (draft.source !== 'heading' && draft.source !== 'list')) return;
    const days = dayOf(draft)?.split(' ') ?? [];
    if (days.length < FEWEST_SPELLED_DAYS) return;
    const below = under(draft, lines);
    const spelled = new Set<string>();
    for (const next of drafts.slice(index + 1)) {
      const day = dayOf(next);
      if (!wholeDay(next) || day === undefined || day.includes(' ') || !days.includes(day) || !below(next)) break;
      spelled.add(day);
    }
    if (spelled.size === days.length) spans.add(draft);
  });
  return spans;
}

// A heading's marks, `##` to `######`, opening its line (no more than three spaces before).
const ATX_HEADING = /^ {0,3}(#{1,6})(?:\s|$)/;

/**
 * Whether a draft stands under `span`: in its heading's section (before the next heading of
 * its level or above), or, for an item, deeper in its list. A festival's `- 8-9 mars :
 * Salon` beside `- 8 mars : Conférence` at its own level is not spelled out by it.
 */
function under(span: SessionDraft, lines: readonly string[]): (draft: SessionDraft) => boolean {
  const start = span.position.start.line;
  if (span.source === 'list') return (draft) => draft.position.start.column > span.position.start.column && draft.position.start.line > start;
  const depth = ATX_HEADING.exec(lines[start - 1] ?? '')?.[1]?.length;
  if (depth === undefined) return () => false;
  let end = lines.length + 1;
  for (let line = start + 1; line <= lines.length; line++) {
    const other = ATX_HEADING.exec(lines[line - 1]!)?.[1]?.length;
    if (other !== undefined && other <= depth) {
      end = line;
      break;
    }
  }
  return (draft) => draft.position.start.line > start && draft.position.start.line < end;
}
