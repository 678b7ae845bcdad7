/*
 * A paragraph of several lines written right over a `---` rule, with no blank line between
 * (`Dans un style digne d’un film d’espionnage, …` then `<br />` then `---`): CommonMark
 * makes the paragraph a level-2 setext heading, while its writer meant a paragraph closed by
 * a rule between two talks. A heading is written on one line; a heading of several lines of
 * prose is that accident. Read as the paragraph and the rule it was written as, in the
 * reading tree only, so that the talk's own timed heading above stays the session and the
 * prose is no heading of another. A title set over two short lines is meant as one, and
 * kept. Written by hand: no remark plugin undoes a setext heading.
 */
import type { Heading, Paragraph, Root, RootContent, ThematicBreak } from 'mdast';
import type { SourceText } from './source-text.js';

// The underline of a level-2 setext heading: up to three spaces, then dashes (and spaces), alone on its line.
const DASH_UNDERLINE = /^ {0,3}-[- ]*$/;
// A line that is an HTML line break alone: `<br>`, `<br/>`, `<br />`.
const HTML_BREAK = /^<br ?\/?>$/i;
// How many words a heading's text may hold and still be a title rather than a paragraph.
const PROSE_WORDS = 25;

/** Where a level-2 setext heading of two text lines or more ends its text (the offset of the newline before its underline), else undefined. */
function proseOverRule(node: Heading, source: SourceText): number | undefined {
  const position = node.position;
  if (node.depth !== 2 || !position || position.end.line - position.start.line < 2) return undefined;
  const written = source.slice(position);
  const cut = written.lastIndexOf('\n');
  if (cut < 0 || !DASH_UNDERLINE.test(written.slice(cut + 1).replace(/\r$/, ''))) return undefined;
  // A title set over two short lines (`26 Mars 2016 10h-18h` over `Salle des Ursulines,
  // Lannion`) is meant: only prose, or text closed by a line break of HTML, is the accident.
  const text = written.slice(0, cut);
  const lastLine = text.slice(text.lastIndexOf('\n') + 1).trim();
  if (!HTML_BREAK.test(lastLine) && text.split(/\s+/).length <= PROSE_WORDS) return undefined;
  return (position.start.offset ?? 0) + cut;
}

/** `tree` with each level-2 setext heading of several lines read as its paragraph and a rule; `tree` itself when there is none. */
export function withRulesUnderParagraphs(tree: Root, source: SourceText): Root {
  let changed = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'heading') return [node];
    const textEnd = proseOverRule(node, source);
    if (textEnd === undefined) return [node];
    changed = true;
    const paragraph: Paragraph = { type: 'paragraph', children: node.children, position: { start: node.position!.start, end: source.span(textEnd, textEnd).start } };
    const rule: ThematicBreak = { type: 'thematicBreak', position: { start: source.span(textEnd + 1, textEnd + 1).start, end: node.position!.end } };
    return [paragraph, rule];
  });
  return changed ? { ...tree, children } : tree;
}
