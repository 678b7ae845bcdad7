import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { MessageId, MessageParams } from '../diagnostics/catalogue.js';
import type { DiagnosticCollector, DiagnosticExtra } from '../diagnostics/collector.js';
import type { RelatedPlace } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { RuleMetadata } from '../diagnostics/rule-metadata.js';
import type { Severity } from '../diagnostics/severity.js';
import type { Programme } from '../programme/model.js';
import type { SourceText } from '../programme/source-text.js';

/** What a rule sees of one document, and the one way it reports a problem. */
export interface RuleContext {
  programme: Programme;
  tree: Root;
  source: SourceText;
  language: Language;
  /** Writes a catalogue message in the document's language (labels inside messages). */
  say<K extends MessageId>(id: K, params: MessageParams<K>): string;
  /** Reports a problem under the rule's id; its severity and docs URL come from the rule's declaration. */
  report<K extends MessageId>(id: K, params: MessageParams<K>, position: Position | undefined, extra?: DiagnosticExtra): void;
}

/**
 * A rule as written in its file: the one place its id, default severity and description
 * are declared. `check` is absent for problems found by another stage (the reader, the
 * decoding of the file, the link checks), which report them by id.
 */
export interface RuleSpec {
  /** Kebab-case words (`detail-hours-mismatch`). */
  id: string;
  severity: Severity;
  /** One line, as in docs/rules.md. */
  description: string;
  check?: (context: RuleContext) => void;
}

/** A registered rule: its spec plus where it is documented. */
export interface Rule extends RuleSpec, RuleMetadata {}

/** Where a rule is documented, relative to the repository root. */
export function ruleUrl(id: string): string {
  return `docs/rules.md#${id}`;
}

/** Declares a rule; the docs URL is derived from its id so no rule can point elsewhere. */
export function defineRule(spec: RuleSpec): Rule {
  if (!/^[a-z][a-z0-9-]*$/.test(spec.id) || /-$|--/.test(spec.id)) throw new Error(`rule id "${spec.id}" is not kebab-case words`);
  return { ...spec, url: ruleUrl(spec.id) };
}

/** The context a rule runs in: its reports go to the collector under the rule's id (the collector adds severity and URL). */
export function contextFor(
  rule: Rule,
  base: Pick<RuleContext, 'programme' | 'tree' | 'source'>,
  collector: DiagnosticCollector,
): RuleContext {
  return {
    ...base,
    language: collector.language,
    say: (id, params) => collector.say(id, params),
    report: (id, params, position, extra = {}) => {
      collector.addMessage(rule.id, id, params, position, extra);
    },
  };
}

/** A related place for a diagnostic: the start of a position, with what it is. */
export function relatedAt(position: Position, message: string): RelatedPlace {
  return { line: position.start.line, column: position.start.column, message };
}
