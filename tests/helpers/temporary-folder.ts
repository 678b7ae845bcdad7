import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, expect, onTestFinished, TestRunner } from 'vitest';

/*
 * Every folder the tests make under the system's temporary folder comes from here, so that
 * each is removed once its last user is done: a folder made in a test (or its beforeEach)
 * after that test, a folder made in beforeAll (shared by the tests of a file) after the file.
 */

const madeOutsideTests: string[] = [];
const testFile = expect.getState().testPath;

// Registered when the test file imports this module, before the file's own hooks: afterAll
// hooks run last-registered first, so this runs after every other hook of the file.
afterAll(() => removeFolders(madeOutsideTests.splice(0)));

/** Makes a fresh folder `programme-sync-<purpose>-XXXXXX` under os.tmpdir() (its real path), removed when the test or, outside a test, the test file is done. */
export function temporaryFolder(purpose: string): string {
  const path = realpathSync(mkdtempSync(join(tmpdir(), `programme-sync-${purpose}-`)));
  if (TestRunner.getCurrentTest() !== undefined) {
    onTestFinished(() => removeFolders([path]));
  } else {
    // With isolated test files (vitest's default) each file loads this module afresh and registers its own afterAll.
    if (expect.getState().testPath !== testFile) {
      rmSync(path, { recursive: true, force: true });
      throw new Error(`temporaryFolder: no cleanup is registered for ${expect.getState().testPath}; run the test files isolated`);
    }
    madeOutsideTests.push(path);
  }
  return path;
}

/** Removes each folder, all of them even when one fails; then throws what failed, so that a leak is never silent. */
function removeFolders(paths: string[]): void {
  const failures: string[] = [];
  for (const path of paths) {
    try {
      removeFolder(path);
    } catch (error) {
      failures.push(`${path}: ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) throw new Error(`could not remove temporary folders:\n${failures.join('\n')}`);
}

/** Unmounts what a test mounted inside the folder, then removes it, lifting immutable flags and read-only modes if they stop the removal. */
function removeFolder(path: string): void {
  // Deepest first; umount refusing (busy) throws, since the folder could not go either.
  for (const mountPoint of mountPointsUnder(path).sort((a, b) => b.length - a.length)) {
    execFileSync('umount', [mountPoint], { stdio: 'pipe' });
  }
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Root ignores modes but not `chattr +i`/`+a`; other users need write and search permission. Either tool may
    // complain about some entries (symbolic links, file systems without flags): the second removal is the judge.
    runIgnoringFailure('chattr', ['-R', '-f', '-ia', path]);
    runIgnoringFailure('chmod', ['-R', 'u+rwx', path]);
    rmSync(path, { recursive: true, force: true });
  }
}

/** The mount points at or under a folder, as the kernel lists them (Linux); none elsewhere. */
function mountPointsUnder(path: string): string[] {
  if (!existsSync('/proc/self/mounts')) return [];
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((field): field is string => field !== undefined)
    // The kernel writes space, tab, newline and backslash in octal (\040...).
    .map((field) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))))
    .filter((mountPoint) => mountPoint === path || mountPoint.startsWith(path + sep));
}

/** Runs a command for its effect only. */
function runIgnoringFailure(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    // What matters is whether the removal then works; that failure is reported.
  }
}
