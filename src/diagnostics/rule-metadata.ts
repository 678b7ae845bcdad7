import type { Severity } from './severity.js';

/**
 * What every diagnostic of a rule carries besides its message: the default severity and
 * where the rule is documented. Each rule declares it once, in its file under src/rules;
 * the collector looks it up by id, so whoever reports a problem names only the rule.
 */
export interface RuleMetadata {
  /** Kebab-case words (`detail-hours-mismatch`). */
  id: string;
  severity: Severity;
  /** Where the rule is documented, relative to the repository root (`docs/rules.md#overlap`). */
  url: string;
}

/** Finds a rule's metadata by id; the rule registry (src/rules/index.ts `findRule`) is one. */
export type RuleLookup = (id: string) => RuleMetadata | undefined;
