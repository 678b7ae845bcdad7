import type { Paragraph } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
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

// An HTML tag (`<strong>`, `</p>`, `<br/>`, `<td class="x">`), not a `<` in a sentence.
const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

/**
 * A line of a paragraph's source as a reader sees it on the page: HTML tags dropped and
 * character references decoded (`&agrave;`, `&#39;`; `&nbsp;` a space). A paragraph written in HTML
 * (`<p><strong>Jeudi 5 octobre</strong><br>18h30 - Accueil</p>`) has its tags in its lines;
 * markdown marks (`**`) are left to the caller.
 */
export function shownLine(raw: string): string {
  const text = raw.includes('<') ? raw.replace(TAG, '') : raw;
  // A no-break space (`&nbsp;:` before a colon, as French typography asks) is a space in a
  // title, as the text of a markdown node reads it.
  return (text.includes('&') || text.includes('\\') ? decodeString(text) : text).replace(/[\u00a0\u202f]/g, ' ');
}
