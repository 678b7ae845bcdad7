import type { Nodes } from 'mdast';

/**
 * Visits a tree in document order without recursion. Hostile documents nest thousands of
 * levels deep (`> > > > ...`); a recursive walk would overflow the call stack on them.
 * unist-util-visit recurses, so this small loop stands in for it here.
 */
export function* walkNodes(root: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}
