import type { Root } from 'mdast';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Programme } from '../programme/model.js';
import type { SourceText } from '../programme/source-text.js';
import { contextFor } from '../rules/define-rule.js';
import { rules } from '../rules/index.js';

/** What the rules check: the programme as read, and the document it came from. */
export interface RuleInput {
  programme: Programme;
  tree: Root;
  source: SourceText;
}

/**
 * Runs every rule that checks the read programme; their findings go to the collector
 * beside the reader's. Rules that are off are still run: the off switch is applied to
 * every diagnostic in one place (settle-diagnostics.ts), reader's and rules' alike.
 */
export function runRules(input: RuleInput, collector: DiagnosticCollector): void {
  for (const rule of rules) rule.check?.(contextFor(rule, input, collector));
}
