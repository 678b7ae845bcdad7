import { oncePerTree } from '../programme/once-per-tree.js';
import type { Definition, Image, Link, Root } from 'mdast';
import type { Position } from 'unist';
import { walkNodes } from '../programme/walk-nodes.js';

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
 * Once per tree: `check` asks twice (does it need the repository's file list? then the
 * links themselves), and each walk of a 10,000-session programme costs tens of milliseconds.
 */
export const collectLinks: (tree: Root) => readonly LinkReference[] = oncePerTree(findLinks);

// walkNodes rather than unist-util-visit: it is several times faster on a large tree (no
// array of ancestors per node) and does not recurse, so deep nesting cannot overflow it.
function findLinks(tree: Root): LinkReference[] {
  const found: LinkReference[] = [];
  for (const node of walkNodes(tree)) {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
    const withUrl = node as Link | Image | Definition;
    if (!withUrl.position) continue;
    found.push({ kind: node.type, url: withUrl.url, position: withUrl.position });
  }
  return found;
}
