/*
 * The blocks programme-sync owns in a programme, found between their markers. The reading
 * (reading-tree.ts reads past what the tool wrote there) and the links (which rewrite them)
 * both find them here, so that the core's reading does not depend on the links' folder.
 */
import type { Html, Root } from 'mdast';
import type { Position } from 'unist';

/** The blocks programme-sync owns in a programme. */
export type BlockKind = 'archives' | 'calendar';

/** The line that opens a managed block. */
export function openingMarker(kind: BlockKind): string {
  return `<!-- programme-sync:${kind} -->`;
}

/** The line that closes a managed block. */
export function closingMarker(kind: BlockKind): string {
  return `<!-- /programme-sync:${kind} -->`;
}

/** A block found between its two markers; offsets delimit the lines the tool may rewrite. */
export interface ManagedBlock {
  kind: BlockKind;
  /** Offset of the first character after the opening marker's line ending. */
  contentStart: number;
  /** Offset of the start of the closing marker's line. */
  contentEnd: number;
  /** The line ending the opening marker uses (`\r\n`, `\n` or a lone `\r`); the rewritten lines use it too. */
  eol: string;
  /** From the opening marker to the end of the closing marker. */
  position: Position;
}

/**
 * A marker without its partner, or a block holding another block's closing marker: the
 * tool writes nothing there.
 */
export interface MarkerProblem {
  kind: BlockKind;
  problem: 'unclosed' | 'unopened' | 'holds-marker';
  /** The marker without a partner; for `holds-marker`, the block's opening marker. */
  position: Position;
  /** For `holds-marker`: the other block's marker found inside this block. */
  stray?: Position;
}

/** The managed blocks of a document, and the markers that do not pair up. */
export interface ManagedBlocks {
  blocks: ManagedBlock[];
  problems: MarkerProblem[];
}

const markerPattern = /^<!--\s*(\/?)programme-sync:(archives|calendar)\s*-->$/;

/**
 * Finds the managed blocks of a document. Markers count only as top-level HTML lines of
 * the markdown (so a marker shown in a code block or quoted inside a list is text, not a
 * marker); an opening marker pairs with the next marker if it closes the same kind.
 */
export function findManagedBlocks(tree: Root, text: string): ManagedBlocks {
  const blocks: ManagedBlock[] = [];
  const problems: MarkerProblem[] = [];
  let open: { kind: BlockKind; node: Html; stray?: Position } | undefined;
  for (const node of tree.children) {
    if (node.type !== 'html' || !node.position) continue;
    const match = markerPattern.exec(node.value.trim());
    if (!match) continue;
    const kind = match[2] as BlockKind;
    const closing = match[1] === '/';
    if (!closing) {
      if (open) problems.push({ kind: open.kind, problem: 'unclosed', position: open.node.position! });
      open = { kind, node };
      continue;
    }
    if (!open || open.kind !== kind) {
      problems.push({ kind, problem: 'unopened', position: node.position });
      // Rewriting the open block would erase this marker and whatever the coordinator meant
      // by it (often a block pasted inside another): the block is left as written until
      // the marker is moved out of it or removed.
      if (open) open.stray ??= node.position;
      continue;
    }
    if (open.stray) {
      problems.push({ kind, problem: 'holds-marker', position: open.node.position!, stray: open.stray });
      open = undefined;
      continue;
    }
    const afterOpening = open.node.position!.end.offset!;
    const eol = lineEndingAt(text, afterOpening);
    blocks.push({
      kind,
      contentStart: afterOpening + eol.length,
      contentEnd: node.position.start.offset! - (node.position.start.column - 1),
      eol,
      position: { start: open.node.position!.start, end: node.position.end },
    });
    open = undefined;
  }
  if (open) problems.push({ kind: open.kind, problem: 'unclosed', position: open.node.position! });
  return { blocks, problems };
}

/**
 * The line ending at `offset`, as markdown counts them: `\r\n`, `\n` or a lone `\r` (old
 * Mac files). The marker positions come from the markdown parser, which ends a line at a
 * lone `\r`: reading only `\r\n` and `\n` here would put that `\r` inside the block and
 * glue the first generated line to the opening marker.
 */
function lineEndingAt(text: string, offset: number): string {
  if (text.startsWith('\r\n', offset)) return '\r\n';
  const character = text.charAt(offset);
  return character === '\n' || character === '\r' ? character : '';
}
