/*
 * A table of contents (`1. [Jour 1 : 8 août](#lundi)`, `* [Jeudi 4 juin](#jeudi-4-juin)`)
 * names the days of the page to jump to them: its items are links, not sessions. The
 * sessions are read where the links lead, at the headings.
 */
import type { List, RootContent } from 'mdast';

// An item's content is one link to an anchor of this page and nothing else (spaces aside),
// with maybe a nested table of contents under it.
function linksHereOnly(children: RootContent[]): boolean {
  const [paragraph, ...others] = children;
  if (paragraph?.type !== 'paragraph' || !others.every((other) => other.type === 'list' && isTableOfContents(other))) return false;
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return parts.length === 1 && parts[0]!.type === 'link' && parts[0]!.url.startsWith('#');
}

/** Whether every item of a list only links to a heading of the same page. */
export function isTableOfContents(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => linksHereOnly(item.children));
}
