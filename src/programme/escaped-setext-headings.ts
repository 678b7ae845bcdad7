/*
 * A heading underlined as setext writes it, its underline escaped (`Date et Lieu:` over
 * `\-------------`): the mark a converter from HTML or a mail leaves when it keeps a
 * letter's underlined titles, escaping the first dash so that markdown shows it. CommonMark
 * then reads one paragraph that shows the dashes; the writer, and a reader, see a title over
 * its rule (afpc-assemblee-generale-2012: `AG de l'AFPC - 22 mai 2012 - CONVOCATION`, then
 * `Date et Lieu:` over `Le mardi 22 mai 2012 à 17h`). Read as the heading it shows, in the
 * reading tree only: a paragraph of one line of text over such an underline, dashes a level-2
 * heading, `=` a level-1 one, as setext has them. An escaped rule after a blank line is a
 * rule, as written (`\---` between a colloquium's parts), and no paragraph of several lines
 * is a title. Written by hand: no remark plugin reads an escaped underline.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { SourceText } from './source-text.js';

// An escaped setext underline alone on its line: up to three spaces, a backslash, then three
// dashes or three `=` at least (the first escaped, the rest plain), trailing spaces allowed.
const ESCAPED_UNDERLINE = /^ {0,3}\\(?:-{3,}|={3,}) *$/;

/** The inline content of `paragraph` that stands on its first line, which ends at `cut`; its closing line break left out. */
function firstLineContent(paragraph: Paragraph, cut: number): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? 0;
    if (end <= cut) kept.push(child);
    else if (start < cut && child.type === 'text') kept.push({ type: 'text', value: child.value.split('\n')[0]!.trimEnd() });
    else break;
  }
  while (kept.at(-1)?.type === 'break') kept.pop();
  return kept;
}

/** The heading a paragraph shows when it is one line of text over an escaped underline, else undefined. */
function escapedSetext(node: Paragraph, source: SourceText): Heading | undefined {
  const position = node.position;
  if (!position || position.end.line - position.start.line !== 1) return undefined;
  const written = source.slice(position);
  const cut = written.indexOf('\n');
  const underline = written.slice(cut + 1).replace(/\r$/, '');
  if (cut <= 0 || !ESCAPED_UNDERLINE.test(underline) || written.slice(0, cut).trim() === '') return undefined;
  const children = firstLineContent(node, (position.start.offset ?? 0) + cut);
  if (children.length === 0) return undefined;
  return { type: 'heading', depth: underline.includes('=') ? 1 : 2, children, position };
}

/** `tree` with each paragraph that is a title over an escaped setext underline read as that heading; `tree` itself when there is none. */
export function withEscapedSetextHeadings(tree: Root, source: SourceText): Root {
  let changed = false;
  const children = tree.children.map((node): RootContent => {
    if (node.type !== 'paragraph') return node;
    const heading = escapedSetext(node, source);
    if (!heading) return node;
    changed = true;
    return heading;
  });
  return changed ? { ...tree, children } : tree;
}
