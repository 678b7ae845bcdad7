/*
 * The list a dated line belongs to, as a reader groups them: the markdown list it is an
 * item of (one group's list, then another's), else the part of the document under the
 * heading above it (the `### 25/05/2021` days under `## Cours` and those under `## TD/TP`
 * are two logs). Each such list runs forward or is kept newest first on its own (years are
 * counted, and the order checked, list by list).
 */
import type { Heading, Root } from 'mdast';
import { walkNodes } from './walk-nodes.js';

/**
 * For a line, the line of the heading whose part of the document holds it: for a heading,
 * the nearest heading above of a higher level; for any other line, the nearest heading
 * above. 0 when there is none.
 */
export function parentHeadings(tree: Root): (line: number) => number {
  const headings: Array<{ line: number; depth: number }> = [];
  for (const node of walkNodes(tree)) {
    if (node.type === 'heading' && node.position) headings.push({ line: node.position.start.line, depth: (node as Heading).depth });
  }
  headings.sort((a, b) => a.line - b.line);
  return (line) => {
    const own = headings.find((heading) => heading.line === line);
    for (let i = headings.length - 1; i >= 0; i--) {
      const heading = headings[i]!;
      if (heading.line >= line) continue;
      if (!own || heading.depth < own.depth) return heading.line;
    }
    return 0;
  };
}

/**
 * For a line, the list it is an item of (each markdown list on its own), else the part of
 * the document that holds it (see parentHeadings), as a key. A heading written inside a
 * list (`  ### Evènements passés:` indented under the last upcoming event, which markdown
 * makes part of that item) starts another list for a reader, as it would outside: the
 * items below it are keyed by that heading too.
 */
export function listOrPart(tree: Root, parents: (line: number) => number = parentHeadings(tree)): (line: number) => string {
  const listOfItem = new Map<number, number>();
  for (const node of walkNodes(tree)) {
    if (node.type !== 'list') continue;
    for (const item of node.children) listOfItem.set(item.position!.start.line, node.position!.start.line);
  }
  return (line) => {
    const list = listOfItem.get(line);
    return list === undefined ? `part ${parents(line)}` : `list ${list} ${parents(line)}`;
  };
}
