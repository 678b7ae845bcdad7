import type { Root } from 'mdast';
import type { Position } from 'unist';
import { parseMarkdown } from '../programme/parse-markdown.js';
import { findManagedBlocks, type BlockKind, type MarkerProblem } from '../programme/managed-block-markers.js';

/** The lines each kind of block should hold (without line endings); a kind left out is not touched. */
export type BlockContents = Partial<Record<BlockKind, readonly string[]>>;

/** What refreshing did to one block. */
export interface RefreshedBlock {
  kind: BlockKind;
  position: Position;
  changed: boolean;
}

/** The document after refreshing its managed blocks. */
export interface RefreshResult {
  text: string;
  changed: boolean;
  blocks: RefreshedBlock[];
  problems: MarkerProblem[];
}

/** The exact text a block should hold: each line followed by the block's own line ending. */
export function blockText(lines: readonly string[], eol: string): string {
  return lines.map((line) => line + eol).join('');
}

/**
 * Rewrites the text between each pair of markers with the given lines, by offsets into
 * the original text: every byte outside the blocks (line endings, trailing spaces, a
 * missing final newline) is kept as it was.
 */
export function refreshManagedBlocks(text: string, contents: BlockContents, tree: Root = parseMarkdown(text)): RefreshResult {
  const { blocks, problems } = findManagedBlocks(tree, text);
  const refreshed: RefreshedBlock[] = [];
  const pieces: string[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const lines = contents[block.kind];
    const current = text.slice(block.contentStart, block.contentEnd);
    const wanted = lines === undefined ? current : blockText(lines, block.eol);
    refreshed.push({ kind: block.kind, position: block.position, changed: wanted !== current });
    pieces.push(text.slice(cursor, block.contentStart), wanted);
    cursor = block.contentEnd;
  }
  pieces.push(text.slice(cursor));
  const result = pieces.join('');
  return { text: result, changed: result !== text, blocks: refreshed, problems };
}
