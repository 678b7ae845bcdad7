import type { Nodes, Table } from 'mdast';
import type { RuleContext } from './define-rule.js';

/**
 * The table of the document that starts at `offset`, found by descending only into the node
 * that spans it, rather than walking the whole document: on a 10,000-row programme a full
 * walk costs more than the rules that look the table up.
 */
export function tableAt(context: RuleContext, offset: number | undefined): Table | undefined {
  if (offset === undefined) return undefined;
  // A loop, not recursion: a hostile document may nest thousands of quotes.
  let node: Nodes | undefined = context.tree;
  while (node) {
    if (node.type === 'table' && node.position?.start.offset === offset) return node;
    if (!('children' in node)) return undefined;
    node = (node.children as Nodes[]).find((child) => spans(child, offset));
  }
  return undefined;
}

/** Whether a node's source holds `offset`. */
function spans(node: Nodes, offset: number): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && start <= offset && offset < end;
}
