/*
 * A talk's or a workshop's section: a heading that names it, then fields, one of which
 * says who leads it (`**Orateur :** Thomas Denecker`, `Intervenante : …`), as a programme's
 * column does (column-roles.ts).
 * Its bare `**Date :** 26/10/2018` field, however far below the heading (a description
 * and its list may come first), dates that heading's event: a reader sees a programme's
 * entry, where a `Date :` field alone may be an article's own date.
 */
import type { RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { namesSpeaker } from './column-roles.js';
import { paragraphSourceLines } from './paragraph-lines.js';
import type { SourceText } from './source-text.js';
import { whenLabelKind } from './when-labels.js';

// A field's label, before its colon (folded, marks off): `orateur` of `orateur : thomas`.
const FIELD_LABEL = /^([a-z][a-z -]{0,30}?)\s?:/;

/** The first line of a paragraph, folded, its marks off (`**Orateur :** X` is `orateur : x`). */
function firstLine(node: RootContent, source: SourceText): string {
  if (node.type !== 'paragraph') return '';
  const line = paragraphSourceLines(node, source)[0]?.raw ?? '';
  return normaliseText(line.replace(/[*_`]/g, '')).trim();
}

/** Whether the paragraph at `at` is a bare date field (`**Date :** 26/10/2018`) of a section whose fields name who leads it, up to the next heading. */
export function datesATalk(nodes: readonly RootContent[], at: number, source: SourceText): boolean {
  // A field that asks only for the day (`date :`, `quand :`, when-labels.ts).
  const label = FIELD_LABEL.exec(firstLine(nodes[at]!, source))?.[1];
  if (label === undefined || whenLabelKind(label) !== 'day') return false;
  let from = at;
  while (from > 0 && nodes[from - 1]!.type !== 'heading') from--;
  let to = at;
  while (to + 1 < nodes.length && nodes[to + 1]!.type !== 'heading') to++;
  // A field that names who leads it, as a programme's column does (`Orateur :`, `Intervenante :`).
  return nodes.slice(from, to + 1).some((node) => {
    const label = FIELD_LABEL.exec(firstLine(node, source));
    return label !== null && namesSpeaker(label[1]!);
  });
}
