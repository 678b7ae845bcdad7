import { applyRuleSettings, type RuleSettings } from './config/rule-settings.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { compareDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Language } from './diagnostics/language.js';
import type { Programme } from './programme/model.js';
import { readProgramme, type ReadResult } from './programme/read-programme.js';
import { applyIgnoreDirectives, findIgnoreDirectives } from './rules/ignore-comments.js';
import { findRule } from './rules/index.js';
import { runRules } from './rules/run-rules.js';

/** What the engine needs to know besides the files. */
export interface EngineOptions {
  language: Language;
  /** The `--year` option: the year of the first session, when the document gives none. */
  year?: number;
  /** IANA time zone of the programme's wall-clock times. */
  timezone: string;
  /** Rules turned off or given another severity (config file, `--rule`); absent means every default. */
  rules?: RuleSettings;
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
  /** The language the diagnostics are written in. */
  language: Language;
}

/**
 * Runs the engine on one document's text: read, then check with every rule, then apply
 * the ignore comments and the rule settings to all diagnostics, the reader's included.
 * Never throws on bad input.
 */
export function checkText(path: string, text: string, options: EngineOptions): FileReport {
  const report = new DiagnosticCollector(options.language);
  const read = readProgramme(text, options.year === undefined ? {} : { year: options.year }, report);
  runRules(read, report);
  // The reader does not know the rules' docs; every diagnostic of a known rule points at them.
  const documented = report.diagnostics.map((d) => (d.url ? d : { ...d, ...urlOf(d.rule) }));
  const kept = applyRuleSettings(applyIgnoreDirectives(documented, findIgnoreDirectives(read.tree)), options.rules);
  const diagnostics = kept.sort(compareDiagnostics);
  return { path, programme: read.programme, diagnostics, read, language: options.language };
}

function urlOf(rule: string): Pick<Diagnostic, 'url'> {
  const known = findRule(rule);
  return known ? { url: known.url } : {};
}
