/*
 * A heading typed with a no-break space after its hashes (`###\u00a0Séance du 15/10`: the
 * space a French keyboard gives with Alt or AltGr held, as before `:`). CommonMark wants a
 * plain space or a tab there and makes the line a paragraph that shows its hashes; the
 * writer meant a heading, among the headings of the same level around it, and a reader
 * reads one. Read as meant: that space becomes a plain one (one UTF-16 unit, so every
 * offset stays true). Written by hand: a one-character rewrite before the parse.
 */

// A line that opens with one to six hashes (maybe indented up to three spaces), then a no-break space.
const HARD_SPACE_HEADING = /^( {0,3}#{1,6})\u00a0/gm;

/** The text with the no-break space after each line's opening hashes made a plain one; the text itself when it has none. */
export function softenHeadingSpaces(text: string): string {
  if (!text.includes('#\u00a0')) return text;
  return text.replace(HARD_SPACE_HEADING, '$1 ');
}
