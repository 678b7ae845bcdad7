import type { Nodes } from 'mdast';

/**
 * The text of a node as a reader sees it: markup dropped, `<br>` read as a space,
 * other raw HTML dropped, whitespace collapsed. mdast-util-to-string keeps raw HTML
 * verbatim (`Demo <br> Accueil`), which is not what a calendar title should say.
 */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      parts.push(node.value);
      return;
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value.trim())) parts.push(' ');
      return;
    case 'break':
      parts.push(' ');
      return;
    case 'image':
      parts.push(node.alt ?? '');
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, parts);
  }
}

/** Whether a node's visible text is entirely struck through (`~~...~~`). */
export function isStruckThrough(node: Nodes): boolean {
  if (!('children' in node)) return false;
  const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (visible.length === 0) return false;
  return visible.every((child) => child.type === 'delete' || (child.type === 'paragraph' && isStruckThrough(child)));
}
