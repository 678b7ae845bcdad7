import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import type { FileReport } from '../../src/report/file-report.js';
import { say } from '../../src/diagnostics/catalogue.js';
import { countDiagnostics } from '../../src/report/counts.js';
import { formatJsonReport, toJsonReport } from '../../src/report/json-report.js';
import { formatTextReport } from '../../src/report/text-report.js';
import { programmeText, scheduledProgrammeText } from './programme-arbitrary.js';

const numRuns = 200;
// Each property reads 200 generated programmes, some of thousands of lines: about 30 s on a
// loaded two-CPU machine. The timeout guards against a hang, not a speed: the benchmark
// (`npm run bench`) measures speed.
const PROPERTY_TIMEOUT_MS = 120_000;

/** The length, in characters (UTF-16 units, as mdast columns count), of each line of a text. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** Every place a diagnostic names is in the file, and its end is not before its start. */
function expectPlacesInside(report: FileReport, text: string): void {
  const lengths = lineLengths(text);
  const where = (line: number, column: number) => `${line}:${column} in a ${lengths.length}-line file`;
  for (const d of report.diagnostics) {
    const at = `${d.rule} at ${where(d.line, d.column)}-${d.endLine}:${d.endColumn}`;
    expect(d.line, at).toBeGreaterThanOrEqual(1);
    expect(d.line, at).toBeLessThanOrEqual(lengths.length);
    expect(d.column, at).toBeGreaterThanOrEqual(1);
    expect(d.column, at).toBeLessThanOrEqual(lengths[d.line - 1]! + 1);
    expect(d.endLine, at).toBeLessThanOrEqual(lengths.length);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), at).toBe(true);
    expect(d.endColumn, at).toBeLessThanOrEqual(lengths[d.endLine - 1]! + 1);
    if (d.related) {
      expect(d.related.line, at).toBeGreaterThanOrEqual(1);
      expect(d.related.line, at).toBeLessThanOrEqual(lengths.length);
      expect(d.related.column, at).toBeGreaterThanOrEqual(1);
    }
  }
}

/** Both reporters carry every diagnostic and the totals: the text one line each, the JSON one object each. */
function expectReportersHold(report: FileReport): void {
  const { errors, warnings } = countDiagnostics([report]);
  for (const language of ['en', 'fr'] as const) {
    // The severity is said in the report's language (`error`, `erreur`).
    const lines = report.diagnostics.map((d) => `programme.md:${d.line}:${d.column} ${say(language, 'severity-word', { severity: d.severity })} ${d.message} ${d.rule}\n`).join('');
    const text = formatTextReport([report], language);
    expect(text.startsWith(lines)).toBe(true);
    expect(text).toContain(say(language, 'summary-file', { path: 'programme.md', sessions: report.programme.sessions.length }) + '\n');
    expect(text.endsWith(`\n${say(language, 'summary-totals', { errors, warnings, files: 1 })}\n`)).toBe(true);
  }
  const json = formatJsonReport([report]);
  // Round trip: what a script reads back is what the tool meant (no undefined, NaN or cycles lost on the way).
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(toJsonReport([report]))));
  expect(JSON.parse(json)).toMatchObject({ version: 1, files: [{ path: 'programme.md' }], errors, warnings });
  const parsed = JSON.parse(json) as { files: Array<{ sessions: unknown[]; diagnostics: Array<{ rule: string; line: number; message: string }> }> };
  expect(parsed.files[0]!.sessions).toHaveLength(report.programme.sessions.length);
  expect(parsed.files[0]!.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual(report.diagnostics.map((d) => [d.rule, d.line, d.message]));
}

describe('the engine on any programme', () => {
  it('never throws, places every diagnostic inside the file, and both reporters print it', () => {
    fc.assert(
      fc.property(programmeText, fc.constantFrom('en', 'fr' as const), fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }), (text, language, year) => {
        const report = checkText('programme.md', text, { language, timezone: 'Europe/Paris', ...(year === undefined ? {} : { year }) });
        expectPlacesInside(report, text);
        expectReportersHold(report);
      }),
      { numRuns },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('holds on programmes that certainly have a schedule with rows', () => {
    fc.assert(
      fc.property(scheduledProgrammeText, (text) => {
        const report = checkText('programme.md', text, { language: 'en', timezone: 'Europe/Paris' });
        expect(report.diagnostics.map((d) => d.rule)).not.toContain('no-schedule-table');
        expectPlacesInside(report, text);
        expectReportersHold(report);
      }),
      { numRuns },
    );
  }, PROPERTY_TIMEOUT_MS);
});
