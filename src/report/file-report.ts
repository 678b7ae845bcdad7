import type { EngineOptions } from '../config/engine-settings.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Programme } from '../programme/model.js';
import type { ReadResult } from '../programme/read-programme.js';

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
  engine: EngineOptions;
}
