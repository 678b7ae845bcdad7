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
// content in brackets on one line; its props in braces, if any, are read after it
// (PROPS), so that no quantifier nests in another; each part bounded. Not after a letter,
// a digit or a colon (`l'heure:badge[x]`, `::steps[x]`): checked in code (GLUED_BEFORE).
const INLINE_COMPONENT = /:[a-z][\w-]{0,30}\[([^[\]\n]{0,200})\]/gu;
const GLUED_BEFORE = /[\p{L}\p{N}:]/u;
const PROPS = /\{[^{}\n]{0,200}\}/y;

/** `text` with each inline component read as its content, its props dropped. */
function shownText(text: string): string {
  let shown = '';
  let from = 0;
  // matchAll starts where the pattern's last test left it.
  INLINE_COMPONENT.lastIndex = 0;
  for (const match of text.matchAll(INLINE_COMPONENT)) {
    if (match.index < from || (match.index > 0 && GLUED_BEFORE.test(text[match.index - 1]!))) continue;
    shown += text.slice(from, match.index) + match[1]!;
    from = match.index + match[0].length;
    PROPS.lastIndex = from;
    const props = PROPS.exec(text);
    if (props) from += props[0].length;
  }
  return shown + text.slice(from);
}

/** `tree` with each MDC inline component in its text read as its content, or `tree` itself when it has none. */
export function withMdcComponents(tree: Root): Root {
  // Every page is walked: a text without `:` and `[` is passed over before any pattern runs.
  const written = (node: Text) => node.value.includes(':') && node.value.includes('[') && shownText(node.value) !== node.value;
  let found = false;
  for (const node of walkNodes(tree)) {
    if (node.type === 'text' && written(node)) {
      found = true;
      break;
    }
  }
  if (!found) return tree;
  // A copy: the written tree is also the one the links and the tool's own blocks are read from.
  const copy = structuredClone(tree);
  for (const node of walkNodes(copy)) if (node.type === 'text') node.value = shownText(node.value);
  return copy;
}
