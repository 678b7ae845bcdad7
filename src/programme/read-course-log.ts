/*
 * Course logs written with admonitions (Material for MkDocs, Python-Markdown):
 * `!!! done "séance 7 (3h vendredi 19/09/25):"`, `??? done "Chapitre 1 - Séance 1 : jeudi
 * 5/09/2024"`. Each title that opens with a date is one session (all-day: a `3h` before
 * the date is a length, not a clock time). remark does not know admonitions, and nested
 * ones become indented code, so the titles are read from the source lines; lines inside
 * fenced code or a hidden part are skipped. The admonition type `failure` marks a session
 * that did not take place.
 */
import type { Root } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';

const TITLE = /^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*([\w-]+)[ \t]+"([^"\n]*)"/;

// Offsets of fenced code blocks: an admonition written there is an example, not a session.
function fencedCode(tree: Root, source: SourceText): HiddenRanges {
  const ranges: HiddenRanges = [];
  for (const node of walkNodes(tree)) {
    if (node.type !== 'code' || !node.position) continue;
    if (/^\s*(?:`{3}|~{3})/.test(source.slice(node.position))) ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  }
  return ranges;
}

/** The dated admonition titles of a document, in order. */
export function readCourseLog(tree: Root, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const text = source.text;
  if (!text.includes('!!!') && !text.includes('???')) return [];
  const skipped = [...hidden, ...fencedCode(tree, source)];
  const drafts: SessionDraft[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const match = TITLE.exec(line);
    if (!match || isHidden(skipped, start)) continue;
    const [, kind, title] = match;
    const dated = datedTextOf(title!, true);
    if (!dated) continue;
    const titleAt = start + line.indexOf(`"${title}"`) + 1;
    const dateAt = titleAt + dated.start;
    drafts.push({
      source: 'heading',
      title: dated.title || title!,
      position: source.span(start, start + line.length),
      dated: { line: dated, position: source.span(dateAt, dateAt + dated.dateText.length) },
      cancelled: kind === 'failure' || saysCancelled(title!),
      slots: 0,
    });
  }
  return drafts;
}
