import type { Paragraph } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import type { SourceText } from './source-text.js';
import { plainText } from './plain-text.js';
import { withWikiLabels } from './wiki-links.js';

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
  // Every line ending markdown and HTML count (`\r\n`, `\n`, a lone `\r`), so that the lines
  // are the paragraph text's lines, whose parsers read a lone `\r` as a line's end too.
  for (const found of text.matchAll(/\r\n|\r|\n|<br\s*\/?>/gi)) {
    lines.push({ raw: text.slice(from, found.index), start: base + from });
    from = found.index + found[0].length;
  }
  lines.push({ raw: text.slice(from), start: base + from });
  return lines;
}

// An HTML tag (`<strong>`, `</p>`, `<br/>`, `<td class="x">`), not a `<` in a sentence.
const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

// A backslash that ends a line, not itself escaped by one before it: a hard break.
const HARD_BREAK = /(^|[^\\])\\$/;

/**
 * A line of a paragraph's source as a reader sees it on the page: HTML tags dropped and
 * character references decoded (`&agrave;`, `&#39;`; `&nbsp;` a space). A paragraph written in HTML
 * (`<p><strong>Jeudi 5 octobre</strong><br>18h30 - Accueil</p>`) has its tags in its lines;
 * markdown marks (`**`) are left to the caller.
 */
export function shownLine(raw: string): string {
  // A backslash closing the line is markdown's hard break (`8h30 - 9h Accueil\`), not text.
  const unbroken = raw.endsWith('\\') ? raw.replace(HARD_BREAK, '$1') : raw;
  const text = unbroken.includes('<') ? unbroken.replace(TAG, '') : unbroken;
  // A no-break space (`&nbsp;:` before a colon, as French typography asks) is a space in a
  // title, as the text of a markdown node reads it.
  return withWikiLabels(text.includes('&') || text.includes('\\') ? decodeString(text) : text).replace(/[\u00a0\u202f]/g, ' ');
}

// An element a page marks as an item's hours: `<span class="heure">18H00</span>`,
// `<p class="event-time">`, `<time>`. Its text is at most a few words.
const HOURS_FIELD = /<(span|div|p|strong|b|em|i|small|time)\b([^<>]{0,200})>[^<>]{0,40}<\/\1\s*>/gi;
const HOURS_CLASS = /\bclass\s*=\s*["'][^"'<>]{0,100}?\b(?:heures?|horaires?|time|hours?)\b/i;

// The opening tag written right before a place (`<span class="heure">` before `permanent`).
const OPENING_TAG_BEFORE = /<[a-z][a-z0-9]{0,10}\b[^<>]{0,200}>[ \t]{0,3}$/i;

/**
 * A paragraph's line read from HTML with the opening tag written right before it: the
 * conversion places a paragraph at its first text, inside the element that holds it
 * (`<span class="heure">permanent</span>Snootlab` begins at `permanent`), and the element
 * tells what that text is (hoursFieldApart).
 */
export function withTagsBefore(raw: string, start: number, source: SourceText): string {
  const before = source.text.slice(Math.max(0, start - 400), start);
  return before.endsWith('>') ? (OPENING_TAG_BEFORE.exec(before)?.[0] ?? '') + raw : raw;
}

/**
 * A line of HTML whose hours stand in an element of their own (see HOURS_FIELD) with a tab
 * after that element: the page lays its hours field apart from the title
 * (`<span class="heure">permanent</span>Snootlab` shows `permanent` over or beside
 * `Snootlab`, styled apart), so a reader reads the two apart, as markdown's `18h00 : Titre`.
 */
export function hoursFieldApart(raw: string): string {
  if (!raw.includes('<')) return raw;
  return raw.replace(HOURS_FIELD, (element, tag: string, attributes: string) => (tag.toLowerCase() === 'time' || HOURS_CLASS.test(attributes) ? `${element}\t` : element));
}

/** A paragraph's visible text, one entry per line a reader sees (soft breaks, hard breaks and `<br>` end one), markup dropped. */
export function plainTextLines(node: Paragraph): string[] {
  const lines = [''];
  for (const child of node.children) {
    if (child.type === 'break' || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value))) {
      lines.push('');
      continue;
    }
    const parts = (child.type === 'text' ? child.value : plainText(child)).split('\n');
    lines[lines.length - 1] += parts[0]!;
    lines.push(...parts.slice(1));
  }
  return lines.map((line) => withWikiLabels(line).replace(/\s+/g, ' ').trim());
}
