import type { Position } from 'unist';
import { location } from 'vfile-location';

// The characters a regular expression reads as syntax, escaped to match a piece of text as written.
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** The document's text with offset <-> line/column conversion, for places finer than a node. */
export class SourceText {
  private readonly place: ReturnType<typeof location>;

  constructor(readonly text: string) {
    this.place = location(text);
  }

  /** The source text a position covers. */
  slice(position: Position): string {
    return this.text.slice(position.start.offset ?? 0, position.end.offset ?? 0);
  }

  /** A position covering source offsets [start, end). */
  span(start: number, end: number): Position {
    const from = this.place.toPoint(start);
    const to = this.place.toPoint(end) ?? this.place.toPoint(this.text.length);
    return {
      start: { line: from?.line ?? 1, column: from?.column ?? 1, offset: start },
      end: { line: to?.line ?? 1, column: to?.column ?? 1, offset: end },
    };
  }

  /**
   * Where a piece of plain text sits inside a node's source, when it appears there
   * verbatim; otherwise the node itself (markup inside the piece makes it unfindable).
   */
  find(node: Position, piece: string): Position {
    const source = this.slice(node);
    let at = piece ? source.indexOf(piece) : -1;
    let length = piece.length;
    // Plain text folds a no-break space (`19\u00a0h`, French typography) or a line break into
    // one plain space: the piece is then found with any run of white space where it has one.
    if (at < 0 && piece.trim().includes(' ')) {
      const loose = new RegExp(piece.trim().split(/\s+/).map((part) => part.replace(REGEX_SPECIAL, '\\$&')).join('\\s+'));
      const found = loose.exec(source);
      if (found) [at, length] = [found.index, found[0].length];
    }
    if (at < 0) return node;
    const base = node.start.offset ?? 0;
    return this.span(base + at, base + at + length);
  }
}
