import { DiagnosticCollector } from './diagnostics/collector.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Language } from './diagnostics/language.js';
import type { Programme } from './programme/model.js';
import { readProgramme, type ReadResult } from './programme/read-programme.js';

/** What the engine needs to know besides the files. */
export interface EngineOptions {
  language: Language;
  /** The `--year` option: the year of the first session, when the document gives none. */
  year?: number;
  /** IANA time zone of the programme's wall-clock times. */
  timezone: string;
}

/** Everything the engine found in one programme file. */
export interface FileReport {
  /** The path as the user gave it (or as found), with forward slashes. */
  path: string;
  programme: Programme;
  /** Every diagnostic, in document order. */
  diagnostics: Diagnostic[];
  /** The parsed document, for the stages that work on it (links, managed blocks). */
  read: ReadResult;
}

/** Runs the engine on one document's text: read, then check. Never throws on bad input. */
export function checkText(path: string, text: string, options: EngineOptions): FileReport {
  const report = new DiagnosticCollector(options.language);
  const read = readProgramme(text, options.year === undefined ? {} : { year: options.year }, report);
  const diagnostics = [...report.diagnostics].sort(compareDiagnostics);
  return { path, programme: read.programme, diagnostics, read };
}
