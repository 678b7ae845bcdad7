import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: unified processors are reusable and freezing them costs a little each time.
// Front matter (`---` YAML at the top of Jekyll and Hugo pages) becomes one `yaml` node;
// without the plugin its closing `---` turns its last line into a heading.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses markdown (with GFM tables and strikethrough, and YAML front matter) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
