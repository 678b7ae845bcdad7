import type { Position } from 'unist';
import { say, type MessageId, type MessageParams } from './catalogue.js';
import { placeOf, type Diagnostic } from './diagnostic.js';
import type { Language } from './language.js';
import type { Severity } from './severity.js';

/**
 * Gathers the diagnostics of one file. Whoever finds a problem names a rule, a severity,
 * a catalogue message and a place; the collector writes the sentence in the user's
 * language, so no module builds user-facing text of its own.
 */
export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly language: Language) {}

  /** Writes a catalogue message in this file's language (for labels inside other messages). */
  say<K extends MessageId>(id: K, params: MessageParams<K>): string {
    return say(this.language, id, params);
  }

  /** Records one diagnostic at an mdast position. */
  add<K extends MessageId>(
    rule: string,
    severity: Severity,
    id: K,
    params: MessageParams<K>,
    position: Position | undefined,
    extra: Pick<Diagnostic, 'actual' | 'expected' | 'related'> = {},
  ): Diagnostic {
    const diagnostic: Diagnostic = {
      rule,
      severity,
      message: this.say(id, params),
      ...placeOf(position),
      ...extra,
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}
