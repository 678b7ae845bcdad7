import type { Nodes } from 'mdast';
import { walkNodes } from './walk-nodes.js';

/**
 * The text of a node as a reader sees it: markup dropped, `<br>` read as a space,
 * other raw HTML dropped, whitespace collapsed. mdast-util-to-string keeps raw HTML
 * verbatim (`Demo <br> Accueil`), which is not what a calendar title should say.
 */
export function plainText(node: Nodes): string {
  // Most table cells hold one text node: read it directly rather than walk (a 10,000-row
  // programme has 50,000 cells, read here first of all).
  if ('children' in node && node.children.length === 1 && node.children[0]!.type === 'text') {
    return node.children[0].value.replace(/\s+/g, ' ').trim();
  }
  const parts: string[] = [];
  for (const inner of walkNodes(node)) {
    switch (inner.type) {
      case 'text':
      case 'inlineCode':
        parts.push(inner.value);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(inner.value.trim())) parts.push(' ');
        break;
      case 'break':
        parts.push(' ');
        break;
      case 'image':
        parts.push(inner.alt ?? '');
        break;
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether a node's visible text is entirely struck through (`~~...~~`). */
export function isStruckThrough(node: Nodes): boolean {
  if (!('children' in node)) return false;
  const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (visible.length === 0) return false;
  return visible.every((child) => child.type === 'delete' || (child.type === 'paragraph' && isStruckThrough(child)));
}

/** Whether a node holds text struck through (`~~3 mars~~`) somewhere inside it. */
export function holdsStruckText(node: Nodes): boolean {
  if (!('children' in node)) return false;
  return node.children.some((child) => child.type === 'delete' || holdsStruckText(child));
}

/** The node without what is struck through: what a reader still reads (`~~3 mars~~ 10 mars` -> `10 mars`). */
function withoutStruck<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).filter((child) => child.type !== 'delete').map(withoutStruck);
  return { ...node, children } as T;
}

/** The plain text left standing once what is struck through is set aside (`~~3 mars~~ 10 mars` -> `10 mars`). */
export function textLeftStanding(node: Nodes): string {
  return plainText(withoutStruck(node));
}
