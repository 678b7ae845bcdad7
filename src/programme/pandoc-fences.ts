/*
 * Pandoc and Quarto fenced divs (`:::: {.columns}`, `::: {.column width="50%"}`, `:::`)
 * wrap a slide's columns or a callout. Pandoc reads each fence line as a block boundary;
 * CommonMark does not know them, so a fence glues itself to the paragraph below
 * (`::: {.column}` + `**Mardi 16 juin**` becomes one paragraph, and the day is lost) and a
 * table runs on over the fences into the next column's day. Read as Pandoc shows them: the
 * fence lines become blank lines of the same length, so every offset stays true.
 */

// How far a fence may be indented, as any CommonMark block.
const MOST_INDENT = 3;

/**
 * Whether a line is a fence alone, bare or with Pandoc attributes in braces (`:::`,
 * `:::: {.columns}`). A named admonition (`:::note Titre`, MkDocs or Docusaurus) is not:
 * its words may be a title. Read in code: a pattern with optional spaces on both sides of
 * optional attributes backtracks over a long run of spaces.
 */
function isFenceLine(line: string): boolean {
  const body = line.trimStart();
  if (line.length - body.length > MOST_INDENT || !body.startsWith(':::')) return false;
  let at = 3;
  while (body[at] === ':') at++;
  const rest = body.slice(at).trim();
  return rest === '' || (rest.startsWith('{') && rest.endsWith('}') && !rest.slice(1, -1).includes('}'));
}

/** The text with each fenced div's fence line blanked, same length; the text itself when it has none. */
export function blankPandocFences(text: string): string {
  // Most pages have no `:::` at all: they are not split into lines.
  if (!text.includes(':::')) return text;
  return text
    .split('\n')
    .map((line) => (isFenceLine(line.endsWith('\r') ? line.slice(0, -1) : line) ? line.replace(/[^\r]/g, ' ') : line))
    .join('\n');
}
