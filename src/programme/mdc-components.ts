/*
 * Nuxt Content's MDC syntax (`### :badge[ 18h45 ] Qu'est-ce qu'IA ?`): an inline component
 * written `:name[content]`, optionally followed by its props `{…}`. CommonMark reads it as
 * text, so a heading's hours sit behind `:badge[`; the site shows the content alone, as a
 * badge. This reads each such component as its content, every node kept at its place.
 * Hand-written: remark-mdc would add a parser for what one pattern over text nodes reads.
 */
import type { Root, Text } from 'mdast';
import { walkNodes } from './walk-nodes.js';

// `:badge[ 18h45 ]`, `:icon[📅]{.big}`: a colon glued to a component's name, then its
// content in brackets on one line, then its props in braces. Not after a letter, a digit
// or a colon (`Horaires:[lien]`, `::steps`), each part bounded.
const INLINE_COMPONENT = /(?<![\p{L}\p{N}:]):[a-z][\w-]{0,30}\[([^[\]\n]{0,200})\](?:\{[^{}\n]{0,200}\})?/gu;

/** `tree` with each MDC inline component in its text read as its content, or `tree` itself when it has none. */
export function withMdcComponents(tree: Root): Root {
  const written = (node: Text) => { INLINE_COMPONENT.lastIndex = 0; return INLINE_COMPONENT.test(node.value); };
  let found = false;
  for (const node of walkNodes(tree)) if (node.type === 'text' && written(node)) { found = true; break; }
  if (!found) return tree;
  // A copy: the written tree is also the one the links and the tool's own blocks are read from.
  const copy = structuredClone(tree);
  for (const node of walkNodes(copy)) if (node.type === 'text') node.value = node.value.replace(INLINE_COMPONENT, '$1');
  return copy;
}
