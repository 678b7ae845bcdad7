import type { Definition, Image, Link, Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

/** What kind of node carries a link destination. */
export type LinkKind = 'link' | 'image' | 'definition';

/** A link destination found in a document, with the node that holds it. */
export interface LinkReference {
  kind: LinkKind;
  /** The destination as mdast gives it (character references and escapes decoded). */
  url: string;
  /** The place of the whole node (`[text](url)`, `![alt](url)`, `[label]: url`). */
  position: Position;
}

/**
 * Every link, image and definition of a document with a destination, in document order.
 * Reference-style links (`[text][label]`) carry no destination of their own: their
 * definition is collected instead, so each destination is checked once, where it is written.
 */
export function collectLinks(tree: Root): LinkReference[] {
  const found: LinkReference[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const withUrl = node as Link | Image | Definition;
    if (!withUrl.position) return;
    found.push({ kind: node.type, url: withUrl.url, position: withUrl.position });
  });
  return found;
}
