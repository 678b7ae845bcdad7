import { oncePerTree } from '../programme/once-per-tree.js';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Lines where some rules (or all) are silenced by a `<!-- programme-sync ignore ... -->` comment. */
export interface IgnoreDirective {
  /** The rule ids named, or `all` when the comment names none. */
  rules: readonly string[] | 'all';
  fromLine: number;
  toLine: number;
}

const DIRECTIVE = /<!--\s*programme-sync\s+ignore\b([\s\S]*?)-->/g;

// Nodes whose children are blocks: a comment among them silences the next block.
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function rulesNamed(words: string): IgnoreDirective['rules'] {
  const ids = words.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : ids;
}

function directivesIn(value: string): Array<IgnoreDirective['rules']> {
  return [...value.matchAll(DIRECTIVE)].map((match) => rulesNamed(match[1] ?? ''));
}

/**
 * Finds the ignore comments, as remark-lint and markdownlint allow them. A comment on a
 * line of its own silences the next block (a whole table, a list, a heading); a comment
 * inside a line (a table cell, after a `- **Heures** : ...` field) silences that line.
 * Once per tree: the engine's diagnostics and then the link checks' are settled against
 * one tree (a walk of every node of a 10,000-session programme).
 */
export const findIgnoreDirectives: (tree: Root) => readonly IgnoreDirective[] = oncePerTree(readIgnoreDirectives);

function readIgnoreDirectives(tree: Root): IgnoreDirective[] {
  const found: IgnoreDirective[] = [];
  // An explicit stack, not recursion: a hostile document may nest thousands of quotes.
  const parents: Nodes[] = [tree];
  while (parents.length > 0) {
    const parent = parents.pop()!;
    if (!('children' in parent)) continue;
    const children = parent.children as RootContent[];
    children.forEach((node, index) => {
      if (node.type === 'html' && node.position) {
        const named = directivesIn(node.value);
        if (named.length > 0) {
          const block = BLOCK_PARENTS.has(parent.type);
          const span = block ? nextBlock(children, index)?.position : node.position;
          if (span) for (const rules of named) found.push({ rules, fromLine: span.start.line, toLine: span.end.line });
        }
      }
      if ('children' in node) parents.push(node);
    });
  }
  return found.sort((a, b) => a.fromLine - b.fromLine);
}

// Stacked comments (`<!-- ignore overlap -->` then `<!-- ignore out-of-order -->`) all reach the block below them.
function nextBlock(siblings: RootContent[], index: number): RootContent | undefined {
  for (let i = index + 1; i < siblings.length; i++) {
    const node = siblings[i]!;
    if (node.type === 'html' && directivesIn(node.value).length > 0) continue;
    return node;
  }
  return undefined;
}

/** The diagnostics that no ignore comment silences. */
export function applyIgnoreDirectives(diagnostics: Diagnostic[], directives: readonly IgnoreDirective[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter(
    (d) =>
      !directives.some(
        (directive) => d.line >= directive.fromLine && d.line <= directive.toLine && (directive.rules === 'all' || directive.rules.includes(d.rule)),
      ),
  );
}
