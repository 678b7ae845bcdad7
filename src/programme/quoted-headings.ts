/*
 * A heading set in a quote for the look (`> ## SEMAINE 01 - 15.09.2025 - 21.09.2025`, a
 * course journal's week banners over its `### Lundi`, `### Mardi` headings): markdown puts
 * it inside a blockquote, out of the page's run of headings, while a reader reads the page
 * by it as by any heading. In the reading tree (reading-tree.ts), a blockquote that holds
 * one heading and nothing else is that heading.
 */
import type { Root, RootContent } from 'mdast';

/** The tree with each blockquote that holds only a heading replaced by the heading. */
export function withQuotedHeadings(tree: Root): Root {
  let changed = false;
  const children = tree.children.map((node): RootContent => {
    const only = node.type === 'blockquote' && node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type !== 'heading') return node;
    changed = true;
    return only;
  });
  return changed ? { ...tree, children } : tree;
}
