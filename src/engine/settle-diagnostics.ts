import { applyRuleSettings, type RuleSettings } from '../config/rule-settings.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadResult } from '../programme/read-programme.js';
import { applyIgnoreDirectives, findIgnoreDirectives } from './ignore-comments.js';
import { findRule } from '../rules/index.js';

/**
 * Applies the ignore comments and the rule settings to diagnostics of a document, stamps
 * each known rule's docs URL, and sorts them in document order. Every stage that finds
 * diagnostics (the engine, then the link checks) settles its own, once.
 */
export function settleDiagnostics(diagnostics: Diagnostic[], read: ReadResult, rules: RuleSettings | undefined): Diagnostic[] {
  // The reader does not know the rules' docs; every diagnostic of a documented rule points at them.
  const documented = diagnostics.map((d) => (d.url ? d : { ...d, ...urlOf(d.rule) }));
  return applyRuleSettings(applyIgnoreDirectives(documented, findIgnoreDirectives(read.tree)), rules).sort(compareDiagnostics);
}

function urlOf(rule: string): Pick<Diagnostic, 'url'> {
  const known = findRule(rule);
  return known ? { url: known.url } : {};
}
