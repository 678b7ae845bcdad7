/*
 * A Pandoc or Quarto table caption written right under the table (`: Phase générale
 * {tbl-colwidths="[28,28,44]"}`). Pandoc shows it as the table's caption; CommonMark
 * glues it to the table as one more row, a row of one cell that is no session and whose
 * "date" cannot be read. Read as Pandoc shows it: the caption line becomes a blank line of
 * the same length, so every offset stays true, and the table ends above it.
 */

// A caption line: a colon, a space, then words (`: Phase générale`), at most three spaces in.
const CAPTION = /^ {0,3}: \S/;

/** The text with each caption line that closes a table (it holds no `|` and no row follows it) blanked, same length; the text itself when it has none. */
export function blankPandocCaptions(text: string): string {
  // Most pages have no caption: they are not split into lines.
  if (!text.includes('\n: ') && !/\n {1,3}: /.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    // A line holding a `|`, or one with more rows under it, is a row (perhaps mistyped), not the caption.
    const rowBelow = (lines[i + 1] ?? '').trimStart().startsWith('|');
    if (CAPTION.test(lines[i]!) && !lines[i]!.includes('|') && !rowBelow && lines[i - 1]!.trimStart().startsWith('|')) lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
  }
  return lines.join('\n');
}
