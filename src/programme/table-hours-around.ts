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
 * The heading right above the table may write them too, as the table's title (`###
 * Activités culturelles et sport, de 18h à 20h` over `| Jour | Description |`): one range,
 * start and end, as a paragraph's. A table of hand-ins (`| Date(s) | Travail à rendre |`)
 * gives its deadline's time once in the sentence above it (`Les dates de remise s'entendent
 * à 23:50 le jour de la date de remise`, `Tous les rendus sont dus avant 23h59`): a time
 * alone is every row's when that sentence says it is the hand-ins' time (a word of
 * hand-in or deadline), as a series word says it is every session's.
 *
 * A paragraph that writes several ranges gives the one it sets in bold (`Les parcours
 * occupent le matin, **8h45 à 12h45** ... les ateliers (14h15–16h15) relèvent d'une autre
 * programmation`), and a short lead line between it and the table (`Répartition convenue
 * :`) does not part them.
 *
 * Farther from the table, a course page often gives its slot once in its practical
 * information (`### Quand` over `chaque mardi de 16h à 18h`, `Horaires : tous les mercredis,
 * 14h-17h`): a reader gives it to every session too, when it is the page's one paragraph
 * above the table that writes a range of hours for a series (series-hours.ts).
 */
import type { Heading, Paragraph, Parent, Root, Table } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { onlyHours } from './list-hours-above.js';
import { SERIES, seriesHours } from './series-hours.js';
import { plainText } from './plain-text.js';
import type { DraftHours } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';
import { DEADLINE_PHRASES, HAND_IN, LIMIT, wordsAnywhere } from './deadline-words.js';


/** The parent that holds a node among its children, if any. */
export function parentOf(tree: Root, node: Table): Parent | undefined {
  for (const candidate of walkNodes(tree)) {
    if ('children' in candidate && (candidate.children as unknown[]).includes(node)) return candidate as Parent;
  }
  return undefined;
}

// Folded words that make a time alone the time of a table's hand-ins: a hand-in or a
// deadline (deadline-words.ts), and what is due (`Tous les rendus sont dus avant 23h59`, `due date`).
const DEADLINE = wordsAnywhere([...HAND_IN, ...DEADLINE_PHRASES, 'dus', 'dues?', 'due date']);

/** The one range set in bold in a paragraph that writes several (`le matin, **8h45 à 12h45** ... les ateliers (14h15–16h15)`). */
function boldRange(node: Paragraph, source: SourceText): DraftHours | undefined {
  const ranges = node.children.flatMap((child) => (child.type === 'strong' ? [onlyHours(child, source)] : [])).filter((hours) => hours?.slots[0]?.end !== undefined);
  return ranges.length === 1 ? ranges[0] : undefined;
}

function hoursOf(node: Paragraph, source: SourceText): DraftHours | undefined {
  const hours = onlyHours(node, source) ?? boldRange(node, source);
  if (!hours) return undefined;
  const text = normaliseText(plainText(node));
  if (hours.slots[0]?.end === undefined && !SERIES.test(text) && !DEADLINE.test(text)) return undefined;
  return hours;
}

// How many characters a line that only leads to the table may hold (`Répartition convenue :`, `Les dates :`).
const LEAD_LENGTH = 60;

/** Whether a paragraph only leads to the table below it: a short line ending with a colon, no clock time in it. */
function isLead(node: Paragraph): boolean {
  const text = plainText(node).trim();
  return text.length <= LEAD_LENGTH && text.endsWith(':') && !/\d/.test(text);
}

/** The one range of hours (start and end) a heading right above a table writes as the table's title. */
function headingHours(node: Heading, source: SourceText): DraftHours | undefined {
  const hours = onlyHours(node, source);
  return hours?.slots[0]?.end === undefined ? undefined : hours;
}

/**
 * The hours written once for a table's sessions: in the paragraph or heading right above it,
 * else right under it, else once for the series above it (not for a table of days work is
 * due, `due`: the series' hours are its classes').
 */
export function tableHoursAround(tree: Root, table: Table, source: SourceText, due = false): DraftHours | undefined {
  const parent = parentOf(tree, table);
  if (!parent) return undefined;
  const at = parent.children.indexOf(table);
  const above = parent.children[at - 1];
  const below = parent.children[at + 1];
  // `Répartition convenue :` between the sentence of hours and the table only leads to it.
  const lead = above?.type === 'paragraph' && isLead(above) ? parent.children[at - 2] : undefined;
  const written =
    above?.type === 'paragraph' ? (hoursOf(above, source) ?? (lead?.type === 'paragraph' ? hoursOf(lead, source) : undefined)) : above?.type === 'heading' ? headingHours(above, source) : undefined;
  return written ?? (below?.type === 'paragraph' ? hoursOf(below, source) : undefined) ?? (due ? undefined : seriesHours(tree, table.position?.start.offset ?? 0, source));
}

// A header that names the day work is due (folded): `Date de remise`, `Rendu`, `Échéance`, `Date limite`, `Due date`.
const DUE_HEADER = wordsAnywhere([...HAND_IN, LIMIT, 'due', 'due date']);

/**
 * Whether the header of a table's dates column names its days as the days work is due
 * (`| Travail | Lien | Date de remise |`): not meetings of the course, so the hours the page
 * gives its classes (`Cours : Lundi, 8h30 - 11h30`) are not theirs. A column of what is due
 * beside the dates (`| Séance | Date | Contenu | Rendu |`) says nothing of them.
 */
export function namesDueDays(datesHeader: string): boolean {
  return DUE_HEADER.test(normaliseText(datesHeader));
}
