import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { tryCommand } from '../faults/fault-helpers.js';
import { temporaryFolder } from './temporary-folder.js';

/*
 * The tests' temporary folders go away even when a test leaves them locked. Each test
 * makes a folder, locks it, and checks once its own cleanup has run that the folder is
 * gone: the check is registered before the folder is made, and onTestFinished hooks run
 * last-registered first, so it runs after the removal the helper registered. No test
 * depends on another.
 */

const mounted = (path: string) =>
  existsSync('/proc/self/mounts') &&
  readFileSync('/proc/self/mounts', 'utf8').split('\n').some((line) => line.split(' ')[1] === path);

/** A temporary folder for this test, checked to be gone (and unmounted) once the test is done. */
function folderCheckedAfterTest(purpose: string): string {
  let path = '';
  onTestFinished(() => {
    expect(mounted(path), `${path} is unmounted after its test`).toBe(false);
    expect(existsSync(path), `${path} is removed after its test`).toBe(false);
  });
  path = temporaryFolder(purpose);
  return path;
}

let shared: string;
beforeAll(() => {
  shared = temporaryFolder('helper-shared');
  writeFileSync(join(shared, 'file'), 'text\n');
});

describe('a temporary folder made in a test', () => {
  it('is made under the temporary folder, named for its purpose, and is gone after the test', () => {
    const folder = folderCheckedAfterTest('helper-plain');
    writeFileSync(join(folder, 'file'), 'text\n');
    expect(folder.startsWith(realpathSync(tmpdir()) + '/')).toBe(true);
    expect(folder).toMatch(/\/programme-sync-helper-plain-[^/]+$/);
  });

  it('is gone after the test even when left read-only', () => {
    const folder = folderCheckedAfterTest('helper-read-only');
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'locked', 'file'), 'text\n');
    chmodSync(join(folder, 'locked'), 0o500);
    chmodSync(folder, 0o500);
    expect(statSync(folder).mode & 0o777).toBe(0o500);
  });

  it('is gone after the test even with an immutable file and folder inside', (ctx) => {
    const folder = folderCheckedAfterTest('helper-immutable');
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'locked', 'file'), 'text\n');
    const refused = tryCommand('chattr', ['+i', join(folder, 'locked', 'file')]) ?? tryCommand('chattr', ['+i', join(folder, 'locked')]);
    if (refused !== undefined) {
      // A skipped test runs no onTestFinished hook: remove the folder here (nothing is locked).
      rmSync(folder, { recursive: true, force: true });
      ctx.skip(`chattr +i is not possible here (needs root on ext4 or similar): ${refused}`);
    }
    expect(() => rmSync(folder, { recursive: true, force: true })).toThrow();
  });

  it('is unmounted and gone after the test even with a file system mounted on it', (ctx) => {
    const folder = folderCheckedAfterTest('helper-mount');
    const refused = tryCommand('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', folder]);
    if (refused !== undefined) {
      rmSync(folder, { recursive: true, force: true });
      ctx.skip(`mounting a tmpfs is not permitted here (needs root): ${refused}`);
    }
    expect(mounted(folder)).toBe(true);
    writeFileSync(join(folder, 'file'), 'text\n');
  });
});

describe('a temporary folder made in beforeAll', () => {
  it('stays for the tests of the file', () => {
    expect(readFileSync(join(shared, 'file'), 'utf8')).toBe('text\n');
  });
});
