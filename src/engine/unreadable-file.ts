import type { FileReport } from '../report/file-report.js';

/** Why a file cannot be read as a programme at all: not text, not UTF-8, a merge left half done, nested past reading. */
export type UnreadableFileReason = 'binary' | 'encoding' | 'conflict' | 'nesting';

/** The rules that mean a file cannot be read as a programme at all, and how each is named. */
const unreadableFile: ReadonlyArray<[string, UnreadableFileReason]> = [
  ['binary-file', 'binary'],
  ['invalid-utf8', 'encoding'],
  ['merge-conflict', 'conflict'],
  ['too-deeply-nested', 'nesting'],
];

/**
 * Why the engine could not read a file as a programme, if it could not. Build neither
 * replaces such a file's calendar with an empty one (calendar-guard.ts) nor rewrites the
 * file's own blocks: writing back a file read with NUL bytes, invalid UTF-8 (read as
 * U+FFFD) or conflict markers would change bytes the coordinator wrote.
 */
export function unreadableFileReason(report: FileReport): UnreadableFileReason | undefined {
  const rules = new Set(report.diagnostics.map((d) => d.rule));
  return unreadableFile.find(([rule]) => rules.has(rule))?.[1];
}
