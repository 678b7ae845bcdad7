/*
 * The tree a programme is read from: the document's markdown tree with its raw HTML blocks
 * read as the markdown they show (html-to-mdast.ts says how). Many French pages built by
 * Jekyll or Hugo write their days, their tables or their whole programme in HTML inside the
 * markdown; a reader of the page sees headings, tables and lists either way.
 *
 * Only the reading and its rules see this tree. The document's own tree is kept for the
 * links, the managed blocks and the ignore comments, so nothing the tool writes back ever
 * touches the user's HTML.
 *
 * Which HTML is read, and why:
 * - top-level blocks only: inside a list or a quote remark strips the indent from an HTML
 *   block's text, so its places no longer map to the document's lines (such a table is
 *   still reported by `html-table`);
 * - consecutive HTML blocks are read together: a table or a list whose blank lines split it
 *   into several blocks (an org-mode or office export) is one element again. HTML opened in
 *   one block and closed after markdown (`<div class="day">`, then markdown, then
 *   `</div>`) is read block by block: the wrapper is dropped and the markdown between is
 *   read as markdown, which is what the page shows;
 * - a block is parsed only when it could hold a schedule (an element that holds text on a
 *   page: heading, paragraph, list, table, division, and a digit outside its tags): an
 *   image, a centred logo or a comment never loads the HTML parser;
 * - a Pandoc or Quarto raw HTML block (a fence ```` ```{=html} ````) is read as the HTML
 *   it holds: CommonMark shows it as code, but the published page (a Quarto site, a Pandoc
 *   document) shows its table, and a reader reads that table.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { detailsAtShowsProgramme } from './hidden-ranges.js';
import { htmlToMdast } from './html-to-mdast.js';
import { monthHeading } from './month-heading-days.js';
import type { SourceText } from './source-text.js';

// An element whose text a page shows as a block: where a day, a slot or a row is written.
const TEXT_BLOCK = /<(?:h[1-6]|p|div|section|article|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|blockquote|center)\b/i;

// Comments and folded archives, which are not read (a digit in them does not count); a
// `<details>` that shows the programme (its summary names a day, hidden-ranges.ts) is read.
const UNREAD = /<!--[\s\S]*?(?:-->|$)|<details\b[\s\S]*?(?:<\/details\s*>|$)/gi;

/**
 * Whether a piece of HTML could hold a session: a text block, and a digit in its text; or a
 * heading that names a month alone (`<h3>Planning d’Octobre :</h3>`), whose days the lists
 * below write without it.
 */
export function couldHoldSchedule(html: string): boolean {
  const shown = html.replace(UNREAD, (part) => (part.startsWith('<details') && detailsAtShowsProgramme(part, 0) ? part : ' '));
  if (!TEXT_BLOCK.test(shown)) return false;
  const text = shown.replace(/<[^<>]*>/g, ' ');
  return /\d/.test(text) || (HEADING_ONLY.test(shown.trim()) && monthHeading(text.replace(/\s+/g, ' ').trim()) !== undefined);
}

// A block that is one HTML heading and nothing else.
const HEADING_ONLY = /^<h[1-6]\b[^<>]*>[^<>]*<\/h[1-6]\s*>$/i;

/**
 * The tree to read the programme from: `tree` itself when it has no top-level HTML that
 * could hold a schedule, else a copy whose runs of HTML blocks are replaced by the markdown
 * nodes they show, placed at their real lines and columns in the document.
 */
export function readableTree(tree: Root, source: SourceText): Root {
  const children = tree.children;
  const page = htmlPageStart(children, source);
  if (page !== undefined) {
    const nodes = readRun(children.slice(page), source);
    if (nodes) return { ...tree, children: [...children.slice(0, page), ...nodes] };
  }
  let replaced: RootContent[] | undefined;
  for (let i = 0; i < children.length; ) {
    const raw = rawHtmlFence(children[i]!, source);
    if (raw) {
      if (!replaced) replaced = children.slice(0, i);
      replaced.push(...raw);
      i++;
      continue;
    }
    if (children[i]!.type !== 'html') {
      replaced?.push(children[i]!);
      i++;
      continue;
    }
    let end = i + 1;
    while (children[end]?.type === 'html') end++;
    end = Math.max(end, tableCloseAfter(children, i, end, source));
    const run = children.slice(i, end);
    const nodes = readRun(run, source);
    if (nodes && !replaced) replaced = children.slice(0, i);
    replaced?.push(...(nodes ?? run));
    i = end;
  }
  return replaced ? { ...tree, children: replaced } : tree;
}

