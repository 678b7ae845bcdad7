/*
 * The parser is wired from micromark's and mdast's extensions directly (start-up: it loads
 * no serialising code), on the promise that it gives the tree remark-parse, remark-frontmatter
 * and remark-gfm give, node for node with positions. Held here on every real document the
 * project keeps and on the corpus, so that an upgrade of either side that parts them fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { admonitionsAsQuotes } from '../../src/programme/admonition-bodies.js';
import { blankInvisibleLines } from '../../src/programme/invisible-lines.js';
import { blankPandocFences } from '../../src/programme/pandoc-fences.js';
import { blankPandocCaptions } from '../../src/programme/pandoc-captions.js';
import type { Root } from 'mdast';
import { withGluedHeadings } from '../../src/programme/glued-headings.js';
import { softenHeadingSpaces } from '../../src/programme/hard-space-headings.js';
import { parseMarkdown } from '../../src/programme/parse-markdown.js';
import { corpusRoot, repoRoot } from '../helpers/corpus.js';

function markdownFiles(folder: string): string[] {
  let found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found = found.concat(markdownFiles(path));
    else if (/\.(md|markdown)$/.test(name)) found.push(path);
  }
  return found;
}

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
// How remark reads an MDX page's markdown: without indented code (micromark's `disable`).
const remarkMdx = unified()
  .use(remarkParse)
  .use(function withoutIndentedCode(this: { data(key: string, value: unknown): void }) {
    this.data('micromarkExtensions', [{ disable: { null: ['codeIndented'] } }]);
  })
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm);

describe('the markdown parser', () => {
  const files = [
    ...markdownFiles(join(repoRoot, 'tests', 'fixtures', 'real')).filter((path) => path.endsWith('input.md')),
    ...markdownFiles(join(repoRoot, 'examples')),
    ...markdownFiles(corpusRoot),
  ];

  it('reads every real document, example and corpus version into the tree remark-gfm gives', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const tree = parseMarkdown(text);
      // A page that imports components is MDX, read as its site shows it: without indented code.
      const mdx = /^import [^\n]* from ['"]/m.test(text);
      const reference = mdx ? remarkMdx : remark;
      // Pandoc's fence lines and table captions are blanked and admonition bodies quoted before either reads
      // the page (pandoc-fences.ts, admonition-bodies.ts), and lines of invisible characters
      // alone blanked (invisible-lines.ts), a heading's no-break space made plain
      // (hard-space-headings.ts): rewrites in place, same length.
      const fenced = blankPandocCaptions(blankPandocFences(blankInvisibleLines(softenHeadingSpaces(text))));
      const shown = admonitionsAsQuotes(fenced) ?? fenced;
      // A heading glued to its marks (`##Titre`, glued-headings.ts) is split off its paragraph on the tree.
      expect(tree, path).toEqual(withGluedHeadings(reference.runSync(reference.parse(shown)) as Root));
    }
    // Two parses of 400 documents and more: 130 s on a machine loaded by other work.
  }, 300_000);
});
