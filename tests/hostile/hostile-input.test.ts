import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/fs/decode-text.js';
import { checkDecoded } from '../../src/engine/pipeline.js';
import type { FileReport } from '../../src/report/file-report.js';

const options = { language: 'en' as const, timezone: 'Europe/Paris' };
const schedule = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n';
const goodRow = '| Mentors | 21 février | 14h - 18h |\n';

function run(input: string | Uint8Array): FileReport {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return checkDecoded('hostile.md', decodeText(bytes), options);
}

// Every diagnostic must point inside the file, whatever the input.
function expectPlacesInside(report: FileReport, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of report.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
  }
}

// A 10 MB file or thousands of nesting levels take well over the default 30 s on a shared
// machine under load; this bound only catches a hang, it is no speed target.
describe('hostile and broken input gives a clear diagnostic, never a crash', { timeout: 180_000 }, () => {
  it('an empty file says there is no schedule', () => {
    expect(run('').diagnostics.map((d) => d.rule)).toEqual(['no-schedule-table']);
  });

  it('a binary file is reported as not text and not read', () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256);
    const report = run(bytes);
    expect(report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['binary-file', 'error']]);
    expect(report.programme.sessions).toEqual([]);
  });

  it('invalid UTF-8 is reported where it starts and the rows are still read', () => {
    const text = schedule + goodRow + '| EIG | 14 mars | 9h - 18h |\n';
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf('EIG');
    bytes[at + 1] = 0xff;
    const report = run(bytes);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['invalid-utf8', 6, 4]]);
    expect(report.programme.sessions.map((s) => s.dates.text)).toEqual(['21 février', '14 mars']);
  });

  it('a byte-order mark is ignored', () => {
    const report = run('\ufeff' + schedule + goodRow);
    expect(report.diagnostics).toEqual([]);
    expect(report.programme.title).toBe('Programme 2019');
  });

  it('CRLF line ends read the same as LF and keep the right lines', () => {
    const text = (schedule + goodRow + '| EIG | 30 février | 9h |\n').replace(/\n/g, '\r\n');
    const report = run(text);
    expect(report.programme.sessions).toHaveLength(2);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['invalid-date', 6, 9]]);
  });

  it('decomposed accents (NFD) read like composed ones', () => {
    const report = run((schedule + '| Mentors | 21 février | 14h |\n| EIG | 1er août | 9h |\n').normalize('NFD'));
    expect(report.diagnostics).toEqual([]);
    expect(report.programme.sessions.map((s) => s.dates.value?.days[0]?.month)).toEqual([2, 8]);
  });

  it('a 10 MB file is read', () => {
    const prose = 'Texte de présentation du programme, sans rien de particulier. '.repeat(16).concat('\n\n');
    const text = schedule + goodRow + '\n' + prose.repeat(Math.ceil(10_000_000 / prose.length));
    expect(text.length).toBeGreaterThan(10_000_000);
    const report = run(text);
    expect(report.programme.sessions).toHaveLength(1);
    expect(report.diagnostics).toEqual([]);
  });

  it('a row of 10,000 cells is read', () => {
    const text = schedule + '| Mentors | 21 février | 14h |' + ' x |'.repeat(10_000) + '\n' + goodRow;
    const report = run(text);
    expect(report.programme.sessions.map((s) => s.dates.text)).toEqual(['21 février', '21 février']);
    expectPlacesInside(report, text);
  });

  it('a 100,000-character cell is reported with a short quote and the next row is read', () => {
    const text = schedule + `| EIG | ${'1 '.repeat(50_000)} | 14h |\n` + goodRow;
    const report = run(text);
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['unreadable-date']);
    expect(report.diagnostics[0]!.message.length).toBeLessThan(400);
    expect(report.programme.sessions[1]!.dates.value?.days).toEqual([{ year: 2019, month: 2, day: 21 }]);
  });

  it('thousands of nested quotes are read', () => {
    const text = '> '.repeat(5000) + 'citation\n\n' + schedule + goodRow;
    const report = run(text);
    expect(report.programme.sessions).toHaveLength(1);
  });

  it('thousands of nested quotes inside a MyST box are read', () => {
    const text = schedule + goodRow + '\n```{note} Remarque\n' + '> '.repeat(5000) + 'citation\n```\n';
    const report = run(text);
    expect(report.programme.sessions).toHaveLength(1);
  });

  it('nesting too deep to parse is one clear error, not a crash', () => {
    const text = schedule + goodRow + '\n' + '- '.repeat(3000) + 'x\n';
    const report = run(text);
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['too-deeply-nested', 'error', 1]]);
  });
});
