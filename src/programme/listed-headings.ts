/*
 * A dated heading indented under a list item (`- Lisa : création des pages` then `  # 09/02/2024 -
 * Sprint 1`, a team's log typed with stray spaces): markdown makes it part of the item, out of
 * the page's run of headings, while a reader reads the page by it as by any heading (GitHub
 * shows it as a heading, set in a little). In the reading tree (reading-tree.ts), such a
 * heading and what follows it in its item leave the list and stand after it. An undated
 * heading in an item (`### Programme`, `#### Horaires`) is a part of the item, and stays.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { plainText } from './plain-text.js';

/** Whether a block is a heading that opens with a date (`# 09/02/2024 - Sprint 1`): an item's `### Programme` or `#### Horaires` is its own part, and stays. */
function isDatedHeading(node: RootContent): boolean {
  return node.type === 'heading' && datedTextOf(plainText(node), true, { heading: true }) !== undefined;
}

// How deep lists may nest for their headings to be lifted: a typed log's stray spaces, not a tree of outlines.
const NESTING = 4;

/** An item whose nested lists are split at their headings (splitAtHeadings), so that those headings stand among the item's own blocks. */
function withNestedSplit(item: ListItem, depth: number): ListItem {
  if (depth >= NESTING || !item.children.some((child) => child.type === 'list')) return item;
  let changed = false;
  const children = item.children.flatMap((child) => {
    const split = child.type === 'list' ? splitAtHeadings(child, depth + 1) : undefined;
    if (!split) return [child];
    changed = true;
    return split;
  });
  return changed ? { ...item, children: children as ListItem['children'] } : item;
}

/** The list split at each heading its items hold after their first block: the list's parts and the headings with their blocks, in order. */
function splitAtHeadings(source: List, depth = 0): RootContent[] | undefined {
  const list = { ...source, children: source.children.map((item) => withNestedSplit(item, depth)) };
  if (!list.children.some((item) => item.children.slice(1).some(isDatedHeading))) return undefined;
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  const flush = () => {
    if (items.length > 0) out.push({ ...list, children: items, position: { start: items[0]!.position!.start, end: items.at(-1)!.position!.end } });
    items = [];
  };
  for (const item of list.children) {
    const at = item.children.findIndex((child, index) => index > 0 && isDatedHeading(child));
    if (at < 0) {
      items.push(item);
      continue;
    }
    const kept = item.children.slice(0, at);
    items.push({ ...item, children: kept, position: { start: item.position!.start, end: kept.at(-1)!.position!.end } });
    flush();
    out.push(...(item.children.slice(at) as RootContent[]));
  }
  flush();
  return out;
}

/** The tree with the headings indented under its top-level lists' items set out of them (see above). */
export function withListedHeadings(tree: Root): Root {
  let changed = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    const split = node.type === 'list' ? splitAtHeadings(node) : undefined;
    if (!split) return [node];
    changed = true;
    return split;
  });
  return changed ? { ...tree, children } : tree;
}
