import type { Root } from 'mdast';
import type { EngineOptions } from '../config/engine-settings.js';
import type { DecodedText } from '../fs/decode-text.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { emptyRead, readProgramme, type ReadResult } from '../programme/read-programme.js';
import { commitDate } from '../git/commit-date.js';
import { pathFromRepositoryFolder } from '../git/repository-path.js';
import type { FileReport } from '../report/file-report.js';
import { findRule } from '../rules/index.js';
import { numericOrderOf, withNumericOrder } from '../dates/numeric-order.js';
import { runRules } from './run-rules.js';
import { settleDiagnostics } from './settle-diagnostics.js';

/**
 * Runs the engine on one document's text: read, then check. Never throws on bad input. A
 * byte-order mark that opens the text is dropped, as decodeText drops it from a file's bytes:
 * the markdown parser skips it without counting it, so every offset after it would be one off.
 */
export function checkText(path: string, text: string, options: EngineOptions): FileReport {
  return checkDecoded(path, { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, binary: false }, options);
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
    // The rules read dates again (weekdays, headings): in the order the reading used.
    read = withNumericOrder(numericOrderOf(decoded.text), () => {
      const reading = readProgramme(
        decoded.text,
        {
          ...(options.year === undefined ? {} : { year: options.year }),
          ...(options.sessions === undefined ? {} : { sessions: options.sessions }),
          referenceDate: options.referenceDate ?? (() => commitDate(path)),
          repositoryPath: options.repositoryPath ?? (() => pathFromRepositoryFolder(path)),
        },
        report,
        parsed,
      );
      if (decoded.invalidUtf8Offset !== undefined) {
        const at = decoded.invalidUtf8Offset;
        report.add('invalid-utf8', {}, reading.source.span(at, Math.min(at + 1, decoded.text.length)));
      }
      // The rules check what was read: the HTML blocks read as markdown too.
      runRules({ programme: reading.programme, tree: reading.readingTree, source: reading.source }, report);
      return reading;
    });
  }
  const diagnostics = settleDiagnostics(report.diagnostics, read, options.rules);
  return { path, programme: read.programme, diagnostics, read, engine: options };
}
