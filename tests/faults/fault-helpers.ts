import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type TestContext } from 'vitest';
import type { CliRun } from './cli-bundle.js';

/** Every file (as base64 bytes) and folder (as "folder") under a folder, hidden ones included, by relative path. */
export function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    entries[path.slice(folder.length + 1)] = entry.isDirectory() ? 'folder' : readFileSync(path).toString('base64');
  }
  return entries;
}

/** The fault's promise: status 2, one line on stderr naming the path and the reason, nothing printed on stdout. */
export function expectOneLineError(run: CliRun, path: string, reason: string): void {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toContain(path);
  expect(run.stderr).toContain(reason);
}

/** Runs a command; undefined when it worked, else why it did not (its stderr). */
export function tryCommand(command: string, args: string[]): string | undefined {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || (error as Error).message;
  }
}

/** Runs `body` with `chattr +i` on `path`, always lifted afterwards; skips the test when chattr is refused. */
export async function withImmutable(ctx: TestContext, path: string, body: () => Promise<void>): Promise<void> {
  const refused = tryCommand('chattr', ['+i', path]);
  if (refused !== undefined) ctx.skip(`chattr +i is not possible here (needs root on ext4 or similar): ${refused}`);
  try {
    await body();
  } finally {
    tryCommand('chattr', ['-i', path]);
  }
}
