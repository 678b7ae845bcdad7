/*
 * Dated items set each in a quote for the look (`> **Semaine #4**: Mardi 16 septembre (0
 * étudiants)` over the topic's link, then `> **Semaine #7**: Mardi 7 octobre …`): markdown
 * puts each in a blockquote of its own, out of the page's run of paragraphs, while a reader
 * reads them as the items of a list. In the reading tree (reading-tree.ts), two or more
 * blockquotes in a row that each hold one paragraph opening with a date (or with a label,
 * a colon, then a date) are those paragraphs, which read-dated-paragraphs.ts reads as it
 * reads any run of dated paragraphs, when each day is written with its weekday, as a
 * session's is. A quote alone stays a quote: a citation or a remark;
 * so does a testimonial (`> 12 mars 2025` over `> « Formation très claire » — Marie`),
 * whose date says when the words in quotation marks were said, a quoted mail (`a écrit`),
 * an edit's notice (`Mise à jour : 12 mars 2024`) or a press quote (`12 mars 2024, Ouest-France`).
 */
import type { Root, RootContent } from 'mdast';
import { datedTextOf } from './dated-text.js';
import { labelDatesThePage } from './page-history-label.js';
import { plainLines } from './plain-text.js';
import { toldInPast } from '../dates/past-tense.js';

// The English header of a quoted mail (`On Tue, 12 Mar 2024, Marie wrote:`); the French one is a past tense (`a écrit`).
const WROTE = /(?:^|[^a-z])wrote(?![a-z])/i;

// How many quoted dated paragraphs in a row make a list.
const QUOTED_ITEMS = 2;

/** The paragraph a blockquote holds alone when its first line opens with a date, before or after a label and a colon. */
function quotedDatedParagraph(node: RootContent | undefined): RootContent | undefined {
  const only = node?.type === 'blockquote' && node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'paragraph') return undefined;
  const lines = plainLines(only);
  const first = lines[0] ?? '';
  // `> 12 mars 2025` over `> « Formation très claire » — Marie`: a testimonial, dated when it was given.
  if (lines.some((line) => /[\u00ab\u201c"]/.test(line))) return undefined;
  // `> Le mar. 12 mars 2024 à 10:15, Marie a écrit :`: a reply's quoted mail; a report told in the past.
  // `*Le conférencier a dû annuler*` under a day: the past tells the item's status, not a report.
  const joined = lines.join(' ');
  if (WROTE.test(joined) || (toldInPast(joined) && !/annul/i.test(joined))) return undefined;
  const colon = first.indexOf(':');
  const label = colon > 0 ? first.slice(0, colon) : '';
  // `> **Mise à jour** : 12 mars 2024`: the page's history, not a session.
  if (label !== '' && labelDatesThePage(label)) return undefined;
  const dated = datedTextOf(first, false) ?? (colon > 0 ? datedTextOf(first.slice(colon + 1).trim(), false) : undefined);
  // A session's day with its weekday (`Mardi 16 septembre`, `le dimanche 24 novembre`): a
  // press quote's or an edit's day is written without one (`> 12 mars 2024, Ouest-France :`).
  return dated?.expression.mentions.every((mention) => mention.weekday !== undefined) ? only : undefined;
}

/** The tree with each run of quotes that hold one dated paragraph each (see above) replaced by the paragraphs. */
export function withQuotedParagraphs(tree: Root): Root {
  const quoted = tree.children.map(quotedDatedParagraph);
  const children: RootContent[] = [];
  let changed = false;
  for (let i = 0; i < tree.children.length; ) {
    let end = i;
    while (quoted[end]) end++;
    if (end - i >= QUOTED_ITEMS) {
      for (let k = i; k < end; k++) children.push(quoted[k]!);
      changed = true;
      i = end;
    } else {
      children.push(tree.children[i]!);
      i++;
    }
  }
  return changed ? { ...tree, children } : tree;
}
