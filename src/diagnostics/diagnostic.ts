import type { Position } from 'unist';
import type { Severity } from './severity.js';

/** A place in another part of the document that explains a diagnostic ("the table row is here"). */
export interface RelatedPlace {
  line: number;
  column: number;
  /** What that place is, in the diagnostic's language. */
  message: string;
}

/**
 * One problem found in a programme. The same shape feeds the terminal, `--format json`,
 * GitHub annotations, the job summary and the tests. Lines and columns are 1-based;
 * `endColumn` points just past the last character, as in mdast.
 */
export interface Diagnostic {
  /** Kebab-case rule id (`detail-hours-mismatch`). */
  rule: string;
  severity: Severity;
  /** What is wrong, where, what the other place says, and what to change. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The document's text that is wrong, when it helps. */
  actual?: string;
  /** What the text was expected to say, when known. */
  expected?: string;
  related?: RelatedPlace;
  /** Where the rule is documented (`docs/rules.md#overlap`). */
  url?: string;
}

/** A diagnostic's place, cut from an mdast position (or the whole first line when absent). */
export function placeOf(position: Position | undefined): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
  };
}

/** Orders diagnostics as a reader meets them: by line, then column, then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
