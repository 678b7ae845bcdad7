/*
 * A theme's page may write its programme inside its front matter, as a markdown block
 * scalar the theme renders on the page (Jekyll's Minimal Mistakes `feature_row:` items with
 * `excerpt: >` over `## À vos agendas!` and `**Samedi 08 février 20h30**<br />` lines): the
 * published page shows those lines as markdown, and a reader reads the dates there. The raw
 * file holds them as indented YAML, which a markdown parser takes for the front matter.
 *
 * This reads such a block as the markdown it is, its nodes placed at their real lines and
 * columns in the document, after the front matter. Only a block that is markdown to a reader:
 * one holding a heading line (`## ...`), a bold line (`**...**`) or lines broken with `<br>`; a plain `description: >`
 * is a summary, left to the metadata readers.
 */
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';
import type { SourceText } from './source-text.js';
import { walkNodes } from './walk-nodes.js';

// A key (maybe a list item's) whose value is a block scalar: `excerpt: >`, `  - body: |-`.
const BLOCK_KEY = /^[ -]*[A-Za-z_][\w-]*: *[>|][-+0-9]{0,2} *$/;
// A line of the block a reader sees as markdown: a heading, a line in bold, or a line the
// page breaks with HTML (`5 au 7 février 2020 Paris<br>`, a training's next sessions in its
// `subtitle: |`): the theme renders the block, so its lines show as written.
const MARKDOWN_LINE = /^(?:#{1,6} |\*\*\S|[*+-] \S|[^<>]{1,200}<br ?\/?>$)/;

/** One line of the document: its text and the offset where it starts. */
interface Line {
  text: string;
  offset: number;
}

/** The blocks of markdown written as block scalars in `yaml` (the front matter's text, starting at `start`). */
function markdownBlocks(yaml: string, start: number): Line[][] {
  const lines: Line[] = [];
  let at = start;
  for (const text of yaml.split('\n')) {
    lines.push({ text, offset: at });
    at += text.length + 1;
  }
  const blocks: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BLOCK_KEY.test(lines[i]!.text)) continue;
    const keyIndent = indentOf(lines[i]!.text);
    let end = i + 1;
    while (end < lines.length && (lines[end]!.text.trim() === '' || indentOf(lines[end]!.text) > keyIndent)) end++;
    const body = lines.slice(i + 1, end);
    const filled = body.filter((line) => line.text.trim() !== '');
    if (filled.length === 0) continue;
    const inner = Math.min(...filled.map((line) => indentOf(line.text)));
    const block = body.map((line) => (line.text.trim() === '' ? { text: '', offset: line.offset } : { text: line.text.slice(inner), offset: line.offset + inner }));
    if (block.some((line) => MARKDOWN_LINE.test(line.text))) blocks.push(block);
    i = end - 1;
  }
  return blocks;
}

const indentOf = (text: string): number => text.length - text.trimStart().length;

/** The nodes a block shows, each placed at its real place in the document. */
function blockNodes(block: Line[], source: SourceText): RootContent[] {
  const text = block.map((line) => line.text).join('\n');
  // The same parser as the page's own markdown, so a block reads as the body would.
  const tree = parseMarkdown(text);
  // Where each line of the block starts in its own text.
  const starts: number[] = [];
  let at = 0;
  for (const line of block) {
    starts.push(at);
    at += line.text.length + 1;
  }
  const place = (offset: number): number => {
    let line = starts.length - 1;
    while (line > 0 && starts[line]! > offset) line--;
    return block[line]!.offset + Math.min(offset - starts[line]!, block[line]!.text.length);
  };
  // Without recursion: a block may nest quotes thousands deep (walk-nodes.ts).
  for (const node of walkNodes(tree)) {
    if (node === tree || !node.position) continue;
    node.position = source.span(place(node.position.start.offset ?? 0), place(node.position.end.offset ?? 0));
  }
  return tree.children;
}

/**
 * `tree` with the markdown its front matter's block scalars hold (see above) read after the
 * front matter, or `tree` itself when there is none.
 */
export function withFrontMatterMarkdown(tree: Root, source: SourceText): Root {
  const front = tree.children[0];
  if (front?.type !== 'yaml' || !front.position) return tree;
  const start = source.text.indexOf('\n', front.position.start.offset ?? 0) + 1;
  const end = front.position.end.offset ?? 0;
  if (start <= 0 || start >= end) return tree;
  const blocks = markdownBlocks(source.text.slice(start, end), start);
  if (blocks.length === 0) return tree;
  return { ...tree, children: [front, ...blocks.flatMap((block) => blockNodes(block, source)), ...tree.children.slice(1)] };
}
