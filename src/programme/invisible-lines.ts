/*
 * Lines that hold only invisible characters (a zero-width space `\u200b` an editor leaves
 * between two activities to space them out, a word joiner, a stray byte-order mark). A
 * reader sees an empty line there, and the day line below it as the start of its own block
 * (`\u200b` then `**Vendredi 6 décembre**` over `14h30 : ...`); CommonMark sees a line with
 * text and glues it to the paragraph, so the day line is no longer a paragraph's first line.
 * Read as the page looks: those characters become spaces (one UTF-16 unit each, so every
 * offset stays true), and the line is blank.
 */

// A character that shows nothing and takes no room: zero-width space, non-joiner, joiner, word joiner, BOM.
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff]/;
const INVISIBLES = /[\u200b\u200c\u200d\u2060\ufeff]/g;
// A line of invisible characters and spaces only (one character class, no backtracking).
const INVISIBLE_LINE = /^[\u200b\u200c\u200d\u2060\ufeff \t\r]+$/;

/** The text with each line of invisible characters alone blanked, same length; the text itself when it has none. */
export function blankInvisibleLines(text: string): string {
  // Most pages hold none: they are not split into lines.
  if (!INVISIBLE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (INVISIBLE.test(line) && INVISIBLE_LINE.test(line) ? line.replace(INVISIBLES, ' ') : line))
    .join('\n');
}
