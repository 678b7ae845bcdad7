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
import type { Root } from 'mdast';
import type { SessionDraft } from './session-drafts.js';

// How many days of its own the stretch spells out at least: one day below a two-day heading may be its first part.
const FEWEST_SPELLED_DAYS = 2;

/**
 * The drafts that span several days, without hours, whose days the drafts right after them
 * give one by one, each a whole day with no hours and no slots: their group.
 */
export function spelledOutSpans(drafts: readonly SessionDraft[], dayOf: (draft: SessionDraft) => string | undefined, tree: Root): Set<SessionDraft> {
  const spans = new Set<SessionDraft>();
  const wholeDay = (draft: SessionDraft): boolean => !draft.day && !draft.hours && draft.slots === 0 && !draft.group && !draft.borrowed;
  // The page's headings as the parser read them, each with its line and level.
  const headings = tree.children.flatMap((node) => (node.type === 'heading' && node.position ? [{ line: node.position.start.line, depth: node.depth }] : []));
  drafts.forEach((draft, index) => {
    if (!wholeDay(draft) || (draft.source !== 'heading' && draft.source !== 'list')) return;
    const days = dayOf(draft)?.split(' ') ?? [];
    if (days.length < FEWEST_SPELLED_DAYS) return;
    const below = under(draft, headings);
    const spelled = new Set<string>();
    for (let k = index + 1; k < drafts.length; k++) {
      const next = drafts[k]!;
      const day = dayOf(next);
      if (!wholeDay(next) || day === undefined || day.includes(' ') || !days.includes(day) || !below(next)) break;
      spelled.add(day);
    }
    if (spelled.size === days.length) spans.add(draft);
  });
  return spans;
}

/**
 * Whether a draft stands under `span`: in its heading's section (before the next heading of
 * its level or above), or, for an item, deeper in its list. A festival's `- 8-9 mars :
 * Salon` beside `- 8 mars : Conférence` at its own level is not spelled out by it.
 */
function under(span: SessionDraft, headings: ReadonlyArray<{ line: number; depth: number }>): (draft: SessionDraft) => boolean {
  const start = span.position.start.line;
  if (span.source === 'list') return (draft) => draft.position.start.column > span.position.start.column && draft.position.start.line > start;
  const own = headings.find((heading) => heading.line === start);
  if (own === undefined) return () => false;
  const end = headings.find((heading) => heading.line > start && heading.depth <= own.depth)?.line ?? Number.POSITIVE_INFINITY;
  return (draft) => draft.position.start.line > start && draft.position.start.line < end;
}
