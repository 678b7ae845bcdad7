import type { Paragraph } from 'mdast';
import type { SourceText } from './source-text.js';

/** A `<br>` written in HTML: pages made for a site's theme separate lines with it. */
export const HTML_BREAK = /<br\s*\/?>/gi;

/**
 * The lines of a paragraph as written, each with its offset in the document: a line break
 * ends one, and so does a `<br>` (`**Lundi 12 mars**<br>9h : Accueil`), since a reader
 * sees a new line either way.
 */
export function paragraphSourceLines(node: Paragraph, source: SourceText): Array<{ raw: string; start: number }> {
  const text = source.slice(node.position!);
  const base = node.position!.start.offset ?? 0;
  const lines: Array<{ raw: string; start: number }> = [];
  let from = 0;
  for (const found of text.matchAll(/\n|<br\s*\/?>/gi)) {
    lines.push({ raw: text.slice(from, found.index), start: base + from });
    from = found.index + found[0].length;
  }
  lines.push({ raw: text.slice(from), start: base + from });
  return lines;
}
