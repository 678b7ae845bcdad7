/*
 * Pandoc and Quarto fenced divs (`:::: {.columns}`, `::: {.column width="50%"}`, `:::`)
 * wrap a slide's columns or a callout. Pandoc reads each fence line as a block boundary;
 * CommonMark does not know them, so a fence glues itself to the paragraph below
 * (`::: {.column}` + `**Mardi 16 juin**` becomes one paragraph, and the day is lost) and a
 * table runs on over the fences into the next column's day. Read as Pandoc shows them: the
 * fence lines become blank lines of the same length, so every offset stays true.
 */

// A fence alone on its line, bare or with Pandoc attributes in braces. A named admonition
// (`:::note Titre`, MkDocs or Docusaurus) keeps its line: its words may be a title.
const FENCE_LINE = /^ {0,3}:{3,}[ \t]*(?:\{[^}\n]{0,200}\}[ \t]*)?$/gm;

/** The text with each fenced div's fence line blanked, same length; the text itself when it has none. */
export function blankPandocFences(text: string): string {
  // Most pages have no `:::` at all: no regular expression runs over them.
  if (!text.includes(':::')) return text;
  return text.replace(FENCE_LINE, (line) => ' '.repeat(line.length));
}
