/*
 * Links written as a wiki writes them, which markdown leaves as text: `[[Page|Label]]`
 * (MediaWiki, ikiwiki, Obsidian), `[[Label|page-name]]` (a GitHub wiki), `[[Page]]`. A reader
 * sees the label only; the target, a page's path, often repeats a date in another form
 * (`[[reunions/reunion-comm-2016-05-23|Réunion du 23 mai 2016]]`), which is no second day.
 * No well-kept library reads both orders in text already parsed (remark-wiki-link reads one,
 * as a syntax extension), so this is written by hand.
 */

// A wiki link, bounded, on one line; its sides are split at the first bar after.
const WIKI_LINK = /\[\[([^[\]\n]{1,600})\]\]/g;

/** Whether one side of a wiki link reads as words (a space in it) where the other reads as a page's name (none). */
function readsAsWords(side: string, other: string): boolean {
  return /\s/.test(side.trim()) && !/\s/.test(other.trim());
}

/**
 * The label a reader sees of a wiki link's sides: the side written as words, else the one
 * after the bar, as MediaWiki reads it; undefined when the label writes no number and the
 * target does (`[[2024-03-12|Mardi]]`, an Obsidian daily note): the target's date is then
 * the only one written, and the link is left as it is.
 */
function labelOf(first: string, second: string): string | undefined {
  const [label, target] = readsAsWords(first, second) ? [first, second] : [second, first];
  return !/\d/.test(label) && /\d/.test(target) ? undefined : label;
}

/** A text with each wiki link (`[[reunions/2016-05-23|Réunion du 23 mai 2016]]`) replaced by the label a reader sees. */
export function withWikiLabels(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(WIKI_LINK, (link: string, inside: string) => {
    const bar = inside.indexOf('|');
    // `[[3]]`, a note's number in brackets, is no page's name: left as written.
    if (bar < 0) return /\p{L}/u.test(inside) ? inside : link;
    return labelOf(inside.slice(0, bar), inside.slice(bar + 1)) ?? link;
  });
}
