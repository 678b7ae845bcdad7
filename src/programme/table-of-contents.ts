/*
 * A table of contents (`1. [Jour 1 : 8 août](#lundi)`, `* [Jeudi 4 juin](#jeudi-4-juin)`)
 * names the days of the page to jump to them: its items are links, not sessions. The
 * sessions are read where the links lead, at the headings.
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// Spaces, or a kramdown attribute list the page closes the list with (`{: #menu-links}`).
const ATTRIBUTES_ONLY = /^\s*$|^\s*\{:[^{}]*\}\s*$/;

// An item's content is one link and nothing else (spaces, attributes, and the badges a page sets beside
// its entries, `![](…/badge/Pique--nique-…)`, aside), with maybe a nested table of contents
// under it: the link's target, or undefined when the item says more.
function onlyLink(children: RootContent[]): string | undefined {
  const [paragraph, ...others] = children;
  if (paragraph?.type !== 'paragraph' || !others.every((other) => other.type === 'list' && isTableOfContents(other))) return undefined;
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && ATTRIBUTES_ONLY.test(child.value)) && child.type !== 'image' && child.type !== 'break');
  return parts.length === 1 && parts[0]!.type === 'link' ? parts[0]!.url : undefined;
}

/**
 * Whether every item of a list only links to a heading of the same page, but for links
 * elsewhere that write no figure (`[Abonnez-vous au flux RSS](https://…)` closing the list):
 * an item that links to another page with a date (`[Atelier du 3 mars](https://meetup.com/…)`)
 * is an event listed with its page, and the list is no table of contents.
 */
export function isTableOfContents(list: List): boolean {
  let here = 0;
  for (const item of list.children) {
    const target = onlyLink(item.children);
    if (target === undefined) return false;
    if (target.startsWith('#')) here++;
    else if (/\d/.test(toString(item.children[0]!))) return false;
  }
  return here > 0;
}
