import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/run-cli.js';

/* Counterexamples the property tests found, kept as plain tests. */

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'programme-sync-regression-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('found by the property tests', () => {
  it('links events to the programme itself, not to a ../../tmp path, when it lies outside the current folder and outside git', async () => {
    const programme = join(folder, 'programme.md');
    writeFileSync(programme, '# Programme 2019\n\n| SESSIONS | DATES |\n| --- | --- |\n| Mentors | lundi 1 janvier |\n\n### Session | lundi 1 janvier\n');
    const outcome = await runCli(['build', programme, '--repo', 'owner/repo']);
    expect(outcome.exitCode).toBe(0);
    const calendar = readFileSync(join(folder, 'programme.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('URL:https://github.com/owner/repo/blob/main/programme.md#session--lundi-1-janvier');
    expect(calendar).not.toContain('/../');
  });
});
