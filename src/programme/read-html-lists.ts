/*
 * A dated list written in raw HTML inside the markdown, as a Jekyll page often does: a
 * definition list (`<dt><u>Dimanche 12 Mars</u></dt>` then `<dd>Graulhet (81) &ndash;
 * résidence</dd>`) or a bulleted one (`<li>Samedi 3 Juin : Fête du Pastel</li>`). The site
 * shows them as a list, so a reader reads them as one: each entry that opens with its
 * date is a dated item, its title the rest of the entry, else the `<dd>` that follows it.
 * Only entries written on one line are read; anything else in the block is left alone.
 */
import type { Html } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { plainText } from './plain-text.js';
import { datedItemDraft } from './read-dated-lists.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// One entry on one line: `<dt ...>text</dt>`, `<dd>text</dd>` or `<li>text</li>`.
const ENTRY = /<(dt|dd|li)\b[^>]{0,200}>(.{0,2000}?)<\/\1\s?>/gi;

// The visible text of a piece of HTML: tags dropped, character references (`&ndash;`)
// decoded by the markdown parser the document is read with.
function visibleText(html: string): string {
  const withoutTags = html.replace(/<[^<>]{0,500}>/g, ' ');
  const root = parseMarkdown(withoutTags);
  const first = root.children[0];
  return first === undefined ? '' : plainText(first);
}

/** The dated entries of a raw HTML block, as dated list items. */
export function readHtmlList(node: Html, source: SourceText): SessionDraft[] {
  const base = node.position?.start.offset;
  // The block's value is its source only at the top level (not inside a quote or a list).
  if (base === undefined || source.text.slice(base, base + node.value.length) !== node.value || node.value.startsWith('<!--')) return [];
  const entries: Array<{ tag: string; text: string; start: number; end: number }> = [];
  for (const found of node.value.matchAll(ENTRY)) {
    const start = base + found.index;
    entries.push({ tag: found[1]!.toLowerCase(), text: visibleText(found[2]!), start, end: start + found[0].length });
  }
  const drafts: SessionDraft[] = [];
  entries.forEach((entry, index) => {
    if (entry.tag === 'dd') return;
    const dated = datedTextOf(entry.text, false);
    if (!dated) return;
    const next = entries[index + 1];
    const described = entry.tag === 'dt' && dated.title === '' && next?.tag === 'dd' ? { ...dated, title: next.text } : dated;
    drafts.push(datedItemDraft(described, entry.text, source.span(entry.start, entry.end), source, false));
  });
  return drafts;
}
