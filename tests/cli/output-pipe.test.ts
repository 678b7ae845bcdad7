import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript script of the benchmark, without type declarations.
import { generateProgramme } from '../../scripts/bench/generate-programme.mjs';
import { bundleCli, cliEnv } from '../faults/cli-bundle.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

// The command line writes its report straight to the file descriptor (src/fs/write-output.ts):
// what a reading program gets must still be the whole report, however slowly it reads.
let cli: string;
let folder: string;
beforeAll(async () => {
  cli = await bundleCli();
  folder = temporaryFolder('pipe');
  writeFileSync(join(folder, 'programme.md'), (generateProgramme as (count: number) => string)(800));
}, 120_000);

/** Runs `check` with its output on a pipe that is read only after `delayMs`, or closed after `keepBytes`. */
function runThroughPipe(args: string[], options: { delayMs?: number; keepBytes?: number }): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: folder, env: cliEnv() });
    const out: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on('data', (chunk: Buffer) => {
        out.push(chunk);
        if (options.keepBytes !== undefined && Buffer.concat(out).length >= options.keepBytes) child.stdout.destroy();
      });
      child.stdout.resume();
    }, options.delayMs ?? 0);
    child.on('close', (code) => done({ stdout: Buffer.concat(out).toString('utf8'), stderr, code }));
  });
}

describe('the report on a pipe', () => {
  it('arrives whole when it is larger than the pipe and read late', async () => {
    const run = await runThroughPipe(['check', 'programme.md', '--format', 'json'], { delayMs: 1500 });
    expect(run.stdout.length).toBeGreaterThan(256 * 1024);
    const report = JSON.parse(run.stdout) as { files: Array<{ sessions: unknown[] }> };
    expect(report.files[0]!.sessions).toHaveLength(800);
    expect(run.code).toBe(0);
  }, 60_000);

  it('stops quietly when the reader goes away (| head), after giving it the start of the report', async () => {
    const run = await runThroughPipe(['check', 'programme.md', '--format', 'json'], { keepBytes: 10 });
    // The reader got the report's first bytes, then left long before its end (over 256 KiB).
    expect(run.stdout.startsWith('{\n  "version": 1,')).toBe(true);
    expect(run.stdout.length).toBeLessThan(256 * 1024);
    // Its leaving is neither an error message nor a failure: the programme has no error.
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);
});
