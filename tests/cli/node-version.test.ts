import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, cliEnv } from '../faults/cli-bundle.js';
import { repoRoot } from '../helpers/run-action.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

let cli: string;
let olderNode: string;
beforeAll(async () => {
  cli = await bundleCli();
  // Preloaded to make this Node.js report an older version, as an old install would.
  olderNode = join(temporaryFolder('old-node'), 'older-node.cjs');
  writeFileSync(olderNode, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.15.1' } });\n");
}, 120_000);

describe('the command line on a Node.js older than it supports', () => {
  const runOnOlderNode = (env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, ['--require', olderNode, cli, 'check', join(repoRoot, 'examples', 'programme.md')], { env, encoding: 'utf8' }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it('says which version it needs and exits 2, without a stack trace', async () => {
    const run = await runOnOlderNode(cliEnv());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('programme-sync: needs Node.js 20.16 or later; this is Node.js 20.15.1\n');
  });

  it('says it in French on a French machine', async () => {
    const run = await runOnOlderNode({ ...cliEnv(), LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('programme-sync : il faut Node.js 20.16 ou plus récent ; celui-ci est Node.js 20.15.1\n');
  });
});
