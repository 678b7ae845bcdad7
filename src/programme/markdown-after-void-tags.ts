/*
 * Markdown written right under a lone void tag (`<hr>`, `<img … />`) with no blank
 * line between: `# Telemeta 2.0` over `<hr>` over `### 12/01/2017 - 10h-17h - Jussieu`; and
 * markdown after a comment closed by `--!>` (`<!-- Les technologies … --!>` over `## P6 :
 * Jeudi`), which HTML ends there while CommonMark runs it to the end of the page.
 * CommonMark opens an HTML block at the tag and runs it to the next blank line, so the
 * heading under it is raw text of that block; a slide deck (remark, reveal.js) or a reader
 * sees the heading. The engine reads the lines after the tag as the markdown they are, in the
 * reading tree only (reading-tree.ts), each node at its line and column in the file. Written
 * by hand: no remark plugin ends an HTML block at its first line.
 */
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';

// A line that is one void tag and nothing else: a rule or a picture (a `<br>` alone is a line
// of an HTML letter, whose next lines are HTML too).
const LONE_VOID_TAG = /^ {0,3}<(?:hr|img)\b[^<>]{0,500}>[ \t]*$/i;
// What opens a line of markdown that HTML cannot mean: a heading, a list item.
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6} |[-*+] |\d{1,2}[.)] )/;

/**
 * Where the HTML of a block ends before the block does: after a lone void tag's line, or
 * after a comment closed by `--!>` (which HTML ends there, and CommonMark does not, running
 * the comment to the end of the page); undefined when it runs to the block's end.
 */
function htmlEnd(value: string): number | undefined {
  const newline = value.indexOf('\n');
  if (newline >= 0 && LONE_VOID_TAG.test(value.slice(0, newline))) return newline + 1;
  if (!value.startsWith('<!--') || value.includes('-->')) return undefined;
  const close = value.indexOf('--!>');
  return close < 0 ? undefined : close + 4;
}

/** The nodes an HTML block shows when its HTML ends before it (htmlEnd) and markdown lines follow, or undefined. */
function markdownAfterTag(node: RootContent, source: SourceText): RootContent[] | undefined {
  if (node.type !== 'html' || !node.position) return undefined;
  const htmlLength = htmlEnd(node.value);
  if (htmlLength === undefined) return undefined;
  const rest = node.value.slice(htmlLength);
  // Markdown follows only when its first line is a heading or an item (`### 12/01/2017`, `## P6 : Jeudi`).
  if (!MARKDOWN_LINE.test(rest.replace(/^\s*\n/, ''))) return undefined;
  const start = (node.position.start.offset ?? 0) + htmlLength;
  const end = node.position.end.offset ?? start + rest.length;
  const shown = parseMarkdown(source.text.slice(start, end));
  // Without recursion: the lines may nest quotes thousands deep (walk-nodes.ts).
  for (const inner of walkNodes(shown)) {
    if (inner === shown || !inner.position) continue;
    inner.position = source.span(start + (inner.position.start.offset ?? 0), start + (inner.position.end.offset ?? 0));
  }
  const tag: RootContent = { ...node, value: node.value.slice(0, htmlLength).trimEnd(), position: source.span(node.position.start.offset ?? 0, start) };
  return [tag, ...shown.children];
}

/** `tree` with the markdown each top-level HTML block swallows read as markdown (see above), or `tree` itself when it has none. */
export function withMarkdownAfterVoidTags(tree: Root, source: SourceText): Root {
  let found = false;
  const children = tree.children.flatMap((node) => {
    const shown = markdownAfterTag(node, source);
    if (!shown) return [node];
    found = true;
    return shown;
  });
  return found ? { ...tree, children } : tree;
}
