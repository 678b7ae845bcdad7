import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { bundleCli, runBundledCli } from './cli-bundle.js';
import { expectOneLineError, snapshot, withImmutable } from './fault-helpers.js';

/* `archive` promises all or nothing: a file it cannot write is one line, exit 2, and the folder as it was. */

const programme = '# Programme 2019\n\n<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->\n\n| SESSIONS | DATES |\n| --- | --- |\n| Mentors | 21 février |\n';
const archiveArgs = ['archive', 'programme.md', '--year', '2019'];

let cli: string;
let root: string;
let caseNumber = 0;

beforeAll(async () => {
  cli = await bundleCli();
  root = temporaryFolder('archive-faults');
});

function folderWithProgramme(): string {
  const folder = join(root, `case-${++caseNumber}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'programme.md'), programme);
  writeFileSync(join(folder, 'programme.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  return folder;
}

describe('archive when a file cannot be written', () => {
  it('in a read-only folder says which, and changes nothing', async (ctx) => {
    const folder = folderWithProgramme();
    const before = snapshot(folder);
    await withImmutable(ctx, folder, async () => {
      const run = await runBundledCli(cli, archiveArgs, folder);
      expectOneLineError(run, 'cannot write archives/2019/programme_2019.md', 'permission denied');
      expect(run.stderr).toContain('Nothing was archived');
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('when the programme itself is read-only, removes the copies it had made', async (ctx) => {
    const folder = folderWithProgramme();
    const before = snapshot(folder);
    await withImmutable(ctx, join(folder, 'programme.md'), async () => {
      const run = await runBundledCli(cli, archiveArgs, folder);
      expectOneLineError(run, 'cannot write programme.md', 'permission denied');
      expect(snapshot(folder)).toEqual(before);
    });
  });

  it('archives once the problem is gone', async () => {
    const folder = folderWithProgramme();
    const run = await runBundledCli(cli, archiveArgs, folder);
    expect(run.code, run.stderr).toBe(0);
    expect(Object.keys(snapshot(folder)).sort()).toEqual(
      ['archives', 'archives/2019', 'archives/2019/programme_2019.ics', 'archives/2019/programme_2019.md', 'programme.ics', 'programme.md'].sort(),
    );
  });
});
