import { describe, expect, it } from 'vitest';
import { annotationsShownPerSeverity, planAnnotations } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Severity } from '../../src/diagnostics/severity.js';
import { check } from '../helpers/read.js';

/** A file report holding the given diagnostics, one per line from line 1. */
function reportWith(path: string, severities: Severity[]) {
  const diagnostics: Diagnostic[] = severities.map((severity, index) => ({
    rule: `rule-${severity}`,
    severity,
    message: `${severity} on line ${index + 1}`,
    line: index + 1,
    column: 3,
    endLine: index + 1,
    endColumn: 10,
  }));
  return { ...check(''), path, diagnostics };
}

const many = (severity: Severity, count: number): Severity[] => Array.from({ length: count }, () => severity);

describe('planning the annotations of a step', () => {
  it('annotates every diagnostic in file order when there are few, with no closing notice', () => {
    const plan = planAnnotations([reportWith('a.md', ['error', 'warning']), reportWith('b.md', ['info'])], 'en');
    expect(plan.map((a) => [a.kind, a.properties.file, a.properties.startLine])).toEqual([
      ['error', 'a.md', 1],
      ['warning', 'a.md', 2],
      ['notice', 'b.md', 1],
    ]);
  });

  it('keeps one error place for the failure message of the step: 12 errors on a failing step give 9 annotations and a notice counting 3', () => {
    const plan = planAnnotations([reportWith('a.md', many('error', 12))], 'en', { error: 1 });
    const errors = plan.filter((a) => a.kind === 'error');
    // With the failure message, GitHub receives exactly the 10 errors it shows.
    expect(errors.length + 1).toBe(annotationsShownPerSeverity);
    expect(errors.map((a) => a.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.at(-1)).toMatchObject({ kind: 'notice', properties: {} });
    expect(plan.at(-1)?.message).toContain('3 more errors');
  });

  it('shows 10 errors when the step does not fail (fail-on: never)', () => {
    const plan = planAnnotations([reportWith('a.md', many('error', 12))], 'en');
    expect(plan.filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(plan.at(-1)?.message).toContain('2 more errors');
  });

  it('counts exactly ten errors on a failing step as one too many', () => {
    const failing = planAnnotations([reportWith('a.md', many('error', 10))], 'en', { error: 1 });
    expect(failing.filter((a) => a.kind === 'error')).toHaveLength(9);
    expect(failing.at(-1)?.message).toContain('1 more errors');
    const passing = planAnnotations([reportWith('a.md', many('error', 10))], 'en');
    expect(passing.filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(passing.some((a) => a.kind === 'notice')).toBe(false);
  });

  it('counts the step\'s own warning and notice, and keeps a note for the closing notice', () => {
    const plan = planAnnotations([reportWith('a.md', [...many('warning', 12), ...many('info', 12)])], 'en', { warning: 1, notice: 1 });
    expect(plan.filter((a) => a.kind === 'warning')).toHaveLength(9);
    // 8 notes on lines, 1 for the step's own notice, 1 for the closing notice: 10.
    expect(plan.filter((a) => a.kind === 'notice' && a.properties.file)).toHaveLength(8);
    expect(plan.at(-1)?.message).toContain('3 more warnings and 4 more notes');
  });

  it('counts across files, and writes the closing notice in the run\'s language', () => {
    const plan = planAnnotations([reportWith('a.md', many('error', 6)), reportWith('b.md', many('error', 6))], 'fr', { error: 1 });
    expect(plan.filter((a) => a.kind === 'error').map((a) => a.properties.file)).toEqual([...many('error', 6).map(() => 'a.md'), 'b.md', 'b.md', 'b.md']);
    expect(plan.at(-1)?.message).toContain('3 erreurs');
  });

  it('gives GitHub columns only on one line, its end column on the last character', () => {
    const one = reportWith('a.md', ['error']);
    const spanning = { ...one, diagnostics: [{ ...one.diagnostics[0]!, endLine: 3 }] };
    expect(planAnnotations([one], 'en')[0]?.properties).toEqual({ title: 'rule-error', file: 'a.md', startLine: 1, endLine: 1, startColumn: 3, endColumn: 9 });
    expect(planAnnotations([spanning], 'en')[0]?.properties).toEqual({ title: 'rule-error', file: 'a.md', startLine: 1, endLine: 3 });
  });
});
