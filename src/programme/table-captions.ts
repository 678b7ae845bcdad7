/*
 * A Pandoc or Quarto caption set apart from its table by a blank line, under it or over it
 * (`: Lundi 25 septembre 2023 {tbl-colwidths="[35,65]"}`, `Table: Mardi 26 septembre`):
 * Pandoc shows it as the table's title. When the table is a day's agenda (hours down one
 * column, no dates), a reader takes the caption's day as the agenda's, as under a dated
 * heading. In the reading tree only (reading-tree.ts), such a caption is read as the
 * smallest heading set right over its table, its words kept at their place in the file, the
 * caption's mark and its attribute list left out. A caption glued to its table is blanked
 * before parsing (pandoc-captions.ts). Written by hand: CommonMark has no captions and no
 * remark plugin reads Pandoc's.
 */
import type { Heading, Paragraph, Root, RootContent, Table } from 'mdast';
import { isDayAgendaTable } from './read-day-agendas.js';

// The caption's mark (`: `, `Table: `, `table:`), then its words; then maybe Pandoc attributes.
const CAPTION = /^(?::|[Tt]able:)\s+(.*)$/;
const ATTRIBUTES = /\{[^{}]*\}\s*$/;

// The caption's words when the paragraph is one (one text, on one line), else undefined.
function captionWords(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  const value = node.children[0]!.value;
  if (value.includes('\n')) return undefined;
  const words = CAPTION.exec(value)?.[1]?.replace(ATTRIBUTES, '').trim();
  return words ? words : undefined;
}

// The caption read as a heading deeper than any (`######`): the next heading of the page closes it.
function asHeading(node: Paragraph, words: string): Heading {
  return { type: 'heading', depth: 6, position: node.position, children: [{ type: 'text', value: words, position: node.position }] };
}

/** The tree with each caption of a day's agenda table read as a heading over it (see above); the tree itself when there is none. */
export function withTableCaptions(tree: Root): Root {
  const nodes = tree.children;
  if (!nodes.some((node) => node.type === 'table')) return tree;
  const children: RootContent[] = [];
  let found = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const after = node.type === 'table' && isDayAgendaTable(node) ? captionWords(nodes[i + 1]) : undefined;
    const before = node.type === 'paragraph' && nodes[i + 1]?.type === 'table' && isDayAgendaTable(nodes[i + 1] as Table) ? captionWords(node) : undefined;
    if (after !== undefined) {
      children.push(asHeading(nodes[i + 1] as Paragraph, after), node);
      i++;
      found = true;
    } else if (before !== undefined) {
      children.push(asHeading(node as Paragraph, before));
      found = true;
    } else {
      children.push(node);
    }
  }
  return found ? { ...tree, children } : tree;
}
