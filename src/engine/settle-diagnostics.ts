import { applyRuleSettings, type RuleSettings } from '../config/rule-settings.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadResult } from '../programme/read-programme.js';
import { applyIgnoreDirectives, findIgnoreDirectives } from './ignore-comments.js';

/**
 * Applies the ignore comments and the rule settings to diagnostics of a document, and
 * sorts them in document order. Every stage that finds diagnostics (the engine, then the
 * link checks) settles its own, once.
 */
export function settleDiagnostics(diagnostics: Diagnostic[], read: ReadResult, rules: RuleSettings | undefined): Diagnostic[] {
  return applyRuleSettings(applyIgnoreDirectives(diagnostics, findIgnoreDirectives(read.tree)), rules).sort(compareDiagnostics);
}
