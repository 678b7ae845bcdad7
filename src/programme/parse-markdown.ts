import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: unified processors are reusable and freezing them costs a little each time.
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses markdown (with GFM tables and strikethrough) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
