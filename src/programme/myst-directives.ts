/*
 * MyST admonitions (Jupyter Book, Sphinx): a fenced block whose info string names a
 * directive, its title after it, its body markdown (```` ```{admonition} Lundi 20 Septembre ````
 * over a course's outline, under `## Cours 1 : Introduction`). CommonMark reads the block
 * as code, so its title and body are lost to a reader of the tree; the course's site shows
 * a box with that title over that body. This reads each as the site shows it: the title a
 * line of its own (so `Lundi 20 Septembre` dates the heading above it, as a line below a
 * heading does), the body a quote holding the markdown it writes, every node placed at its
 * real line and column. Hand-written: no remark plugin reads MyST's fences into mdast.
 */
import type { Blockquote, Code, Paragraph, Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';

// The directives that show a titled box: a generic admonition and MyST's named ones.
const BOXES = /^\{(?:admonition|note|tip|hint|important|attention|caution|warning|danger|error|seealso|dropdown)\}$/;

// A closing fence line: backticks or tildes alone.
const CLOSING_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*$/;

/** The title line and body quote a MyST box shows, or the code block itself when it is none. */
function boxNodes(code: Code, source: SourceText): RootContent[] {
  if (!code.lang || !BOXES.test(code.lang) || !code.position) return [code];
  const start = code.position.start.offset ?? 0;
  const end = code.position.end.offset ?? 0;
  const fenceEnd = source.text.indexOf('\n', start);
  if (fenceEnd < 0 || fenceEnd >= end) return [code];
  const shown: RootContent[] = [];
  const title = code.meta?.trim() ?? '';
  if (title !== '') {
    // The title as written on the fence line; an escape (`Séance\\_1`) or an entity that the
    // info string decodes is not found there, and the line after the directive stands for it.
    const found = source.text.slice(start, fenceEnd).indexOf(title);
    const at = found < 0 ? start + source.text.slice(start, fenceEnd).indexOf('}') + 1 : start + found;
    const position = source.span(at, found < 0 ? fenceEnd : at + title.length);
    shown.push({ type: 'paragraph', children: [{ type: 'text', value: title, position }], position } satisfies Paragraph);
  }
  // The body: the lines after the opening fence, up to the closing one when it is written.
  const lastLine = source.text.lastIndexOf('\n', end - 1) + 1;
  const bodyEnd = lastLine > fenceEnd && CLOSING_FENCE.test(source.text.slice(lastLine, end)) ? lastLine : end;
  const bodyStart = fenceEnd + 1;
  const body = parseMarkdown(source.text.slice(bodyStart, bodyEnd));
  // Without recursion: a body may nest quotes thousands deep (walk-nodes.ts).
  for (const node of walkNodes(body)) {
    if (node === body || !node.position) continue;
    node.position = source.span(bodyStart + (node.position.start.offset ?? 0), bodyStart + (node.position.end.offset ?? 0));
  }
  if (body.children.length > 0) shown.push({ type: 'blockquote', children: body.children as Blockquote['children'], position: source.span(bodyStart, bodyEnd) } satisfies Blockquote);
  return shown;
}

/** `tree` with each MyST box at its top level read as its title line and body (see above), or `tree` itself when it has none. */
export function withMystBoxes(tree: Root, source: SourceText): Root {
  if (!tree.children.some((node) => node.type === 'code' && node.lang !== null && node.lang !== undefined && BOXES.test(node.lang))) return tree;
  return { ...tree, children: tree.children.flatMap((node) => (node.type === 'code' ? boxNodes(node, source) : [node])) };
}
