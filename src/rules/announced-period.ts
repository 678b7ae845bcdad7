/*
 * The period a page announces its sessions in, once, before them: a `Quand` or `Dates`
 * field (`- **Quand** 8 séances, les lundis de 13:30 à 16:30, du 29/11 au 24/01`) or a
 * planning's title (`# Planning : du 20/04/23 au 11/07/23`). A session dated outside it
 * contradicts it (event-dates-mismatch): a reader sees a class after the announced last day,
 * or one before the first. Found by hand over the date grammar's tokens: a run opened by
 * `du`, in a field or heading that labels when.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { dayRuns, type DayRun } from '../dates/day-runs.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { DayMention } from '../dates/types.js';
import { fieldParagraphs } from '../programme/field-paragraphs.js';
import { plainText } from '../programme/plain-text.js';
import type { SourceText } from '../programme/source-text.js';

/** A period announced once: its text, where it stands, and its first and last day as written. */
export interface AnnouncedPeriod {
  text: string;
  position: Position;
  from: DayMention;
  to: DayMention;
}

// A field or heading that labels when (folded, its opening words): `Quand`, `Dates`, `Période`, `Planning :`.
const WHEN_LABEL = /^(?:quand|dates?|periode|calendrier|planning)(?![a-z])/;

/** The blocks a reader reads as a page's fields and titles, in order: its headings, and its field paragraphs. */
function fieldsOf(node: RootContent): Array<Paragraph | Heading> {
  return node.type === 'heading' ? [node] : fieldParagraphs(node);
}

/** The run `du … au …` a text writes, if it writes exactly one; undefined otherwise. */
function onlyRun(text: string): DayRun | undefined {
  const runs = dayRuns(text);
  return runs.length === 1 ? runs[0] : undefined;
}

/** The one period the page's fields and titles announce before `limit` (an offset: its first session), or undefined when none or several. */
export function announcedPeriod(tree: Root, source: SourceText, limit: number): AnnouncedPeriod | undefined {
  const found: AnnouncedPeriod[] = [];
  for (const node of tree.children) {
    if ((node.position?.start.offset ?? 0) >= limit) break;
    for (const field of fieldsOf(node)) {
      const text = plainText(field);
      if (!WHEN_LABEL.test(normaliseText(text).replace(/^[^a-z]+/, ''))) continue;
      const run = onlyRun(text);
      if (run) found.push({ text: run.text, position: source.find(field.position!, run.text), from: run.from, to: run.to });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}
