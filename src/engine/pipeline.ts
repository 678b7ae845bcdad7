import type { Root } from 'mdast';
import type { PlainDate } from '../dates/types.js';
import type { RuleSettings } from '../config/rule-settings.js';
import type { DecodedText } from '../fs/decode-text.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { Programme } from '../programme/model.js';
import { emptyRead, readProgramme, type ReadResult } from '../programme/read-programme.js';
import { commitDate } from '../git/commit-date.js';
import { findRule } from '../rules/index.js';
import { runRules } from './run-rules.js';
import { settleDiagnostics } from './settle-diagnostics.js';
import type { Organizer } from '../config/organizer.js';

/** What the engine needs to know besides the files. */
export interface EngineOptions {
  language: Language;
  /** The `--year` option: the year of the first session, when the document gives none. */
  year?: number;
  /** IANA time zone of the programme's wall-clock times. */
  timezone: string;
  /** Rules turned off or given another severity (config file, `--rule`); absent means every default. */
  rules?: RuleSettings;
  /** Where this programme's calendars go (the config file's `outDir`), absolute; beside the programme when absent. */
  calendarDir?: string;
  /** The calendar's ORGANIZER (config file, `--organizer`, the Action's input); without it the calendar has no METHOD. */
  organizer?: Organizer;
  /** The day the file was last committed, asked only when no year is written; the file's git history when absent. */
  referenceDate?: () => PlainDate | undefined;
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
  /** The options the file was checked with (its config file under the command line), for the stages after (links, calendar). */
  engine?: EngineOptions;
}

/** Runs the engine on one document's text: read, then check. Never throws on bad input. */
export function checkText(path: string, text: string, options: EngineOptions): FileReport {
  return checkDecoded(path, { text, binary: false }, options);
}

/**
 * Runs the engine on a decoded file: a binary file is reported and not read; invalid
 * UTF-8 is reported where it starts and the rest is read as well as it can be. The
 * rules check what was read; then the ignore comments and the rule settings apply to
 * every diagnostic, the reader's included. `parsed` is the text's tree when the caller
 * has parsed it already.
 */
export function checkDecoded(path: string, decoded: DecodedText, options: EngineOptions, parsed?: Root): FileReport {
  const report = new DiagnosticCollector(options.language, findRule);
  let read: ReadResult;
  if (decoded.binary) {
    report.add('binary-file', {}, undefined);
    read = emptyRead('');
  } else {
    read = readProgramme(
      decoded.text,
      { ...(options.year === undefined ? {} : { year: options.year }), referenceDate: options.referenceDate ?? (() => commitDate(path)) },
      report,
      parsed,
    );
    if (decoded.invalidUtf8Offset !== undefined) {
      const at = decoded.invalidUtf8Offset;
      report.add('invalid-utf8', {}, read.source.span(at, Math.min(at + 1, decoded.text.length)));
    }
    runRules(read, report);
  }
  const diagnostics = settleDiagnostics(report.diagnostics, read, options.rules);
  return { path, programme: read.programme, diagnostics, read, engine: options };
}
