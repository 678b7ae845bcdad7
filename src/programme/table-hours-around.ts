/*
 * The hours a schedule table's sessions share, written once beside the table rather than
 * in a column: in the paragraph that introduces it (`Les séances ont lieu tous les mardis
 * de 12h à 13h.`), in the line right under it (`Toutes les séances : 12h30 - 13h30`), or in
 * an HTML table's caption (`Midi vidéo, tous les mercredis de 12:00 à 13:00`, which
 * html-to-mdast.ts sets above its table, where a reader sees it). A reader gives every
 * dated row those hours. Only when no row writes hours of its own, the table holds two
 * dated rows or more, and the paragraph writes one range of hours (list-hours-above.ts,
 * onlyHours); a time alone (`à 18h30`) only when the paragraph says it is for every
 * session (`chaque`, `tous les`, `ont lieu`): a deadline or an opening time in a sentence
 * above a table (`inscriptions avant 18h`) is not the sessions' hours.
 *
 * Farther from the table, a course page often gives its slot once in its practical
 * information (`### Quand` over `chaque mardi de 16h à 18h`, `Horaires : tous les mercredis,
 * 14h-17h`): a reader gives it to every session too, when it is the page's one paragraph
 * above the table that writes a range of hours for a series (series-hours.ts).
 */
import type { Paragraph, Parent, Root, Table } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { onlyHours } from './list-hours-above.js';
import { SERIES, seriesHours } from './series-hours.js';
import { plainText } from './plain-text.js';
import type { DraftHours } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';


/** The parent that holds a node among its children, if any. */
function parentOf(tree: Root, node: Table): Parent | undefined {
  for (const candidate of walkNodes(tree)) {
    if ('children' in candidate && (candidate.children as unknown[]).includes(node)) return candidate as Parent;
  }
  return undefined;
}

function hoursOf(node: Paragraph, source: SourceText): DraftHours | undefined {
  const hours = onlyHours(node, source);
  if (!hours) return undefined;
  if (hours.slots[0]?.end === undefined && !SERIES.test(normaliseText(plainText(node)))) return undefined;
  return hours;
}

/** The hours written once for a table's sessions: in the paragraph right above it, else right under it, else once for the series above it. */
export function tableHoursAround(tree: Root, table: Table, source: SourceText): DraftHours | undefined {
  const parent = parentOf(tree, table);
  if (!parent) return undefined;
  const at = parent.children.indexOf(table);
  const above = parent.children[at - 1];
  const below = parent.children[at + 1];
  return (above?.type === 'paragraph' ? hoursOf(above, source) : undefined) ?? (below?.type === 'paragraph' ? hoursOf(below, source) : undefined) ?? seriesHours(tree, table.position?.start.offset ?? 0, source);
}
