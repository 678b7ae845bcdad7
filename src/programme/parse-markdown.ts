import type { Paragraph, Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { admonitionsAsQuotes } from './admonition-bodies.js';
import { blankInvisibleLines } from './invisible-lines.js';
import { blankPandocFences } from './pandoc-fences.js';
import { blankPandocCaptions } from './pandoc-captions.js';
import { softenHeadingSpaces } from './hard-space-headings.js';
import { withGluedHeadings } from './glued-headings.js';

/*
 * The parser remark-parse, remark-frontmatter and remark-gfm would assemble, wired
 * directly: micromark's syntax extensions and mdast-util-from-markdown's tree extensions,
 * in the order those plugins add them, so the tree is the same node for node. Without
 * unified and the remark plugins, a run loads none of their serialising code (mdast's
 * to-markdown, which a reader never uses): less to load at every start-up.
 * Front matter (`---` YAML at the top of Jekyll and Hugo pages) becomes one `yaml` node;
 * without it its closing `---` turns its last line into a heading. Hugo's and Zola's `+++`
 * TOML front matter becomes one `toml` node (page-metadata.ts reads both); without it its
 * lines are paragraphs and its `#comment = ""` lines headings, which no site shows.
 */
const plain: Options = {
  extensions: [frontmatter(['yaml', 'toml']), gfm()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
};

/**
 * MDX (Docusaurus reads `.md` pages as MDX) has no indented code: a table or a list indented
 * inside a `<TabItem>` is shown as a table or a list. micromark disables the construct by
 * name. Made on first use: few pages are MDX.
 */
let mdx: Options | undefined;
const mdxOptions = (): Options => (mdx ??= { ...plain, extensions: [{ disable: { null: ['codeIndented'] } }, ...plain.extensions!] });

// An ES module statement on its own at the top level (`import Tabs from '@theme/Tabs';`):
// only an MDX page writes one outside a code block.
const esmStatement = /^(?:import [^\n]* from ['"]|import ['"]|export (?:const|let|default|function) )/;

function isMdx(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'paragraph' && esmStatement.test(toString(node as Paragraph)));
}

/**
 * Parses markdown (with GFM tables and strikethrough, and YAML front matter) into an mdast
 * tree with positions, as the page's site shows it: Pandoc's fenced divs read as block
 * boundaries (pandoc-fences.ts) and the bodies of MkDocs admonitions as the boxes they are
 * (admonition-bodies.ts), lines of invisible characters alone as the blank lines a reader
 * sees (invisible-lines.ts), a heading typed with a no-break space as the heading it is
 * (hard-space-headings.ts). All are rewritten in place at the same length before the one
 * parse, so every offset, line and column points into the document as written.
 * A page that imports components is MDX: read again without indented code, as its site
 * shows it, when the plain reading found some.
 */
export function parseMarkdown(written: string): Root {
  const fenced = blankPandocCaptions(blankPandocFences(blankInvisibleLines(softenHeadingSpaces(written))));
  const text = admonitionsAsQuotes(fenced) ?? fenced;
  const tree = fromMarkdown(text, plain);
  if (!isMdx(tree) || !tree.children.some((node) => node.type === 'code' && node.lang == null && !/^\s*(```|~~~)/.test(text.slice(node.position?.start.offset ?? 0)))) return withGluedHeadings(tree);
  return withGluedHeadings(fromMarkdown(text, mdxOptions()));
}
