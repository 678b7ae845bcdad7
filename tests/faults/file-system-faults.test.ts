import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { bundleCli, runBundledCli } from './cli-bundle.js';
import { expectOneLineError, snapshot, tryCommand, withImmutable } from './fault-helpers.js';
import { largeProgramme } from './large-programme.js';

/*
 * File-system faults during `build`: each one is one line on stderr naming the path and
 * saying why, exit status 2, and every file exactly as it was, with no temporary file left.
 * The tests run as root (here and in CI), which chmod does not stop: a read-only file or
 * folder is made with `chattr +i`, a full disk with a 16 KiB tmpfs, a read-only disk by
 * remounting it read-only. Each skips, saying why, where the machine does not allow it.
 */

const buildArgs = ['build', 'programme.md', '--repo', 'owner/repo'];

let cli: string;
let root: string;
let caseNumber = 0;

beforeAll(async () => {
  cli = await bundleCli();
  root = temporaryFolder('faults');
});

/**
 * A folder (or `folder`, when given) holding last build's calendar and a programme edited
 * since (new places, a stale calendar block), so that a build would rewrite both.
 */
async function folderWithOldOutputs(rows = 3, folder = join(root, `case-${++caseNumber}`)): Promise<string> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'programme.md'), largeProgramme(rows, 'Salle A'));
  const first = await runBundledCli(cli, buildArgs, folder);
  expect(first.code, first.stderr).toBe(0);
  writeFileSync(join(folder, 'programme.md'), largeProgramme(rows, 'Salle B', { block: 'an old line' }));
  return folder;
}

describe('build on a read-only file or folder', () => {
  it('whose folder is read-only writes nothing and says which file it could not write', async (ctx) => {
    const folder = await folderWithOldOutputs();
    const before = snapshot(folder);
    await withImmutable(ctx, folder, async () => {
      const run = await runBundledCli(cli, buildArgs, folder);
      expectOneLineError(run, 'programme.ics', 'permission denied');
      expect(run.stderr).toContain('Nothing was written');
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('whose programme is read-only does not write the calendar either', async (ctx) => {
    const folder = await folderWithOldOutputs();
    const before = snapshot(folder);
    await withImmutable(ctx, join(folder, 'programme.md'), async () => {
      const run = await runBundledCli(cli, buildArgs, folder);
      expectOneLineError(run, 'cannot write programme.md', 'permission denied');
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('whose calendar is read-only leaves it and the programme as they were', async (ctx) => {
    const folder = await folderWithOldOutputs();
    const before = snapshot(folder);
    await withImmutable(ctx, join(folder, 'programme.ics'), async () => {
      const run = await runBundledCli(cli, buildArgs, folder);
      expectOneLineError(run, 'cannot write programme.ics', 'permission denied');
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('whose programme is read-only leaves no new --out-dir folder behind', async (ctx) => {
    const folder = await folderWithOldOutputs();
    const before = snapshot(folder);
    await withImmutable(ctx, join(folder, 'programme.md'), async () => {
      const run = await runBundledCli(cli, [...buildArgs, '--out-dir', 'public/calendars'], folder);
      expectOneLineError(run, 'cannot write programme.md', 'permission denied');
      expect(existsSync(join(folder, 'public'))).toBe(false);
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('says it in French with --lang fr', async (ctx) => {
    const folder = await folderWithOldOutputs();
    await withImmutable(ctx, folder, async () => {
      const run = await runBundledCli(cli, [...buildArgs, '--lang', 'fr'], folder);
      expectOneLineError(run, 'impossible d’écrire programme.ics', 'permission refusée');
    });
  });
});

describe('build on a full or read-only disk', () => {
  let disk: string;
  let mountRefused: string | undefined;

  beforeAll(() => {
    // temporaryFolder unmounts the disk when the file is done, before removing the folder.
    disk = temporaryFolder('tmpfs');
    mountRefused = tryCommand('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', disk]);
  });

  function needsMount(ctx: TestContext): void {
    if (mountRefused !== undefined) ctx.skip(`mounting a 16 KiB tmpfs is not permitted here (needs root): ${mountRefused}`);
    // Each case starts from an empty disk.
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
  }

  it('when the disk is full writes nothing and says so', async (ctx) => {
    needsMount(ctx);
    // A 3-session calendar and its programme fit in 16 KiB; the 40-session calendar does not.
    const folder = await folderWithOldOutputs(3, join(disk, 'programme'));
    writeFileSync(join(folder, 'programme.md'), largeProgramme(40, 'Salle B', { block: 'an old line' }));
    const before = snapshot(folder);
    const run = await runBundledCli(cli, buildArgs, folder);
    expectOneLineError(run, 'cannot write programme.', 'no space left on the disk');
    expect(run.stderr).toContain('Nothing was written');
    expect(snapshot(folder)).toEqual(before);
  });

  it('when the disk is read-only writes nothing and says so', async (ctx) => {
    needsMount(ctx);
    const folder = await folderWithOldOutputs(3, join(disk, 'programme'));
    const before = snapshot(folder);
    const refused = tryCommand('mount', ['-o', 'remount,ro', disk]);
    if (refused !== undefined) ctx.skip(`remounting read-only is not permitted here: ${refused}`);
    try {
      const run = await runBundledCli(cli, buildArgs, folder);
      expectOneLineError(run, 'cannot write programme.ics', 'read-only');
      expect(snapshot(folder)).toEqual(before);
    } finally {
      tryCommand('mount', ['-o', 'remount,rw', disk]);
    }
  });
});

describe('build given a path that cannot work', () => {
  it('with --out-dir inside a file says a part of the path is a file, and writes nothing', async () => {
    const folder = await folderWithOldOutputs();
    writeFileSync(join(folder, 'notes'), 'a file, not a folder\n');
    const before = snapshot(folder);
    const run = await runBundledCli(cli, [...buildArgs, '--out-dir', 'notes/calendars'], folder);
    expectOneLineError(run, 'cannot write notes/calendars/programme.ics', 'a part of the path is a file, not a folder');
    expect(snapshot(folder)).toEqual(before);
  });

  it('with --out-dir in a missing folder makes the folder and writes there', async () => {
    const folder = await folderWithOldOutputs();
    const run = await runBundledCli(cli, [...buildArgs, '--out-dir', 'public/calendars'], folder);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(folder, 'public', 'calendars', 'programme.ics'))).toBe(true);
  });

  it('with a programme that does not exist says so', async () => {
    const folder = await folderWithOldOutputs();
    const before = snapshot(folder);
    expectOneLineError(await runBundledCli(cli, ['build', 'missing.md'], folder), 'cannot read missing.md', 'no such file or folder');
    expectOneLineError(await runBundledCli(cli, ['build', 'nowhere/programme.md'], folder), 'cannot read nowhere/programme.md', 'no such file or folder');
    expect(snapshot(folder)).toEqual(before);
  });

  it('with a programme path that is a folder says so', async () => {
    const folder = await folderWithOldOutputs();
    mkdirSync(join(folder, 'agenda.md'));
    const before = snapshot(folder);
    expectOneLineError(await runBundledCli(cli, ['build', 'agenda.md'], folder), 'cannot read agenda.md', 'it is a folder, not a file');
    expect(snapshot(folder)).toEqual(before);
  });
});
