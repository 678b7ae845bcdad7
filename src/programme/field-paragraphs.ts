/*
 * The paragraphs of a page's practical information, as a reader scans them for the time,
 * the length or the weekly slots its sessions share: one per field, written as a paragraph
 * or as a list item (`- Quand ? : …`, `- Durée ? : 1h30`).
 */
import type { List, Paragraph, RootContent } from 'mdast';

/** The paragraphs a reader reads as the page's fields: a top-level paragraph, and the first paragraph of each item of a top-level list. */
export function fieldParagraphs(node: RootContent): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  if (node.type !== 'list') return [];
  return (node as List).children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph').slice(0, 1));
}
