import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tryCommand } from '../faults/fault-helpers.js';
import { temporaryFolder } from './temporary-folder.js';

/*
 * The tests' temporary folders go away even when a test leaves them locked. Each test below
 * makes a folder and locks it; the test after it checks that it is gone (tests of a file
 * run in order).
 */

const mounted = (path: string) =>
  existsSync('/proc/self/mounts') &&
  readFileSync('/proc/self/mounts', 'utf8').split('\n').some((line) => line.split(' ')[1] === path);

let shared: string;
beforeAll(() => {
  shared = temporaryFolder('helper-shared');
});

describe('a temporary folder made in a test', () => {
  let previous = '';

  it('is made under the temporary folder, named for its purpose', () => {
    previous = temporaryFolder('helper-plain');
    writeFileSync(join(previous, 'file'), 'text\n');
    expect(previous).toMatch(/\/programme-sync-helper-plain-[^/]+$/);
  });

  it('is gone after that test, while a folder made in beforeAll stays for every test of the file', () => {
    expect(existsSync(previous)).toBe(false);
    expect(existsSync(shared)).toBe(true);
  });

  describe('left read-only', () => {
    it('by its test', () => {
      previous = temporaryFolder('helper-read-only');
      mkdirSync(join(previous, 'locked'));
      writeFileSync(join(previous, 'locked', 'file'), 'text\n');
      chmodSync(join(previous, 'locked'), 0o500);
      chmodSync(previous, 0o500);
    });

    it('is gone after that test', () => {
      expect(existsSync(previous)).toBe(false);
    });
  });

  describe('left with an immutable file and folder inside', () => {
    it('by its test', (ctx) => {
      previous = temporaryFolder('helper-immutable');
      mkdirSync(join(previous, 'locked'));
      writeFileSync(join(previous, 'locked', 'file'), 'text\n');
      const refused = tryCommand('chattr', ['+i', join(previous, 'locked', 'file')]) ?? tryCommand('chattr', ['+i', join(previous, 'locked')]);
      if (refused !== undefined) ctx.skip(`chattr +i is not possible here (needs root on ext4 or similar): ${refused}`);
    });

    it('is gone after that test', () => {
      expect(existsSync(previous)).toBe(false);
    });
  });

  describe('left with a file system mounted on it', () => {
    it('by its test', (ctx) => {
      previous = temporaryFolder('helper-mount');
      const refused = tryCommand('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', previous]);
      if (refused !== undefined) ctx.skip(`mounting a tmpfs is not permitted here (needs root): ${refused}`);
      expect(mounted(previous)).toBe(true);
      writeFileSync(join(previous, 'file'), 'text\n');
    });

    it('is unmounted and gone after that test', () => {
      expect(mounted(previous)).toBe(false);
      expect(existsSync(previous)).toBe(false);
    });
  });
});
