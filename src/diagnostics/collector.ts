import type { Position } from 'unist';
import { say, type MessageId, type MessageParams } from './catalogue.js';
import { placeOf, type Diagnostic } from './diagnostic.js';
import type { Language } from './language.js';
import type { RuleLookup } from './rule-metadata.js';

/** What a diagnostic may carry besides its message and place. */
export type DiagnosticExtra = Pick<Diagnostic, 'actual' | 'expected' | 'related'>;

/**
 * Gathers the diagnostics of one file. Whoever finds a problem names a rule, a catalogue
 * message and a place; the collector writes the sentence in the user's language and takes
 * the severity and docs URL from the rule's declaration, so no module builds user-facing
 * text of its own or repeats a rule's severity.
 */
export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];

  /** `rules` is the registry the severities and URLs come from (diagnostics cannot import src/rules). */
  constructor(
    readonly language: Language,
    readonly rules: RuleLookup,
  ) {}

  /** Writes a catalogue message in this file's language (for labels inside other messages). */
  say<K extends MessageId>(id: K, params: MessageParams<K>): string {
    return say(this.language, id, params);
  }

  /** Records one diagnostic of a rule whose message has the rule's id. */
  add<K extends MessageId>(rule: K, params: MessageParams<K>, position: Position | undefined, extra: DiagnosticExtra = {}): Diagnostic {
    return this.addMessage(rule, rule, params, position, extra);
  }

  /** Records one diagnostic of a rule with one of its other messages (`out-of-order-rollover` of `out-of-order`). */
  addMessage<K extends MessageId>(rule: string, message: K, params: MessageParams<K>, position: Position | undefined, extra: DiagnosticExtra = {}): Diagnostic {
    const declared = this.rules(rule);
    // A programming error, not the document's: every id reported is declared in src/rules.
    if (!declared) throw new Error(`rule "${rule}" is reported but not declared in src/rules`);
    const diagnostic: Diagnostic = {
      rule,
      severity: declared.severity,
      message: this.say(message, params),
      ...placeOf(position),
      ...extra,
      url: declared.url,
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}
