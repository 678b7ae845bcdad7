import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { say } from '../../src/diagnostics/catalogue.js';
import { removeStaleTemporaryFiles } from '../../src/fs/write-file-atomic.js';
import { commitFileSet, FileSetWriteError, prepareFileSet } from '../../src/fs/write-file-set.js';

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('file-set');
});

const at = (name: string) => join(folder, name);

describe('a set of files written together', () => {
  it('is not visible until every file of it is ready, then is all there', async () => {
    writeFileSync(at('a.ics'), 'old a');
    const prepared = prepareFileSet([
      { path: at('a.ics'), content: 'new a' },
      { path: at('sub/b.md'), content: 'new b' },
    ]);
    expect(readFileSync(at('a.ics'), 'utf8')).toBe('old a');
    expect(existsSync(at('sub/b.md'))).toBe(false);
    commitFileSet(prepared);
    expect([readFileSync(at('a.ics'), 'utf8'), readFileSync(at('sub/b.md'), 'utf8')]).toEqual(['new a', 'new b']);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('when a file becomes read-only between the two phases, says which files are new and which are as they were', async (ctx) => {
    writeFileSync(at('a.ics'), 'old a');
    writeFileSync(at('b.md'), 'old b');
    writeFileSync(at('c.ics'), 'old c');
    const prepared = prepareFileSet(['a.ics', 'b.md', 'c.ics'].map((name) => ({ path: at(name), content: `new ${name[0]}` })));
    try {
      execFileSync('chattr', ['+i', at('b.md')], { stdio: 'pipe' });
    } catch (error) {
      ctx.skip(`chattr +i is not possible here (needs root on ext4 or similar): ${(error as Error).message}`);
    }
    try {
      let failure: unknown;
      try {
        commitFileSet(prepared);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(FileSetWriteError);
      const { path, written, notWritten } = failure as FileSetWriteError;
      expect({ path, written, notWritten }).toEqual({ path: at('b.md'), written: [at('a.ics')], notWritten: [at('b.md'), at('c.ics')] });
      expect(['a.ics', 'b.md', 'c.ics'].map((name) => readFileSync(at(name), 'utf8'))).toEqual(['new a', 'old b', 'old c']);
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // What build prints then, on one line.
      const message = say('en', 'build-cannot-write', { path: 'b.md', reason: 'permission denied', written: ['a.ics'], notWritten: ['b.md', 'c.ics'] });
      expect(message).toBe(
        'cannot write b.md: permission denied. Written: a.ics. Not written, left as they were: b.md, c.ics. Fix the problem and run "programme-sync build" again.',
      );
    } finally {
      execFileSync('chattr', ['-i', at('b.md')], { stdio: 'pipe' });
    }
  });
});

describe('temporary files left by a killed writer', () => {
  it('are removed when their process is gone; those of a running process and other files are kept', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const names = [
      `.programme.ics.${gone}-0123456789ab.tmp`,
      `.programme.ics.${process.pid}-0123456789ab.tmp`,
      `.programme.ics.1-0123456789ab.tmp`,
      `.other.ics.${gone}-0123456789ab.tmp`,
      `.programme.ics.tmp`,
      'programme.ics',
    ];
    for (const name of names) writeFileSync(at(name), 'x');
    expect(removeStaleTemporaryFiles(at('programme.ics'))).toEqual([at(names[0]!)]);
    expect(readdirSync(folder).sort()).toEqual(names.slice(1).sort());
  });

  it('never fails, even in a folder that does not exist', async () => {
    expect(removeStaleTemporaryFiles(at('missing/programme.ics'))).toEqual([]);
  });
});
