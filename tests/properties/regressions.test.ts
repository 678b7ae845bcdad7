import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { runCli } from '../../src/run-cli.js';
import { check } from '../helpers/read.js';

/* Counterexamples the property tests found, kept as plain tests. */

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('regression');
});

describe('found by the property tests', () => {
  it('links events to the programme itself, not to a ../../tmp path, when it lies outside the current folder and outside git', async () => {
    const programme = join(folder, 'programme.md');
    writeFileSync(programme, '# Programme 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| Mentors | 14 mars |\n\n### Session | 14 mars\n');
    const outcome = await runCli(['build', programme, '--repo', 'owner/repo']);
    expect(outcome.exitCode).toBe(0);
    const calendar = readFileSync(join(folder, 'programme.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('URL:https://github.com/owner/repo/blob/main/programme.md#session--14-mars');
    expect(calendar).not.toContain('/../');
  });

  it('reports a range longer than a year as a mistyped year, and leaves it out of the calendar', async () => {
    const programme = join(folder, 'programme.md');
    const text = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Mentors | 4 sept. 2019 au 3 févr 2199 | 9h - 18h |\n| EIG | 14 mars 2019 | 9h - 18h |\n';
    writeFileSync(programme, text);
    const outcome = await runCli(['build', programme, '--format', 'json']);
    expect(outcome.exitCode).toBe(1);
    const report = JSON.parse(outcome.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; line: number; column: number; message: string }>; sessions: Array<{ days: string[] }> }> };
    const tooLong = report.files[0]!.diagnostics.filter((d) => d.rule === 'range-too-long');
    expect(tooLong.map((d) => [d.line, d.column])).toEqual([[5, 13]]);
    expect(tooLong[0]!.message).toMatch(/span \d+ days, more than a year/);
    expect(report.files[0]!.sessions.map((s) => s.days.length)).toEqual([0, 1]);
    const calendar = readFileSync(join(folder, 'programme.ics'), 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('places what it reads in an HTML block written with \\r\\n and a lone \\r on the lines it stands on', () => {
    const text = '<table><tr><td>14 mars</td></tr></table>\r\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\r\n| Bootcamp | mar 14 juillet 2021 | 9h |\n|  |\r|  |\r\n| Atelier | jeudi 15 juillet 2021 | 10h |';
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of check(text).diagnostics) {
      if (d.line === undefined) continue;
      expect(d.line, d.rule).toBeLessThanOrEqual(lines.length);
      expect(d.endColumn ?? d.column ?? 1, d.rule).toBeLessThanOrEqual(lines[(d.endLine ?? d.line) - 1]!.length + 1);
    }
  });
});
