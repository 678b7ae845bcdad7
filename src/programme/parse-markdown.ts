import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * MDX (Docusaurus reads `.md` pages as MDX) has no indented code: a table or a list indented
 * inside a `<TabItem>` is shown as a table or a list. micromark disables the construct by name.
 */
function withoutIndentedCode(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

// Built once: unified processors are reusable and freezing them costs a little each time.
// Front matter (`---` YAML at the top of Jekyll and Hugo pages) becomes one `yaml` node;
// without the plugin its closing `---` turns its last line into a heading.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const mdxProcessor = unified().use(remarkParse).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

// An ES module statement on its own at the top level (`import Tabs from '@theme/Tabs';`):
// only an MDX page writes one outside a code block.
const esmStatement = /^(?:import [^\n]* from ['"]|import ['"]|export (?:const|let|default|function) )/;

function isMdx(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'paragraph' && esmStatement.test(toString(node as Paragraph)));
}

/**
 * Parses markdown (with GFM tables and strikethrough, and YAML front matter) into an mdast
 * tree with positions. A page that imports components is MDX: read again without indented
 * code, as its site shows it, when the plain reading found some.
 */
export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text);
  if (!isMdx(tree) || !tree.children.some((node) => node.type === 'code' && node.lang == null && !/^\s*(```|~~~)/.test(text.slice(node.position?.start.offset ?? 0)))) return tree;
  return mdxProcessor.parse(text);
}