// How a page written wholly in HTML opens: a doctype, the `<html>` element, or a server
// template's code (`<?php include("header.php"); ?>`) before the page's own elements.
const PAGE_OPENING = /^\s*(?:<!doctype\s+html\b|<html\b|<\?php\b)/i;
// Markdown's own blocks: a page holding one is written in markdown, with HTML inside.
const MARKDOWN_BLOCKS = new Set(['heading', 'list', 'table', 'blockquote', 'thematicBreak', 'definition', 'footnoteDefinition']);

/**
 * Where a page written wholly in HTML starts among the top-level nodes (after its front
 * matter), or undefined for a markdown page. Markdown's rules for HTML blocks do not fit
 * such a page: a blank line ends a block, and the indented lines after it (`        <table>`,
 * a cell's text) are read as code or paragraphs, so its tables and lists would be lost.
 * A page is wholly HTML when it opens as one (a doctype, `<html>`, a PHP template), or when
 * it opens on an HTML block, holds no block of markdown's own (a `#` heading, a list, a
 * table), and the code or paragraphs between its HTML blocks hold tags themselves: they
 * are pieces of HTML that markdown cut off. A markdown page whose HTML only wraps
 * markdown (`<div class="day">`, markdown, `</div>`) is still read block by block.
 */
function htmlPageStart(children: RootContent[], source: SourceText): number | undefined {
  const first = children.findIndex((node) => node.type !== 'yaml' && (node.type as string) !== 'toml');
  if (first < 0 || children[first]!.type !== 'html') return undefined;
  const rest = children.slice(first);
  if (PAGE_OPENING.test((children[first] as { value: string }).value)) return first;
  if (rest.some((node) => MARKDOWN_BLOCKS.has(node.type) || (node.type === 'code' && /^\s*(?:```|~~~)/.test(source.slice(node.position!))))) return undefined;
  const between = rest.filter((node) => node.type !== 'html');
  if (between.length === 0) return undefined;
  return between.every((node) => /<\/?[a-z][a-z0-9]*\b[^<>]*>/i.test(source.slice(node.position!))) ? first : undefined;
}

/**
 * Where a run of HTML blocks that leaves a `<table>` open really ends: past the block that
 * closes it. A cell written over several lines with a blank line inside (`<td>` ... blank
 * ... `    </td>`) ends the HTML block there, and markdown reads what follows as an indented
 * code block or a paragraph until the next line that opens an HTML block; the page still
 * shows one table, whose rows a reader reads on. `end` itself when the run closes every
 * table it opens, or when nothing below closes it (then only the blocks are read).
 */
function tableCloseAfter(children: RootContent[], start: number, end: number, source: SourceText): number {
  const from = children[start]!.position?.start.offset;
  const upTo = children[end - 1]!.position?.end.offset;
  if (from === undefined || upTo === undefined) return end;
  const open = (text: string) => (text.match(/<table\b/gi)?.length ?? 0) - (text.match(/<\/table\s*>/gi)?.length ?? 0);
  let depth = open(source.text.slice(from, upTo).replace(UNREAD, ' '));
  if (depth <= 0) return end;
  for (let k = end; k < children.length; k++) {
    const at = children[k]!.position;
    if (at?.start.offset === undefined || at.end.offset === undefined) return end;
    // Only what a table's HTML holds between its rows: HTML, code read from indented HTML, text.
    if (!['html', 'code', 'paragraph'].includes(children[k]!.type)) return end;
    if (children[k]!.type === 'code' && /^\s*(?:```|~~~)/.test(source.slice(at))) return end;
    depth += open(source.slice(at).replace(UNREAD, ' '));
    if (depth <= 0) return k + 1;
  }
  return end;
}

// The info string of a Pandoc raw block of HTML (```` ```{=html} ````, Quarto's too).
const RAW_HTML_INFO = /^\{\s*=html5?\s*\}$/i;

/**
 * The markdown nodes a top-level Pandoc raw HTML block shows (```` ```{=html} ```` ...
 * ```` ``` ````), read from the lines between its fences; undefined for any other node,
 * and for a raw block that holds no schedule.
 */
function rawHtmlFence(node: RootContent, source: SourceText): RootContent[] | undefined {
  if (node.type !== 'code' || !RAW_HTML_INFO.test(`${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}`.trim())) return undefined;
  const at = node.position;
  if (at?.start.offset === undefined || at.end.offset === undefined) return undefined;
  const written = source.slice(at);
  const opening = written.indexOf('\n');
  if (opening < 0) return undefined;
  // The closing fence is the last line, when the block is closed (an unclosed one runs to the end).
  const lastLine = written.lastIndexOf('\n');
  const closed = lastLine > opening && /^\s*(?:`{3,}|~{3,})\s*$/.test(written.slice(lastLine + 1));
  return readHtml(at.start.offset + opening + 1, at.start.offset + (closed ? lastLine : written.length), source);
}

// The markdown nodes a run of HTML blocks shows, or undefined when it is left as it is.
function readRun(run: RootContent[], source: SourceText): RootContent[] | undefined {
  const start = run[0]!.position?.start.offset;
  const end = run.at(-1)!.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  // At the top level a block's value is its source; anywhere else it is not, and is left.
  // The markdown inside an open table (tableCloseAfter) is part of the table's HTML.
  if (run[0]!.type !== 'html' || run.some((node) => node.type === 'html' && source.slice(node.position!) !== node.value)) return undefined;
  return readHtml(start, end, source);
}

// The markdown nodes the HTML between two offsets of the document shows, placed in the document.
function readHtml(start: number, end: number, source: SourceText): RootContent[] | undefined {
  // The HTML parser reads `\r\n` and a lone `\r` as `\n`, and counts its offsets without the
  // `\r` it drops: written as a space and a `\n`, or a `\n`, each keeps its length, so the
  // offsets it gives are the document's.
  const html = source.text.slice(start, end).replace(/\r\n?/g, (ending) => (ending.length === 2 ? ' \n' : '\n'));
  if (!couldHoldSchedule(html)) return undefined;
  let nodes: RootContent[];
  try {
    nodes = htmlToMdast(html);
  } catch (error) {
    // Converting recurses on nesting: HTML nested thousands deep is left as it is, unread.
    if (!(error instanceof RangeError)) throw error;
    return undefined;
  }
  const whole = source.span(start, end);
  for (const node of nodes) place(node, whole, start, source);
  return nodes;
}

/**
 * Moves a node's place from the HTML piece to the document, and gives one to each node
 * the conversion made without any (a paragraph around loose text, a table's empty header
 * row): the span of its children, else a point where its parent starts. Every reader
 * points a coordinator to a node's line, so none is left without one. A stack, not
 * recursion: HTML may nest deeply.
 */
function place(root: RootContent, parent: Position, base: number, source: SourceText): void {
  // Every node once, parents before children.
  const order: Nodes[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  for (const node of order) {
    const at = node.position;
    if (at?.start.offset !== undefined && at.end.offset !== undefined) node.position = source.span(base + at.start.offset, base + at.end.offset);
    else delete node.position;
  }
  // Children before parents, so a node without a place takes its children's span.
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    if (node.position || !('children' in node)) continue;
    const placed = (node.children as Nodes[]).filter((child) => child.position);
    if (placed.length > 0) node.position = { start: placed[0]!.position!.start, end: placed.at(-1)!.position!.end };
  }
  // What is still without a place (an empty cell, an empty header row) sits where its
  // nearest placed ancestor starts.
  root.position ??= { start: parent.start, end: parent.start };
  for (const node of order) {
    if (!('children' in node)) continue;
    const at = node.position!;
    for (const child of node.children as Nodes[]) child.position ??= { start: at.start, end: at.start };
  }
}
