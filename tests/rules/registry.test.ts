import { describe, expect, it } from 'vitest';
import { DiagnosticCollector } from '../../src/diagnostics/collector.js';
import { findRule, rules } from '../../src/rules/index.js';

describe('the rule registry', () => {
  it('declares each rule id once, documented at its own section of docs/rules.md', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.url).toBe(`docs/rules.md#${rule.id}`);
    for (const rule of rules) expect(findRule(rule.id)).toBe(rule);
  });

  it('is where every diagnostic takes its severity and URL from: the collector is told only the rule', () => {
    const collector = new DiagnosticCollector('en', (id) => (id === 'overlap' ? { id, severity: 'error', url: 'elsewhere#overlap' } : undefined));
    collector.addMessage('overlap', 'binary-file', {}, undefined);
    expect(collector.diagnostics).toEqual([
      expect.objectContaining({ rule: 'overlap', severity: 'error', url: 'elsewhere#overlap', message: expect.stringContaining('NUL bytes') }),
    ]);
  });

  it('refuses a diagnostic of a rule that is not declared, rather than reporting it with no severity', () => {
    const collector = new DiagnosticCollector('en', findRule);
    expect(() => collector.add('summary-or', {}, undefined)).toThrow('rule "summary-or" is reported but not declared in src/rules');
  });
});
