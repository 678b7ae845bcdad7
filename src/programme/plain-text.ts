import type { Nodes } from 'mdast';
import { walkNodes } from './walk-nodes.js';
import { withWikiLabels } from './wiki-links.js';

/** An icon's shortcode (`:octicons-sun-24:`, `:palm_tree:`, `:zap:`), as MkDocs and GitHub write one: no words of the text. */
export const ICON_SHORTCODE = /:[a-z0-9_+-]+:/gi;

/**
 * The text of a node as a reader sees it: markup dropped, `<br>` read as a space,
 * other raw HTML dropped, whitespace collapsed. mdast-util-to-string keeps raw HTML
 * verbatim (`Demo <br> Accueil`), which is not what a calendar title should say.
 */
export function plainText(node: Nodes): string {
  // Most table cells hold one text node: read it directly rather than walk (a 10,000-row
  // programme has 50,000 cells, read here first of all).
  if ('children' in node && node.children.length === 1 && node.children[0]!.type === 'text') {
    return withoutShortcodes(node.children[0].value).replace(/\s+/g, ' ').trim();
  }
  return withoutShortcodes(textParts(node).join('')).replace(/\s+/g, ' ').trim();
}

// A Hugo shortcode (`{{< spanify class="text-danger" >}}`, `{{% note %}}`): the site's
// markup around words, which the reader of the page never sees.
const HUGO_SHORTCODE = /\{\{[<%][^{}]{0,300}[>%]\}\}/g;

// A kramdown attribute list after a link or a block (`{:target="_blank"}`): markup too.
const KRAMDOWN_ATTRIBUTES = /\{:[^{}]{0,200}\}/g;

/** A text without a site's markup: shortcodes and attribute lists dropped, wiki links read as their labels (wiki-links.ts). */
function withoutShortcodes(text: string): string {
  const hugo = text.includes('{{') ? text.replace(HUGO_SHORTCODE, ' ') : text;
  return withWikiLabels(hugo.includes('{:') ? hugo.replace(KRAMDOWN_ATTRIBUTES, ' ') : hugo);
}

/**
 * The lines of a node's text as a reader sees them: split where a line break (`<br>`) or
 * a block (a paragraph, a heading of a cell written in HTML) begins, each line as
 * plainText gives it, empty lines left out.
 */
export function plainLines(node: Nodes): string[] {
  return textParts(node, '\n')
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

// A tag that sets the text after it apart from the text before: a line break, a rule, a
// cell, a row or a block (`**Sponsor Slot**<hr>**Paper Aperçu**</td><td>**Brainstorming**`
// in a slot's cell reads as three titles, not one word run together).
const BREAKING_TAG = /^<\/?(?:br|hr|p|div|td|th|tr|li|table|h[1-6])(?:>|\/>|\s[^<>]*>)$/i;

// The pieces of text a reader sees, with `breakMark` where a line breaks. A block begins on
// a line of its own: two paragraphs of an HTML cell (`<p>Séminaire</p><h6>Présentation</h6>`)
// are two words, not one.
function textParts(node: Nodes, breakMark = ' '): string[] {
  const parts: string[] = [];
  for (const inner of walkNodes(node)) {
    switch (inner.type) {
      case 'text':
      case 'inlineCode':
        parts.push(breakMark === ' ' ? inner.value : inner.value.replace(/\n/g, ' '));
        break;
      case 'html':
        if (BREAKING_TAG.test(inner.value.trim())) parts.push(breakMark);
        break;
      case 'break':
      case 'paragraph':
      case 'heading':
        parts.push(breakMark);
        break;
      case 'image':
        parts.push(inner.alt ?? '');
        break;
    }
  }
  return parts;
}

/** Whether a node's visible text is entirely struck through (`~~...~~`). */
export function isStruckThrough(node: Nodes): boolean {
  if (!('children' in node)) return false;
  const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (visible.length === 0) return false;
  // `<s> le dimanche 24 novembre … </s>`: struck in HTML, from its first word to its last.
  const first = visible[0]!;
  const last = visible.at(-1)!;
  if (first.type === 'html' && HTML_STRIKE_OPEN.test(first.value) && last !== first && last.type === 'html' && HTML_STRIKE_CLOSE.test(last.value)) return true;
  return visible.every((child) => child.type === 'delete' || (child.type === 'paragraph' && isStruckThrough(child)));
}

// The tags that strike text in HTML: `<s>`, `<del>`, `<strike>`, and their closing tags.
const HTML_STRIKE_OPEN = /^<(?:s|del|strike)>$/i;
const HTML_STRIKE_CLOSE = /^<\/(?:s|del|strike)>$/i;

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

/**
 * The text of a block that is one line set wholly in bold (`**Jeudi 18 à partir de 8h**`,
 * `**COMPTE RENDU RÉUNION 17 avril 2023**`), as a heading is written without `#`; undefined
 * for any other block.
 */
export function boldLineText(node: Nodes | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return undefined;
  const text = plainText(node);
  return text.includes('\n') ? undefined : text;
}
