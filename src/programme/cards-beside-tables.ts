/*
 * A page that sets its events out as cards beside a schedule table: a department's news
 * page gives a seminar series its table of next sessions, and each other event a heading
 * over a line of practical details (`### 🗓️ Journée portes ouvertes` over `**22 mars 2025 |
 * 10h–17h | Campus de Saint-Denis**`). A reader puts those events in the calendar beside
 * the table's rows. A heading dated by the line below it on a day a row is on is that
 * row's detail section, as the table's dated sections are, and stays one.
 */
import type { Root } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import type { PlainDate } from '../dates/types.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { datedTextOf } from './dated-text.js';
import type { Session } from './model.js';
import { plainText } from './plain-text.js';
import { readSessionsOutsideTables, type OutsideTableOptions } from './read-sessions-outside-tables.js';
import type { SourceText } from './source-text.js';

// A heading that names a day with no event (folded): `Relâche`, `Pas de séminaire`,
// `Vacances`, or a deadline (`Date limite pour proposer un exposé`).
const NO_EVENT = /(?:^|[^a-z])(?:relache|pas de|aucune?|vacances|ferie|conge|date limite|limite|deadline|cloture|avant le)(?![a-z])/;

/**
 * The events of undated headings each dated by the line right below it, on days no session
 * of `read` (the table's, and those read beside it) is on, numbered after them.
 */
export function eventCardsBesideTables(tree: Root, source: SourceText, options: OutsideTableOptions, read: readonly Session[], report: DiagnosticCollector): Session[] {
  // Undated headings first: most pages beside a table have none over a date line, and are not read again.
  const undated = new Set(tree.children.flatMap((node) => (node.type === 'heading' && datedTextOf(plainText(node), true, { heading: true }) === undefined ? [node.position!.start.line] : [])));
  if (undated.size === 0) return [];
  // What the reading reports is about the whole document, read from its table.
  const scratch = new DiagnosticCollector(report.language, report.rules);
  const cards = readSessionsOutsideTables(tree, source, options, scratch, 'lists').filter(
    (session) => session.dates.value && undated.has(session.position.start.line) && session.dates.position.start.line === session.position.start.line + 1,
  );
  if (cards.length === 0) return [];
  const dayOf = (day: PlainDate) => `${day.month}-${day.day}`;
  const taken = new Set(read.flatMap((session) => (session.dates.value?.days ?? []).map(dayOf)));
  return cards
    .filter((card) => !card.dates.value!.days.some((day) => taken.has(dayOf(day))) && !NO_EVENT.test(normaliseText(card.title.text)))
    .map((card, index) => {
      const { dayFrom: _dropped, ...rest } = card;
      return { ...rest, rowIndex: read.length + index };
    });
}
