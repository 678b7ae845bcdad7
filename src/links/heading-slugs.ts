import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walkNodes } from '../programme/walk-nodes.js';

// `id="..."` and `name="..."` in raw HTML (`<a name="planning"></a>`): GitHub keeps these as anchors too.
const htmlAnchorPattern = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * The anchors GitHub gives a rendered markdown document: each heading's slug as
 * github-slugger computes it (duplicates numbered `-1`, `-2` in document order), plus
 * the ids and names of raw HTML anchors.
 */
export function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  // walkNodes, not unist-util-visit: several times faster on a large tree, and no recursion.
  for (const node of walkNodes(tree)) {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    else if (node.type === 'html') {
      for (const match of node.value.matchAll(htmlAnchorPattern)) anchors.add((match[1] ?? match[2] ?? '').toLowerCase());
    }
  }
  return anchors;
}

/**
 * Whether a link fragment names one of the anchors. GitHub prefixes rendered ids with
 * `user-content-` and matches case-insensitively; `#top` always scrolls to the top (HTML).
 */
export function hasAnchor(anchors: ReadonlySet<string>, fragment: string): boolean {
  const wanted = fragment.toLowerCase().replace(/^user-content-/, '');
  return wanted === '' || wanted === 'top' || anchors.has(wanted);
}
