import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileReport, KeptSessionReport, RefusedCalendar } from './file-report.js';
import { countDiagnostics } from './counts.js';
import { sessionToJson, type SessionJson } from './session-json.js';

/** The object `--format json` prints: version 1 of the contract in the README. */
export interface JsonReport {
  version: 1;
  files: Array<{
    path: string;
    sessions: SessionJson[];
    diagnostics: Diagnostic[];
    /** After a build: the rows that could not be read and keep their events as they were. */
    kept?: KeptSessionReport[];
    /** After a build: the calendars left as they were rather than emptied or cut. */
    refused?: RefusedCalendar[];
  }>;
  errors: number;
  warnings: number;
}

/** Builds the JSON report of a run. */
export function toJsonReport(files: FileReport[]): JsonReport {
  const { errors, warnings } = countDiagnostics(files);
  return {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      sessions: file.programme.sessions.map(sessionToJson),
      diagnostics: file.diagnostics,
      ...(file.kept ? { kept: file.kept } : {}),
      ...(file.refused ? { refused: file.refused } : {}),
    })),
    errors,
    warnings,
  };
}

/** The JSON report as printed: two-space indented, one final newline. */
export function formatJsonReport(files: FileReport[]): string {
  return JSON.stringify(toJsonReport(files), null, 2) + '\n';
}
