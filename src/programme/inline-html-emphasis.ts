/*
 * Bold or italics written as HTML inside a paragraph or a heading (`<b> samedi 7 septembre
 * </b>` over a day's agenda table, `<strong>Lundi 3 mars</strong>`): markdown keeps the tags
 * as raw HTML beside the text, so the line is no bold line to the readers that look for one
 * (a day written in bold over its agenda). A reader sees the same bold as `**samedi 7
 * septembre**`. In the reading tree (reading-tree.ts), an opening tag and its closing tag
 * among a paragraph's or a heading's children become the strong or emphasis node they show.
 */
import type { Emphasis, Heading, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';

// The tags read so, by the node they show: `<b>`, `<strong>` bold, `<i>`, `<em>` italics.
const OPENING = /^<(b|strong|i|em)(?:>|\s[^<>]{0,200}>)$/i;
const KIND: Record<string, 'strong' | 'emphasis'> = { b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis' };

/** The children with each opening tag and its closing tag, text only between them, made the node they show. */
function withEmphasis(children: PhrasingContent[]): PhrasingContent[] | undefined {
  let out: PhrasingContent[] | undefined;
  for (let k = 0; k < children.length; k++) {
    const open = children[k]!;
    const tag = open.type === 'html' ? OPENING.exec(open.value.trim())?.[1]?.toLowerCase() : undefined;
    const close = tag === undefined ? -1 : children.findIndex((node, at) => at > k && node.type === 'html');
    const closing = close < 0 ? undefined : children[close];
    if (tag === undefined || closing?.type !== 'html' || !new RegExp(`^</${tag}\\s*>$`, 'i').test(closing.value.trim()) || close === k + 1) {
      out?.push(open);
      continue;
    }
    out ??= children.slice(0, k);
    const inner = children.slice(k + 1, close);
    const position = open.position && closing.position ? { start: open.position.start, end: closing.position.end } : undefined;
    const shown = { type: KIND[tag]!, children: inner, ...(position ? { position } : {}) } as Strong | Emphasis;
    out.push(shown);
    k = close;
  }
  return out;
}

/** The tree with the HTML bold and italics of its top-level paragraphs and headings read as markdown's. */
export function withInlineHtmlEmphasis(tree: Root): Root {
  let changed = false;
  const children = tree.children.map((node): RootContent => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return node;
    const shown = withEmphasis(node.children);
    if (!shown) return node;
    changed = true;
    return { ...node, children: shown } as Paragraph | Heading;
  });
  return changed ? { ...tree, children } : tree;
}
