import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { validateRuleSetting, type RuleSetting, type RuleSettings } from './rule-settings.js';

/** Reads `--rule overlap=off --rule out-of-order=error`; the last flag for a rule wins. */
export function parseRuleFlags(flags: readonly string[], language: Language): RuleSettings {
  const settings: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals <= 0) throw new UsageError(say(language, 'flag-rule-syntax', { value: flag }));
    const id = flag.slice(0, equals).trim();
    settings[id] = validateRuleSetting('--rule', id, flag.slice(equals + 1).trim(), language);
  }
  return settings;
}
