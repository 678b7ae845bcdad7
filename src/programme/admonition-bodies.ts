/*
 * The bodies of admonitions (Material for MkDocs, Python-Markdown: `!!! info "Dates
 * importantes"`, `??? note`, `???+ tip`) written as the lines indented under their title.
 * remark does not know them: the body becomes a lazy continuation of the title's paragraph,
 * or indented code after a blank line, so a list of key dates inside one is no list. A
 * reader sees a box holding a list. The body's indentation is therefore rewritten as a
 * quote marker of the same length (`    - 23 mai` → `>   - 23 mai`) before the page's one
 * parse (parse-markdown.ts): the body is a blockquote whose lists, paragraphs and links are
 * read like any container's, by the readers and the rules alike, and every offset, line
 * and column still points into the document as written. Hand-written: no micromark
 * extension for admonitions keeps remark's tree otherwise unchanged.
 */
// A title line at the margin: `!!! info "Dates importantes"`, `??? note`, `???+ tip "…"`:
// the marker and type, then nothing or a quoted title (two expressions: no nested quantifier).
const TITLE_START = /^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+/;
const QUOTED_TITLE = /^"[^"\n]*"$/;

function isTitle(line: string): boolean {
  const found = TITLE_START.exec(line);
  if (!found) return false;
  const rest = line.slice(found[0].length).trim();
  return rest === '' || QUOTED_TITLE.test(rest);
}
// A fence opening or closing a code block: an admonition written inside is an example.
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// The indentation of a body line: four spaces or a tab.
const BODY = /^(?: {4}|\t)/;

// A folded box's title: `???` without the `+` that opens it.
const FOLDED = /^\?\?\?(?!\+)/;
// How deep admonitions nest inside one another's bodies (`!!! warning` inside `!!! warning`).
const DEEPEST = 3;
// The quote markers an outer body's rewriting leaves before a nested title or body line, one per depth.
const QUOTED_DEPTH = '>   ';

/**
 * The text with the body of every admonition turned into a blockquote of the same length,
 * or undefined when the document has no admonition with an indented body. An admonition
 * inside another's body (`    !!! warning "Ecrits BTS"` over `        - CCF Math : …`) has its
 * own body turned so inside the outer quote (`>   >   - CCF Math : …`), as its box shows it,
 * when it is shown open.
 */
export function admonitionsAsQuotes(text: string): string | undefined {
  if (!text.includes('!!!') && !text.includes('???')) return undefined;
  const lines = text.split('\n');
  let changed = false;
  for (let depth = 0; depth < DEEPEST; depth++) {
    let turned = false;
    const prefix = QUOTED_DEPTH.repeat(depth);
    const width = prefix.length;
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (FENCE.test(line)) fenced = !fenced;
      // Inside a box, a folded box (`??? note "Devoirs"`, no `+`) holds what a reader opens on
      // demand, a class's homework under its session: only a box shown open (`!!!`, `???+`) is read.
      if (fenced || !line.startsWith(prefix) || !isTitle(line.slice(width)) || (depth > 0 && FOLDED.test(line.slice(width)))) continue;
      // The body: the indented lines after the title, blank lines among them.
      for (let j = i + 1; j < lines.length; j++) {
        const body = lines[j]!;
        if (body.trim() === '') continue;
        if (!body.startsWith(prefix) || !BODY.test(body.slice(width))) break;
        // `    - x` → `>   - x`; a tab (one column of indentation to markdown's four) → `>`.
        lines[j] = `${prefix}>${body.slice(width + 1)}`;
        turned = true;
        i = j;
      }
    }
    // No body at this depth: none deeper either.
    if (!turned) break;
    changed = true;
  }
  return changed ? lines.join('\n') : undefined;
}
