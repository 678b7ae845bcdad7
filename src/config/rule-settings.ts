import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import { say } from '../diagnostics/catalogue.js';
import { isSeverity, type Severity } from '../diagnostics/severity.js';
import { findRule } from '../rules/index.js';
import { UsageError } from '../diagnostics/usage-error.js';

/** What a rule is set to: a severity of its own, or off. */
export type RuleSetting = Severity | 'off';

/** Rule settings by rule id, from the config file and `--rule` flags. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/**
 * Checks one rule setting; an unknown rule or a bad severity is a usage error that names
 * where it was written (`.programme-sync.json` and the key, or `--rule`).
 */
export function validateRuleSetting(where: string, id: string, value: unknown, language: Language): RuleSetting {
  if (!findRule(id)) throw new UsageError(say(language, 'config-unknown-rule', { where, key: id }));
  if (value !== 'off' && !isSeverity(value)) {
    throw new UsageError(say(language, 'config-bad-severity', { where, key: id, value: JSON.stringify(value) ?? String(value) }));
  }
  return value;
}

/** Applies the settings to every diagnostic, the reader's and the rules': off drops it, a severity replaces the default. */
export function applyRuleSettings(diagnostics: Diagnostic[], settings: RuleSettings | undefined): Diagnostic[] {
  if (!settings) return diagnostics;
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const setting = Object.hasOwn(settings, diagnostic.rule) ? settings[diagnostic.rule] : undefined;
    if (setting === 'off') continue;
    out.push(setting ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return out;
}
