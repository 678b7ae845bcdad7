import type { AnnotationProperties } from '@actions/core';
import * as core from '@actions/core';
import { say } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../report/file-report.js';

/** GitHub shows at most this many annotations of each severity per step. */
export const annotationsShownPerSeverity = 10;

/** One annotation to write: its kind, message and place. */
export interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  message: string;
  properties: AnnotationProperties;
}

const kindOf = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * What the step writes as annotations besides the diagnostics: the failure message
 * (`core.setFailed` is an error annotation), the pull_request_target warning, the
 * not-a-branch notice. They take places in GitHub's 10 per severity like any other.
 */
export interface OtherAnnotations {
  error?: number;
  warning?: number;
  notice?: number;
}

/**
 * The annotations of a run, in file order: as many errors, warnings and notes as GitHub
 * shows once the step's own annotations are counted (one note kept for the closing
 * notice), then one notice counting the rest and saying where to read them. The rest
 * would be dropped silently by GitHub.
 */
export function planAnnotations(files: readonly FileReport[], language: Language, others: OtherAnnotations = {}): Annotation[] {
  const limit = {
    error: annotationsShownPerSeverity - (others.error ?? 0),
    warning: annotationsShownPerSeverity - (others.warning ?? 0),
    notice: annotationsShownPerSeverity - (others.notice ?? 0) - 1,
  };
  const shown = { error: 0, warning: 0, notice: 0 };
  const hidden = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      const kind = kindOf[diagnostic.severity];
      if (shown[kind] >= limit[kind]) {
        hidden[kind]++;
        continue;
      }
      shown[kind]++;
      annotations.push({ kind, message: diagnostic.message, properties: placeOf(file.path, diagnostic) });
    }
  }
  if (hidden.error + hidden.warning + hidden.notice > 0) {
    annotations.push({
      kind: 'notice',
      message: say(language, 'action-annotations-hidden', { errors: hidden.error, warnings: hidden.warning, notices: hidden.notice }),
      properties: {},
    });
  }
  return annotations;
}

function placeOf(path: string, d: Diagnostic): AnnotationProperties {
  const properties: AnnotationProperties = { title: d.rule, file: path, startLine: d.line, endLine: d.endLine };
  // GitHub reads columns only when the annotation is on one line; mdast's end column
  // points past the last character, GitHub's at it.
  if (d.line === d.endLine) {
    properties.startColumn = d.column;
    properties.endColumn = Math.max(d.column, d.endColumn - 1);
  }
  return properties;
}

/** Writes the annotations to the log, where the runner turns them into annotations. */
export function writeAnnotations(annotations: readonly Annotation[]): void {
  // @actions/core escapes '%', CR, LF in the message and ',' ':' in the properties, so
  // programme text in them cannot end the command early or start another.
  for (const a of annotations) core[a.kind](a.message, a.properties);
}
